//! The review session as a pure state machine: the driver asks [`Session::want`] which claim
//! to fetch, reports what it drew with [`Session::drawn`], and feeds each keypress through
//! [`Session::apply`], which returns the [`Step`] to carry out. A claim's pending restatements
//! ([`Session::grouped`]) are covered by its verdict unless the reviewer leaves them out
//! ([`Decision::Group`]); an undo reopens all that one verdict covered. No IO, no clock, no
//! terminal.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::db::{NewReview, QueueKey, Verdict};
use crate::review::rules;

mod steps;

pub use steps::{Cover, Decision, Step, Tally, Want};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    First,
    /// Skipped claims come back: a pending queue is walked again from its start (decided
    /// claims have left it); any other queue replays the skipped list.
    Second,
    Done,
}

/// One reviewer's pass over a queue.
#[derive(Debug)]
pub struct Session {
    reviewer: String,
    /// True when decided claims leave the queue (the default `--status pending`).
    pending_queue: bool,
    pass: Pass,
    after: Option<QueueKey>,
    /// Claims to show before drawing more: an undone claim, the claim it displaced.
    upcoming: VecDeque<(i64, bool)>,
    revisit: VecDeque<i64>,
    current: Option<i64>,
    /// The current claim's pending restatements (leased by the driver), and whether the
    /// verdict covers them.
    group: Vec<i64>,
    whole_group: bool,
    /// Each verdict of this session: the claims it covered (the one shown first).
    decided: Vec<(Vec<i64>, Verdict)>,
    skipped: Vec<i64>,
    seen: HashSet<i64>,
    /// The claims of `seen` in the order they were first shown or covered: the header's
    /// position of a claim is its place here, also when undo shows an earlier one again.
    order: Vec<i64>,
    drafts: HashMap<i64, String>,
    context: usize,
}

impl Session {
    pub fn new(reviewer: impl Into<String>, pending_queue: bool) -> Session {
        Session {
            reviewer: reviewer.into(),
            pending_queue,
            pass: Pass::First,
            after: None,
            upcoming: VecDeque::new(),
            revisit: VecDeque::new(),
            current: None,
            group: Vec::new(),
            whole_group: true,
            decided: Vec::new(),
            skipped: Vec::new(),
            seen: HashSet::new(),
            order: Vec::new(),
            drafts: HashMap::new(),
            context: 1,
        }
    }

    pub fn want(&self) -> Want {
        if let Some(&(id, in_queue)) = self.upcoming.front() {
            return Want::Claim { id, in_queue };
        }
        match self.pass {
            Pass::First => Want::Next { after: self.after },
            Pass::Second if self.pending_queue => Want::Next { after: self.after },
            Pass::Second => match self.revisit.front() {
                Some(&id) => Want::Claim { id, in_queue: true },
                None => Want::Done,
            },
            Pass::Done => Want::Done,
        }
    }

    /// Reports what the driver found for `want` (`None`: nothing, or not free any more).
    /// Returns whether to show it: a claim already covered by a verdict of this session (a
    /// restatement met again in a queue that keeps decided claims) is passed over.
    pub fn drawn(&mut self, want: Want, found: Option<QueueKey>) -> bool {
        match want {
            Want::Claim { .. } if !self.upcoming.is_empty() => {
                self.upcoming.pop_front();
            }
            Want::Claim { .. } => {
                self.revisit.pop_front();
            }
            Want::Next { .. } => match found {
                Some(key) => self.after = Some(key),
                None => self.end_pass(),
            },
            Want::Done => {}
        }
        let Some(key) = found else {
            return false;
        };
        if self.decided.iter().any(|(ids, _)| ids.contains(&key.id)) {
            return false;
        }
        self.current = Some(key.id);
        self.see(key.id);
        self.context = 1;
        self.group.clear();
        self.whole_group = true;
        true
    }

    /// The pending restatements of the claim on screen (or the pending members of the group
    /// it restates), which its verdict covers by default.
    pub fn grouped(&mut self, others: Vec<i64>) {
        self.group = others;
    }

    pub fn cover(&self) -> Cover {
        let others = self.group.len();
        Cover {
            claims: if self.whole_group { 1 + others } else { 1 },
            others,
        }
    }

    fn end_pass(&mut self) {
        self.pass = match self.pass {
            Pass::First if self.pending_queue || !self.skipped.is_empty() => Pass::Second,
            _ => Pass::Done,
        };
        self.after = None;
    }

    /// Applies the reviewer's decision about the claim on screen.
    pub fn apply(&mut self, decision: Decision) -> Step {
        let Some(id) = self.current else {
            return Step::Refuse("there is no claim on screen".to_string());
        };
        match decision {
            Decision::Verdict {
                verdict,
                evidence,
                note,
            } => self.decide(id, verdict, evidence.as_deref(), note.as_deref()),
            Decision::Skip => self.skip(id),
            Decision::Group if self.group.is_empty() => {
                Step::Refuse("this claim has no pending restatement to include".to_string())
            }
            Decision::Group => {
                self.whole_group = !self.whole_group;
                Step::Redraw
            }
            Decision::Undo => self.undo(id),
            Decision::Note(text) => self.draft(id, &text),
            Decision::MoreContext => {
                self.context += 2;
                Step::Redraw
            }
            Decision::Quit | Decision::Interrupt => {
                self.current = None;
                self.pass = Pass::Done;
                self.upcoming.clear();
                let interrupted = decision == Decision::Interrupt;
                Step::End {
                    claim_id: id,
                    interrupted,
                }
            }
        }
    }

    fn decide(
        &mut self,
        id: i64,
        verdict: Verdict,
        evidence: Option<&str>,
        note: Option<&str>,
    ) -> Step {
        if verdict == Verdict::Reopened {
            return Step::Refuse("reopened is not a verdict; use undo".to_string());
        }
        match rules::new_review(verdict, evidence, note, &self.reviewer) {
            Err(message) => Step::Refuse(message),
            Ok(review) => {
                let mut ids = vec![id];
                if self.whole_group {
                    ids.append(&mut self.group);
                }
                self.skipped.retain(|s| !ids.contains(s));
                for &id in &ids {
                    self.drafts.remove(&id);
                    self.see(id);
                }
                self.decided.push((ids.clone(), verdict));
                self.current = None;
                Step::Record {
                    claim_ids: ids,
                    review,
                }
            }
        }
    }

    /// Keeps `text` as the claim's draft note; an empty note removes it.
    fn draft(&mut self, id: i64, text: &str) -> Step {
        match rules::non_empty(Some(text)) {
            Some(text) => self.drafts.insert(id, text),
            None => self.drafts.remove(&id),
        };
        Step::Redraw
    }

    fn skip(&mut self, id: i64) -> Step {
        if !self.skipped.contains(&id) {
            self.skipped.push(id);
            if !self.pending_queue && self.pass == Pass::First {
                self.revisit.push_back(id);
            }
        }
        self.current = None;
        Step::Skip { claim_id: id }
    }

    fn undo(&mut self, id: i64) -> Step {
        let Some((previous, _)) = self.decided.pop() else {
            return Step::Refuse("nothing to undo in this session".to_string());
        };
        self.upcoming.push_front((id, true));
        self.upcoming.push_front((previous[0], false));
        self.current = None;
        Step::Reopen {
            claim_ids: previous,
            release: id,
            review: NewReview {
                verdict: Verdict::Reopened,
                evidence: None,
                note: Some("undone in review".to_string()),
                reviewer: self.reviewer.clone(),
            },
        }
    }

    pub fn tally(&self) -> Tally {
        let mut tally = Tally {
            skipped: self.skipped.len(),
            ..Tally::default()
        };
        for (ids, verdict) in &self.decided {
            let count = match verdict {
                Verdict::Verified => &mut tally.verified,
                Verdict::Disputed => &mut tally.disputed,
                Verdict::Opinion => &mut tally.opinion,
                Verdict::Reopened => continue,
            };
            *count += ids.len();
        }
        tally
    }

    /// Counts a claim as met in this session (shown, or covered by a verdict).
    fn see(&mut self, id: i64) {
        if self.seen.insert(id) {
            self.order.push(id);
        }
    }

    /// The place of the claim on screen among the claims this session has met (shown or
    /// covered by a verdict), from 1: an earlier claim shown again by undo keeps its number.
    /// With no claim on screen, how many it has met.
    pub fn position(&self) -> usize {
        let on_screen = self
            .current
            .and_then(|id| self.order.iter().position(|&o| o == id));
        on_screen.map_or(self.order.len(), |index| index + 1)
    }

    /// Sentences of context to show either side of the claim's sentence.
    pub fn context(&self) -> usize {
        self.context
    }

    pub fn draft_note(&self, claim_id: i64) -> Option<&str> {
        self.drafts.get(&claim_id).map(String::as_str)
    }

    pub fn current(&self) -> Option<i64> {
        self.current
    }
}

#[cfg(test)]
mod tests;
