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
    let evidence = non_empty(evidence);
    if verdict.needs_evidence() && evidence.is_none() {
        return Err(missing_evidence(verdict));
    }
    Ok(NewReview {
        verdict,
        evidence,
        note: non_empty(note),
        reviewer: reviewer.to_string(),
    })
}

/// Why empty evidence is refused.
pub fn missing_evidence(verdict: Verdict) -> String {
    format!("a {verdict} verdict needs evidence (a URL or a citation)")
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
    fn evidence_rule() {
        let cases: &[(Verdict, Option<&str>, bool)] = &[
            (Verdict::Verified, Some("https://example.org"), true),
            (Verdict::Verified, None, false),
            (Verdict::Verified, Some("   "), false),
            (Verdict::Disputed, Some("Reuters, 14 Dec 2025"), true),
            (Verdict::Disputed, Some(""), false),
            (Verdict::Opinion, None, true),
        ];
        for &(verdict, evidence, ok) in cases {
            let got = new_review(verdict, evidence, None, "ana");
            assert_eq!(got.is_ok(), ok, "{verdict} {evidence:?}");
        }
    }

    #[test]
    fn trims_evidence_and_note() {
        let review = new_review(Verdict::Verified, Some(" url "), Some("  "), "ana").unwrap();
        assert_eq!(review.evidence.as_deref(), Some("url"));
        assert_eq!(review.note, None);
    }
}
