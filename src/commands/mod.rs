//! One module per subcommand: each wires the pure parts (extract, review, export) to the
//! database and the terminal.

pub mod export;
pub mod extract;
pub mod list;
pub mod mark;
pub mod review;
mod reviewer;
pub mod scan;
pub mod show;

use anyhow::Result;

use crate::cli::StatusFilter;
use crate::db::Status;
use crate::exit::Exit;
use crate::extract::claims::ClaimKind;

/// The status a `--status` flag selects; `None` for all.
fn status_arg(filter: StatusFilter) -> Option<Status> {
    match filter {
        StatusFilter::Pending => Some(Status::Pending),
        StatusFilter::Verified => Some(Status::Verified),
        StatusFilter::Disputed => Some(Status::Disputed),
        StatusFilter::Opinion => Some(Status::Opinion),
        StatusFilter::All => None,
    }
}

/// The kind a `--kind` flag names; an unknown name is a usage error that lists the kinds.
fn kind_arg(name: Option<&str>) -> Result<Option<ClaimKind>> {
    let Some(name) = name else {
        return Ok(None);
    };
    match ClaimKind::parse(name) {
        Some(kind) => Ok(Some(kind)),
        None => {
            let kinds: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
            Err(Exit::usage(format!(
                "unknown claim kind {name:?} (one of: {})",
                kinds.join(", ")
            ))
            .into())
        }
    }
}
