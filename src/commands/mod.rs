//! One module per subcommand: each wires the pure parts (extract, review, export) to the
//! database and the terminal.

pub mod export;
pub mod extract;
pub mod list;
pub mod mark;
pub mod review;
pub mod scan;
pub mod shell;
pub mod show;

use crate::cli::StatusFilter;
use crate::db::Status;

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
