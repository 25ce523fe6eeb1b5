//! Measures that are claims in themselves: sums of money, percentages, dates and durations
//! not already part of a prison term. A duration's subject is the person it is about
//! ("The man who has ruled Belarus ... for decades" -> the man's name).

use super::{Claim, ClaimKind, Doc};
use crate::extract::quantity::QuantityKind;

pub fn find(doc: &Doc<'_>, s: usize, used: &[usize], out: &mut Vec<Claim>) {
    for q in doc.quantities_in(s) {
        let kind = match q.kind {
            QuantityKind::Money => ClaimKind::Money,
            // A percent with no figure ("a small percent") has nothing to check.
            QuantityKind::Percent if q.value.is_some() => ClaimKind::Percent,
            QuantityKind::Date => ClaimKind::Date,
            QuantityKind::Duration if !used.contains(&q.start) => ClaimKind::Duration,
            _ => continue,
        };
        let mut claim = Claim::new(kind, s, q.start, q.end);
        claim.value = q.value;
        claim.value_max = q.value_max;
        claim.unit = q.unit.clone();
        claim.approximate = q.approximate;
        claim.value_text = Some(doc.text[q.start..q.end].to_string());
        match kind {
            ClaimKind::Date => claim.object = q.normalized.clone(),
            ClaimKind::Duration => {
                let first = doc.word_at(s, q.start);
                claim.subject = first
                    .checked_sub(1)
                    .and_then(|i| doc.person_before(s, i))
                    .map(|(_, name)| name);
            }
            _ => {}
        }
        out.push(claim);
    }
}
