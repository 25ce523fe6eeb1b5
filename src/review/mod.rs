//! The interactive review: a pure [`session::Session`] state machine, the claim screen rendered
//! to a string ([`screen`]), the driver that wires them to the database ([`driver`]) and the
//! terminal prompt ([`prompt`], the only code that reads keys).

pub mod driver;
pub mod prompt;
pub mod rules;
pub mod screen;
pub mod session;
