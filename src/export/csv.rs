//! The CSV export: one row per claim with its standing verdict, RFC 4180 quoting (the `csv`
//! crate), a header row naming the columns. The history is left to the JSON formats.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{ArticleCache, standing};
use crate::db::{ClaimFilter, Db, Status, Verdict};
use crate::extract::claims::{ClaimKind, ClaimType};

/// One row; the field names are the header.
#[derive(Debug, Serialize)]
struct Row<'a> {
    id: i64,
    article_id: i64,
    article_title: &'a str,
    article_source: &'a str,
    kind: ClaimKind,
    claim_type: Option<ClaimType>,
    text: &'a str,
    claimer: Option<&'a str>,
    subject: Option<&'a str>,
    object: Option<&'a str>,
    value: Option<f64>,
    value_max: Option<f64>,
    unit: Option<&'a str>,
    value_text: Option<&'a str>,
    approximate: bool,
    same_as: Option<i64>,
    conflicts_with: Option<i64>,
    start: usize,
    end: usize,
    sentence: &'a str,
    status: Status,
    verdict: Option<Verdict>,
    evidence: Option<&'a str>,
    note: Option<&'a str>,
    reviewer: Option<&'a str>,
    reviewed_at: Option<&'a str>,
}

/// The header row: [`Row`]'s field names, written first even when no claim is selected.
const COLUMNS: [&str; 26] = [
    "id",
    "article_id",
    "article_title",
    "article_source",
    "kind",
    "claim_type",
    "text",
    "claimer",
    "subject",
    "object",
    "value",
    "value_max",
    "unit",
    "value_text",
    "approximate",
    "same_as",
    "conflicts_with",
    "start",
    "end",
    "sentence",
    "status",
    "verdict",
    "evidence",
    "note",
    "reviewer",
    "reviewed_at",
];

/// Writes the claims `filter` selects as CSV.
pub fn write(db: &Db, filter: &ClaimFilter, out: &mut impl Write) -> Result<()> {
    let mut articles = ArticleCache::default();
    let mut table = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(&mut *out);
    table.write_record(COLUMNS).map_err(csv_error)?;
    db.for_each_claim_with_history(filter, |claim, history| {
        let article = articles.get(db, claim.article_id)?;
        let review = standing(history);
        let c = &claim.claim;
        let row = Row {
            id: claim.id,
            article_id: claim.article_id,
            article_title: &article.title,
            article_source: &article.source,
            kind: c.kind,
            claim_type: c.claim_type,
            text: &claim.text,
            claimer: c.claimer.as_deref(),
            subject: c.subject.as_deref(),
            object: c.object.as_deref(),
            value: c.value,
            value_max: c.value_max,
            unit: c.unit.as_deref(),
            value_text: c.value_text.as_deref(),
            approximate: c.approximate,
            same_as: claim.same_as,
            conflicts_with: claim.conflicts_with,
            start: c.start,
            end: c.end,
            sentence: &claim.sentence,
            status: claim.status,
            verdict: review.map(|r| r.verdict),
            evidence: review.and_then(|r| r.evidence.as_deref()),
            note: review.and_then(|r| r.note.as_deref()),
            reviewer: review.map(|r| r.reviewer.as_str()),
            reviewed_at: review.map(|r| r.reviewed_at.as_str()),
        };
        table.serialize(row).map_err(csv_error)
    })?;
    table.flush()?;
    Ok(())
}

/// The I/O error inside a CSV error as itself, so that a closed pipe is recognised as one.
fn csv_error(err: ::csv::Error) -> anyhow::Error {
    if !err.is_io_error() {
        return anyhow::anyhow!("could not write the CSV: {err}");
    }
    match err.into_kind() {
        ::csv::ErrorKind::Io(io) => anyhow::Error::from(io).context("could not write the CSV"),
        other => anyhow::anyhow!("could not write the CSV: {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::seeded;

    #[test]
    fn the_header_names_the_fields_of_a_row() {
        let (db, _) = seeded();
        let mut out = Vec::new();
        write(&db, &ClaimFilter::default(), &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(COLUMNS.join(",").as_str()));
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        assert_eq!(&rows[0][6], "123 prisoners");
        assert_eq!(&rows[0][20], "pending");
    }
}
