//! Where one long text's analysis goes: best time of each extractor phase, one core.
//! Usage: `cargo run --release -p claimdesk-tools --bin phases -- TEXT [PASSES]`

use std::time::{Duration, Instant};

use claimdesk::extract::claims::{Doc, all_claims};
use claimdesk::extract::links::link;
use claimdesk::extract::people::find_names;
use claimdesk::extract::quantity::find_quantities;
use claimdesk::extract::score::score_sentence;
use claimdesk::extract::sentences::split;
use claimdesk::extract::words::SentenceWords;

fn best<T>(passes: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..passes {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        out = Some(r);
    }
    (best, out.expect("at least one pass"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: phases TEXT [PASSES]");
        std::process::exit(2);
    };
    let passes = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("phases: {path}: {e}");
        std::process::exit(1);
    });
    let mb = text.len() as f64 / 1e6;
    let report = |name: &str, d: Duration| {
        println!(
            "{name:<22} {:>7.1} ms  {:>6.1} MB/s",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64()
        );
    };
    let (d, sentences) = best(passes, || split(&text));
    report("sentences", d);
    let (d, ws) = best(passes, || SentenceWords::new(&text, &sentences));
    report("words", d);
    let (d, _) = best(passes, || find_names(&text, &sentences, &ws));
    report("names", d);
    let (d, _) = best(passes, || find_quantities(&text));
    report("quantities", d);
    let (d, doc) = best(passes, || Doc::new(&text));
    report("Doc::new (all above)", d);
    let (d, _) = best(passes, || claimdesk::extract::attribution::find(&doc));
    report("attributions", d);
    let (d, claims) = best(passes, || all_claims(&doc));
    report("claim rules", d);
    let (d, _) = best(passes, || {
        let mut linked = claims.clone();
        link(&doc, &mut linked);
        linked
    });
    report("links (with a copy)", d);
    let with_claims: Vec<&str> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| claims.iter().any(|c| c.sentence == *i))
        .map(|(_, s)| &text[s.start..s.end])
        .collect();
    let (d, _) = best(passes, || {
        with_claims
            .iter()
            .map(|s| score_sentence(s).checkworthiness)
            .sum::<f32>()
    });
    report("scores (claim sents)", d);
    println!(
        "{} sentences, {} with claims ({:.1} MB), {} claims",
        doc.sentences.len(),
        with_claims.len(),
        with_claims.iter().map(|s| s.len()).sum::<usize>() as f64 / 1e6,
        claims.len()
    );
}
