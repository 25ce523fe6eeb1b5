//! One module per subcommand: each wires the pure parts (extract, review, export) to the
//! database and the terminal.

pub mod export;
pub mod extract;
pub mod import_reviews;
pub mod list;
pub mod mark;
pub mod model;
pub mod review;
mod reviewer;
pub mod scan;
pub mod shell;
pub mod show;
pub mod stats;

use anyhow::Result;
use time::OffsetDateTime;

use crate::cli::FilterArgs;
use crate::db::ClaimFilter;
use crate::exit::Exit;

/// The claims `--status`, `--kind`, `--article` and `--since` select.
fn filter_arg(args: &FilterArgs) -> Result<ClaimFilter> {
    Ok(ClaimFilter {
        status: args.status.and_then(|s| s.0),
        kind: args.kind,
        article_id: args.article,
        since: args.since.as_deref().map(since_arg).transpose()?,
    })
}

/// A `--since` time: a date (midnight UTC) or an RFC 3339 time; else a usage error.
fn since_arg(text: &str) -> Result<OffsetDateTime> {
    let rfc3339 = &time::format_description::well_known::Rfc3339;
    if let Ok(at) = OffsetDateTime::parse(text, rfc3339) {
        return Ok(at);
    }
    let day = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(text, day) {
        Ok(date) => Ok(date.midnight().assume_utc()),
        Err(_) => Err(Exit::usage(format!(
            "--since {text:?} is not a date (YYYY-MM-DD) or an RFC 3339 time"
        ))
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_reads_dates_and_times() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2025-12-14", Some("2025-12-14T00:00:00Z")),
            ("2025-12-14T10:30:00+01:00", Some("2025-12-14T09:30:00Z")),
            ("2025-12-14T10:30:00Z", Some("2025-12-14T10:30:00Z")),
            ("yesterday", None),
            ("14/12/2025", None),
        ];
        for (text, want) in cases {
            let got = since_arg(text).ok().map(crate::db::rfc3339);
            assert_eq!(got.as_deref(), *want, "{text}");
        }
    }
}
