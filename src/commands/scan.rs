//! `claimdesk scan`: the extractor without a database, as JSON Lines on standard output: one
//! object per sentence with claims (every sentence with `--all`), or per quantity.

mod records;

use std::io::{BufWriter, Write};

use anyhow::{Context, Result};

use crate::cli::ScanArgs;
use crate::extract::article::analyse;
use crate::extract::claims::Claim;
use crate::extract::quantity::find_quantities;
use crate::input::{read_article, shown};
use records::{ClaimOut, QuantityOut, SentenceOut};

pub fn run(args: &ScanArgs) -> Result<()> {
    let text = read_article(&args.path).with_context(|| shown(&args.path))?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    if args.lines {
        for (i, line) in text.lines().enumerate() {
            scan_document(line, Some(i + 1), args, &mut out)?;
        }
    } else {
        scan_document(&text, None, args, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn scan_document(
    text: &str,
    line: Option<usize>,
    args: &ScanArgs,
    out: &mut impl Write,
) -> Result<()> {
    if args.quantities {
        for q in find_quantities(text) {
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
            record.write_line(out)?;
        }
        return Ok(());
    }
    let analysis = analyse(text);
    // Claims come in sentence order: each sentence takes the run that belongs to it.
    let mut rest = analysis.claims.as_slice();
    for (index, sentence) in analysis.sentences.iter().enumerate() {
        // A linear count: a binary search over all the claims left cost more on long texts.
        let here = rest.iter().take_while(|c| c.sentence == index).count();
        let claims: Vec<ClaimOut> = rest[..here].iter().map(|c| claim_out(text, c)).collect();
        rest = &rest[here..];
        if claims.is_empty() && !args.all {
            continue;
        }
        let words = &text[sentence.start..sentence.end];
        let scores = analysis.scores[index];
        let record = SentenceOut {
            line,
            sentence: index,
            start: sentence.start,
            end: sentence.end,
            text: words,
            checkworthiness: scores.checkworthiness,
            opinion: scores.opinion,
            claims,
        };
        record.write_line(out)?;
    }
    Ok(())
}

fn claim_out<'a>(text: &'a str, c: &'a Claim) -> ClaimOut<'a> {
    ClaimOut {
        kind: c.kind.as_str(),
        text: &text[c.start..c.end],
        start: c.start,
        end: c.end,
        subject: c.subject.as_deref(),
        object: c.object.as_deref(),
        value: c.value,
        value_max: c.value_max,
        unit: c.unit.as_deref(),
        value_text: c.value_text.as_deref(),
        approximate: c.approximate,
    }
}
