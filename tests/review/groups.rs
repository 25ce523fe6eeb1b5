//! Linked claims under review: a verdict on a claim covers its pending restatements (one
//! transaction, one undo), `g` leaves them out, conflicts are shown with both sentences, and
//! every screen fits 80x24. Through the driver with scripted decisions, and the real binary.

use claimdesk::db::Verdict;
use claimdesk::review::session::Decision;

use super::driver::{pending, run, run_sized, verified};
use super::fixture::Fixture;
use super::pty::{exit_code, expect, give, leased, press, review, step};

#[test]
fn a_verdict_covers_the_restatement_in_one_transaction_and_undo_reopens_both() {
    let f = Fixture::linked();
    let decisions = vec![verified(), Decision::Undo, Decision::Skip];
    let (outcome, shown, screens) = run(&mut f.db(), pending(), decisions);
    assert!(
        screens[0].contains("claim 1 and its 1 restatement"),
        "{}",
        screens[0]
    );
    assert!(screens[0].contains("this verdict covers 2 claims · [g] this claim only"));
    assert!(
        screens[0].contains(
            "\n  >    1 pending  Belarus freed **123 political prisoners** on Saturday.\n"
        )
    );
    assert!(screens[0].contains("\n       6 pending  In all, **123 prisoners** walked free.\n"));
    assert!(
        screens[1].contains("verified 2 ·"),
        "one verdict, two claims: {}",
        screens[1]
    );
    assert_eq!(
        shown[..3],
        [1, 2, 1],
        "undo shows the claim that was on screen"
    );
    assert_verified_then_reopened(&f, "through the driver");
    let (one, six) = (&f.history(1)[0], &f.history(6)[0]);
    assert_eq!(
        (one.reviewed_at.as_str(), six.evidence.as_deref()),
        (six.reviewed_at.as_str(), one.evidence.as_deref())
    );
    assert_eq!(
        (f.status(1), f.status(6), outcome.tally.verified),
        ("pending".into(), "pending".into(), 0)
    );
}

#[test]
fn the_group_key_leaves_the_restatement_for_later() {
    let f = Fixture::linked();
    let decisions = vec![Decision::Group, verified()];
    let (_, shown, screens) = run(&mut f.db(), pending(), decisions);
    assert!(
        screens[1].contains("this verdict covers this claim only · [g] all 2 pending claims"),
        "{}",
        screens[1]
    );
    assert_eq!(shown, [1, 1, 2]);
    assert_eq!(
        (f.status(1), f.status(6)),
        ("verified".into(), "pending".into())
    );
    let (_, shown, screens) = run(&mut f.db(), pending(), vec![Decision::Skip; 5]);
    assert_eq!(shown[..5], [2, 3, 4, 5, 6]);
    let restatement = &screens[4];
    assert!(
        restatement.contains("\n  >    6 pending  In all"),
        "{restatement}"
    );
    assert!(
        restatement.contains("\n       1 verified Belarus freed"),
        "{restatement}"
    );
    assert!(
        restatement.contains("this verdict covers this claim only (no other pending claim"),
        "{restatement}"
    );
}

#[test]
fn a_conflict_shows_both_sentences_under_its_heading() {
    let f = Fixture::linked();
    let decisions = vec![Decision::Skip; 6];
    let (_, shown, screens) = run(&mut f.db(), pending(), decisions);
    assert_eq!(shown[..7], [1, 2, 3, 4, 5, 6, 7]);
    let conflict = "conflicts with claim 1\n  >    7 pending  Officials spoke of only **a few dozen prisoners**.\n       1 pending  Belarus freed **123 political prisoners** on Saturday.\n";
    assert!(screens[6].contains(conflict), "{}", screens[6]);
    assert!(
        screens[0].contains("conflicts with claim 7\n"),
        "{}",
        screens[0]
    );
    assert!(
        !screens[1].contains("conflicts with"),
        "claim 2 has no links"
    );
}

#[test]
fn every_screen_fits_a_terminal_of_80_by_24() {
    let f = Fixture::linked();
    let (_, shown, screens) = run_sized(
        &mut f.db(),
        pending(),
        vec![Decision::Skip; 7],
        Some((24, 80)),
    );
    assert_eq!(shown.len(), 8);
    for screen in &screens {
        let rows = claimdesk::display::wrap(screen, 80);
        let rows: Vec<&str> = rows.lines().collect();
        assert!(
            rows.len() + claimdesk::review::screen::PROMPT_ROWS <= 24,
            "{} rows:\n{screen}",
            rows.len()
        );
        assert!(
            rows.iter().all(|r| console::measure_text_width(r) <= 80),
            "{screen}"
        );
        assert!(rows[0].starts_with("Reviewing ["), "{screen}");
    }
    assert!(
        screens[0].contains("this verdict covers 2 claims"),
        "{}",
        screens[0]
    );
    assert!(
        screens[0].contains("conflicts with claim 7"),
        "{}",
        screens[0]
    );
}

#[test]
fn a_group_verdict_covers_the_restatement_and_undo_reopens_both() {
    for size in [(24, 80), (50, 200)] {
        let f = Fixture::linked();
        let mut p = review(&f, "ana", Some(size));
        // The key legend ends in "[q] quit", or "[q]uit" where it is short.
        let first = expect(&mut p, "uit");
        assert!(first.contains("claim 1 and its 1 restatement"), "{first}");
        assert!(first.contains("conflicts with claim 7"), "{first}");
        assert!(
            leased(&f, 6),
            "the restatement is held with the claim on screen"
        );
        give(&mut p, "v", "https://example.org/count", "");
        let next = expect(&mut p, "uit");
        let tally = if size.1 < 100 {
            "decided 2 ·"
        } else {
            "verified 2 ·"
        };
        assert!(next.contains("claim 2 ·") && next.contains(tally), "{next}");
        assert!(next.contains("saved: verified, claims 1 and 6"), "{next}");
        for id in [1, 6] {
            assert_eq!(f.status(id), "verified", "claim {id} at {size:?}");
        }
        step(&mut p, "u", "this verdict covers 2 claims");
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
        assert_verified_then_reopened(&f, &format!("at {size:?}"));
    }
}

/// Claim 1 and its restatement 6 were verified by one verdict and reopened by one undo.
fn assert_verified_then_reopened(f: &Fixture, how: &str) {
    for id in [1, 6] {
        let both = [Verdict::Verified, Verdict::Reopened];
        assert_eq!(f.verdicts(id), both, "claim {id} {how}");
    }
}
