//! A claim's fields as people read them: the few words `list` prints (who, how much, who
//! claims it), the card that `show` and `review` open with (id, kind and claim type, status
//! over a table of its values and its claimer), and its sentence scores. The one place that
//! turns a claim's fields into text for a terminal.

use crate::db::ClaimRow;
pub use crate::display::labels::gist;
use crate::display::labels::values;
use crate::display::{Palette, sanitize, shorten};
use crate::extract::claims::Claim;

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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::Status;
    use crate::extract::claims::{ClaimKind, ClaimType};
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
            let mut fields = Claim::new(ClaimKind::Statement, 0, 0, 0);
            fields.subject = Some("the deal".into());
            (fields.claimer, fields.claim_type) = (claimer.map(str::to_string), claim_type);
            let card = card(&sample(fields.clone()), &Palette::new(false));
            let lines: Vec<&str> = card.lines().collect();
            assert_eq!((lines[0], lines[1], *lines.last().unwrap()), (title, "  about      the deal", last));
            assert_eq!(claimer_short(&fields, 13), short);
        }
    }
}
