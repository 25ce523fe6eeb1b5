//! Pure extraction over `&str`: sentences, numbers, quantities, claim rules and sentence scores.
//! No IO, no clock, no database: every function takes text and returns spans into it
//! (byte offsets on char boundaries).

pub mod article;
mod ascii_run;
pub mod attribution;
pub mod claims;
pub mod links;
pub mod numbers;
pub mod people;
pub mod quantity;
#[cfg(test)]
mod robustness;
pub mod score;
pub mod sentences;
mod word_table;
pub mod words;
