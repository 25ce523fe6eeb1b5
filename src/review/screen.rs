//! The claim screen, the key legend and the end-of-session summary, rendered to strings.
//! Pure: colours are on or off by argument (the caller asks console, which honours NO_COLOR
//! and dumb terminals); the claim's card, its passage and its links are drawn as `show` draws
//! them ([`crate::display`]), every piece of article text sanitized. Given the terminal's
//! size, the screen is cut down until it fits above the prompt ([`render`]), and the header
//! and the key legend are made to fit its width.

use crate::db::{ClaimRow, ReviewRow, Verdict};
use crate::display::context::{self, Passage};
use crate::display::links::Links;
use crate::display::{Palette, fields, plural, sanitize, shorten_words, wrap};
use crate::extract::score::OPINION_SUGGEST;
use crate::review::session::{Cover, Step, Tally};

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
    /// The claim in its context, the widest first (as much as was asked for), down to one
    /// sentence either side: the screen shows the widest that fits.
    pub passages: Vec<Passage<'a>>,
    /// The claim's latest verdict, when it has one (a revisit): verdict, evidence and note.
    pub earlier: Option<&'a ReviewRow>,
    /// Its restatement group and its conflicts.
    pub links: &'a Links,
    /// What a verdict would cover.
    pub cover: Cover,
    pub note: Option<&'a str>,
    /// A refusal or other message about the last key.
    pub notice: Option<&'a str>,
    /// A quiet confirmation of what the last key stored ("saved: verified, claim 5").
    pub status: Option<&'a str>,
    /// The terminal's columns, when known: the header, the legend and link lines fit them.
    pub width: Option<usize>,
    /// The terminal's rows, when known: the screen is cut down to fit them.
    pub rows: Option<usize>,
}

/// Rows kept free under the screen for a prompt: its hint, the line typed, a refusal.
pub const PROMPT_ROWS: usize = 3;

/// The header's title is shortened to fit, down to this many characters before the tally is.
const MIN_TITLE: usize = 24;

/// The longest title a header shows.
const MAX_TITLE: usize = 60;

/// How far a screen is cut down to fit the terminal, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// Everything, the passage with the context of `passages[i]`.
    Context(usize),
    /// The claim's sentence without context.
    Sentence,
    /// The sentence on one line, cut around the claim; at most four lines of the group.
    Line,
    /// No passage when a link line shows the claim's sentence, no blank line between the
    /// group and the conflicts, at most three group lines.
    Tight,
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

/// The screen, cut down (context, then the sentence, then the links) until it fits the rows.
pub fn render(screen: &Screen<'_>, colors: bool) -> String {
    let p = Palette::new(colors);
    let Some(rows) = screen.rows else {
        return compose(screen, &p, Fit::Context(0));
    };
    let budget = rows.saturating_sub(PROMPT_ROWS);
    let mut text = String::new();
    let contexts = (0..screen.passages.len()).map(Fit::Context);
    for fit in contexts.chain([Fit::Sentence, Fit::Line, Fit::Tight]) {
        text = compose(screen, &p, fit);
        let height = match screen.width {
            Some(width) => wrap(&text, width).lines().count(),
            None => text.lines().count(),
        };
        if height <= budget {
            break;
        }
    }
    text
}

fn compose(screen: &Screen<'_>, p: &Palette, fit: Fit) -> String {
    let claim = screen.claim;
    let mut out = header(screen, p);
    out.push_str("\n\n");
    out.push_str(&fields::card(claim, p));
    if let Some(earlier) = screen.earlier {
        out.push_str(&earlier_rows(earlier, p));
    }
    let opinion = claim.scores.map(|s| s.opinion);
    if let Some(score) = opinion.filter(|&score| score >= OPINION_SUGGEST) {
        out.push_str(&format!(
            "  {} opinion (opinion score {score:.2}; you decide)\n",
            p.warn.apply_to("suggested verdict:")
        ));
    }
    out.push('\n');
    let links = screen.links;
    let widest = screen.passages.first().cloned().unwrap_or_default();
    match fit {
        Fit::Context(i) => out.push_str(&context::render(&screen.passages[i], p)),
        Fit::Sentence => out.push_str(&context::render(&widest.sentence(), p)),
        Fit::Tight if links.has_group() || !links.conflicts.is_empty() => {}
        Fit::Line | Fit::Tight => {
            out.push_str(&context::one_line(&widest, screen.width, p));
        }
    }
    if !out.ends_with("\n\n") {
        out.push_str("\n\n");
    }
    out.push_str(&links_section(screen, p, fit));
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
    if let Some(status) = screen.status {
        out.push_str(&format!("  {}\n", p.dim.apply_to(sanitize(status))));
    }
    out.push_str(&legend(p.colour, screen.width));
    out.push('\n');
    out
}

/// The group with what a verdict covers, and the conflicts; a blank line after.
fn links_section(screen: &Screen<'_>, p: &Palette, fit: Fit) -> String {
    let (links, claim) = (screen.links, screen.claim);
    let mut out = String::new();
    if links.has_group() {
        let most = match fit {
            Fit::Context(_) | Fit::Sentence => 8,
            Fit::Line => 4,
            Fit::Tight => 3,
        };
        out.push_str(&format!("{}\n", p.strong.apply_to(links.group_heading())));
        out.push_str(&links.group_lines(claim.id, screen.width, most, p));
        out.push_str(&format!("  {}\n", cover(screen.cover, p)));
        if !links.conflicts.is_empty() && fit != Fit::Tight {
            out.push('\n');
        }
    }
    out.push_str(&links.conflict_lines(claim, screen.width, p));
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// "this verdict covers 3 claims · [g] this claim only".
fn cover(cover: Cover, p: &Palette) -> String {
    let covers = match cover.claims {
        1 => "this verdict covers this claim only".to_string(),
        n => format!("this verdict covers {n} claims"),
    };
    let key = |what: String| format!(" · {} {what}", p.strong.apply_to("[g]"));
    let switch = match (cover.others, cover.claims) {
        (0, _) => " (no other pending claim in the group)".to_string(),
        (others, 1) => key(format!("all {} pending claims of the group", others + 1)),
        _ => key("this claim only".to_string()),
    };
    format!("{}{switch}", p.warn.apply_to(covers))
}

/// `Reviewing [3/27] · Title · verified 2 · disputed 1 · opinion 0 · skipped 1`, within the
/// width: the title is shortened (to no less than [`MIN_TITLE`]), then the tally says only
/// how many were decided and skipped, then the title goes.
fn header(screen: &Screen<'_>, p: &Palette) -> String {
    let total = if screen.capped {
        format!("{}+", screen.total)
    } else {
        screen.total.max(screen.position as u64).to_string()
    };
    let place = format!("Reviewing [{}/{total}]", screen.position);
    let t = screen.tally;
    let tallies = [
        format!(
            "verified {} · disputed {} · opinion {} · skipped {}",
            t.verified, t.disputed, t.opinion, t.skipped
        ),
        format!(
            "decided {} · skipped {}",
            t.verified + t.disputed + t.opinion,
            t.skipped
        ),
    ];
    let title = sanitize(screen.title);
    let width = screen.width.unwrap_or(usize::MAX);
    let count = |text: &str| text.chars().count();
    for tally in &tallies {
        // "place · title · tally"
        let room = width.saturating_sub(count(&place) + count(tally) + 6);
        if room >= MIN_TITLE.min(count(&title)) {
            let title = shorten_words(&title, room.min(MAX_TITLE));
            return format!("{} · {title} · {tally}", p.strong.apply_to(&place));
        }
    }
    format!("{} · {}", p.strong.apply_to(&place), tallies[1])
}

/// One line: `[v] verified  [d] disputed  ...`, or where that is wider than `width` the short
/// form `[v]erified [d]isputed ... [m]ore context [q]uit`.
pub fn legend(colors: bool, width: Option<usize>) -> String {
    let p = Palette::new(colors);
    let keys: Vec<String> = KEYS
        .iter()
        .map(|(key, what)| format!("{} {what}", p.strong.apply_to(format!("[{key}]"))))
        .collect();
    let full = keys.join("  ");
    if width.is_none_or(|w| console::measure_text_width(&full) <= w) {
        return full;
    }
    let short: Vec<String> = KEYS
        .iter()
        .map(|(key, what)| {
            let rest = what.strip_prefix(*key).unwrap_or(what);
            format!("{}{rest}", p.strong.apply_to(format!("[{key}]")))
        })
        .collect();
    short.join(" ")
}

/// The rows of a claim's latest verdict, under its card on a revisit.
fn earlier_rows(review: &ReviewRow, p: &Palette) -> String {
    let when = review.reviewed_at.get(..10).unwrap_or(&review.reviewed_at);
    let verdict = format!("{} by {}, {when}", review.verdict, review.reviewer);
    let mut out = fields::row("verdict", &verdict, p);
    if let Some(evidence) = &review.evidence {
        out.push_str(&fields::row("evidence", evidence, p));
    }
    if let Some(note) = &review.note {
        out.push_str(&fields::row("note", note, p));
    }
    out
}

/// The status line for a step that stores a verdict or an undo; `None` for the others (the
/// status of the last verdict then goes).
pub fn status_of(step: &Step) -> Option<String> {
    match step {
        Step::Record { claim_ids, review } => Some(saved(review.verdict.as_str(), claim_ids)),
        Step::Reopen { claim_ids, .. } => Some(saved(Verdict::Reopened.as_str(), claim_ids)),
        _ => None,
    }
}

/// The status line after a verdict is stored: "saved: verified, claim 5", "saved: opinion,
/// claims 5 and 9", "reopened: claim 5".
pub fn saved(verdict: &str, claim_ids: &[i64]) -> String {
    let ids: Vec<String> = claim_ids.iter().map(i64::to_string).collect();
    let claims = match ids.as_slice() {
        [one] => format!("claim {one}"),
        [rest @ .., last] => format!("claims {} and {last}", rest.join(", ")),
        [] => "no claim".to_string(),
    };
    if verdict == "reopened" {
        format!("reopened: {claims}")
    } else {
        format!("saved: {verdict}, {claims}")
    }
}

/// What this session decided and how much is left.
pub fn summary(tally: Tally, left: u64, interrupted: bool) -> String {
    let how = if interrupted { "interrupted" } else { "done" };
    let decided = tally.verified + tally.disputed + tally.opinion;
    format!(
        "Review {how}: {decided} decided in this session (verified {} · disputed {} · opinion {}), \
         skipped {}; {} left to review.",
        tally.verified,
        tally.disputed,
        tally.opinion,
        tally.skipped,
        plural(left as usize, "claim")
    )
}

#[cfg(test)]
mod tests;
