//! Where what a frame reports ends when another frame follows in its sentence: "Although
//! Reynolds says that A, others argue that B" reports A for Reynolds and B for the others,
//! so the first content ends at the clause break before the second frame.

use super::Attribution;
use super::clause::clause_break;
use crate::extract::claims::Doc;

/// The fewest words a content keeps when it is cut.
const MIN_KEPT: usize = 2;

/// Words that join a clause with its own frame to the one before ("A, but others argue B").
const JOINS: &[&str] = &[
    "but", "and", "while", "whereas", "although", "though", "yet",
];

/// Ends every content of `list` (frames of sentence `s`) that runs over word `first`, where
/// a later speech frame's source opens a clause of its own after a clause break (and
/// maybe a joining word), at that break.
pub fn end_before(doc: &Doc<'_>, s: usize, list: &mut [Attribution], first: usize) {
    let ws = &doc.words[s];
    let at = ws[first].start;
    let joined = first > 1 && ws[first - 1].is_any(doc.text, JOINS);
    let k = if joined { first - 1 } else { first };
    if k == 0 || !clause_break(doc, s, k - 1, k) {
        return;
    }
    // Only what follows its own cue ("X said that A"): "according to X, A, and B" and "A, X
    // said, B" report the whole sentence.
    let runs_over = |a: &&mut Attribution| {
        !a.quote && a.cue.0 < a.content.0 && a.content.0 < at && at < a.content.1
    };
    for a in list.iter_mut().filter(runs_over) {
        if doc.word_at(s, a.content.0) + MIN_KEPT <= k {
            a.content.1 = ws[k - 1].end;
        }
    }
}
