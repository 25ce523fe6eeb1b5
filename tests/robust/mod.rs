//! Nothing lost, nothing broken (docs/reliability.md): wrong database paths and foreign
//! files, concurrent writers, crashes, special output files, odd input trees and texts, the
//! reviewer's name, and properties of the extractor over generated text.

mod concurrency;
mod crashes;
mod databases;
mod inputs;
mod output;
mod properties;
mod reviewer;
