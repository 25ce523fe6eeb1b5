//! One module per concern; `fixture` builds a small database file for each test.

mod conflicts;
mod driver;
mod fixture;
mod groups;
mod leases;
mod mark;
mod pty;
mod screens;
mod show;
mod two_reviewers;
