//! Which claims a list, an export or a review queue covers: one filter, turned into SQL
//! `WHERE` clauses and their arguments in one place.

use rusqlite::types::Value;

use super::Status;
use crate::extract::claims::ClaimKind;

/// Claims with this status, of this kind, in this article; `None` means any.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ClaimFilter {
    pub status: Option<Status>,
    pub kind: Option<ClaimKind>,
    pub article_id: Option<i64>,
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
        (clauses, args)
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
        ];
        for (filter, sql, n) in cases {
            let (clauses, args) = filter.clauses();
            assert_eq!(where_sql(&clauses), *sql);
            assert_eq!(args.len(), *n);
        }
    }
}
