fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let a = claimdesk::extract::article::analyse(&text);
    println!(
        "{} {:?} sentences={}",
        a.title,
        a.published,
        a.sentences.len()
    );
    for c in &a.claims {
        println!(
            "{:?} [{}] subj={:?} obj={:?} val={:?}..{:?} unit={:?} vt={:?} approx={}",
            c.kind,
            &text[c.start..c.end],
            c.subject,
            c.object,
            c.value,
            c.value_max,
            c.unit,
            c.value_text,
            c.approximate
        );
    }
}
