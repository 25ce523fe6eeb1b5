//! `claimdesk scan`: the extractor without a database, as JSON Lines on standard output: one
//! object per sentence with claims (every sentence with `--all`), or per quantity.

mod json;
mod records;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::ScanArgs;
use crate::export::{ClaimRecord, RecordIds};
use crate::extract::article::{analyse_with, without_bom};
use crate::extract::quantity::find_quantities;
use crate::input::{read_document, shown};
use crate::scorer::Scorer;
use records::{Lines, QuantityOut, SentenceOut};

pub fn run(args: &ScanArgs) -> Result<()> {
    if args.path == Path::new("-") && std::io::stdin().is_terminal() {
        // Nothing piped in: without this the command seems to hang.
        eprintln!(
            "claimdesk: scan reads the text from standard input; type or paste it and end it \
             with Ctrl-D, or give a file: claimdesk scan PATH"
        );
    }
    let text = read_document(&args.path)
        .with_context(|| shown(&args.path))?
        .text;
    // Quantities need no scores; one document (not `--lines`) may get the accurate scorer.
    let scorer = match (args.quantities, args.lines) {
        (true, _) => Scorer::Fast,
        (false, lines) => Scorer::choose(&args.scoring, (!lines).then_some(text.len()))?,
    };
    // 64 KB writes: an eighth of the system calls of the default 8 KB (scan prints about
    // 6 bytes per byte of text).
    let mut out = Lines::new(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()));
    if args.lines {
        for (i, line) in text.lines().enumerate() {
            scan_document(line, Some(i + 1), args, &scorer, &mut out)?;
        }
    } else {
        scan_document(&text, None, args, &scorer, &mut out)?;
    }
    out.flush()?;
    match scorer.failure() {
        Some(failure) => Err(anyhow::anyhow!(failure)),
        None => Ok(()),
    }
}

fn scan_document(
    text: &str,
    line: Option<usize>,
    args: &ScanArgs,
    scorer: &Scorer,
    out: &mut Lines<impl Write>,
) -> Result<()> {
    if args.quantities {
        // As in `analyse`: a byte order mark is skipped, and offsets still count it.
        let (plain, shift) = without_bom(text);
        for mut q in find_quantities(plain) {
            q.start += shift;
            q.end += shift;
            let record = QuantityOut {
                line,
                kind: q.kind.as_str(),
                text: &text[q.start..q.end],
                start: q.start,
                end: q.end,
                value: q.value,
                value_max: q.value_max,
                unit: q.unit.as_deref(),
                approximate: q.approximate,
            };
            out.write(&record)?;
        }
        return Ok(());
    }
    let analysis = analyse_with(text, scorer);
    // Claims come in sentence order: each sentence takes the run that belongs to it.
    let mut rest = analysis.claims.as_slice();
    let mut done = 0;
    // One list of records for every sentence, not one allocated per sentence.
    let mut claims: Vec<ClaimRecord> = Vec::new();
    for (index, sentence) in analysis.sentences.iter().enumerate() {
        // A linear count: a binary search over all the claims left cost more on long texts.
        let here = rest.iter().take_while(|c| c.sentence == index).count();
        claims.clear();
        claims.extend(rest[..here].iter().enumerate().map(|(i, c)| {
            let ids = RecordIds::in_document(done + i, c);
            ClaimRecord::new(ids, c, &text[c.start..c.end])
        }));
        rest = &rest[here..];
        done += here;
        if claims.is_empty() && !args.all {
            continue;
        }
        let span = sentence.span;
        let record = SentenceOut {
            line,
            sentence: index,
            start: span.start,
            end: span.end,
            text: &text[span.start..span.end],
            checkworthiness: sentence.scores.checkworthiness,
            opinion: sentence.scores.opinion,
            scorer: scorer.name(),
            claims: &claims,
        };
        out.write(&record)?;
    }
    Ok(())
}
