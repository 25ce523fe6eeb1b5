//! Integration tests: the real `claimdesk` binary on a temporary database per test.

mod bulk;
mod commands;
mod export;
mod fixture;
mod inputs;
mod review;
mod reviewers;
mod robust;
mod scorer;
mod shell;
mod util;
