//! Restatements and contradictions inside one article: a claim about the same thing as an
//! earlier one points to the first statement of it (`same_as`), and a figure that disagrees
//! with an earlier figure for the same thing points to that (`conflicts_with`). Claims are
//! grouped by a key (kind, what they are about, their figure), so the pass is linear.

mod context;
mod facts;
mod figure;
mod phrase;
#[cfg(test)]
mod tests;

use foldhash::HashMap;

use super::claims::{Claim, Doc};
use context::Frames;
use facts::{Fact, Reader};

/// The most first statements kept under one key (claims that share a key but not a subject:
/// "two men" and "two young men"); bounds the work on a long text.
const MAX_FIRSTS: usize = 8;

/// The first statements seen under each key (keys are hashes that include the claim kind),
/// in text order.
type Firsts = HashMap<u64, Vec<usize>>;

/// Sets `same_as` and `conflicts_with` on `claims` (the claims of `doc`, in text order).
///
/// A claim restates an earlier one of the same kind about the same thing: the same person
/// (a lone surname read as the full name), prize, action or quoted words, or the same figure
/// for the same counted noun ("123 political prisoners" ... "123 prisoners": equal nouns, or
/// one the other with modifiers dropped), with any predicate the two give agreeing
/// ("released"). Money, percentages, dates and durations name no thing they measure, so they
/// never link. `same_as` is always the first claim of its group, never a chain. The rules,
/// and how figures compare for `conflicts_with`, are set out in docs/quality-links.md.
pub fn link(doc: &Doc<'_>, claims: &mut [Claim]) {
    let mut reader = Reader::new(doc);
    let facts: Vec<Option<Fact>> = claims.iter().map(|c| reader.fact(c)).collect();
    let frames = Frames::new(claims);
    let mut restated = Firsts::default();
    let mut figures = Firsts::default();
    for (i, f) in facts.iter().enumerate() {
        let Some(f) = f else { continue };
        claims[i].same_as = first_statement(&facts, &mut restated, i, f);
        claims[i].conflicts_with = conflict(&facts, &frames, &mut figures, i, f);
    }
}

/// The first claim `f` (claim `i`) restates: each of its keys must be stated before (a
/// release of "X and Y" restates only when both were freed before), and the earliest such
/// first statement is the one it points to. Keys stated here for the first time start a group.
fn first_statement(
    facts: &[Option<Fact>],
    firsts: &mut Firsts,
    i: usize,
    f: &Fact,
) -> Option<usize> {
    let mut earliest: Option<usize> = None;
    let mut all_known = true;
    for key in &f.keys {
        let group = firsts.entry(*key).or_default();
        let found = group
            .iter()
            .copied()
            .find(|&r| facts[r].as_ref().is_some_and(|first| first.restated_by(f)));
        match found {
            Some(r) => earliest = Some(earliest.map_or(r, |e| e.min(r))),
            None => {
                all_known = false;
                if group.len() < MAX_FIRSTS {
                    group.push(i);
                }
            }
        }
    }
    earliest.filter(|_| all_known)
}

/// The earlier figure `f` (claim `i`) contradicts, if any; see [`Fact::contradicts`].
fn conflict(
    facts: &[Option<Fact>],
    frames: &Frames,
    figures: &mut Firsts,
    i: usize,
    f: &Fact,
) -> Option<usize> {
    let group = figures.entry(f.conflict_key?).or_default();
    let earlier = |r: usize| facts[r].as_ref().map(|first| (r, first));
    let found = group
        .iter()
        .filter_map(|&r| earlier(r))
        .find(|(_, first)| first.contradicted_by(f, frames))
        .map(|(r, _)| r);
    let new_figure = group
        .iter()
        .filter_map(|&r| earlier(r))
        .all(|(_, first)| first.figure != f.figure);
    if new_figure && group.len() < MAX_FIRSTS {
        group.push(i);
    }
    found
}
