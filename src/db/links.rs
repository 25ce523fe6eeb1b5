//! The links between claims of one article, read back for `review` and `show`: a first
//! statement with its restatements (`same_as`), and the claims whose figures contradict a
//! claim (`conflicts_with`, in either direction).

use anyhow::{Context, Result};
use rusqlite::params;

use super::claims::{claim_row, select_with_texts};
use super::{ClaimRow, Db};

impl Db {
    /// The restatement group of `claim`: the first statement (the claim itself, or the one it
    /// restates) and every claim that restates it, the first statement first, then in text
    /// order. Just the claim when nothing restates it.
    pub fn restatements(&self, claim: &ClaimRow) -> Result<Vec<ClaimRow>> {
        let first = claim.same_as.unwrap_or(claim.id);
        let sql = format!(
            "{} WHERE c.id = ?1 OR c.same_as = ?1 ORDER BY c.id <> ?1, c.start, c.id",
            select_with_texts()
        );
        self.rows(&sql, params![first], claim_row)
            .with_context(|| format!("could not read the restatements of claim {}", claim.id))
    }

    /// The claims whose figures `claim` contradicts or that contradict it, in text order.
    pub fn conflicts(&self, claim: &ClaimRow) -> Result<Vec<ClaimRow>> {
        let sql = format!(
            "{} WHERE c.id = ?1 OR c.conflicts_with = ?2 ORDER BY c.start, c.id",
            select_with_texts()
        );
        self.rows(&sql, params![claim.conflicts_with, claim.id], claim_row)
            .with_context(|| format!("could not read the conflicts of claim {}", claim.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{ClaimFilter, NewArticle, NewClaim};
    use crate::extract::claims::{Claim, ClaimKind};
    use crate::extract::score::Scores;
    use crate::extract::sentences::Sentence;

    const BODY: &str = "123 were freed. Then 123 were freed. Dozens were freed. 123 again.";

    /// Four count claims, one per sentence: 2 and 4 restate 1, 3 contradicts 1. Their ids.
    fn linked_db() -> (Db, Vec<i64>) {
        let mut db = Db::open_in_memory().expect("memory db");
        let links = [
            (None, None),
            (Some(0), None),
            (None, Some(0)),
            (Some(0), None),
        ];
        let mut at = 0;
        let claims: Vec<NewClaim> = BODY
            .split_inclusive(". ")
            .zip(links)
            .enumerate()
            .map(|(i, (sentence, (same_as, conflicts_with)))| {
                let mut claim = Claim::new(ClaimKind::Count, i, at, at + 3);
                (claim.same_as, claim.conflicts_with) = (same_as, conflicts_with);
                let span = Sentence {
                    start: at,
                    end: at + sentence.trim_end().len(),
                };
                at += sentence.len();
                let scores = Scores {
                    checkworthiness: 0.5,
                    opinion: 0.0,
                };
                NewClaim {
                    claim,
                    sentence_span: span,
                    scores,
                }
            })
            .collect();
        let article = NewArticle::new("a.txt".into(), "T".into(), None, BODY.into());
        db.store_article(&article, &claims).expect("store");
        let rows = db.claims(&ClaimFilter::default(), None).expect("list");
        let ids = rows.iter().map(|c| c.id).collect();
        (db, ids)
    }

    fn ids(rows: Vec<ClaimRow>) -> Vec<i64> {
        rows.iter().map(|c| c.id).collect()
    }

    #[test]
    #[rustfmt::skip]
    fn restatements_gather_the_first_statement_and_every_restatement() {
        let (db, id) = linked_db();
        // the claim asked about (index), the group (indices)
        let cases: &[(usize, &[usize])] = &[(0, &[0, 1, 3]), (1, &[0, 1, 3]), (3, &[0, 1, 3]), (2, &[2])];
        for &(asked, group) in cases {
            let claim = db.claim(id[asked]).expect("read").expect("exists");
            let want: Vec<i64> = group.iter().map(|&i| id[i]).collect();
            assert_eq!(ids(db.restatements(&claim).expect("group")), want, "claim {asked}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn conflicts_are_read_in_both_directions() {
        let (db, id) = linked_db();
        // the claim asked about (index), its conflicts (indices)
        let cases: &[(usize, &[usize])] = &[(0, &[2]), (2, &[0]), (1, &[])];
        for &(asked, conflicts) in cases {
            let claim = db.claim(id[asked]).expect("read").expect("exists");
            let want: Vec<i64> = conflicts.iter().map(|&i| id[i]).collect();
            assert_eq!(ids(db.conflicts(&claim).expect("conflicts")), want, "claim {asked}");
        }
        let texts = db.conflicts(&db.claim(id[0]).unwrap().unwrap()).unwrap();
        assert_eq!(texts[0].sentence, "Dozens were freed.");
    }
}
