//! Reported speech: "X said (that) Y", "X denied that Y", "according to X, Y" yield a
//! statement claim whose words are Y and whose claimer is X. Its Full Fact type is left to
//! the statement rule.

use super::{Claim, ClaimKind, Doc};

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    for a in doc
        .attributions()
        .in_sentence(s)
        .iter()
        // The writer's own "I think that ..." is the article's claim, not a reported one.
        .filter(|a| !a.quote && a.claimer.is_some())
    {
        if out
            .iter()
            .any(|c| c.kind == ClaimKind::Statement && (c.start, c.end) == a.content)
        {
            continue;
        }
        let mut claim = Claim::new(ClaimKind::Statement, s, a.content.0, a.content.1);
        claim.claimer.clone_from(&a.claimer);
        out.push(claim);
    }
}
