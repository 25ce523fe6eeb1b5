//! Agreement between reviewers beyond chance: Cohen's kappa for each pair of reviewers over
//! the items both judged, Fleiss' kappa for three or more over the items all of them judged.
//! Pure functions over category indices; a kappa is `None` where it is undefined (no items,
//! or agreement by chance is certain because everyone used one category).

use std::collections::{BTreeMap, BTreeSet};

/// One judgement: an item, who judged it, the category (an index below the category count).
pub type Judgement<'a> = (i64, &'a str, usize);

/// Two reviewers over the items both judged.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Pair {
    pub reviewers: [String; 2],
    #[serde(rename = "claims")]
    pub items: usize,
    pub agreed: usize,
    pub kappa: Option<f64>,
}

/// All reviewers over the items every one of them judged.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    pub reviewers: usize,
    #[serde(rename = "claims")]
    pub items: usize,
    pub kappa: Option<f64>,
}

/// (po - pe) / (1 - pe), undefined when chance agreement is certain.
fn kappa(observed: f64, chance: f64) -> Option<f64> {
    ((1.0 - chance).abs() > 1e-12).then(|| (observed - chance) / (1.0 - chance))
}

/// Cohen's kappa of paired categories (each below `categories`).
pub fn cohen(pairs: &[(usize, usize)], categories: usize) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let (mut first, mut second) = (vec![0.0; categories], vec![0.0; categories]);
    let mut agreed = 0.0;
    for &(a, b) in pairs {
        *first.get_mut(a)? += 1.0;
        *second.get_mut(b)? += 1.0;
        agreed += f64::from(u8::from(a == b));
    }
    let chance = first
        .iter()
        .zip(&second)
        .map(|(a, b)| (a / n) * (b / n))
        .sum();
    kappa(agreed / n, chance)
}

/// Fleiss' kappa of a table: `counts[i][j]` reviewers put item `i` in category `j`. Every
/// item must have the same number of reviewers, at least two.
pub fn fleiss(counts: &[Vec<usize>]) -> Option<f64> {
    let raters: usize = counts.first()?.iter().sum();
    if raters < 2 || counts.iter().any(|row| row.iter().sum::<usize>() != raters) {
        return None;
    }
    let (n, items) = (raters as f64, counts.len() as f64);
    let mut totals = vec![0.0; counts[0].len()];
    let mut observed = 0.0;
    for row in counts {
        let squares: f64 = row.iter().map(|&c| (c * c) as f64).sum();
        observed += (squares - n) / (n * (n - 1.0));
        for (total, &c) in totals.iter_mut().zip(row) {
            *total += c as f64;
        }
    }
    let chance = totals.iter().map(|t| (t / (items * n)).powi(2)).sum();
    kappa(observed / items, chance)
}

/// Each item's judgements, by reviewer.
fn by_item<'a>(judgements: &[Judgement<'a>]) -> BTreeMap<i64, BTreeMap<&'a str, usize>> {
    let mut items: BTreeMap<i64, BTreeMap<&str, usize>> = BTreeMap::new();
    for &(item, reviewer, category) in judgements {
        items.entry(item).or_default().insert(reviewer, category);
    }
    items
}

/// Cohen's kappa for every pair of reviewers who judged an item in common, by name.
pub fn pairs(judgements: &[Judgement<'_>], categories: usize) -> Vec<Pair> {
    let items = by_item(judgements);
    let mut shared: BTreeMap<(&str, &str), Vec<(usize, usize)>> = BTreeMap::new();
    for judged in items.values() {
        for (i, (&a, &x)) in judged.iter().enumerate() {
            for (&b, &y) in judged.iter().skip(i + 1) {
                shared.entry((a, b)).or_default().push((x, y));
            }
        }
    }
    shared
        .into_iter()
        .map(|((a, b), pairs)| Pair {
            reviewers: [a.to_string(), b.to_string()],
            items: pairs.len(),
            agreed: pairs.iter().filter(|(x, y)| x == y).count(),
            kappa: cohen(&pairs, categories),
        })
        .collect()
}

/// Fleiss' kappa over the items every reviewer judged, when there are three or more.
pub fn group(judgements: &[Judgement<'_>], categories: usize) -> Option<Group> {
    let reviewers: BTreeSet<&str> = judgements.iter().map(|j| j.1).collect();
    if reviewers.len() < 3 {
        return None;
    }
    let table: Vec<Vec<usize>> = by_item(judgements)
        .values()
        .filter(|judged| judged.len() == reviewers.len())
        .map(|judged| {
            let mut row = vec![0; categories];
            for &c in judged.values() {
                if let Some(cell) = row.get_mut(c) {
                    *cell += 1;
                }
            }
            row
        })
        .collect();
    Some(Group {
        reviewers: reviewers.len(),
        items: table.len(),
        kappa: fleiss(&table),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2x2 table as pairs: (yes, yes), (yes, no), (no, yes), (no, no).
    fn table(cells: [usize; 4]) -> Vec<(usize, usize)> {
        let kinds = [(0, 0), (0, 1), (1, 0), (1, 1)];
        kinds
            .iter()
            .zip(cells)
            .flat_map(|(&p, n)| std::iter::repeat_n(p, n))
            .collect()
    }

    fn near(got: Option<f64>, want: Option<f64>) -> bool {
        match (got, want) {
            (Some(g), Some(w)) => (g - w).abs() < 5e-4,
            (g, w) => g == w,
        }
    }

    #[test]
    fn cohen_matches_hand_computed_values() {
        // Observed and chance agreement worked by hand beside each case.
        let three = [
            (0, 0),
            (0, 0),
            (0, 1),
            (1, 1),
            (1, 1),
            (2, 2),
            (0, 2),
            (1, 1),
            (2, 0),
            (2, 2),
        ];
        // (pairs, categories, kappa)
        type Case = (Vec<(usize, usize)>, usize, Option<f64>);
        let cases: &[Case] = &[
            (table([20, 5, 10, 15]), 2, Some(0.4)),     // po .70, pe .50
            (table([45, 15, 25, 15]), 2, Some(0.1304)), // po .60, pe .54
            (table([25, 35, 5, 35]), 2, Some(0.2593)),  // po .60, pe .46
            (table([10, 0, 0, 10]), 2, Some(1.0)),
            (table([0, 10, 10, 0]), 2, Some(-1.0)),
            (three.to_vec(), 3, Some(0.5522)), // po .70, pe (4·3 + 3·4 + 3·3)/100 = .33
            (table([10, 0, 0, 0]), 2, None),   // one category only: pe = 1
            (Vec::new(), 2, None),
        ];
        for (pairs, k, want) in cases {
            let got = cohen(pairs, *k);
            assert!(near(got, *want), "{pairs:?}: {got:?} != {want:?}");
        }
    }

    #[test]
    fn fleiss_matches_the_textbook_example() {
        // Fleiss (1971) as worked in the literature: 10 items, 14 raters, 5 categories;
        // P̄ = 0.378, P̄e = 0.213, kappa = 0.210.
        let rows = [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ];
        let counts: Vec<Vec<usize>> = rows.iter().map(|r| r.to_vec()).collect();
        let cases: &[(Vec<Vec<usize>>, Option<f64>)] = &[
            (counts, Some(0.2099)),
            (vec![vec![3, 0], vec![0, 3]], Some(1.0)),
            (vec![vec![3, 0], vec![3, 0]], None), // one category only
            (vec![vec![3, 0], vec![1, 1]], None), // unequal numbers of raters
            (vec![vec![1, 0]], None),             // one rater
            (Vec::new(), None),
        ];
        for (counts, want) in cases {
            let got = fleiss(counts);
            assert!(near(got, *want), "{counts:?}: {got:?} != {want:?}");
        }
    }

    #[test]
    fn pairs_and_groups_use_the_items_judged_in_common() {
        let judgements: &[Judgement<'_>] = &[
            (1, "ana", 0),
            (1, "bob", 0),
            (1, "cy", 0),
            (2, "ana", 1),
            (2, "bob", 0),
            (2, "cy", 1),
            (3, "ana", 1),
            (3, "bob", 1),
            (4, "cy", 0),
        ];
        let pairs = pairs(judgements, 3);
        let summary: Vec<(&str, &str, usize, usize)> = pairs
            .iter()
            .map(|p| {
                (
                    p.reviewers[0].as_str(),
                    p.reviewers[1].as_str(),
                    p.items,
                    p.agreed,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("ana", "bob", 3, 2),
                ("ana", "cy", 2, 2),
                ("bob", "cy", 2, 1)
            ]
        );
        let all = group(judgements, 3).expect("three reviewers");
        assert_eq!((all.reviewers, all.items), (3, 2));
        assert!(group(&judgements[..2], 3).is_none());
    }
}
