//! A claim's fields as people read them: the few words `list` prints (who, how much, who
//! claims it), the card that `show` and `review` open with (id, kind and claim type, status
//! over a table of its values and its claimer), and its sentence scores. The one place that
//! turns a claim's fields into text for a terminal.

use crate::db::ClaimRow;
use crate::display::{Palette, sanitize, shorten};
use crate::extract::claims::{Claim, ClaimKind};

/// Who and how much, in a few words: "Ales Bialiatski · 10 years", "~2–3 decades".
pub fn gist(fields: &Claim) -> String {
    let mut parts: Vec<String> = fields.subject.iter().cloned().collect();
    match amount(fields) {
        Some(amount) => {
            let about = if fields.approximate { "~" } else { "" };
            let unit = fields.unit.as_deref().unwrap_or("");
            parts.push(format!("{about}{amount} {unit}"));
        }
        None => parts.extend(fields.object.clone().or_else(|| fields.value_text.clone())),
    }
    parts.join(" · ").trim().to_string()
}

/// The claimer in a few words for `list`: the name, or "(article)" when the article asserts it.
pub fn claimer_short(fields: &Claim, max: usize) -> String {
    fields
        .claimer
        .as_deref()
        .map_or("(article)".to_string(), |name| shorten(name, max))
}

/// `claim 7 · statement (causal) · pending`, then one line per value the claim has, and who
/// claims it.
pub fn card(claim: &ClaimRow, p: &Palette) -> String {
    let fields = &claim.claim;
    let kind = match fields.claim_type {
        Some(kind) => format!("{} ({})", fields.kind.as_str(), kind.as_str()),
        None => fields.kind.as_str().to_string(),
    };
    let mut out = format!(
        "{} {}\n",
        p.strong.apply_to(format!("claim {}", claim.id)),
        p.dim.apply_to(format!("· {kind} · {}", claim.status))
    );
    for (label, value) in values(fields) {
        out.push_str(&row(label, &value, p));
    }
    let claimer = fields.claimer.as_deref().unwrap_or("the article");
    out.push_str(&row("claimed by", claimer, p));
    out
}

/// One line of the card's table: `  who        political prisoners`.
pub fn row(label: &str, value: &str, p: &Palette) -> String {
    format!("  {:<10} {}\n", p.dim.apply_to(label), sanitize(value))
}

/// The sentence's scores, "checkworthy 0.81 · opinion 0.10", when it has any.
pub fn scores(claim: &ClaimRow) -> Option<String> {
    let s = claim.scores?;
    Some(format!(
        "checkworthy {:.2} · opinion {:.2}",
        s.checkworthiness, s.opinion
    ))
}

/// The structured values of a claim that it has: who, how many, what unit, ...
fn values(fields: &Claim) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = fields.subject.iter().map(|s| ("who", s.clone())).collect();
    if let Some(mut how_many) = amount(fields) {
        if fields.approximate {
            how_many.push_str(" (approximately)");
        }
        out.push(("how many", how_many));
    } else if let Some(words) = &fields.value_text {
        // Not a number: the words themselves (a quote, a date, a prize role).
        let label = match fields.kind {
            ClaimKind::Quote => "says",
            ClaimKind::Date => "date",
            _ => "value",
        };
        out.push((label, words.clone()));
    }
    out.extend(fields.unit.iter().map(|unit| ("unit", unit.clone())));
    out.extend(fields.object.iter().map(|object| ("what", object.clone())));
    out
}

/// The value, or the range `low–high`.
fn amount(claim: &Claim) -> Option<String> {
    match (claim.value, claim.value_max) {
        (Some(low), Some(high)) => Some(format!("{}–{}", number(low), number(high))),
        (Some(value), None) => Some(number(value)),
        _ => None,
    }
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::Status;
    use crate::extract::claims::ClaimType;
    use crate::extract::sentences::Sentence;

    /// `claim` as stored, with no sentence or scores: the unit tests' one `ClaimRow` literal.
    pub(crate) fn sample(claim: Claim) -> ClaimRow {
        ClaimRow {
            id: 7,
            article_id: 1,
            same_as: None,
            conflicts_with: None,
            claim,
            sentence_span: Sentence { start: 0, end: 0 },
            scores: None,
            text: String::new(),
            sentence: String::new(),
            fingerprint: "f".into(),
            status: Status::Pending,
        }
    }

    /// A claim of `kind` with the fields of `spec`: `who=..|what=..|value=..|max=..|unit=..|text=..|~`.
    fn claim(kind: ClaimKind, spec: &str) -> Claim {
        let mut c = Claim::new(kind, 0, 0, 0);
        for pair in spec.split('|') {
            let (key, v) = pair.split_once('=').unwrap_or((pair, ""));
            let text = Some(v.to_string());
            match key {
                "who" => c.subject = text,
                "what" => c.object = text,
                "value" => c.value = v.parse().ok(),
                "max" => c.value_max = v.parse().ok(),
                "unit" => c.unit = text,
                "text" => c.value_text = text,
                "~" => c.approximate = true,
                _ => panic!("no field {key:?}"),
            }
        }
        c
    }

    #[test]
    #[rustfmt::skip]
    fn gist_and_card_rows_by_kind() {
        use ClaimKind::*;
        // kind, fields, gist, the card's rows as `label=value|...`
        let cases: &[(ClaimKind, &str, &str, &str)] = &[
            (PrisonTerm, "who=Bialiatski|value=10|unit=years|text=ten|what=prison", "Bialiatski · 10 years", "who=Bialiatski|how many=10|unit=years|what=prison"),
            (Duration, "value=2|max=3|unit=decades|~", "~2–3 decades", "how many=2–3 (approximately)|unit=decades"),
            (Quote, "who=Kolesnikova|text=Never give up.", "Kolesnikova · Never give up.", "who=Kolesnikova|says=Never give up."),
            (Award, "who=Bialiatski|text=laureate|what=Nobel Peace Prize", "Bialiatski · Nobel Peace Prize", "who=Bialiatski|value=laureate|what=Nobel Peace Prize"),
            (Date, "who=publication date|text=December 14, 2025", "publication date · December 14, 2025", "who=publication date|date=December 14, 2025"),
            (Money, "value=1500000000000000|unit=USD", "1500000000000000 USD", "how many=1500000000000000|unit=USD"),
            (Percent, "value=12.5|unit=%", "12.5 %", "how many=12.5|unit=%"),
        ];
        for (kind, spec, gist_text, rows) in cases {
            let claim = claim(*kind, spec);
            assert_eq!(gist(&claim), *gist_text, "{kind:?} {spec}");
            let values: Vec<String> = values(&claim).iter().map(|(l, v)| format!("{l}={v}")).collect();
            assert_eq!(values.join("|"), *rows, "{kind:?} {spec}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn the_card_names_the_claim_type_and_who_claims_it() {
        // claimer, claim type, the card's title line, its last row, the short claimer of `list`
        type Case<'a> = (Option<&'a str>, Option<ClaimType>, &'a str, &'a str, &'a str);
        let cases: &[Case] = &[
            (None, None, "claim 7 · statement · pending", "  claimed by the article", "(article)"),
            (Some("Maria Kolesnikova"), Some(ClaimType::Causal), "claim 7 · statement (causal) · pending", "  claimed by Maria Kolesnikova", "Maria Kolesn…"),
            (Some("UN"), Some(ClaimType::PersonalExperience), "claim 7 · statement (personal_experience) · pending", "  claimed by UN", "UN"),
        ];
        for &(claimer, claim_type, title, last, short) in cases {
            let mut fields = claim(ClaimKind::Statement, "who=the deal");
            (fields.claimer, fields.claim_type) = (claimer.map(str::to_string), claim_type);
            let card = card(&sample(fields.clone()), &Palette::new(false));
            let lines: Vec<&str> = card.lines().collect();
            assert_eq!((lines[0], lines[1], *lines.last().unwrap()), (title, "  who        the deal", last));
            assert_eq!(claimer_short(&fields, 13), short);
        }
    }
}
