//! What a claim's fields mean, per kind, in the words a reader understands: a nickname is what
//! someone is "called" (not what they "say"), a release names who it was "freed by", a weekday
//! is a "weekday" (never `XXXX-WXX-1`). The card's rows ([`values`]) and `list`'s few words
//! ([`gist`]) both come from here.

use crate::extract::claims::{Claim, ClaimKind};

/// What the three free fields of a claim of one kind are called (`None`: not shown).
struct Labels {
    subject: &'static str,
    value_text: Option<&'static str>,
    object: Option<&'static str>,
}

const fn labels(
    subject: &'static str,
    value_text: Option<&'static str>,
    object: Option<&'static str>,
) -> Labels {
    Labels {
        subject,
        value_text,
        object,
    }
}

/// The labels of a claim: by its kind, and for a quote whether it names someone ("label").
fn labels_of(claim: &Claim) -> Labels {
    match claim.kind {
        ClaimKind::Count => labels("who", None, Some("happened")),
        ClaimKind::PrisonTerm => labels("who", None, Some("penalty")),
        ClaimKind::Award => labels("who", Some("as"), Some("prize")),
        ClaimKind::Release => labels("who", Some("wording"), Some("freed by")),
        ClaimKind::Quote if is_nickname(claim) => labels("who", Some("called"), None),
        ClaimKind::Quote => labels("speaker", Some("says"), None),
        ClaimKind::Event => labels("who", None, Some("did")),
        ClaimKind::Date => labels("what", Some(date_label(claim)), None),
        ClaimKind::Statement => labels("about", Some("value"), Some("what")),
        ClaimKind::Duration | ClaimKind::Money | ClaimKind::Percent => {
            labels("who", Some("value"), Some("what"))
        }
    }
}

/// A quote that names someone: "a man often referred to as “Europe’s last dictator”".
fn is_nickname(claim: &Claim) -> bool {
    claim.kind == ClaimKind::Quote && claim.object.as_deref() == Some("label")
}

/// The structured values of a claim that it has, labelled: who, how many, what unit, ...
pub fn values(claim: &Claim) -> Vec<(&'static str, String)> {
    let labels = labels_of(claim);
    let mut out: Vec<_> = claim
        .subject
        .iter()
        .map(|s| (labels.subject, s.clone()))
        .collect();
    if let Some(mut how_many) = amount(claim) {
        if claim.approximate {
            how_many.push_str(" (approximately)");
        }
        out.push(("how many", how_many));
    } else if let (Some(label), Some(words)) = (labels.value_text, &claim.value_text) {
        // Not a number: the words themselves (a quote, a date, a prize role).
        out.push((label, words.clone()));
    }
    out.extend(claim.unit.iter().map(|unit| ("unit", unit.clone())));
    if let (Some(label), Some(object)) = (labels.object, &claim.object) {
        out.push((label, object.clone()));
    }
    if let Some(iso) = full_date(claim) {
        out.push(("ISO date", iso.to_string()));
    }
    out
}

/// Who and how much, in a few words: "Ales Bialiatski · 10 years", "~2–3 decades",
/// "Ales Bialiatski · freed by Belarus", "Monday (weekday)".
pub fn gist(claim: &Claim) -> String {
    let labels = labels_of(claim);
    let mut parts: Vec<String> = claim.subject.iter().cloned().collect();
    if let Some(amount) = amount(claim) {
        let about = if claim.approximate { "~" } else { "" };
        let unit = claim.unit.as_deref().unwrap_or("");
        parts.push(format!("{about}{amount} {unit}"));
    } else if claim.kind == ClaimKind::Date {
        let words = claim.value_text.as_deref().unwrap_or("");
        parts.extend(match full_date(claim) {
            Some(iso) => Some(iso.to_string()),
            None => Some(format!("{words} ({})", date_label(claim))),
        });
    } else if let (Some(label), Some(object)) = (labels.object, &claim.object) {
        parts.push(match label {
            "freed by" => format!("freed by {object}"),
            _ => object.clone(),
        });
    } else if let Some(words) = &claim.value_text {
        parts.push(match labels.value_text {
            Some("called") => format!("called “{words}”"),
            _ => words.clone(),
        });
    }
    parts.join(" · ").trim().to_string()
}

/// What a date's words name, from its ISO 8601 form: a weekday (`XXXX-WXX-1`), a month
/// (`XXXX-04`), a day of the month (`XXXX-XX-14`), else a date.
fn date_label(claim: &Claim) -> &'static str {
    match claim.object.as_deref() {
        Some(iso) if iso.starts_with("XXXX-WXX-") => "weekday",
        Some(iso) if iso.starts_with("XXXX-XX-") => "day",
        Some(iso) if iso.starts_with("XXXX-") && iso.len() == 7 => "month",
        _ => "date",
    }
}

/// A date's ISO 8601 form when it is a whole one ("2025-12-14", "2025-12", "2025"): the
/// forms with unknown parts (`XXXX-WXX-1`) are for machines and are not shown.
fn full_date(claim: &Claim) -> Option<&str> {
    let iso = claim
        .object
        .as_deref()
        .filter(|_| claim.kind == ClaimKind::Date)?;
    (!iso.contains('X')).then_some(iso)
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
mod tests {
    use super::*;

    /// A claim of `kind` with the fields of `spec`: `who=..|what=..|value=..|max=..|unit=..|text=..|~`.
    pub(crate) fn claim(kind: ClaimKind, spec: &str) -> Claim {
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
            (PrisonTerm, "who=Bialiatski|value=10|unit=years|text=ten|what=prison", "Bialiatski · 10 years", "who=Bialiatski|how many=10|unit=years|penalty=prison"),
            (Duration, "value=2|max=3|unit=decades|~", "~2–3 decades", "how many=2–3 (approximately)|unit=decades"),
            (Quote, "who=Kolesnikova|text=Never give up.", "Kolesnikova · Never give up.", "speaker=Kolesnikova|says=Never give up."),
            (Quote, "who=Lukashenko|text=Europe’s last dictator|what=label", "Lukashenko · called “Europe’s last dictator”", "who=Lukashenko|called=Europe’s last dictator"),
            (Release, "who=Ales Bialiatski|text=freed|what=Belarus", "Ales Bialiatski · freed by Belarus", "who=Ales Bialiatski|wording=freed|freed by=Belarus"),
            (Release, "who=Maria Kolesnikova|text=released", "Maria Kolesnikova · released", "who=Maria Kolesnikova|wording=released"),
            (Award, "who=Bialiatski|text=laureate|what=Nobel Peace Prize", "Bialiatski · Nobel Peace Prize", "who=Bialiatski|as=laureate|prize=Nobel Peace Prize"),
            (Event, "who=United States|text=lifted|what=lifted sanctions", "United States · lifted sanctions", "who=United States|did=lifted sanctions"),
            (Date, "who=publication date|text=December 14, 2025|what=2025-12-14", "publication date · 2025-12-14", "what=publication date|date=December 14, 2025|ISO date=2025-12-14"),
            (Date, "text=Monday|what=XXXX-WXX-1", "Monday (weekday)", "weekday=Monday"),
            (Date, "text=April|what=XXXX-04", "April (month)", "month=April"),
            (Date, "text=last Monday", "last Monday (date)", "date=last Monday"),
            (Count, "who=prisoners|value=123|unit=prisoners|what=released", "prisoners · 123 prisoners", "who=prisoners|how many=123|unit=prisoners|happened=released"),
            (Money, "value=1500000000000000|unit=USD", "1500000000000000 USD", "how many=1500000000000000|unit=USD"),
            (Percent, "value=12.5|unit=%", "12.5 %", "how many=12.5|unit=%"),
            (Statement, "who=the deal", "the deal", "about=the deal"),
        ];
        for (kind, spec, gist_text, rows) in cases {
            let claim = claim(*kind, spec);
            assert_eq!(gist(&claim), *gist_text, "{kind:?} {spec}");
            let values: Vec<String> = values(&claim).iter().map(|(l, v)| format!("{l}={v}")).collect();
            assert_eq!(values.join("|"), *rows, "{kind:?} {spec}");
        }
    }
}
