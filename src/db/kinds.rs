//! How the enums of a claim are stored: a claim's kind, its review status and a verdict are
//! Rust enums everywhere and fixed lower-case words in SQL, converted here and nowhere else.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use super::Verdict;
use crate::extract::claims::{ClaimKind, ClaimType};
use crate::word_enum::word_enum;

word_enum! {
    /// Where a claim stands: waiting for a verdict, or the latest verdict it got.
    pub enum Status {
        Pending = "pending",
        Verified = "verified",
        Disputed = "disputed",
        Opinion = "opinion",
    }
}

/// `ToSql` as the word, `FromSql` from it: any other text is a conversion error.
macro_rules! sql_text_enum {
    ($($type:ty),+) => {$(
        impl ToSql for $type {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $type {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                <$type>::parse(text)
                    .ok_or_else(|| FromSqlError::Other(format!("unknown value {text:?}").into()))
            }
        }
    )+};
}

sql_text_enum!(ClaimKind, ClaimType, Status, Verdict);

#[cfg(test)]
mod tests {
    use std::fmt;

    use super::*;

    /// Each value goes into SQLite and comes back the same, stored as its word.
    fn round_trip<T: ToSql + FromSql + PartialEq + fmt::Debug>(value: T, word: &str) {
        let conn = rusqlite::Connection::open_in_memory().expect("memory db");
        let (back, text): (T, String) = conn
            .query_row("SELECT ?1, ?1", [&value], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query");
        assert_eq!(back, value);
        assert_eq!(text, word);
    }

    #[test]
    fn enums_are_stored_as_their_words() {
        for kind in ClaimKind::ALL {
            round_trip(kind, kind.as_str());
        }
        for status in Status::ALL {
            round_trip(status, status.as_str());
        }
        for verdict in Verdict::ALL {
            round_trip(verdict, verdict.as_str());
        }
        for claim_type in ClaimType::ALL {
            round_trip(claim_type, claim_type.as_str());
        }
    }

    #[test]
    fn an_unknown_word_is_an_error() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory db");
        let read = conn.query_row("SELECT 'bogus'", [], |r| r.get::<_, Status>(0));
        assert!(read.is_err());
    }
}
