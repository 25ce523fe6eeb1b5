//! The interactive review: a pure [`session::Session`] state machine, the claim screen rendered
//! to a string ([`screen`]), the driver that wires them to the database ([`driver`]), the
//! terminal prompt ([`prompt`], the only code that reads keys and lines) and who ends the
//! program on Ctrl-C ([`interrupt`]).

pub mod driver;
pub mod interrupt;
pub mod line;
pub mod prompt;
pub mod rules;
pub mod screen;
pub mod session;
