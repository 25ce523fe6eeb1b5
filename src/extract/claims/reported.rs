//! Reported speech: "X said (that) Y", "X denied that Y", "according to X, Y" yield a
//! statement claim whose words are Y and whose claimer is X, its subject found as a
//! statement's, its Full Fact type given with the others'; a count or quote inside Y keeps its
//! own claim and takes the claimer too.

use super::{Claim, ClaimKind, Doc};
use crate::extract::score::{OPINION_SUGGEST, STATEMENT_MIN_CHECK};

/// Pushes the reported statements of sentence `s`: of reported speech, or (`acts`) of what
/// the stances of the sentence are about ("Trump criticized [the deal]"), which stand beside
/// the sentence's own statement of the act.
pub fn find(doc: &Doc<'_>, s: usize, acts: bool, out: &mut Vec<Claim>) {
    // The statement rule's one threshold: a reported opinion is no checkable statement.
    let scores = doc.scores[s];
    if scores.checkworthiness < STATEMENT_MIN_CHECK || scores.opinion >= OPINION_SUGGEST {
        return;
    }
    for a in doc
        .attributions()
        .in_sentence(s)
        .iter()
        // The writer's own "I think that ..." is the article's claim, not a reported one.
        .filter(|a| !a.quote && a.claimer.is_some() && a.act == acts)
    {
        if out
            .iter()
            .any(|c| c.kind == ClaimKind::Statement && (c.start, c.end) == a.content)
        {
            continue;
        }
        let (from, to) = (doc.word_at(s, a.content.0), doc.word_at(s, a.content.1));
        if acts && !predicates(doc, s, from, to) {
            // "Poll explains [free-kick decision]", "criticized [the deal]": a bare noun
            // phrase asserts nothing of its own; the sentence's statement holds it.
            continue;
        }
        let mut claim = Claim::new(ClaimKind::Statement, s, a.content.0, a.content.1);
        claim.claimer.clone_from(&a.claimer);
        // The subject of what is reported, found as the statement rule finds one.
        claim.subject = (from < to)
            .then(|| super::statement::subject(doc, s, from, to))
            .flatten();
        out.push(claim);
    }
}

/// Whether words `from..to` of sentence `s` hold a predicate: a finite verb, an infinitive
/// ("vowed [to cut taxes]") or an "-ing" form ("accused the company [of breaking] the law").
fn predicates(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> bool {
    let ws = &doc.words[s];
    (from..to.min(ws.len())).any(|k| {
        let w = ws[k].str(doc.text);
        w.eq_ignore_ascii_case("to")
            || (w.len() > 4 && w.ends_with("ing"))
            || super::verbs::is_finite(doc, s, k)
    })
}

/// How many bytes of `span` the claims in `claims` that start inside it cover (each byte
/// counted once).
fn covered(claims: &[Claim], span: (usize, usize)) -> usize {
    // Only claims that start inside: they take the claimer of the words they stand in.
    let mut parts: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| span.0 <= c.start && c.start < span.1)
        .map(|c| (c.start, c.end.min(span.1)))
        .filter(|(a, b)| a < b)
        .collect();
    parts.sort_unstable();
    let (mut total, mut reach) = (0, span.0);
    for (a, b) in parts {
        total += b.saturating_sub(a.max(reach));
        reach = reach.max(b);
    }
    total
}

/// Whether the claims of sentence `s` so far are only reported statements over less than
/// half of it, so that the sentence still asserts something of its own ("The US government,
/// apparently convinced that Y, traded leverage for lives": the trade is the article's).
pub fn leaves_room(doc: &Doc<'_>, s: usize, claims: &[Claim]) -> bool {
    let span = doc.sentences[s];
    let incidental = claims.iter().all(|c| {
        matches!(
            c.kind,
            ClaimKind::Statement | ClaimKind::Date | ClaimKind::Quote
        )
    });
    incidental && covered(claims, (span.start, span.end)) * 2 < span.end - span.start
}
