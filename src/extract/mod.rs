//! Pure extraction over `&str`: sentences, numbers, quantities, claim rules and sentence scores.
//! No IO, no clock, no database: every function takes text and returns spans into it
//! (byte offsets on char boundaries).

pub mod numbers;
pub mod people;
pub mod quantity;
pub mod score;
pub mod sentences;
pub mod words;
