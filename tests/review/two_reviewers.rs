//! Two review processes on one database at the same time.

use claimdesk::db::Verdict;

use super::fixture::Fixture;
use super::pty::{exit_code, expect, press, review, step};

#[test]
fn two_sessions_never_show_the_same_claim_and_keep_both_verdicts() {
    let f = Fixture::new();
    let mut a = review(&f, "ana", None);
    let first_a = expect(&mut a, "[q] quit");
    assert!(first_a.contains("claim 1 ·"), "{first_a}");
    let mut b = review(&f, "bo", None);
    let first_b = expect(&mut b, "[q] quit");
    assert!(first_b.contains("claim 2 ·"), "{first_b}");

    step(&mut a, "v", "Evidence for verified");
    step(&mut a, "https://example.org\r", "Note: ");
    let next_a = step(&mut a, "\r", "[q] quit");
    assert!(
        next_a.contains("claim 3 ·"),
        "claim 2 is held by the other session: {next_a}"
    );

    step(&mut b, "o", "Note: ");
    let next_b = step(&mut b, "\r", "[q] quit");
    assert!(
        next_b.contains("claim 4 ·"),
        "claim 3 is held by the other session: {next_b}"
    );

    press(&mut a, "q");
    press(&mut b, "q");
    assert_eq!(exit_code(&mut a), 0);
    assert_eq!(exit_code(&mut b), 0);
    let (one, two) = (&f.history(1)[0], &f.history(2)[0]);
    assert_eq!(
        (one.verdict, one.reviewer.as_str()),
        (Verdict::Verified, "ana")
    );
    assert_eq!(
        (two.verdict, two.reviewer.as_str()),
        (Verdict::Opinion, "bo")
    );
    assert_eq!(
        (f.status(3), f.status(4)),
        ("pending".into(), "pending".into())
    );
}
