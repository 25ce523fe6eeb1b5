//! Integration tests of the interactive review and of `mark`: the review loop with scripted
//! keys, leases between sessions, and the real binary under a pseudo-terminal.

mod review;
