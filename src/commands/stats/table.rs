//! The `stats` tables for people: right-aligned counts under their headers, names cut to fit
//! the terminal width (abbreviated headers on a narrow one), kappas to two decimals.

use std::fmt::Write;

use super::{Stats, StatusCounts};
use crate::display::{shorten, wrap};

/// The narrowest name column.
const MIN_NAME: usize = 6;

/// Headers in full, and abbreviated for narrow terminals.
const STATUS_HEADERS: [[&str; 5]; 2] = [
    ["pending", "verified", "disputed", "opinion", "total"],
    ["pend", "ver", "disp", "opin", "all"],
];
const REVIEWER_HEADERS: [[&str; 4]; 2] = [
    ["verified", "disputed", "opinion", "claims"],
    ["ver", "disp", "opin", "claims"],
];

pub fn render(stats: &Stats, width: Option<usize>) -> String {
    let mut out = String::new();
    let status_rows: Vec<(String, Vec<u64>)> = stats
        .claims
        .iter()
        .map(|k| (k.kind.as_str().to_string(), cells(&k.counts)))
        .chain([("all".to_string(), cells(&stats.total))])
        .collect();
    table(&mut out, "claims", &STATUS_HEADERS, &status_rows, width);
    if stats.reviewers.is_empty() {
        out.push_str("\nno verdicts yet\n");
        return out;
    }
    let reviewer_rows: Vec<(String, Vec<u64>)> = stats
        .reviewers
        .iter()
        .map(|r| {
            (
                r.reviewer.clone(),
                vec![r.verified, r.disputed, r.opinion, r.claims],
            )
        })
        .collect();
    out.push('\n');
    table(
        &mut out,
        "reviewer",
        &REVIEWER_HEADERS,
        &reviewer_rows,
        width,
    );
    agreement(&mut out, stats, width);
    out
}

fn cells(c: &StatusCounts) -> Vec<u64> {
    vec![c.pending, c.verified, c.disputed, c.opinion, c.total]
}

/// One table: a name column and right-aligned count columns, in full or abbreviated form,
/// whichever fits `width`.
fn table<const N: usize>(
    out: &mut String,
    title: &str,
    headers: &[[&str; N]; 2],
    rows: &[(String, Vec<u64>)],
    width: Option<usize>,
) {
    let longest = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    let name_width = longest.max(title.len()).max(MIN_NAME);
    let layout = |headers: &[&str; N]| -> Vec<usize> {
        headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let digits = rows.iter().map(|(_, v)| v[i].to_string().len()).max();
                h.len().max(digits.unwrap_or(0)) + 2
            })
            .collect()
    };
    let fits =
        |cols: &[usize], name: usize| width.is_none_or(|w| name + cols.iter().sum::<usize>() <= w);
    let full = layout(&headers[0]);
    let (heads, cols) = if fits(&full, MIN_NAME) {
        (&headers[0], full)
    } else {
        (&headers[1], layout(&headers[1]))
    };
    let room = width.map_or(name_width, |w| w.saturating_sub(cols.iter().sum::<usize>()));
    let name_width = name_width.min(room).max(MIN_NAME);
    let _ = write!(out, "{:<name_width$}", shorten(title, name_width));
    for (h, w) in heads.iter().zip(&cols) {
        let _ = write!(out, "{h:>w$}");
    }
    out.push('\n');
    for (name, values) in rows {
        let _ = write!(out, "{:<name_width$}", shorten(name, name_width));
        for (v, w) in values.iter().zip(&cols) {
            let _ = write!(out, "{v:>w$}");
        }
        out.push('\n');
    }
}

/// The kappa lines: one per pair, then Fleiss' kappa, then the conflicts; broken at spaces
/// where they would not fit.
fn agreement(out: &mut String, stats: &Stats, width: Option<usize>) {
    let mut text = String::new();
    if !stats.pairs.is_empty() {
        text.push_str("\nagreement (Cohen's kappa over the claims both judged)\n");
    }
    let name = |n: &str| width.map_or(n.to_string(), |w| shorten(n, w.max(MIN_NAME)));
    for pair in &stats.pairs {
        let _ = writeln!(
            text,
            "{} · {}: {} claims, {} agree ({}), kappa {}",
            name(&pair.reviewers[0]),
            name(&pair.reviewers[1]),
            pair.items,
            pair.agreed,
            percent(pair.agreed, pair.items),
            kappa(pair.kappa)
        );
    }
    if let Some(all) = &stats.all_reviewers {
        let _ = writeln!(
            text,
            "all {} reviewers (Fleiss' kappa over the {} claims all judged): kappa {}",
            all.reviewers,
            all.items,
            kappa(all.kappa)
        );
    }
    let _ = writeln!(
        text,
        "\nclaims in conflict: {}{}",
        stats.conflicts,
        if stats.conflicts > 0 {
            " (claimdesk review --conflicts)"
        } else {
            ""
        }
    );
    match width {
        Some(w) => out.push_str(&wrap(&text, w)),
        None => out.push_str(&text),
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".to_string();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

/// A kappa to two decimals; "n/a" where it is undefined.
fn kappa(k: Option<f64>) -> String {
    k.map_or_else(|| "n/a".to_string(), |k| format!("{k:.2}"))
}

#[cfg(test)]
mod tests {
    use super::super::{KindCounts, ReviewerCounts};
    use super::*;
    use crate::agreement::Pair;
    use crate::extract::claims::ClaimKind;

    fn stats() -> Stats {
        let counts = StatusCounts {
            pending: 120,
            verified: 3,
            disputed: 1,
            opinion: 0,
            total: 124,
        };
        Stats {
            claims: vec![KindCounts {
                kind: ClaimKind::PrisonTerm,
                counts,
            }],
            total: counts,
            reviewers: vec![ReviewerCounts {
                reviewer: "a reviewer with a very long name indeed".to_string(),
                verified: 3,
                disputed: 1,
                opinion: 0,
                claims: 4,
            }],
            pairs: vec![Pair {
                reviewers: [
                    "ana".to_string(),
                    "a reviewer with a very long name indeed".to_string(),
                ],
                items: 4,
                agreed: 3,
                kappa: Some(0.5),
            }],
            all_reviewers: None,
            conflicts: 1,
        }
    }

    #[test]
    fn every_line_fits_the_width() {
        let cases: &[(Option<usize>, &str)] = &[
            (None, "pending"),
            (Some(120), "pending"),
            (Some(80), "pending"),
            (Some(40), "pend"),
        ];
        for &(width, header) in cases {
            let text = render(&stats(), width);
            assert!(text.contains(header), "{width:?}:\n{text}");
            assert!(text.contains("0.50"), "{width:?}:\n{text}");
            if let Some(w) = width {
                let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                assert!(widest <= w, "{w}:\n{text}");
            }
        }
    }
}
