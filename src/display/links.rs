//! A claim's links as `review` and `show` print them: its restatement group (the first
//! statement, then every restatement, one line each) and its conflicts (the claim's sentence
//! and each contradicting one, one after the other under "conflicts with claim N"). Each line
//! is cut to the width when one is given.

use crate::db::ClaimRow;
use crate::display::context::{Passage, one_line};
use crate::display::{Palette, plural};

/// The claims linked to the one on screen, as `Db::restatements` and `Db::conflicts` read them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Links {
    /// The first statement first, then its restatements; empty or one claim: no group.
    pub group: Vec<ClaimRow>,
    /// The claims whose figures contradict it, either way.
    pub conflicts: Vec<ClaimRow>,
}

/// Columns before a claim's sentence on a member line: `  >   12 pending  `.
const MEMBER_PREFIX: usize = 18;

impl Links {
    /// Whether the claim restates or is restated by another.
    pub fn has_group(&self) -> bool {
        self.group.len() > 1
    }

    /// "claim 7 and its 2 restatements".
    pub fn group_heading(&self) -> String {
        let first = self.group.first().map_or(0, |c| c.id);
        let restatements = plural(self.group.len().saturating_sub(1), "restatement");
        format!("claim {first} and its {restatements}")
    }

    /// One line per member of the group, at most `most` of them: the first statement and the
    /// claim on screen (marked `>`) always, the rest as "… and N more".
    pub fn group_lines(
        &self,
        current: i64,
        width: Option<usize>,
        most: usize,
        p: &Palette,
    ) -> String {
        let must = |i: usize, c: &ClaimRow| i == 0 || c.id == current;
        let fits = self.group.len() <= most;
        let musts = self
            .group
            .iter()
            .enumerate()
            .filter(|(i, c)| must(*i, c))
            .count();
        // One line goes to "… and N more".
        let mut spare = most.saturating_sub(musts + 1);
        let (mut out, mut left_out) = (String::new(), 0);
        for (i, claim) in self.group.iter().enumerate() {
            if fits || must(i, claim) {
                out.push_str(&member(claim, current, width, p));
            } else if spare > 0 {
                spare -= 1;
                out.push_str(&member(claim, current, width, p));
            } else {
                left_out += 1;
            }
        }
        if left_out > 0 {
            let more = format!("… and {left_out} more");
            out.push_str(&format!("  {}\n", p.dim.apply_to(more)));
        }
        out
    }

    /// "conflicts with claim 18", then the claim's sentence and each contradicting one.
    pub fn conflict_lines(&self, claim: &ClaimRow, width: Option<usize>, p: &Palette) -> String {
        if self.conflicts.is_empty() {
            return String::new();
        }
        let ids: Vec<String> = self.conflicts.iter().map(|c| c.id.to_string()).collect();
        let noun = if ids.len() == 1 { "claim" } else { "claims" };
        let mut out = format!(
            "{}\n",
            p.warn
                .apply_to(format!("conflicts with {noun} {}", ids.join(", ")))
        );
        out.push_str(&member(claim, claim.id, width, p));
        for other in &self.conflicts {
            out.push_str(&member(other, claim.id, width, p));
        }
        out
    }
}

/// `  > 1234 pending  A total of **123 political prisoners** were…`, `>` on the claim shown.
fn member(claim: &ClaimRow, current: i64, width: Option<usize>, p: &Palette) -> String {
    let mark = if claim.id == current { '>' } else { ' ' };
    let room = width.map(|w| w.saturating_sub(MEMBER_PREFIX + 1));
    format!(
        "  {mark}{:>5} {:<8} {}\n",
        claim.id,
        p.dim.apply_to(claim.status.as_str()),
        one_line(&Passage::of_sentence(claim), room, p)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::fields::tests::sample;
    use crate::extract::claims::{Claim, ClaimKind};
    use crate::extract::sentences::Sentence;

    /// Claim `id` over `words` in `sentence`.
    fn row(id: i64, sentence: &str, words: &str) -> ClaimRow {
        let start = sentence.find(words).expect("words in the sentence");
        let mut row = sample(Claim::new(ClaimKind::Count, 0, start, start + words.len()));
        row.id = id;
        row.sentence = sentence.to_string();
        row.sentence_span = Sentence {
            start: 0,
            end: sentence.len(),
        };
        row
    }

    fn links(members: usize) -> Links {
        let group = (1..=members as i64)
            .map(|id| {
                row(
                    id,
                    &format!("Claim {id} says 123 prisoners were freed."),
                    "123 prisoners",
                )
            })
            .collect();
        let conflicts = vec![row(
            9,
            "Only a few dozen political prisoners were let out of the jails.",
            "a few dozen political prisoners",
        )];
        Links { group, conflicts }
    }

    #[test]
    #[rustfmt::skip]
    fn the_group_keeps_its_first_statement_and_the_claim_on_screen() {
        // members, the claim on screen, at most this many lines, the ids listed ("+N": N more)
        let cases: &[(usize, i64, usize, &str)] = &[
            (3, 2, 9, "1 >2 3"),
            (3, 3, 3, "1 2 >3"),
            (5, 4, 3, "1 >4 +3"),
            (5, 1, 4, ">1 2 3 +2"),
            (5, 5, 2, "1 >5 +3"),
            (4, 1, 4, ">1 2 3 4"),
        ];
        for &(members, current, most, expected) in cases {
            let text = links(members).group_lines(current, Some(80), most, &Palette::new(false));
            let listed: Vec<String> = text.lines().map(|l| {
                if let Some(more) = l.trim().strip_prefix("… and ") {
                    return format!("+{}", more.trim_end_matches(" more"));
                }
                let mark = if l.starts_with("  >") { ">" } else { "" };
                format!("{mark}{}", l[3..8].trim())
            }).collect();
            assert_eq!(listed.join(" "), expected, "{members} members, on {current}, {most} lines");
        }
    }

    #[test]
    fn member_and_conflict_lines_fit_the_width() {
        let links = links(2);
        let p = Palette::new(false);
        let text = links.conflict_lines(&links.group[0], Some(66), &p);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "conflicts with claim 9");
        assert_eq!(
            lines[1],
            "  >    1 pending  Claim 1 says **123 prisoners** were freed."
        );
        assert_eq!(
            lines[2],
            "       9 pending  Only **a few dozen political prisoners** were…"
        );
        assert!(lines.iter().all(|l| l.chars().count() < 66), "{text}");
        assert_eq!(links.group_heading(), "claim 1 and its 1 restatement");
        let whole = links.conflict_lines(&links.group[0], None, &p);
        assert!(
            whole.contains("Only **a few dozen political prisoners** were let out of the jails."),
            "{whole}"
        );
    }
}
