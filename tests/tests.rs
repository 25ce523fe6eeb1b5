//! Integration tests: the real `claimdesk` binary on a temporary database per test.

mod commands;
mod fixture;
mod review;
mod util;
