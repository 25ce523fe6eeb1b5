//! The claim screen, the key legend and the end-of-session summary, rendered to strings.
//! Pure: colours are on or off by argument (the caller asks console, which honours NO_COLOR
//! and dumb terminals); the claim's card and its passage are drawn as `show` draws them
//! ([`crate::display`]), every piece of article text sanitized.

use crate::db::ClaimRow;
use crate::display::context::{self, Passage};
use crate::display::{Palette, fields, sanitize, shorten};
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

pub fn render(screen: &Screen<'_>, colors: bool) -> String {
    let p = Palette::new(colors);
    let claim = screen.claim;
    let mut out = header(screen, &p);
    out.push_str("\n\n");
    out.push_str(&fields::card(claim, &p));
    let opinion = claim.scores.map(|s| s.opinion);
    if let Some(score) = opinion.filter(|&score| score >= OPINION_HINT) {
        out.push_str(&format!(
            "  {} opinion (opinion score {score:.2}; you decide)\n",
            p.warn.apply_to("suggested verdict:")
        ));
    }
    out.push('\n');
    out.push_str(&context::render(&screen.passage, &p));
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
