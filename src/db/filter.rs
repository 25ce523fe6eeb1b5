//! Which claims a list, an export or a review queue covers: one filter, turned into SQL
//! `WHERE` clauses and their arguments in one place.

use rusqlite::types::Value;
use time::OffsetDateTime;

use super::{Status, rfc3339};
use crate::extract::claims::ClaimKind;

/// Claims with this status, of this kind, in this article, changed since this time; `None`
/// means any.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ClaimFilter {
    pub status: Option<Status>,
    pub kind: Option<ClaimKind>,
    pub article_id: Option<i64>,
    /// Claims extracted, or given a verdict (an undo included), at or after this time.
    pub since: Option<OffsetDateTime>,
}

impl ClaimFilter {
    /// The `WHERE` clauses over the claims table aliased `c`, and their arguments in order.
    /// `+c.kind` keeps SQLite on an ordered index rather than sorting every claim of a kind.
    pub(crate) fn clauses(&self) -> (Vec<String>, Vec<Value>) {
        let mut clauses = Vec::new();
        let mut args = Vec::new();
        if let Some(status) = self.status {
            clauses.push("c.status = ?".to_string());
            args.push(Value::Text(status.as_str().to_string()));
        }
        if let Some(kind) = self.kind {
            clauses.push("+c.kind = ?".to_string());
            args.push(Value::Text(kind.as_str().to_string()));
        }
        if let Some(article_id) = self.article_id {
            clauses.push("c.article_id = ?".to_string());
            args.push(Value::Integer(article_id));
        }
        if let Some(since) = self.since {
            // Times are stored as RFC 3339 UTC with seconds, so they compare as text.
            clauses.push(
                "(c.article_id IN (SELECT id FROM articles WHERE imported_at >= ?)
                  OR c.id IN (SELECT claim_id FROM reviews WHERE created_at >= ?))"
                    .to_string(),
            );
            let since = rfc3339(since);
            args.extend([Value::Text(since.clone()), Value::Text(since)]);
        }
        (clauses, args)
    }

    /// Whether the filter lets every claim through.
    pub fn is_everything(&self) -> bool {
        *self == ClaimFilter::default()
    }
}

/// `WHERE a AND b`, or nothing for no clauses.
pub(crate) fn where_sql(clauses: &[String]) -> String {
    if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_adds_one_clause() {
        let since = Some(time::macros::datetime!(2025-12-14 0:00 UTC));
        let cases: &[(ClaimFilter, &str, usize)] = &[
            (ClaimFilter::default(), "", 0),
            (
                ClaimFilter {
                    status: Some(Status::Pending),
                    ..Default::default()
                },
                "WHERE c.status = ?",
                1,
            ),
            (
                ClaimFilter {
                    kind: Some(ClaimKind::Count),
                    article_id: Some(3),
                    ..Default::default()
                },
                "WHERE +c.kind = ? AND c.article_id = ?",
                2,
            ),
            (
                ClaimFilter {
                    since,
                    ..Default::default()
                },
                "WHERE (c.article_id IN",
                2,
            ),
        ];
        for (filter, sql, n) in cases {
            let (clauses, args) = filter.clauses();
            assert!(where_sql(&clauses).starts_with(sql), "{filter:?}");
            assert_eq!(args.len(), *n);
        }
    }
}
