//! The JSON Lines records `scan` prints, and a writer for them that produces byte for byte
//! what serde_json writes for the same structs (tested below), minus serde_json's per-key
//! escaping and state machine, which cost more than finding a sentence's claims.

use std::io::{self, Write};

use serde::Serialize;

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
    pub claims: Vec<ClaimOut<'a>>,
}

/// One claim inside a [`SentenceOut`].
#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub kind: &'static str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub subject: Option<&'a str>,
    pub object: Option<&'a str>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'a str>,
    pub value_text: Option<&'a str>,
    pub approximate: bool,
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

impl SentenceOut<'_> {
    /// Writes the record and a newline.
    pub fn write_line(&self, out: &mut impl Write) -> io::Result<()> {
        let mut o = Object::open(out)?;
        if let Some(line) = self.line {
            o.value("line", &line)?;
        }
        o.value("sentence", &self.sentence)?;
        o.value("start", &self.start)?;
        o.value("end", &self.end)?;
        o.str("text", self.text)?;
        o.value("checkworthiness", &self.checkworthiness)?;
        o.value("opinion", &self.opinion)?;
        let out = o.key("claims")?;
        out.write_all(b"[")?;
        for (i, claim) in self.claims.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            claim.write(out)?;
        }
        out.write_all(b"]}\n")
    }
}

impl ClaimOut<'_> {
    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let mut o = Object::open(out)?;
        o.str("kind", self.kind)?;
        o.str("text", self.text)?;
        o.value("start", &self.start)?;
        o.value("end", &self.end)?;
        o.opt_str("subject", self.subject)?;
        o.opt_str("object", self.object)?;
        o.value("value", &self.value)?;
        o.value("value_max", &self.value_max)?;
        o.opt_str("unit", self.unit)?;
        o.opt_str("value_text", self.value_text)?;
        o.value("approximate", &self.approximate)?;
        o.close()
    }
}

impl QuantityOut<'_> {
    /// Writes the record and a newline.
    pub fn write_line(&self, out: &mut impl Write) -> io::Result<()> {
        let mut o = Object::open(out)?;
        if let Some(line) = self.line {
            o.value("line", &line)?;
        }
        o.str("kind", self.kind)?;
        o.str("text", self.text)?;
        o.value("start", &self.start)?;
        o.value("end", &self.end)?;
        o.value("value", &self.value)?;
        o.value("value_max", &self.value_max)?;
        o.opt_str("unit", self.unit)?;
        o.value("approximate", &self.approximate)?;
        o.close()?;
        out.write_all(b"\n")
    }
}

/// A JSON object being written a field at a time. Keys are plain ASCII names that need no
/// escaping; values go through serde_json, except strings that need no escaping either.
struct Object<'w, W: Write> {
    out: &'w mut W,
    first: bool,
}

impl<'w, W: Write> Object<'w, W> {
    fn open(out: &'w mut W) -> io::Result<Self> {
        out.write_all(b"{")?;
        Ok(Object { out, first: true })
    }

    /// Writes `"key":` (after a comma if needed) and returns the writer for the value.
    fn key(&mut self, key: &str) -> io::Result<&mut W> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        self.out.write_all(b"\"")?;
        self.out.write_all(key.as_bytes())?;
        self.out.write_all(b"\":")?;
        Ok(self.out)
    }

    fn value(&mut self, key: &str, v: &impl Serialize) -> io::Result<()> {
        let out = self.key(key)?;
        serde_json::to_writer(out, v).map_err(io::Error::from)
    }

    fn str(&mut self, key: &str, s: &str) -> io::Result<()> {
        let out = self.key(key)?;
        write_str(out, s)
    }

    fn opt_str(&mut self, key: &str, s: Option<&str>) -> io::Result<()> {
        let out = self.key(key)?;
        match s {
            Some(s) => write_str(out, s),
            None => out.write_all(b"null"),
        }
    }

    fn close(self) -> io::Result<()> {
        self.out.write_all(b"}")
    }
}

/// A JSON string. Most text needs no escaping (no control character, quote or backslash):
/// it is copied between quotes; the rest goes through serde_json's escaping.
fn write_str(out: &mut impl Write, s: &str) -> io::Result<()> {
    // A fold rather than `any`, so the check has no early exit and vectorises.
    let plain = !s.bytes().fold(false, |bad, b| {
        bad | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.write_all(b"\"")?;
        out.write_all(s.as_bytes())?;
        out.write_all(b"\"")
    } else {
        serde_json::to_writer(out, s).map_err(io::Error::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "plain words",
        "",
        "a \"quoted\" word",
        "back\\slash",
        "tab\tnew\nline\r\u{1}\u{1f}",
        "“curly” — ünïcödé 😀",
        "\u{7f}\u{2028}",
    ];

    fn claim(text: &'static str, n: usize) -> ClaimOut<'static> {
        ClaimOut {
            kind: "count",
            text,
            start: n,
            end: n + 3,
            subject: (n % 2 == 0).then_some(text),
            object: (n % 3 == 0).then_some("“x”"),
            value: (n % 2 == 1).then_some(n as f64 * 1.5e9 + 0.25),
            value_max: (n == 2).then_some(-0.0),
            unit: Some("%"),
            value_text: None,
            approximate: n % 2 == 0,
        }
    }

    /// `write` prints `record` exactly as serde_json does, plus a newline.
    fn assert_same<T: Serialize>(record: &T, write: fn(&T, &mut Vec<u8>) -> io::Result<()>) {
        let mut want = serde_json::to_vec(record).expect("serde_json");
        want.push(b'\n');
        let mut got = Vec::new();
        write(record, &mut got).expect("write to a Vec");
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        );
    }

    #[test]
    fn records_match_serde_json_byte_for_byte() {
        for (n, &text) in TEXTS.iter().enumerate() {
            let sentence = SentenceOut {
                line: (n % 2 == 0).then_some(n + 1),
                sentence: n,
                start: n * 10,
                end: usize::MAX - n,
                text,
                checkworthiness: 0.1 + n as f32 / 7.0,
                opinion: f32::MIN_POSITIVE * n as f32,
                claims: (0..n).map(|k| claim(TEXTS[k], k)).collect(),
            };
            assert_same(&sentence, SentenceOut::write_line);

            let quantity = QuantityOut {
                line: (n % 2 == 1).then_some(n),
                kind: "money",
                text,
                start: n,
                end: n + 1,
                value: Some(1e21 * n as f64),
                value_max: None,
                unit: (n > 2).then_some(text),
                approximate: n == 3,
            };
            assert_same(&quantity, QuantityOut::write_line);
        }
    }
}
