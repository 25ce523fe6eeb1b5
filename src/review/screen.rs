//! The claim screen, the key legend and the end-of-session summary, rendered to strings.
//! Pure: colours are on or off by argument (the caller asks console, which honours NO_COLOR
//! and dumb terminals), and every piece of article text goes through [`clean`] first.

use console::Style;

use crate::db::ClaimRow;
use crate::display::{sanitize, shorten};
use crate::extract::claims::ClaimKind;
use crate::review::context::Passage;
use crate::review::session::Tally;

/// At or above this `opinion` score the screen suggests the verdict "opinion".
pub const OPINION_HINT: f32 = 0.5;

/// Everything one claim screen shows.
#[derive(Debug, Clone)]
pub struct Screen<'a> {
    pub position: usize,
    /// Claims in the queue when the session began; `capped` when only counted that far.
    pub total: u64,
    pub capped: bool,
    pub title: &'a str,
    pub tally: Tally,
    pub claim: &'a ClaimRow,
    pub passage: Passage<'a>,
    pub note: Option<&'a str>,
    /// A refusal or other message about the last key.
    pub notice: Option<&'a str>,
}

/// The keys, in legend order: (key, what it does).
pub const KEYS: &[(char, &str)] = &[
    ('v', "verified"),
    ('d', "disputed"),
    ('o', "opinion"),
    ('s', "skip"),
    ('u', "undo"),
    ('n', "note"),
    ('m', "more context"),
    ('q', "quit"),
];

struct Palette {
    strong: Style,
    dim: Style,
    claim: Style,
    warn: Style,
}

impl Palette {
    fn new(colors: bool) -> Palette {
        let base = Style::new().force_styling(colors);
        Palette {
            strong: base.clone().bold(),
            dim: base.clone().dim(),
            claim: base.clone().yellow().bold().underlined(),
            warn: base.red().bold(),
        }
    }
}

pub fn render(screen: &Screen<'_>, colors: bool) -> String {
    let p = Palette::new(colors);
    let claim = screen.claim;
    let mut out = header(screen, &p);
    out.push_str("\n\n");
    out.push_str(&format!(
        "{} {}\n",
        p.strong.apply_to(format!("claim {}", claim.id)),
        p.dim.apply_to(format!(
            "· {} · {}",
            claim.claim.kind.as_str(),
            claim.status
        ))
    ));
    for (label, value) in values(claim) {
        out.push_str(&format!(
            "  {:<9} {}\n",
            p.dim.apply_to(label),
            sanitize(&value)
        ));
    }
    if claim.scores.is_some_and(|s| s.opinion >= OPINION_HINT) {
        let score = claim.scores.map_or(0.0, |s| s.opinion);
        out.push_str(&format!(
            "  {} opinion (opinion score {score:.2}; you decide)\n",
            p.warn.apply_to("suggested verdict:")
        ));
    }
    out.push('\n');
    out.push_str(&passage(&screen.passage, &p, colors));
    out.push_str("\n\n");
    if let Some(note) = screen.note {
        out.push_str(&format!(
            "  {} {}\n",
            p.dim.apply_to("note:"),
            sanitize(note)
        ));
    }
    if let Some(notice) = screen.notice {
        out.push_str(&format!("  {}\n", p.warn.apply_to(sanitize(notice))));
    }
    out.push_str(&legend(colors));
    out.push('\n');
    out
}

fn header(screen: &Screen<'_>, p: &Palette) -> String {
    let total = if screen.capped {
        format!("{}+", screen.total)
    } else {
        screen.total.max(screen.position as u64).to_string()
    };
    let t = screen.tally;
    format!(
        "{} · {} · verified {} · disputed {} · opinion {} · skipped {}",
        p.strong
            .apply_to(format!("Reviewing [{}/{total}]", screen.position)),
        sanitize(&shorten(screen.title, 60)),
        t.verified,
        t.disputed,
        t.opinion,
        t.skipped
    )
}

/// The structured values of a claim that it has: who, how many, what unit, ...
fn values(claim: &ClaimRow) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(subject) = &claim.claim.subject {
        out.push(("who", subject.clone()));
    }
    let how_many = match (claim.claim.value, claim.claim.value_max) {
        (Some(low), Some(high)) => Some(format!("{}–{}", number(low), number(high))),
        (Some(value), None) => Some(number(value)),
        _ => None,
    };
    if let Some(mut how_many) = how_many {
        if claim.claim.approximate {
            how_many.push_str(" (approximately)");
        }
        out.push(("how many", how_many));
    } else if let Some(words) = &claim.claim.value_text {
        // Not a number: the words themselves (a quote, a date, a prize role).
        let label = match claim.claim.kind {
            ClaimKind::Quote => "says",
            ClaimKind::Date => "date",
            _ => "value",
        };
        out.push((label, words.clone()));
    }
    if let Some(unit) = &claim.claim.unit {
        out.push(("unit", unit.clone()));
    }
    if let Some(object) = &claim.claim.object {
        out.push(("what", object.clone()));
    }
    out
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The sentence with the claim highlighted (or marked `**like this**` without colours),
/// its context dimmed.
fn passage(passage: &Passage<'_>, p: &Palette, colors: bool) -> String {
    let claim = if colors {
        p.claim.apply_to(sanitize(passage.claim)).to_string()
    } else {
        format!("**{}**", sanitize(passage.claim))
    };
    let mut out = String::new();
    if !passage.before.is_empty() {
        out.push_str(&format!("{} ", p.dim.apply_to(sanitize(passage.before))));
    }
    out.push_str(&format!(
        "{}{claim}{}",
        sanitize(passage.lead),
        sanitize(passage.tail)
    ));
    if !passage.after.is_empty() {
        out.push_str(&format!(" {}", p.dim.apply_to(sanitize(passage.after))));
    }
    out
}

/// One line: `[v] verified  [d] disputed  ...`.
pub fn legend(colors: bool) -> String {
    let p = Palette::new(colors);
    let keys: Vec<String> = KEYS
        .iter()
        .map(|(key, what)| format!("{} {what}", p.strong.apply_to(format!("[{key}]"))))
        .collect();
    keys.join("  ")
}

/// What this session decided and how much is left.
pub fn summary(tally: Tally, left: u64, interrupted: bool) -> String {
    let how = if interrupted { "interrupted" } else { "done" };
    let decided = tally.verified + tally.disputed + tally.opinion;
    format!(
        "Review {how}: {decided} decided in this session (verified {} · disputed {} · opinion {}), \
         skipped {}; {left} {} left to review.",
        tally.verified,
        tally.disputed,
        tally.opinion,
        tally.skipped,
        if left == 1 { "claim" } else { "claims" }
    )
}

#[cfg(test)]
mod tests;
