//! The review loop: asks the [`Session`] which claim to show, leases it from the database,
//! renders it with its links, reads a decision from a [`Terminal`] and carries out the
//! resulting [`Step`]. The pending restatements of the claim on screen are leased with it, so
//! that its verdict can cover them. Every verdict is committed (through `Db::record_reviews`,
//! as `mark` does, all claims it covers at once) before the next claim is drawn. The terminal
//! is a trait so that tests can script the keys.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Result;

use crate::db::{ClaimRow, Db, Holder, Queue, QueueKey, ReviewRow, Status};
use crate::display::context::Body;
use crate::display::links::Links;
use crate::review::screen::{self, Screen};
use crate::review::session::{Decision, Session, Step, Tally, Want};

/// How long a claim stays reserved for a session without a keypress, in seconds.
pub const LEASE_SECS: i64 = 300;

/// The header counts the queue only this far, so a huge queue starts fast.
const COUNT_CAP: u64 = 10_000;

/// Where claim screens are shown and decisions are read.
pub trait Terminal {
    /// Rows and columns, when known.
    fn size(&self) -> Option<(usize, usize)> {
        None
    }
    fn show(&mut self, screen: &str) -> Result<()>;
    /// The reviewer's decision about the claim on screen; verdicts come with their evidence
    /// and note already asked for (`draft_note` is offered as the note).
    fn decide(&mut self, draft_note: Option<&str>) -> Result<Decision>;
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub tally: Tally,
    /// How many different claims were shown.
    pub shown: usize,
    /// Pending claims of the queue's article and kind after the session.
    pub left: u64,
    pub interrupted: bool,
}

pub struct Driver<'a, T: Terminal> {
    pub db: &'a mut Db,
    pub queue: Queue,
    pub holder: Holder,
    pub session: Session,
    pub term: T,
    pub colors: bool,
    /// Unix seconds; a parameter so tests can move time.
    pub now: fn() -> i64,
}

/// The lease clock: unix seconds.
pub fn unix_now() -> i64 {
    since_epoch().as_secs() as i64
}

/// A new random-enough session id: process id and the clock in nanoseconds.
pub fn session_id() -> String {
    format!("{}-{:x}", std::process::id(), since_epoch().as_nanos())
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Where the loop goes after a step.
enum Flow {
    /// The same claim again, with a message or not.
    Stay(Option<String>),
    Next,
    End {
        interrupted: bool,
    },
}

/// What the loop keeps between claims: the header total, the current article, and the status
/// line of the last verdict stored, shown once on the next screen.
struct View {
    total: (u64, bool),
    article: Option<(Body, String)>,
    status: Option<String>,
}

/// The claim on screen with its links, the restatements leased with it, and its latest
/// verdict when it has one.
struct Shown<'c> {
    claim: &'c ClaimRow,
    links: Links,
    held: Vec<i64>,
    earlier: Option<ReviewRow>,
}

impl<T: Terminal> Driver<'_, T> {
    /// Runs the session to its end; whatever happens, this session's leases are released.
    pub fn run(mut self) -> Result<Outcome> {
        let result = self.run_loop();
        let released = self.db.release_all(&self.holder.id);
        let interrupted = result?;
        released?;
        Ok(Outcome {
            tally: self.session.tally(),
            shown: self.session.position(),
            left: self.db.pending_left(&self.queue)?,
            interrupted,
        })
    }

    /// Returns whether the session was interrupted.
    fn run_loop(&mut self) -> Result<bool> {
        let mut view = View {
            total: self.db.queue_len(&self.queue, COUNT_CAP)?,
            article: None,
            status: None,
        };
        loop {
            let want = self.session.want();
            let claim = self.fetch(want)?;
            let show = self.session.drawn(want, claim.as_ref().map(QueueKey::of));
            match claim {
                Some(claim) if show => {
                    if let Some(interrupted) = self.review(&claim, &mut view)? {
                        return Ok(interrupted);
                    }
                }
                Some(passed_over) => self.db.release(passed_over.id, &self.holder)?,
                None if want == Want::Done => return Ok(false),
                None => {}
            }
        }
    }

    fn fetch(&mut self, want: Want) -> Result<Option<ClaimRow>> {
        let now = (self.now)();
        match want {
            Want::Next { after } => {
                self.db
                    .lease_next(&self.queue, after.as_ref(), &self.holder, now)
            }
            Want::Claim { id, in_queue } => {
                let queue = in_queue.then_some(&self.queue);
                self.db.lease_claim(id, queue, &self.holder, now)
            }
            Want::Done => Ok(None),
        }
    }

    /// Shows one claim until a decision moves on; `Some(interrupted)` ends the session.
    /// Whatever happens, the restatements leased with it are given back.
    fn review(&mut self, claim: &ClaimRow, view: &mut View) -> Result<Option<bool>> {
        let shown = self.gather(claim)?;
        let result = self.review_shown(&shown, view);
        for &id in &shown.held {
            self.db.release(id, &self.holder)?;
        }
        result
    }

    fn review_shown(&mut self, shown: &Shown<'_>, view: &mut View) -> Result<Option<bool>> {
        let mut notice = None;
        let verdicts = self.reviewers_verdicts(shown.claim.id)?;
        loop {
            let line = notice.take().or_else(|| verdicts.clone());
            let text = self.render(shown, view, line.as_deref())?;
            self.term.show(&text)?;
            let decision = self.term.decide(self.session.draft_note(shown.claim.id))?;
            let step = self.session.apply(decision);
            view.status = screen::status_of(&step);
            match self.carry_out(shown, step)? {
                Flow::Stay(message) => notice = message,
                Flow::Next => return Ok(None),
                Flow::End { interrupted } => return Ok(Some(interrupted)),
            }
        }
    }

    /// In a conflicts queue, each reviewer's current verdict on the claim, on one line
    /// (`ana: verified · bob: disputed`), so the lead sees what is to settle.
    fn reviewers_verdicts(&self, claim_id: i64) -> Result<Option<String>> {
        if self.queue.conflicts_for.is_none() {
            return Ok(None);
        }
        let current = self.db.current_verdicts(Some(claim_id))?;
        let each: Vec<String> = current
            .iter()
            .map(|v| format!("{}: {}", v.reviewer, v.verdict))
            .collect();
        Ok(Some(format!("verdicts so far: {}", each.join(" · "))))
    }

    /// Reads the claim's links and leases its pending restatements (those that no other
    /// session holds), which the session's verdict then covers.
    fn gather<'c>(&mut self, claim: &'c ClaimRow) -> Result<Shown<'c>> {
        let links = Links {
            group: self.db.restatements(claim)?,
            conflicts: self.db.conflicts(claim)?,
        };
        let mut pending = Queue::default();
        pending.filter.status = Some(Status::Pending);
        let mut held = Vec::new();
        let others = links.group.iter().filter(|c| c.id != claim.id);
        for other in others.filter(|c| c.status == Status::Pending) {
            let now = (self.now)();
            if let Some(leased) =
                self.db
                    .lease_claim(other.id, Some(&pending), &self.holder, now)?
            {
                held.push(leased.id);
            }
        }
        self.session.grouped(held.clone());
        let earlier = match claim.status {
            Status::Pending => None,
            _ => self.db.history(claim.id)?.pop(),
        };
        Ok(Shown {
            claim,
            links,
            held,
            earlier,
        })
    }

    /// Does what a step says; a verdict is committed before this returns.
    fn carry_out(&mut self, shown: &Shown<'_>, step: Step) -> Result<Flow> {
        let holder = &self.holder;
        match step {
            Step::Record { claim_ids, review } => {
                self.db.record_reviews(&claim_ids, &review)?;
                for id in claim_ids {
                    self.db.release(id, holder)?;
                }
            }
            Step::Reopen {
                claim_ids,
                release,
                review,
            } => {
                self.db.release(release, holder)?;
                self.db.record_reviews(&claim_ids, &review)?;
            }
            Step::Skip { claim_id } => self.db.release(claim_id, holder)?,
            Step::Redraw => {
                // A keypress is a sign of life: renew the leases.
                let now = (self.now)();
                for &id in std::iter::once(&shown.claim.id).chain(&shown.held) {
                    self.db.lease_claim(id, None, holder, now)?;
                }
                return Ok(Flow::Stay(None));
            }
            Step::Refuse(message) => return Ok(Flow::Stay(Some(message))),
            Step::End {
                claim_id,
                interrupted,
            } => {
                self.db.release(claim_id, holder)?;
                return Ok(Flow::End { interrupted });
            }
        }
        Ok(Flow::Next)
    }

    fn render(
        &mut self,
        shown: &Shown<'_>,
        view: &mut View,
        notice: Option<&str>,
    ) -> Result<String> {
        let claim = shown.claim;
        if view.article.as_ref().map(|(body, _)| body.article_id) != Some(claim.article_id) {
            let text = self.db.article_body(claim.article_id)?.unwrap_or_default();
            let title = self.db.article(claim.article_id)?.map(|a| a.title);
            let title = title.unwrap_or_default();
            view.article = Some((Body::new(claim.article_id, text), title));
        }
        let Some((body, title)) = &view.article else {
            anyhow::bail!("article {} could not be read", claim.article_id);
        };
        // As much context as was asked for, then less and less: the screen shows what fits.
        let passages = (1..=self.session.context())
            .rev()
            .map(|n| body.passage(claim, n))
            .collect();
        let size = self.term.size();
        let screen = Screen {
            position: self.session.position(),
            total: view.total.0,
            capped: view.total.1,
            title,
            tally: self.session.tally(),
            claim,
            passages,
            earlier: shown.earlier.as_ref(),
            links: &shown.links,
            cover: self.session.cover(),
            note: self.session.draft_note(claim.id),
            notice,
            status: view.status.as_deref(),
            width: size.map(|(_, cols)| cols),
            rows: size.map(|(rows, _)| rows),
        };
        Ok(screen::render(&screen, self.colors))
    }
}
