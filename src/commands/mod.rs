//! One module per subcommand: each wires the pure parts (extract, review, export) to the
//! database and the terminal.

pub mod export;
pub mod extract;
pub mod list;
pub mod mark;
pub mod review;
pub mod scan;
pub mod show;
