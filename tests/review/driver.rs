//! The review loop against a real database with scripted decisions instead of a terminal.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use anyhow::Result;
use claimdesk::db::{Db, Holder, Queue, QueueOrder, Status, Verdict};
use claimdesk::extract::claims::ClaimKind;
use claimdesk::review::driver::{Driver, Outcome, Terminal};
use claimdesk::review::session::{Decision, Session};

use super::fixture::{Fixture, queue_of, refusal};

/// Plays `decisions` in order (then quits) and keeps every screen it was shown.
struct Script {
    decisions: VecDeque<Decision>,
    screens: Rc<RefCell<Vec<String>>>,
    size: Option<(usize, usize)>,
}

impl Terminal for Script {
    fn size(&self) -> Option<(usize, usize)> {
        self.size
    }

    fn show(&mut self, screen: &str) -> Result<()> {
        self.screens.borrow_mut().push(screen.to_string());
        Ok(())
    }

    fn decide(&mut self, _draft_note: Option<&str>) -> Result<Decision> {
        Ok(self.decisions.pop_front().unwrap_or(Decision::Quit))
    }
}

pub fn run(
    db: &mut Db,
    queue: Queue,
    decisions: Vec<Decision>,
) -> (Outcome, Vec<i64>, Vec<String>) {
    run_sized(db, queue, decisions, None)
}

/// As `run`, on a terminal of `size` (rows, columns).
pub fn run_sized(
    db: &mut Db,
    queue: Queue,
    decisions: Vec<Decision>,
    size: Option<(usize, usize)>,
) -> (Outcome, Vec<i64>, Vec<String>) {
    let screens = Rc::new(RefCell::new(Vec::new()));
    let pending = queue.filter.status == Some(Status::Pending);
    let driver = Driver {
        db,
        queue,
        holder: Holder {
            id: "test-session".to_string(),
            ttl: 300,
        },
        session: Session::new("ana", pending),
        term: Script {
            decisions: decisions.into(),
            screens: Rc::clone(&screens),
            size,
        },
        colors: false,
        now: || 1_000,
    };
    let outcome = driver.run().unwrap();
    let screens = screens.borrow().clone();
    (outcome, shown_ids(&screens), screens)
}

pub fn pending() -> Queue {
    queue_of(Status::Pending)
}

/// The claim id of each screen (`claim N · ...`).
fn shown_ids(screens: &[String]) -> Vec<i64> {
    screens
        .iter()
        .map(|s| {
            let line = s.lines().find(|l| l.starts_with("claim ")).unwrap();
            line[6..].split(' ').next().unwrap().parse().unwrap()
        })
        .collect()
}

fn verdict(verdict: Verdict, evidence: Option<&str>) -> Decision {
    Decision::Verdict {
        verdict,
        evidence: evidence.map(str::to_string),
        note: Some("a note".to_string()),
    }
}

pub fn verified() -> Decision {
    verdict(Verdict::Verified, Some("https://example.org/1"))
}

#[test]
fn verdicts_are_committed_with_the_reviewer_and_the_next_run_resumes() {
    let f = Fixture::new();
    let mut db = f.db();
    let decisions = vec![
        verified(),
        verdict(Verdict::Disputed, Some("Reuters")),
        Decision::Quit,
    ];
    let (outcome, shown, screens) = run(&mut db, pending(), decisions);
    assert_eq!(shown, [1, 2, 3]);
    assert!(screens[0].starts_with("Reviewing [1/5] · Belarus Releases Prisoners · verified 0"));
    assert!(screens[2].contains("verified 1 · disputed 1 · opinion 0 · skipped 0"));
    assert_eq!(
        (outcome.tally.verified, outcome.tally.disputed, outcome.left),
        (1, 1, 3)
    );
    assert!(!outcome.interrupted);
    let history = f.history(1);
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].verdict, Verdict::Verified);
    assert_eq!(history[0].reviewer, "ana");
    assert_eq!(
        history[0].evidence.as_deref(),
        Some("https://example.org/1")
    );
    assert_eq!(
        (f.status(2), f.status(3)),
        ("disputed".into(), "pending".into())
    );
    let (_, shown, _) = run(&mut db, pending(), vec![]);
    assert_eq!(shown, [3], "resumes at the first undecided claim");
}

#[test]
fn a_skipped_claim_comes_back_at_the_end() {
    let f = Fixture::new();
    let opinion = || verdict(Verdict::Opinion, None);
    let decisions = vec![
        Decision::Skip,
        opinion(),
        opinion(),
        opinion(),
        opinion(),
        Decision::Skip,
    ];
    let (outcome, shown, _) = run(&mut f.db(), pending(), decisions);
    assert_eq!(shown, [1, 2, 3, 4, 5, 1]);
    assert_eq!(
        (outcome.tally.opinion, outcome.tally.skipped, outcome.left),
        (4, 1, 1)
    );
    assert_eq!(f.status(1), "pending");
}

#[test]
fn undo_appends_a_reopened_row_and_shows_the_claim_again() {
    let f = Fixture::new();
    let decisions = vec![verified(), Decision::Undo, verdict(Verdict::Opinion, None)];
    let (outcome, shown, _) = run(&mut f.db(), pending(), decisions);
    assert_eq!(shown, [1, 2, 1, 2]);
    let verdicts = f.verdicts(1);
    assert_eq!(
        verdicts,
        [Verdict::Verified, Verdict::Reopened, Verdict::Opinion]
    );
    assert_eq!(f.status(1), "opinion");
    assert_eq!((outcome.tally.verified, outcome.tally.opinion), (0, 1));
}

#[test]
fn empty_evidence_is_refused_on_screen_and_nothing_is_written() {
    let f = Fixture::new();
    let decisions = vec![verdict(Verdict::Disputed, Some(" ")), Decision::Quit];
    let (_, shown, screens) = run(&mut f.db(), pending(), decisions);
    assert_eq!(shown, [1, 1]);
    assert!(screens[1].contains(&refusal(Verdict::Disputed)));
    assert!(f.history(1).is_empty());
}

#[test]
fn an_opinion_score_suggests_the_verdict() {
    let f = Fixture::new();
    let (_, _, screens) = run(&mut f.db(), pending(), vec![Decision::Skip, Decision::Skip]);
    assert!(!screens[1].contains("suggested verdict"));
    assert!(screens[2].contains("suggested verdict: opinion"));
}

#[test]
fn filters_and_check_worthiness_order() {
    let f = Fixture::new();
    let worth = Queue {
        order: QueueOrder::Checkworthiness,
        ..pending()
    };
    let skips = vec![Decision::Skip; 5];
    assert_eq!(run(&mut f.db(), worth, skips).1[..5], [5, 4, 3, 2, 1]);
    let mut terms = pending();
    terms.filter.kind = Some(ClaimKind::PrisonTerm);
    assert_eq!(
        run(&mut f.db(), terms, vec![Decision::Skip; 2]).1,
        [4, 5, 4]
    );
}

#[test]
fn revisiting_earlier_verdicts_appends_to_the_history() {
    let f = Fixture::new();
    let mut db = f.db();
    run(&mut db, pending(), vec![verified(), verified()]);
    let mut revisit = Queue::default();
    revisit.filter.status = Some(Status::Verified);
    let disputed = verdict(Verdict::Disputed, Some("new source"));
    let (outcome, shown, _) = run(&mut db, revisit, vec![Decision::Skip, disputed]);
    assert_eq!(shown, [1, 2, 1]);
    assert_eq!(f.status(2), "disputed");
    assert_eq!(f.history(2).len(), 2);
    assert_eq!(outcome.left, 3);
}

#[test]
fn an_empty_queue_ends_at_once() {
    let f = Fixture::new();
    let mut queue = pending();
    queue.filter.article_id = Some(99);
    let (outcome, shown, _) = run(&mut f.db(), queue, vec![]);
    assert!(shown.is_empty());
    assert_eq!((outcome.shown, outcome.left), (0, 0));
}
