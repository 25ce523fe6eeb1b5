//! `claimdesk stats`: claims by kind and status, each reviewer's current verdicts, the
//! agreement between reviewers (Cohen's kappa per pair, Fleiss' kappa for three or more) and
//! the claims in conflict; as a table that fits the terminal, or as JSON.

mod table;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use crate::agreement::{self, Group, Judgement, Pair};
use crate::cli::StatsArgs;
use crate::db::{CurrentVerdict, Db, Status, Verdict};
use crate::extract::claims::ClaimKind;

/// The verdicts agreement is measured over, in category order.
const CATEGORIES: [Verdict; 3] = [Verdict::Verified, Verdict::Disputed, Verdict::Opinion];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub pending: u64,
    pub verified: u64,
    pub disputed: u64,
    pub opinion: u64,
    pub total: u64,
}

#[derive(Debug, Serialize)]
pub struct KindCounts {
    pub kind: ClaimKind,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

/// A reviewer's current verdicts (an undone verdict no longer counts).
#[derive(Debug, Default, Serialize)]
pub struct ReviewerCounts {
    pub reviewer: String,
    pub verified: u64,
    pub disputed: u64,
    pub opinion: u64,
    pub claims: u64,
}

#[derive(Debug, Serialize)]
pub struct Stats {
    pub claims: Vec<KindCounts>,
    pub total: StatusCounts,
    pub reviewers: Vec<ReviewerCounts>,
    /// Cohen's kappa for each pair of reviewers who judged a claim in common.
    pub pairs: Vec<Pair>,
    /// Fleiss' kappa over the claims every reviewer judged, with three reviewers or more.
    pub all_reviewers: Option<Group>,
    /// Claims whose reviewers' current verdicts differ.
    pub conflicts: usize,
}

pub fn run(db_path: &Path, args: &StatsArgs) -> Result<()> {
    let db = Db::open(db_path)?;
    let stats = gather(&db.claim_counts()?, &db.current_verdicts(None)?);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        let width = console::Term::stdout()
            .size_checked()
            .map(|(_, cols)| cols as usize);
        write!(out, "{}", table::render(&stats, width))?;
    }
    out.flush()?;
    Ok(())
}

/// The figures from the claim counts and every reviewer's current verdicts.
pub fn gather(counts: &[(ClaimKind, Status, u64)], current: &[CurrentVerdict]) -> Stats {
    let mut kinds: BTreeMap<ClaimKind, StatusCounts> = BTreeMap::new();
    let mut total = StatusCounts::default();
    for &(kind, status, n) in counts {
        for tally in [kinds.entry(kind).or_default(), &mut total] {
            add(tally, status, n);
        }
    }
    let judgements: Vec<Judgement<'_>> = current
        .iter()
        .filter_map(|v| {
            let category = CATEGORIES.iter().position(|&c| c == v.verdict)?;
            Some((v.claim_id, v.reviewer.as_str(), category))
        })
        .collect();
    Stats {
        claims: kinds
            .into_iter()
            .map(|(kind, counts)| KindCounts { kind, counts })
            .collect(),
        total,
        reviewers: reviewers(current),
        pairs: agreement::pairs(&judgements, CATEGORIES.len()),
        all_reviewers: agreement::group(&judgements, CATEGORIES.len()),
        conflicts: conflicts(current),
    }
}

fn add(tally: &mut StatusCounts, status: Status, n: u64) {
    let cell = match status {
        Status::Pending => &mut tally.pending,
        Status::Verified => &mut tally.verified,
        Status::Disputed => &mut tally.disputed,
        Status::Opinion => &mut tally.opinion,
    };
    *cell += n;
    tally.total += n;
}

fn reviewers(current: &[CurrentVerdict]) -> Vec<ReviewerCounts> {
    let mut by_name: BTreeMap<&str, ReviewerCounts> = BTreeMap::new();
    for v in current {
        let row = by_name
            .entry(&v.reviewer)
            .or_insert_with(|| ReviewerCounts {
                reviewer: v.reviewer.clone(),
                ..ReviewerCounts::default()
            });
        match v.verdict {
            Verdict::Verified => row.verified += 1,
            Verdict::Disputed => row.disputed += 1,
            Verdict::Opinion => row.opinion += 1,
            Verdict::Reopened => continue,
        }
        row.claims += 1;
    }
    by_name.into_values().collect()
}

/// Claims with two different current verdicts (`current` is in claim order).
fn conflicts(current: &[CurrentVerdict]) -> usize {
    current
        .chunk_by(|a, b| a.claim_id == b.claim_id)
        .filter(|verdicts| verdicts.iter().any(|v| v.verdict != verdicts[0].verdict))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(claim_id: i64, reviewer: &str, verdict: Verdict) -> CurrentVerdict {
        CurrentVerdict {
            claim_id,
            reviewer: reviewer.to_string(),
            verdict,
        }
    }

    #[test]
    fn figures_add_up() {
        let counts = [
            (ClaimKind::Count, Status::Pending, 2),
            (ClaimKind::Count, Status::Verified, 1),
            (ClaimKind::Date, Status::Disputed, 1),
        ];
        let current = [
            verdict(1, "ana", Verdict::Verified),
            verdict(1, "bob", Verdict::Verified),
            verdict(2, "ana", Verdict::Disputed),
            verdict(2, "bob", Verdict::Verified),
            verdict(3, "bob", Verdict::Opinion),
        ];
        let stats = gather(&counts, &current);
        assert_eq!(stats.claims.len(), 2);
        assert_eq!((stats.total.total, stats.total.pending), (4, 2));
        let named: Vec<(&str, u64)> = stats
            .reviewers
            .iter()
            .map(|r| (r.reviewer.as_str(), r.claims))
            .collect();
        assert_eq!(named, [("ana", 2), ("bob", 3)]);
        assert_eq!((stats.pairs.len(), stats.pairs[0].items), (1, 2));
        assert_eq!(stats.conflicts, 1);
        assert!(stats.all_reviewers.is_none());
    }
}
