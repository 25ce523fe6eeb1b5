//! Stances: verbs by which a source takes a position on something rather than reporting
//! words ("Trump criticized the deal", "she accused him of lying", "they want to cut taxes",
//! "he called for a recount"). The article asserts the act; what it is about is the source's.

use std::sync::LazyLock;

use super::content::{self, Span};
use super::frames::{Found, Src};
use super::function_words::{DETERMINER_SET, PREPOSITION_SET};
use super::source::{self, broken, is_adverb};
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Verbs of a stance towards something, by base form: judging it, backing or opposing it,
/// blaming or crediting someone, wanting, seeking or promising it, urging it on someone,
/// speaking of it. A trailing `*` doubles the last consonant ("slammed", "planning").
const BASES: &[&str] = &[
    "accuse", "acknowledge", "address", "advise", "advocate", "agree", "aim", "applaud", "ask",
    "assail", "attack", "attempt", "back", "bash", "beg", "bemoan", "berate", "blame",
    "blast", "call", "castigate", "champion", "characterise", "characterize",
    "chide", "cite", "complain", "condemn", "contest", "credit", "criticise",
    "criticize", "decry", "defend", "demand", "denounce", "deny", "deplore",
    "deride", "describe", "discuss", "dismiss", "dispute", "doubt", "embrace",
    "endorse", "expect", "express", "fault", "favor", "favour", "fear", "hail", "highlight",
    "hope", "implore", "intend", "invoke", "lambaste", "lament", "laud", "liken",
    "mention", "mock", "offer", "oppose", "order", "plan*", "plead", "pledge", "portray",
    "praise", "prefer*", "press", "promise", "propose", "push", "question", "rebuke",
    "recommend", "reject", "request", "ridicule", "scold", "seek",
    "slam*", "support", "talk", "thank", "threaten", "tout", "try", "urge", "voice",
    "vow", "want", "welcome", "worry",
    // Verbs of saying that take a noun phrase too ("announced plans to", "confirmed the
    // deal", "reported a loss", "pointed to the deficit").
    "admit*", "announce", "argue", "concede", "confirm", "consider", "detail",
    "echo", "emphasise", "emphasize", "estimate", "explain", "focus", "forecast",
    "indicate", "insist", "note", "outline", "point", "predict",
    "reiterate", "repeat", "report", "respond", "reveal", "show", "stress", "suggest",
    "unveil", "warn",
];

// Not "decline" or "refuse": what a source declines to say or refuses to do is no claim of
// theirs ("declined to say whether the prime minister backed the plans").

/// Verbs of seeing and judging that take a stance only on something seen as something
/// ("sees the deal as a betrayal", "viewed him as a rival"), not on what meets the eye.
const AS_ONLY: &[&str] = &[
    "see",
    "sees",
    "saw",
    "seen",
    "seeing",
    "view",
    "views",
    "viewed",
    "viewing",
    "regard",
    "regards",
    "regarded",
    "regarding",
];

/// Irregular forms of stance verbs.
const IRREGULAR: &[&str] = &[
    "sought", "spoke", "spoken", "speak", "speaks", "speaking", "shown", "echoes", "see", "sees",
    "saw", "seen", "seeing", "forecast",
];

/// Words after a stance verb that open what it is about ("called for", "talked about").
const PARTICLES: &[&str] = &["for", "on", "about", "against", "of", "out"];

/// Every inflected form of the stance verbs.
pub fn forms() -> Vec<String> {
    let mut out: Vec<String> = IRREGULAR
        .iter()
        .chain(AS_ONLY)
        .map(|w| w.to_string())
        .collect();
    for base in BASES {
        let (base, double) = match base.strip_suffix('*') {
            Some(b) => (b, true),
            None => (*base, false),
        };
        out.extend(inflect(base, double));
    }
    out
}

/// The base, "-s", "-ed" and "-ing" forms of a regular verb.
fn inflect(base: &str, double: bool) -> [String; 4] {
    let last = base.chars().last().unwrap_or('e');
    let stem_y = base
        .strip_suffix('y')
        .filter(|b| !b.ends_with(['a', 'e', 'o', 'u']));
    let s = if let Some(b) = stem_y {
        format!("{b}ies")
    } else if base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let stem = if double {
        format!("{base}{last}")
    } else {
        base.to_string()
    };
    let ed = match stem_y {
        Some(b) => format!("{b}ied"),
        None if base.ends_with('e') => format!("{base}d"),
        None => format!("{stem}ed"),
    };
    let ing = match base.strip_suffix('e') {
        Some(b) if !base.ends_with("ee") => format!("{b}ing"),
        _ => format!("{stem}ing"),
    };
    [base.to_string(), s, ed, ing]
}

static AS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(AS_ONLY));
static LEAD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(LEADS));

static BASE_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::of(
        &BASES
            .iter()
            .map(|b| b.trim_end_matches('*'))
            .collect::<Vec<_>>(),
    )
});

/// Words before a participle that keep it in its clause ("by attacking", "while urging").
const LEADS: &[&str] = &["by", "while", "after", "before", "when", "in", "as", "and"];

/// The stance cued by the verb at word `v` of sentence `s`: its source (the subject, or the
/// clause's for a participle or a coordinated verb) and what it is about (the rest of the
/// clause after the verb and a particle).
pub fn frame(doc: &Doc<'_>, s: usize, v: usize) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let word = ws[v].str(text);
    let prev = v.checked_sub(1).map(|k| ws[k].str(text));
    // "the support", "Trump's attack", "a plan": a noun, not a verb.
    if prev.is_some_and(|p| DETERMINER_SET.contains(p) || p.ends_with("’s") || p.ends_with("'s"))
    {
        return None;
    }
    if AS_SET.contains(word) && !as_follows(doc, s, v) {
        return None;
    }
    let ing = word.ends_with("ing");
    let led = ing && v > 0 && (broken(doc, s, v - 1, v) || LEAD_SET.contains(ws[v - 1].str(text)));
    let coordinated = !ing && prev.is_some_and(|p| p.eq_ignore_ascii_case("and"));
    if led || coordinated || super::frames::after_aspect(doc, s, v) {
        return about(doc, s, v).map(|content| Found {
            source: Src::Earlier,
            content,
        });
    }
    if ing && !source::progressive(doc, s, v) {
        // "a growing push", "the soaring support": a modifier.
        return None;
    }
    if BASE_SET.contains(word) && !subject_verb(doc, s, v) {
        // "voter support for", "the call for": a bare form after a noun is a noun.
        return None;
    }
    if guessed(doc, s, v) || in_reported_clause(doc, s, v) {
        return None;
    }
    let p = source::before(doc, s, v)?;
    // A phrase right before the verb (no relative pronoun between) that is an object is no
    // subject: "the number of adverts aimed at children".
    let object = p.last + 1 == v && is_object(doc, s, p.first);
    if !agent(doc, s, source::head(doc, s, p)) || object {
        return None;
    }
    about(doc, s, v).map(|content| super::frames::found(p, content))
}

/// Whether the phrase at word `first` is the object of a preposition or a verb before it
/// ("the report on TV in [Europe] suggests", "to reduce [the number of adverts] aimed at"):
/// not the subject of the stance verb after it.
fn is_object(doc: &Doc<'_>, s: usize, first: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let Some(k) = first.checked_sub(1) else {
        return false;
    };
    if broken(doc, s, k, first) {
        return false;
    }
    let prev = ws[k].str(text);
    let bare_verb = k > 0 && ws[k - 1].is(text, "to") && prev.starts_with(char::is_lowercase);
    PREPOSITION_SET.contains(prev) || bare_verb
}

/// Whether the verb at `v` stands under a modal of possibility ("The US might be hoping
/// to ..."): the writer's guess at a stance, not one the source took.
fn guessed(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (v.saturating_sub(4)..v)
        .rev()
        .take_while(|&k| !broken(doc, s, k, k + 1))
        .any(|k| ws[k].is_any(text, &["might", "may", "could"]))
}

/// Whether the verb at `v` is inside a "that" clause a reporting verb governs ("they have
/// been told that the West supports them": the stance is the reporter's claim) or after
/// "whether" (an open question).
fn in_reported_clause(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (1..v).any(|t| {
        // "asked whether the minister backed the plan": an open question asserts no stance.
        ws[t].is(text, "whether")
            || (ws[t].is(text, "that")
                && (t.saturating_sub(3)..t).any(|k| super::cues::is_cue(ws[k].str(text))))
    })
}

/// Whether word `h` can head who takes a stance: a pronoun, a name, or a noun for a person,
/// group or body ("the cash offered to ...", "growth expected in 2005" are no stances).
pub(super) fn agent(doc: &Doc<'_>, s: usize, h: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = super::resolve::uncontracted(ws[h].str(text));
    let pronoun = ["he", "she", "they", "it", "we", "i", "who"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p));
    const CONNECTIVES: &[&str] = &["but", "however", "and", "yet", "so", "also", "still"];
    if ws[h].is_any(text, CONNECTIVES) {
        return false;
    }
    let capital = w.starts_with(char::is_uppercase) && (h > 0 || doc.is_proper(&ws[h]));
    pronoun
        || capital
        || super::lexicon::is_common_speaker(w)
        || super::lexicon::PARTITIVE_SET.contains(w)
        || names_people(w)
        || doc.person_at(s, h).is_some()
}

/// Endings of nouns for people ("voter", "advocates", "donors", "residents", "women").
const PEOPLE_ENDINGS: &[&str] = &[
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "ee",
    "ees", "man", "men", "woman", "women", "people", "ones",
];

/// Whether a lower-case noun is by its ending one for people.
fn names_people(w: &str) -> bool {
    w.len() > 3 && PEOPLE_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether the bare form at word `v` follows what only a verb follows: a pronoun, a plural,
/// an auxiliary or an adverb ("they support", "Democrats want", "would back").
fn subject_verb(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let Some(prev) = v.checked_sub(1).map(|k| ws[k].str(text)) else {
        return false;
    };
    let pronoun = ["they", "we", "i", "you"]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p));
    let plural = prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss");
    pronoun || plural || is_adverb(prev)
}

/// Whether "as" follows the verb at `v` within its clause ("see the deal as ...").
fn as_follows(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (v + 2..ws.len().min(v + 10))
        .take_while(|&k| !broken(doc, s, k - 1, k))
        .any(|k| ws[k].is(text, "as"))
}

/// What the stance at word `v` is about: the rest of its clause after the verb and a
/// particle ("called for [a recount]"), of two words at least.
fn about(doc: &Doc<'_>, s: usize, v: usize) -> Option<Span> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut i = v + 1;
    if i < ws.len() && broken(doc, s, v, i) {
        return None;
    }
    let particle = ws.get(i).is_some_and(|w| w.is_any(text, PARTICLES));
    if particle {
        i += 1;
    }
    // "pointed out that ...": the complementiser opens what is said, it is not said ("backed
    // that plan" keeps its determiner).
    if particle && i + 1 < ws.len() && ws[i].is(text, "that") && !broken(doc, s, i, i + 1) {
        i += 1;
    }
    let rest = content::rest(doc, s, i)?;
    // "announced his candidacy and secured a slot": the next predicate is the article's.
    let next = (i + 1..ws.len())
        .take_while(|&k| ws[k].start < rest.end)
        .find(|&k| {
            ws[k - 1].is_any(text, &["and", "but"])
                && crate::extract::claims::verbs::is_finite(doc, s, k)
        });
    match next {
        Some(k) if k > i + 2 => Some(Span::new(rest.start, ws[k - 2].end, false)),
        Some(_) => None,
        None => Some(rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        let cases: &[(&str, bool, [&str; 4])] = &[
            (
                "attack",
                false,
                ["attack", "attacks", "attacked", "attacking"],
            ),
            (
                "praise",
                false,
                ["praise", "praises", "praised", "praising"],
            ),
            ("slam", true, ["slam", "slams", "slammed", "slamming"]),
            ("push", false, ["push", "pushes", "pushed", "pushing"]),
            ("try", false, ["try", "tries", "tried", "trying"]),
            ("decry", false, ["decry", "decries", "decried", "decrying"]),
            ("plan", true, ["plan", "plans", "planned", "planning"]),
        ];
        for &(base, double, want) in cases {
            assert_eq!(inflect(base, double), want.map(str::to_string), "{base}");
        }
    }
}
