//! `claimdesk list`: a table with a header row, one line per claim, its columns fitted to the
//! terminal's width, for people; or one JSON object per line for scripts.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Result;

use super::filter_arg;
use crate::cli::ListArgs;
use crate::db::{ClaimRow, Db};
use crate::display::fields::{claimer_short, gist};
use crate::display::{sanitize, shorten};

/// Columns before the last two: id, status, kind, claimed by (widths, with their gaps).
const FIXED: usize = 5 + 2 + 9 + 1 + 12 + 1 + 14 + 1;

/// The widths of the "what" and "sentence" columns off a terminal (and when they fit on one).
const WHAT: usize = 34;
const SENTENCE: usize = 60;

pub fn run(db_path: &Path, args: &ListArgs) -> Result<()> {
    let filter = filter_arg(&args.filter)?;
    let db = Db::open(db_path)?;
    let claims = db.claims(&filter, args.limit)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let widths = Widths::fit(
        console::Term::stdout()
            .size_checked()
            .map(|(_, c)| c.into()),
    );
    if !args.json && !claims.is_empty() {
        writeln!(out, "{}", widths.header())?;
    }
    for claim in &claims {
        if args.json {
            serde_json::to_writer(&mut out, &crate::export::StoredClaimRecord::new(claim, &[]))?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}", widths.line(claim))?;
        }
    }
    out.flush()?;
    if claims.is_empty() && !args.json {
        eprintln!("no claims match");
    }
    Ok(())
}

/// The widths of the two columns that shrink, "what" and "sentence".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Widths {
    what: usize,
    sentence: usize,
}

impl Widths {
    /// Every line within `cols` columns when given (a terminal): the sentence takes what the
    /// "what" column leaves, down to 20 columns; below that both shrink (at least 10 each).
    fn fit(cols: Option<usize>) -> Widths {
        let full = Widths {
            what: WHAT,
            sentence: SENTENCE,
        };
        let Some(cols) = cols else {
            return full;
        };
        let room = cols.saturating_sub(FIXED + 1);
        if room >= WHAT + 1 + 20 {
            return Widths {
                sentence: room - WHAT - 1,
                ..full
            };
        }
        let what = (room * 2 / 5).max(10);
        Widths {
            what,
            sentence: room.saturating_sub(what + 1).max(10),
        }
    }

    fn header(&self) -> String {
        let what = self.what;
        format!(
            "{:>5}  {:<9} {:<12} {:<14} {:<what$} sentence",
            "id", "status", "kind", "claimed by", "what"
        )
    }

    /// `12  pending   prison_term  (article)      Ales Bialiatski · 10 years   He took a Nobel…`
    fn line(&self, claim: &ClaimRow) -> String {
        let what = self.what;
        format!(
            "{:>5}  {:<9} {:<12} {:<14} {:<what$} {}",
            claim.id,
            claim.status.as_str(),
            claim.claim.kind.as_str(),
            sanitize(&claimer_short(&claim.claim, 14)),
            shorten(&sanitize(&gist(&claim.claim)), what),
            shorten(&sanitize(&claim.sentence), self.sentence)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip]
    fn columns_fit_the_terminal() {
        // terminal columns, what, sentence
        let cases: &[(Option<usize>, usize, usize)] = &[
            (None, 34, 60),
            (Some(200), 34, 119),
            (Some(120), 34, 39),
            (Some(100), 21, 32),
            (Some(80), 13, 20),
            (Some(60), 10, 10),
        ];
        for &(cols, what, sentence) in cases {
            let widths = Widths::fit(cols);
            assert_eq!((widths.what, widths.sentence), (what, sentence), "{cols:?}");
            let total = FIXED + what + 1 + sentence;
            assert!(cols.is_none_or(|c| c < 70 || total <= c), "{cols:?}: {total}");
        }
    }
}
