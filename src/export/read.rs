//! Reading an export back, for `import-reviews`: the JSON document or the JSON Lines export,
//! checked as far as merging its verdicts needs (the claims' article hashes, kinds, spans and
//! histories); other fields are not read. Every fault names the claim it is in.

use std::collections::HashMap;

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use serde_json::Value;

use super::SCHEMA_VERSION;
use crate::db::{ImportedClaim, ImportedReview, NewReview, Verdict, rfc3339};
use crate::extract::claims::ClaimKind;

#[derive(Debug, Deserialize)]
struct Document {
    schema_version: u32,
    articles: Vec<ArticleIn>,
    claims: Vec<ClaimIn>,
}

#[derive(Debug, Deserialize)]
struct ArticleIn {
    id: i64,
    sha256: String,
}

#[derive(Debug, Deserialize)]
struct ClaimIn {
    id: i64,
    kind: String,
    start: usize,
    end: usize,
    article_id: i64,
    history: Vec<ReviewIn>,
    /// Present in the JSON Lines export only.
    article: Option<ArticleIn>,
}

#[derive(Debug, Deserialize)]
struct ReviewIn {
    verdict: String,
    evidence: Option<String>,
    note: Option<String>,
    reviewer: String,
    reviewed_at: String,
}

/// The claims of an export, from its text: a JSON document (`export --format json`) or one
/// claim per line (`export --format jsonl`).
pub fn claims(text: &str) -> Result<Vec<ImportedClaim>> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let first = match values.next() {
        None => bail!("empty file"),
        Some(first) => first.context("not JSON")?,
    };
    if first.get("claims").is_some() {
        if values.next().is_some() {
            bail!("more than one JSON document");
        }
        return from_document(first);
    }
    let mut lines = vec![first];
    for (n, value) in values.enumerate() {
        lines.push(value.with_context(|| format!("not JSON Lines (record {})", n + 2))?);
    }
    lines.into_iter().map(from_line).collect()
}

fn from_document(value: Value) -> Result<Vec<ImportedClaim>> {
    let doc: Document = serde_json::from_value(value).context("not a claimdesk export")?;
    if doc.schema_version > SCHEMA_VERSION {
        bail!(
            "export schema {} is newer than this claimdesk reads ({SCHEMA_VERSION})",
            doc.schema_version
        );
    }
    let hashes: HashMap<i64, String> = doc.articles.into_iter().map(|a| (a.id, a.sha256)).collect();
    doc.claims
        .into_iter()
        .map(|claim| {
            let Some(sha) = hashes.get(&claim.article_id) else {
                bail!(
                    "claim {} names article {}, which the file does not list",
                    claim.id,
                    claim.article_id
                );
            };
            imported(claim.id, sha.clone(), claim)
        })
        .collect()
}

fn from_line(value: Value) -> Result<ImportedClaim> {
    let claim: ClaimIn = serde_json::from_value(value).context("not a claimdesk export")?;
    let Some(article) = claim.article.as_ref() else {
        bail!("not a claimdesk export: claim {} has no article", claim.id);
    };
    let sha = article.sha256.clone();
    imported(claim.id, sha, claim)
}

fn imported(id: i64, article_sha256: String, claim: ClaimIn) -> Result<ImportedClaim> {
    let at = |what: String| anyhow!("claim {id}: {what}");
    let kind = ClaimKind::parse(&claim.kind)
        .ok_or_else(|| at(format!("unknown kind {:?}", claim.kind)))?;
    if claim.start > claim.end {
        return Err(at(format!("start {} after end {}", claim.start, claim.end)));
    }
    let history = claim
        .history
        .into_iter()
        .map(|r| review(r).map_err(|e| at(format!("{e:#}"))))
        .collect::<Result<_>>()?;
    Ok(ImportedClaim {
        article_sha256,
        kind,
        start: claim.start,
        end: claim.end,
        history,
    })
}

fn review(r: ReviewIn) -> Result<ImportedReview> {
    let verdict =
        Verdict::parse(&r.verdict).ok_or_else(|| anyhow!("unknown verdict {:?}", r.verdict))?;
    let reviewer = r.reviewer.trim();
    if reviewer.is_empty() {
        bail!("a verdict without a reviewer");
    }
    let format = &time::format_description::well_known::Rfc3339;
    let at = time::OffsetDateTime::parse(&r.reviewed_at, format)
        .map_err(|_| anyhow!("reviewed_at {:?} is not an RFC 3339 time", r.reviewed_at))?;
    Ok(ImportedReview {
        review: NewReview {
            verdict,
            evidence: r.evidence,
            note: r.note,
            reviewer: reviewer.to_string(),
        },
        reviewed_at: rfc3339(at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIM: &str = r#""id":7,"kind":"count","start":3,"end":9,"article_id":1"#;
    const REVIEW: &str = r#"{"verdict":"verified","evidence":"e","note":null,"reviewer":"ana","reviewed_at":"2025-12-14T10:00:00+01:00"}"#;

    fn document(claim_extra: &str) -> String {
        format!(
            r#"{{"schema_version":2,"articles":[{{"id":1,"sha256":"ab"}}],"claims":[{{{CLAIM}{claim_extra}}}]}}"#
        )
    }

    #[test]
    fn both_formats_give_the_same_claims() {
        let doc = claims(&document(&format!(r#","history":[{REVIEW}]"#))).expect("document");
        let line =
            format!(r#"{{{CLAIM},"history":[{REVIEW}],"article":{{"id":1,"sha256":"ab"}}}}"#);
        let lines = claims(&format!("{line}\n{line}\n")).expect("lines");
        assert_eq!(doc.len(), 1);
        assert_eq!(lines, [doc[0].clone(), doc[0].clone()]);
        assert_eq!(doc[0].history[0].reviewed_at, "2025-12-14T09:00:00Z");
    }

    #[test]
    fn faults_are_named() {
        let cases: &[(String, &str)] = &[
            (String::new(), "empty file"),
            ("{\"claims\": [".to_string(), "not JSON"),
            ("[1, 2]".to_string(), "not a claimdesk export"),
            (
                document(r#","history":[]"#).replace(":2,", ":9,"),
                "export schema 9 is newer",
            ),
            (
                document(r#","history":[]"#).replace("\"id\":1", "\"id\":2"),
                "claim 7 names article 1",
            ),
            (
                document(r#","history":[{"verdict":"maybe"}]"#),
                "not a claimdesk export",
            ),
            (
                document(&format!(
                    r#","history":[{}]"#,
                    REVIEW.replace("verified", "maybe")
                )),
                "claim 7: unknown verdict \"maybe\"",
            ),
            (
                document(&format!(
                    r#","history":[{}]"#,
                    REVIEW.replace("2025-12-14T", "yesterday ")
                )),
                "is not an RFC 3339 time",
            ),
            (
                document(r#","history":[]"#).replace("count", "rumour"),
                "claim 7: unknown kind \"rumour\"",
            ),
        ];
        for (text, want) in cases {
            let err = format!("{:#}", claims(text).expect_err(text));
            assert!(err.contains(want), "{text}: {err}");
        }
    }
}
