//! Integration tests: the real `claimdesk` binary on a temporary database per test.

mod bulk;
mod commands;
mod fixture;
mod review;
mod robust;
mod util;
