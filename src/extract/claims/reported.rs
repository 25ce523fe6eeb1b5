//! Reported speech: "X said (that) Y", "X denied that Y", "according to X, Y" yield a
//! statement claim whose words are Y and whose claimer is X. Its Full Fact type is left to
//! the statement rule.

use super::{Claim, ClaimKind, Doc};

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    // Not sorted by sentence: a quote's content may open sentences before its frame.
    let reported = doc.attributions().list.iter().filter(|a| a.sentence == s && !a.quote);
    for a in reported {
        if out.iter().any(|c| c.kind == ClaimKind::Statement && (c.start, c.end) == a.content) {
            continue;
        }
        let mut claim = Claim::new(ClaimKind::Statement, s, a.content.0, a.content.1);
        claim.claimer = Some(a.claimer.clone());
        out.push(claim);
    }
}
