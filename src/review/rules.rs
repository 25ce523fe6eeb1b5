//! The verdict rules that `review` and `mark` share, so both paths record the same thing:
//! text is trimmed, and a verified or disputed verdict must cite a URL or a citation.

use crate::db::{NewReview, Verdict};

/// Builds the review to record, or says why it cannot be recorded (the evidence rule).
pub fn new_review(
    verdict: Verdict,
    evidence: Option<&str>,
    note: Option<&str>,
    reviewer: &str,
) -> Result<NewReview, String> {
    Ok(NewReview {
        verdict,
        evidence: evidence_for(verdict, evidence)?,
        note: non_empty(note),
        reviewer: reviewer.to_string(),
    })
}

/// The evidence rule: the trimmed evidence, which verified and disputed verdicts must have.
/// Its refusal is the one message the review prompt, the review screen and `mark` show.
pub fn evidence_for(verdict: Verdict, evidence: Option<&str>) -> Result<Option<String>, String> {
    let evidence = non_empty(evidence);
    if verdict.needs_evidence() && evidence.is_none() {
        return Err(format!(
            "a {verdict} verdict needs evidence (a URL or a citation)"
        ));
    }
    Ok(evidence)
}

/// Trimmed text, or `None` when there is nothing but white space.
pub fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip]
    fn evidence_rule() {
        // verdict, evidence given, whether it is accepted, the evidence kept
        let cases: &[(Verdict, Option<&str>, bool, Option<&str>)] = &[
            (Verdict::Verified, Some(" https://example.org "), true, Some("https://example.org")),
            (Verdict::Verified, None, false, None),
            (Verdict::Verified, Some("   "), false, None),
            (Verdict::Disputed, Some("Reuters, 14 Dec 2025"), true, Some("Reuters, 14 Dec 2025")),
            (Verdict::Disputed, Some(""), false, None),
            (Verdict::Opinion, None, true, None),
            (Verdict::Opinion, Some(" a blog "), true, Some("a blog")),
        ];
        for &(verdict, given, accepted, kept) in cases {
            let refusal = format!("a {verdict} verdict needs evidence (a URL or a citation)");
            let expected = if accepted { Ok(kept.map(str::to_string)) } else { Err(refusal) };
            assert_eq!(evidence_for(verdict, given), expected, "{verdict} {given:?}");
            let review = new_review(verdict, given, Some("  "), "ana").map(|r| (r.evidence, r.note));
            assert_eq!(review, expected.map(|kept| (kept, None)), "a blank note is none");
        }
    }
}
