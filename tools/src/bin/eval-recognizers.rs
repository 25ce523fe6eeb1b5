//! Scores the number and quantity recognizers against the Microsoft Recognizers-Text
//! English specs (span precision/recall/F1 and exact span+value rate per spec file), and
//! measures throughput over a JSON-lines news corpus with `--bench FILE`.
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-recognizers -- ARGS`, ARGS one of
//! `DIR [--verbose SPEC]`, `--bench FILE.jsonl`, `--dump FILE.jsonl` (every quantity, to diff
//! two builds).

use std::time::Instant;

use claimdesk::extract::numbers::{Anchor, find_numbers, find_relative_ordinals};
use claimdesk::extract::quantity::{Quantity, QuantityKind as K, find_quantities};
use claimdesk_tools::newsclaims::byte_offsets;
use serde_json::Value;

/// A prediction: byte span and a comparable value string.
type Pred = (usize, usize, String);

const SPECS: &[&str] = &[
    "Number_NumberModel",
    "Number_OrdinalModel",
    "Number_PercentModel",
    "Number_NumberRangeModel",
    "NumberWithUnit_CurrencyModel",
    "NumberWithUnit_AgeModel",
    "NumberWithUnit_DimensionModel",
    "DateTime_DurationExtractor",
    "DateTime_DurationParser",
    "DateTime_DateExtractor",
    "DateTime_DateParser",
];

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag, file] if flag == "--bench" => bench(file),
        [flag, file] if flag == "--dump" => dump(file),
        [dir] => eval(dir, None),
        [dir, flag, spec] if flag == "--verbose" => eval(dir, Some(spec)),
        _ => Err(
            "usage: eval-recognizers DIR [--verbose SPEC] | eval-recognizers --bench|--dump FILE"
                .into(),
        ),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-recognizers: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn num(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        format!("{:.9e}", v)
    }
}

fn quantities(input: &str, kinds: &[K], value: fn(&Quantity) -> String) -> Vec<Pred> {
    find_quantities(input)
        .iter()
        .filter(|q| kinds.contains(&q.kind))
        .map(|q| (q.start, q.end, value(q)))
        .collect()
}

fn qnum(q: &Quantity) -> String {
    q.value.map(num).unwrap_or_default()
}

fn with_unit(q: &Quantity) -> String {
    format!("{} {}", qnum(q), q.unit.as_deref().unwrap_or_default())
}

/// Our predictions for one spec file.
fn predict(spec: &str, input: &str) -> Vec<Pred> {
    match spec {
        "Number_NumberModel" => find_numbers(input)
            .iter()
            .filter(|n| !n.ordinal)
            .map(|n| (n.start, n.end, num(n.value)))
            .collect(),
        "Number_OrdinalModel" => {
            let mut p: Vec<Pred> = find_numbers(input)
                .iter()
                .filter(|n| n.ordinal)
                .map(|n| (n.start, n.end, num(n.value)))
                .collect();
            for r in find_relative_ordinals(input) {
                if p.iter().all(|x| x.1 <= r.start || x.0 >= r.end) {
                    let anchor = if r.anchor == Anchor::End {
                        "end"
                    } else {
                        "current"
                    };
                    p.push((r.start, r.end, format!("{anchor}{:+}", r.offset)));
                }
            }
            p
        }
        "Number_PercentModel" => quantities(input, &[K::Percent], qnum),
        "Number_NumberRangeModel" => quantities(input, &[K::Range], |q| {
            format!(
                "{}..{}",
                q.value.map(num).unwrap_or_default(),
                q.value_max.map(num).unwrap_or_default()
            )
        }),
        "NumberWithUnit_CurrencyModel" => quantities(input, &[K::Money], with_unit),
        "NumberWithUnit_AgeModel" => quantities(input, &[K::Age], qnum),
        "NumberWithUnit_DimensionModel" => quantities(input, &[K::Dimension], with_unit),
        "DateTime_DurationExtractor" | "DateTime_DateExtractor" => {
            let k = if spec.contains("Duration") {
                K::Duration
            } else {
                K::Date
            };
            quantities(input, &[k], |_| String::new())
        }
        "DateTime_DurationParser" => quantities(input, &[K::Duration], |q| {
            q.normalized.as_deref().map(seconds).unwrap_or_default()
        }),
        _ => quantities(input, &[K::Date], |q| {
            q.normalized.clone().unwrap_or_default()
        }),
    }
}

/// Seconds of an ISO 8601 duration with the specs' conventions (year 365 d, month 30 d).
fn seconds(iso: &str) -> String {
    let (mut total, mut time, mut digits) = (0.0, false, String::new());
    for c in iso.chars() {
        match c {
            'P' => {}
            'T' => time = true,
            '0'..='9' | '.' => digits.push(c),
            _ => {
                let n: f64 = digits.parse().unwrap_or(0.0);
                digits.clear();
                let day = 86400.0;
                total += n * match (c, time) {
                    ('Y', false) => 365.0 * day,
                    ('M', false) => 30.0 * day,
                    ('W', _) => 7.0 * day,
                    ('D', _) => day,
                    ('H', _) => 3600.0,
                    ('M', true) => 60.0,
                    _ => 1.0,
                };
            }
        }
    }
    num(total)
}

/// The comparable value of an expected result.
fn expected_value(spec: &str, r: &Value) -> String {
    let res = &r["Resolution"];
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let parse = |t: &str| {
        t.trim_end_matches('%')
            .parse::<f64>()
            .map(num)
            .unwrap_or_default()
    };
    match spec {
        "Number_OrdinalModel" if r["TypeName"] == "ordinal.relative" => s(&res["value"]),
        "Number_NumberRangeModel" => {
            let v = s(&res["value"]);
            let inner = v.trim_matches(|c| "([])".contains(c));
            let (a, b) = inner.split_once(',').unwrap_or((inner, ""));
            format!("{}..{}", parse(a), parse(b))
        }
        "NumberWithUnit_CurrencyModel" => {
            let (v, code) = currency_code(&s(&res["unit"]), res["isoCurrency"].as_str());
            let value = res["value"]
                .as_str()
                .and_then(|t| t.parse::<f64>().ok())
                .map(|x| num(x * v))
                .unwrap_or_default();
            format!("{value} {code}")
        }
        "NumberWithUnit_DimensionModel" => format!(
            "{} {}",
            parse(&s(&res["value"])),
            dimension_code(&s(&res["unit"]))
        ),
        "DateTime_DurationExtractor" | "DateTime_DateExtractor" => String::new(),
        "DateTime_DurationParser" => r["Value"]["FutureResolution"]["duration"]
            .as_str()
            .and_then(|t| t.parse::<f64>().ok())
            .map(num)
            .unwrap_or_default(),
        "DateTime_DateParser" => s(&r["Value"]["Timex"]),
        _ => parse(&s(&res["value"])),
    }
}

/// Maps a spec currency unit to (factor, our ISO code).
fn currency_code(unit: &str, iso: Option<&str>) -> (f64, String) {
    let (f, code) = match unit {
        "Cent" => (0.01, "USD"),
        "Pence" | "Penny" => (0.01, "GBP"),
        "Dollar" => (1.0, "USD"),
        "Pound" => (1.0, "GBP"),
        "Franc" => (1.0, "CHF"),
        "Peseta" => (1.0, "ESP"),
        "Finnish markka" => (1.0, "FIM"),
        "Netherlands guilder" => (1.0, "NLG"),
        "Rupee" => (1.0, "INR"),
        "Bitcoin" => (1.0, "BTC"),
        "Satoshi" => (1e-8, "BTC"),
        _ => (1.0, iso.unwrap_or(unit)),
    };
    (f, code.to_string())
}

/// Maps a spec dimension unit name to our unit symbol.
fn dimension_code(unit: &str) -> String {
    let code = match unit {
        "Kilometer" => "km",
        "Meter" => "m",
        "Centimeter" => "cm",
        "Millimeter" => "mm",
        "Decimeter" => "dm",
        "Mile" => "miles",
        "Foot" => "feet",
        "Inch" => "inches",
        "Yard" => "yards",
        "Kilogram" => "kg",
        "Gram" => "g",
        "Milligram" => "mg",
        "Microgram" => "µg",
        "Pound" => "lb",
        "Ounce" => "oz",
        "Ton" => "tons",
        "Metric ton" => "tonnes",
        "Milliliter" => "ml",
        "Liter" => "l",
        "Gallon" => "gallons",
        "Barrel" => "barrels",
        "Acre" => "acres",
        "Square meter" => "m2",
        "Square kilometer" => "km2",
        "Cubic foot" => "ft3",
        "Mile per hour" => "mph",
        "Kilometer per hour" => "km/h",
        "Bit" => "bit",
        "Megabit" => "Mb",
        "Megabyte" => "MB",
        other => other,
    };
    code.to_string()
}

#[derive(Default)]
struct Score {
    cases: usize,
    expected: usize,
    predicted: usize,
    span_ok: usize,
    exact: usize,
}

impl Score {
    fn row(&self, name: &str) -> String {
        let p = ratio(self.span_ok, self.predicted);
        let r = ratio(self.span_ok, self.expected);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "| {name} | {} | {} | {:.1} | {:.1} | {:.1} | {}/{} = {:.1}% |",
            self.cases,
            self.expected,
            p * 100.0,
            r * 100.0,
            f1 * 100.0,
            self.exact,
            self.expected,
            ratio(self.exact, self.expected) * 100.0
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn eval(dir: &str, verbose: Option<&String>) -> Result<(), String> {
    println!(
        "| spec | cases | expected | P % | R % | F1 % | exact |\n|---|---:|---:|---:|---:|---:|---:|"
    );
    for spec in SPECS {
        let path = format!("{dir}/{spec}.json");
        let raw =
            std::fs::read_to_string(&path).map_err(|e| format!("could not read {path}: {e}"))?;
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
            .map_err(|e| format!("{path}: {e}"))?;
        let (mut all, mut kept) = (Score::default(), Score::default());
        let show = verbose.is_some_and(|v| spec.contains(v.as_str()));
        for case in &cases {
            let dotnet_fails = ["NotSupported", "NotSupportedByDesign"]
                .iter()
                .any(|k| case[k].as_str().is_some_and(|s| s.contains("dotnet")));
            let s = score_case(spec, case, show);
            for sc in [Some(&mut all), (!dotnet_fails).then_some(&mut kept)]
                .into_iter()
                .flatten()
            {
                sc.cases += 1;
                sc.expected += s.expected;
                sc.predicted += s.predicted;
                sc.span_ok += s.span_ok;
                sc.exact += s.exact;
            }
        }
        println!("{}", all.row(spec));
        if kept.cases != all.cases {
            println!(
                "{}",
                kept.row(&format!(
                    "{spec} (excl. {} dotnet-failing)",
                    all.cases - kept.cases
                ))
            );
        }
    }
    Ok(())
}

/// Converts an expected result's char offsets to a byte span.
fn span(input: &str, r: &Value) -> Option<(usize, usize)> {
    let start = r["Start"].as_u64()? as usize;
    let len = match r["End"].as_u64() {
        Some(end) => end as usize + 1 - start,
        None => r["Length"].as_u64()? as usize,
    };
    let bytes = byte_offsets(input);
    Some((*bytes.get(start)?, *bytes.get(start + len)?))
}

fn score_case(spec: &str, case: &Value, show: bool) -> Score {
    let input = case["Input"].as_str().unwrap_or_default();
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    let preds = predict(spec, input);
    let mut s = Score {
        cases: 1,
        expected: results.len(),
        predicted: preds.len(),
        ..Score::default()
    };
    let mut misses = Vec::new();
    for r in &results {
        let want = expected_value(spec, r);
        let sp = span(input, r);
        match preds.iter().find(|p| Some((p.0, p.1)) == sp) {
            Some(p) => {
                s.span_ok += 1;
                if p.2 == want {
                    s.exact += 1;
                } else {
                    misses.push(format!("value {:?} want {want} got {}", r["Text"], p.2));
                }
            }
            None => misses.push(format!("span {:?} ({want})", r["Text"])),
        }
    }
    let extra: Vec<String> = preds
        .iter()
        .filter(|p| !results.iter().any(|r| span(input, r) == Some((p.0, p.1))))
        .map(|p| format!("{:?}={}", &input[p.0..p.1], p.2))
        .collect();
    if show && (!misses.is_empty() || !extra.is_empty()) {
        println!("{input:?}\n    missed: {misses:?}\n    extra: {extra:?}");
    }
    s
}

/// CPU time of this thread from /proc (Linux), so the rate is fair on a loaded machine.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn load_texts(file: &str) -> Result<Vec<String>, String> {
    let raw = std::fs::read_to_string(file).map_err(|e| format!("could not read {file}: {e}"))?;
    Ok(raw
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect())
}

/// Every quantity of every text, one per line: diff two builds to check a refactor
/// changed no output.
fn dump(file: &str) -> Result<(), String> {
    for (n, text) in load_texts(file)?.iter().enumerate() {
        for q in find_quantities(text) {
            println!("{n} {:?} {q:?}", &text[q.start..q.end]);
        }
    }
    Ok(())
}

fn bench(file: &str) -> Result<(), String> {
    let texts = load_texts(file)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    const ROUNDS: usize = 5;
    for (name, f) in [("find_numbers", 0), ("find_quantities", 1)] {
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let mut found = 0;
        for _ in 0..ROUNDS {
            for text in &texts {
                found += if f == 0 {
                    find_numbers(text).len()
                } else {
                    find_quantities(text).len()
                };
            }
        }
        let secs = t.elapsed().as_secs_f64() / ROUNDS as f64;
        let mb = bytes as f64 / 1e6;
        let cpu = cpu_seconds().zip(cpu).map(|(b, a)| (b - a) / ROUNDS as f64);
        let cpu_rate = cpu.map_or("n/a".to_string(), |c| format!("{:.1} MB/s", mb / c));
        println!(
            "{name}: {} texts, {mb:.1} MB, wall {secs:.3} s = {:.1} MB/s, cpu {cpu_rate} ({} hits)",
            texts.len(),
            mb / secs,
            found / ROUNDS
        );
    }
    Ok(())
}
