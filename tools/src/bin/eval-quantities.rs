//! Scores `find_quantities` on the held-out table `tools/data/quantities_heldout.tsv` (news-style
//! numerals, ordinals, money and durations written apart from the rules' unit tests: exact span
//! and value per class), and measures how many real check-worthy claim sentences with a number
//! get at least one quantity (ClaimBuster and CLEF-2019 positives with digits or number words).
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-quantities -- [CLAIMS_DIR] [--verbose]`.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result};
use claimdesk::extract::quantity::{Quantity, QuantityKind as K, find_quantities};

const HELDOUT: &str = include_str!("../../data/quantities_heldout.tsv");

/// Claim files and the label of their check-worthy rows.
const CLAIM_FILES: &[&str] = &["claimbuster_2class_2.5xncs.tsv", "clef2019_t1_train.tsv"];

/// Number words that mark a sentence as numeric, independent of the recognizer's vocabulary
/// ("one" is left out: it is mostly a pronoun).
const NUMBER_WORDS: &str = "two three four five six seven eight nine ten eleven twelve \
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty \
    seventy eighty ninety hundred hundreds thousand thousands million millions billion billions \
    trillion trillions dozen dozens half percent";

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or("../shared/eval/claims", String::as_str);
    let run = || -> Result<()> {
        heldout(verbose);
        claims(Path::new(dir), verbose)
    };
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-quantities: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// One row of the held-out table.
struct Case<'a> {
    class: &'a str,
    sentence: &'a str,
    span: &'a str,
    value: f64,
    value_max: Option<f64>,
    unit: Option<&'a str>,
}

fn parse_case(line: &str) -> Option<Case<'_>> {
    let f: Vec<&str> = line.split('\t').collect();
    let [class, sentence, span, value, max, unit] = f.as_slice() else {
        return None;
    };
    let opt = |s: &'static str, v: &str| (v != s).then_some(());
    Some(Case {
        class,
        sentence,
        span,
        value: value.parse().ok()?,
        value_max: opt("-", max).and_then(|_| max.parse().ok()),
        unit: opt("-", unit).map(|_| *unit),
    })
}

fn heldout(verbose: bool) {
    let cases: Vec<Case> = HELDOUT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(parse_case)
        .collect();
    println!("| class | cases | exact span and value | found (span only) |");
    println!("|---|---:|---:|---:|");
    for class in ["numeral", "ordinal", "money", "duration"] {
        let (mut n, mut exact, mut found) = (0, 0, 0);
        for c in cases.iter().filter(|c| c.class == class) {
            n += 1;
            let start = c.sentence.find(c.span).unwrap_or(usize::MAX);
            let qs = find_quantities(c.sentence);
            let at = qs
                .iter()
                .find(|q| q.start == start && q.end == start + c.span.len());
            let ok = at.is_some_and(|q| matches(c, q));
            found += usize::from(at.is_some());
            exact += usize::from(ok);
            if verbose && !ok {
                let got: Vec<String> = qs.iter().map(|q| show(c.sentence, q)).collect();
                println!(
                    "  miss {class}: {:?} want {:?} got {got:?}",
                    c.sentence, c.span
                );
            }
        }
        let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
        println!(
            "| {class} | {n} | {exact}/{n} = {:.1}% | {found}/{n} = {:.1}% |",
            pct(exact),
            pct(found)
        );
    }
}

fn show(s: &str, q: &Quantity) -> String {
    let v = q.value.map_or("-".into(), |v| format!("{v}"));
    let m = q.value_max.map_or(String::new(), |m| format!("..{m}"));
    let u = q.unit.as_deref().unwrap_or("");
    format!("{} {:?} {v}{m} {u}", q.kind.as_str(), &s[q.start..q.end])
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The quantity has the expected kind, value, upper end and unit.
fn matches(c: &Case, q: &Quantity) -> bool {
    let kind_ok = match c.class {
        "numeral" => matches!(q.kind, K::Number | K::Range),
        "ordinal" => q.kind == K::Ordinal,
        "money" => q.kind == K::Money,
        _ => q.kind == K::Duration,
    };
    let Some(v) = q.value else { return false };
    if !kind_ok || q.value_max.is_some() != c.value_max.is_some() {
        return false;
    }
    if c.class != "duration" {
        let max_ok = c
            .value_max
            .zip(q.value_max)
            .is_none_or(|(a, b)| close(a, b));
        return close(v, c.value) && max_ok && c.unit == q.unit.as_deref();
    }
    let (Some(want), Some(got)) = (c.unit, q.unit.as_deref()) else {
        return false;
    };
    let same = |a: f64, b: f64| same_duration(a, want, b, got);
    same(c.value, v) && c.value_max.zip(q.value_max).is_none_or(|(a, b)| same(a, b))
}

/// Calendar units in months, clock units in seconds; None for an unknown unit.
fn unit_size(unit: &str) -> Option<(bool, f64)> {
    Some(match unit {
        "centuries" => (true, 1200.0),
        "decades" => (true, 120.0),
        "years" => (true, 12.0),
        "quarters" => (true, 3.0),
        "months" => (true, 1.0),
        "weeks" => (false, 7.0 * 86400.0),
        "days" => (false, 86400.0),
        "hours" => (false, 3600.0),
        "minutes" => (false, 60.0),
        "seconds" => (false, 1.0),
        _ => return None,
    })
}

/// Two durations are equal in months when both are calendar units ("42 months" = "3.5 years"),
/// else in seconds with a month of 30 days and a year of 365 (the Recognizers-Text convention).
fn same_duration(a: f64, ua: &str, b: f64, ub: &str) -> bool {
    let (Some((ca, sa)), Some((cb, sb))) = (unit_size(ua), unit_size(ub)) else {
        return false;
    };
    if ca && cb {
        return close(a * sa, b * sb);
    }
    let secs = |v: f64, cal: bool, s: f64, u: &str| match (cal, u) {
        (true, "years" | "decades" | "centuries") => v * s / 12.0 * 365.0 * 86400.0,
        (true, _) => v * s * 30.0 * 86400.0,
        _ => v * s,
    };
    close(secs(a, ca, sa, ua), secs(b, cb, sb, ub))
}

/// A sentence states a number: it has a digit or a number word.
fn numeric(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
        || s.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            let w = w.to_ascii_lowercase();
            NUMBER_WORDS.split_whitespace().any(|n| n == w)
        })
}

fn claims(dir: &Path, verbose: bool) -> Result<()> {
    println!();
    println!(
        "| claim sentences (label 1, with a number) | sentences | with a quantity | with a valued quantity |"
    );
    println!("|---|---:|---:|---:|");
    let mut all = BTreeSet::new();
    for file in CLAIM_FILES {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("could not read {}", path.display()))?;
        let rows: BTreeSet<&str> = text
            .lines()
            .filter_map(|l| l.rsplit_once('\t'))
            .filter(|(s, label)| *label == "1" && numeric(s))
            .map(|(s, _)| s)
            .collect();
        report(file, &rows, verbose);
        all.extend(rows.into_iter().map(str::to_string));
    }
    let all: BTreeSet<&str> = all.iter().map(String::as_str).collect();
    report("both, deduplicated", &all, false);
    Ok(())
}

/// Counts the sentences with any quantity (dates included, as QuanTemp counts temporal
/// claims as numeric) and those with a quantity that has a value.
fn report(name: &str, rows: &BTreeSet<&str>, verbose: bool) {
    let (mut any, mut valued) = (0, 0);
    for s in rows {
        let found = find_quantities(s);
        any += usize::from(!found.is_empty());
        valued += usize::from(found.iter().any(|q| q.value.is_some()));
        if verbose && found.is_empty() {
            println!("  no quantity: {s}");
        }
    }
    let n = rows.len();
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!(
        "| {name} | {n} | {any}/{n} = {:.1}% | {valued}/{n} = {:.1}% |",
        pct(any),
        pct(valued)
    );
}
