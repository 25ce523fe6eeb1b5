//! The JSON Lines records `scan` prints: one per sentence (with its claims as the public
//! [`ClaimRecord`]) or one per quantity, each serialized into a reused buffer.

use std::io::{self, Write};

use serde::Serialize;

use crate::export::ClaimRecord;

/// One sentence, its scores and its claims.
#[derive(Serialize)]
pub struct SentenceOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub checkworthiness: f32,
    pub opinion: f32,
    /// Which scorer gave the two scores: "fast" or "accurate".
    pub scorer: &'static str,
    pub claims: &'a [ClaimRecord<'a>],
}

/// One quantity (`scan --quantities`).
#[derive(Serialize)]
pub struct QuantityOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub kind: &'static str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'a str>,
    pub approximate: bool,
}

/// Writes records as JSON Lines, each serialized into one reused buffer (by [`super::json`],
/// the same bytes as serde_json) and written at once (many small writes through `impl Write`
/// cost more than the serialization).
pub struct Lines<W: Write> {
    out: W,
    line: Vec<u8>,
}

impl<W: Write> Lines<W> {
    pub fn new(out: W) -> Self {
        Lines {
            out,
            line: Vec::with_capacity(4096),
        }
    }

    /// Writes `record` and a newline.
    pub fn write(&mut self, record: &impl Serialize) -> io::Result<()> {
        self.line.clear();
        super::json::write(&mut self.line, record)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
