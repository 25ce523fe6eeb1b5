//! The session state machine driven by hand, with the queue simulated by key lists.

use super::*;

fn key(id: i64) -> QueueKey {
    QueueKey {
        id,
        article_id: 1,
        start: id * 10,
        worth: -1.0,
    }
}

/// Draws the next claim the session wants from `free` (the pending claims in queue order).
fn draw(session: &mut Session, free: &[i64]) -> Option<i64> {
    loop {
        let want = session.want();
        let found = match want {
            Want::Done => return None,
            Want::Next { after } => free
                .iter()
                .copied()
                .find(|&id| after.is_none_or(|a| id > a.id))
                .map(key),
            Want::Claim { id, .. } => free.contains(&id).then(|| key(id)),
        };
        if session.drawn(want, found) {
            return found.map(|key| key.id);
        }
    }
}

/// The claims and the review of a record step.
fn record(step: Step) -> (Vec<i64>, NewReview) {
    match step {
        Step::Record { claim_ids, review } => (claim_ids, review),
        other => panic!("expected a record step, got {other:?}"),
    }
}

/// The claims, the claim released and the review of a reopen step.
fn reopen(step: Step) -> (Vec<i64>, i64, NewReview) {
    match step {
        Step::Reopen {
            claim_ids,
            release,
            review,
        } => (claim_ids, release, review),
        other => panic!("expected a reopen step, got {other:?}"),
    }
}

fn verified() -> Decision {
    Decision::Verdict {
        verdict: Verdict::Verified,
        evidence: Some("https://example.org/a".to_string()),
        note: None,
    }
}

fn opinion() -> Decision {
    Decision::Verdict {
        verdict: Verdict::Opinion,
        evidence: None,
        note: Some(" a note ".to_string()),
    }
}

#[test]
fn a_verdict_is_recorded_and_the_next_claim_follows() {
    let mut session = Session::new("ana", true);
    assert_eq!(draw(&mut session, &[1, 2]), Some(1));
    let (claim_ids, review) = record(session.apply(verified()));
    assert_eq!((claim_ids, review.reviewer.as_str()), (vec![1], "ana"));
    assert_eq!(review.evidence.as_deref(), Some("https://example.org/a"));
    assert_eq!(draw(&mut session, &[2]), Some(2));
    let (_, review) = record(session.apply(opinion()));
    assert_eq!(review.note.as_deref(), Some("a note"));
    assert_eq!(draw(&mut session, &[]), None);
    let tally = session.tally();
    assert_eq!((tally.verified, tally.opinion, tally.skipped), (1, 1, 0));
}

#[test]
fn empty_evidence_is_refused_and_the_claim_stays() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1]);
    let step = session.apply(Decision::Verdict {
        verdict: Verdict::Disputed,
        evidence: Some("  ".to_string()),
        note: None,
    });
    assert!(matches!(step, Step::Refuse(ref m) if m.contains("needs evidence")));
    assert_eq!(session.current(), Some(1));
    assert_eq!(session.apply(Decision::Skip), Step::Skip { claim_id: 1 });
}

#[test]
fn a_skipped_claim_comes_back_at_the_end_once() {
    let mut session = Session::new("ana", true);
    assert_eq!(draw(&mut session, &[1, 2]), Some(1));
    assert_eq!(session.apply(Decision::Skip), Step::Skip { claim_id: 1 });
    assert_eq!(draw(&mut session, &[1, 2]), Some(2));
    session.apply(verified());
    assert_eq!(
        draw(&mut session, &[1]),
        Some(1),
        "the skipped claim comes back"
    );
    assert_eq!(session.tally().skipped, 1);
    session.apply(Decision::Skip);
    assert_eq!(
        draw(&mut session, &[1]),
        None,
        "skipped twice: left for next time"
    );
    assert_eq!(session.tally().skipped, 1);
}

#[test]
fn skipped_claims_of_a_revisit_queue_come_back_from_the_list() {
    let mut session = Session::new("ana", false);
    assert_eq!(draw(&mut session, &[1, 2]), Some(1));
    session.apply(Decision::Skip);
    assert_eq!(draw(&mut session, &[1, 2]), Some(2));
    session.apply(verified());
    assert_eq!(draw(&mut session, &[1, 2]), Some(1));
    session.apply(verified());
    assert_eq!(draw(&mut session, &[1, 2]), None);
    assert_eq!(session.tally().skipped, 0);
}

#[test]
fn undo_reopens_the_previous_decision_then_returns_to_the_displaced_claim() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1, 2, 3]);
    session.apply(verified());
    assert_eq!(draw(&mut session, &[2, 3]), Some(2));
    assert_eq!(session.position(), 2);
    let (claim_ids, release, review) = reopen(session.apply(Decision::Undo));
    assert_eq!((claim_ids, release), (vec![1], 2));
    assert_eq!(review.verdict, Verdict::Reopened);
    assert_eq!(session.tally().verified, 0);
    assert_eq!(
        draw(&mut session, &[1, 2, 3]),
        Some(1),
        "the undone claim again"
    );
    assert_eq!(session.position(), 1, "the undone claim keeps its number");
    session.apply(opinion());
    assert_eq!(
        draw(&mut session, &[2, 3]),
        Some(2),
        "then the displaced one"
    );
    assert_eq!(session.position(), 2);
}

#[test]
fn undo_with_nothing_decided_is_refused() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1]);
    assert!(matches!(session.apply(Decision::Undo), Step::Refuse(_)));
    assert_eq!(session.current(), Some(1));
}

#[test]
fn quit_and_interrupt_end_the_session() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1, 2]);
    let end = session.apply(Decision::Quit);
    assert_eq!(
        end,
        Step::End {
            claim_id: 1,
            interrupted: false
        }
    );
    assert_eq!(session.want(), Want::Done);
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1]);
    assert!(matches!(
        session.apply(Decision::Interrupt),
        Step::End {
            interrupted: true,
            ..
        }
    ));
}

#[test]
fn a_new_session_resumes_at_the_first_undecided_claim() {
    let mut first = Session::new("ana", true);
    draw(&mut first, &[1, 2, 3]);
    first.apply(verified());
    draw(&mut first, &[2, 3]);
    first.apply(Decision::Quit);
    let mut second = Session::new("ana", true);
    assert_eq!(second.want(), Want::Next { after: None });
    assert_eq!(draw(&mut second, &[2, 3]), Some(2));
}

#[test]
fn notes_and_context_redraw_the_same_claim() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1]);
    assert_eq!(
        session.apply(Decision::Note(" check ".into())),
        Step::Redraw
    );
    assert_eq!(session.draft_note(1), Some("check"));
    assert_eq!(session.apply(Decision::MoreContext), Step::Redraw);
    assert_eq!(session.context(), 3);
    assert_eq!(session.current(), Some(1));
}

#[test]
fn a_verdict_covers_the_pending_restatements_and_undo_reopens_them_all() {
    let mut session = Session::new("ana", true);
    assert_eq!(draw(&mut session, &[1, 2, 3, 4]), Some(1));
    session.grouped(vec![3, 4]);
    assert_eq!(
        session.cover(),
        Cover {
            claims: 3,
            others: 2
        }
    );
    let (claim_ids, _) = record(session.apply(verified()));
    assert_eq!(claim_ids, [1, 3, 4], "the claim on screen first");
    assert_eq!((session.tally().verified, session.position()), (3, 3));
    assert_eq!(draw(&mut session, &[2]), Some(2));
    let (claim_ids, release, review) = reopen(session.apply(Decision::Undo));
    assert_eq!(
        (claim_ids, release, review.verdict),
        (vec![1, 3, 4], 2, Verdict::Reopened)
    );
    assert_eq!(session.tally().verified, 0);
    assert_eq!(
        draw(&mut session, &[1, 2, 3, 4]),
        Some(1),
        "the claim shown again"
    );
    assert_eq!(
        session.cover(),
        Cover {
            claims: 1,
            others: 0
        },
        "until the driver regroups"
    );
}

#[test]
#[rustfmt::skip]
fn the_group_key_switches_between_the_group_and_this_claim_only() {
    // presses of `g`, what a verdict then covers
    let cases: &[(usize, &[i64])] = &[(0, &[1, 3]), (1, &[1]), (2, &[1, 3])];
    for &(presses, covered) in cases {
        let mut session = Session::new("ana", true);
        draw(&mut session, &[1, 2, 3]);
        session.grouped(vec![3]);
        for _ in 0..presses {
            assert_eq!(session.apply(Decision::Group), Step::Redraw);
        }
        assert_eq!(session.cover().claims, covered.len(), "{presses} presses");
        let (claim_ids, _) = record(session.apply(opinion()));
        assert_eq!(claim_ids, covered, "{presses} presses");
    }
}

#[test]
fn without_pending_restatements_the_group_key_is_refused() {
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1]);
    assert!(
        matches!(session.apply(Decision::Group), Step::Refuse(ref m) if m.contains("restatement"))
    );
    assert_eq!(
        session.cover(),
        Cover {
            claims: 1,
            others: 0
        }
    );
}

#[test]
fn a_claim_covered_by_a_group_verdict_is_not_shown_again() {
    // A queue that keeps decided claims (`--status all`) meets the covered claim 3 again.
    let mut session = Session::new("ana", false);
    draw(&mut session, &[1, 2, 3]);
    session.grouped(vec![3]);
    session.apply(verified());
    assert_eq!(draw(&mut session, &[1, 2, 3]), Some(2));
    session.apply(Decision::Skip);
    assert_eq!(draw(&mut session, &[1, 2, 3]), Some(2), "3 is passed over");
    session.apply(verified());
    assert_eq!(draw(&mut session, &[1, 2, 3]), None);
    assert_eq!(session.tally().verified, 3);
}

#[test]
#[rustfmt::skip]
fn the_position_is_the_place_of_the_claim_on_screen() {
    // (a decision, then the claim drawn and its position)
    let mut session = Session::new("ana", true);
    draw(&mut session, &[1, 2, 3]);
    let steps: &[(Decision, &[i64], Option<i64>, usize)] = &[
        (verified(), &[2, 3], Some(2), 2),
        (Decision::Undo, &[1, 2, 3], Some(1), 1),
        (opinion(), &[2, 3], Some(2), 2),
        (Decision::Skip, &[2, 3], Some(3), 3),
        (Decision::Undo, &[1, 2, 3], Some(1), 1),
        (verified(), &[2, 3], Some(3), 3),
    ];
    for (i, (decision, free, drawn, position)) in steps.iter().enumerate() {
        session.apply(decision.clone());
        assert_eq!(draw(&mut session, free), *drawn, "step {i}");
        assert_eq!(session.position(), *position, "step {i}");
    }
}
