//! What goes into the review session and what comes out: the reviewer's [`Decision`], the
//! [`Step`] the driver carries out, the claim it should fetch ([`Want`]), the session's
//! [`Tally`] and what a verdict would [`Cover`].

use crate::db::{NewReview, QueueKey, Verdict};

/// What the reviewer chose for the claim on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Verdict {
        verdict: Verdict,
        evidence: Option<String>,
        note: Option<String>,
    },
    /// Leave it for later: it comes back at the end of this session, and next time.
    Skip,
    /// Reopen this session's previous decision and show that claim again.
    Undo,
    /// Keep a draft note with the claim; it is offered again when the verdict is given.
    Note(String),
    /// Switch the verdict between the whole group of restatements and this claim only.
    Group,
    /// Show more sentences around the claim.
    MoreContext,
    Quit,
    /// Ctrl-C: like quit, but the command exits 130.
    Interrupt,
}

/// What the driver must do after a decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Commit this verdict on these claims (the one on screen first) in one transaction,
    /// release them, draw the next.
    Record {
        claim_ids: Vec<i64>,
        review: NewReview,
    },
    /// Release `release`, commit `review` (a `reopened` row) on every claim of `claim_ids` (all
    /// that one verdict covered) in one transaction, show the first of them again.
    Reopen {
        claim_ids: Vec<i64>,
        release: i64,
        review: NewReview,
    },
    /// Release the claim, draw the next.
    Skip { claim_id: i64 },
    /// Show the same claim again (a note or the context changed).
    Redraw,
    /// Tell the reviewer why not, and ask again about the same claim.
    Refuse(String),
    /// Release the claim and end the session.
    End { claim_id: i64, interrupted: bool },
}

/// Which claim the driver should fetch next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Want {
    /// The first free claim of the queue after this key (from the start when `None`).
    Next { after: Option<QueueKey> },
    /// This claim, if still free; `in_queue` says it must still match the queue's filter.
    Claim { id: i64, in_queue: bool },
    /// Nothing more to review in this session.
    Done,
}

/// This session's verdicts, as shown in the header and the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub verified: usize,
    pub disputed: usize,
    pub opinion: usize,
    pub skipped: usize,
}

/// What a verdict on the claim on screen would cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cover {
    /// How many claims the verdict is recorded on, the one on screen included.
    pub claims: usize,
    /// The pending restatements that [`Decision::Group`] adds or leaves out.
    pub others: usize,
}
