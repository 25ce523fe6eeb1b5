//! `review --conflicts` under a pseudo-terminal: the lead is shown only the claim on which two
//! reviewers disagree, settles it, and the next run has nothing left.

use claimdesk::db::{NewReview, Verdict};

use super::fixture::Fixture;
use super::pty::{exit_code, expect, give, review_with};

fn mark(f: &Fixture, id: i64, verdict: Verdict, reviewer: &str) {
    let review = NewReview {
        verdict,
        evidence: Some("a source".to_string()),
        note: None,
        reviewer: reviewer.to_string(),
    };
    f.db().record_reviews(&[id], &review).unwrap();
}

#[test]
fn the_lead_settles_the_one_conflict() {
    let f = Fixture::new();
    mark(&f, 1, Verdict::Verified, "ana");
    mark(&f, 1, Verdict::Verified, "bob");
    mark(&f, 2, Verdict::Verified, "ana");
    mark(&f, 2, Verdict::Disputed, "bob");
    let mut p = review_with(&f, "lead", Some((24, 80)), &["--conflicts"]);
    expect(&mut p, "[1/1]");
    expect(&mut p, "claim 2 ·");
    expect(&mut p, "verdicts so far: ana: verified · bob: disputed");
    give(&mut p, "d", "Reuters", "");
    expect(&mut p, "0 claims left to review.");
    assert_eq!(exit_code(&mut p), 0);
    let history = f.db().history(2).unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        (last.verdict, last.reviewer.as_str()),
        (Verdict::Disputed, "lead")
    );
    let mut again = review_with(&f, "lead", Some((24, 80)), &["--conflicts"]);
    expect(&mut again, "Nothing to review here.");
    assert_eq!(exit_code(&mut again), 0);
}
