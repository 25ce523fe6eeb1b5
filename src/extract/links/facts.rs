//! What each claim states, reduced to keys that compare: the thing it is about (normalised),
//! its figure, and the words that must agree for two claims to be about one fact.

use super::figure::{self, Bound, Figure};
use super::phrase::{self, Surnames};
use crate::extract::claims::{Claim, ClaimKind, Doc};

/// Words before a figure that make it a different set from one named before ("another 20
/// people", "the remaining 30 prisoners"), so it neither restates nor contradicts it.
const OTHER_SET: &[&str] = &[
    "another",
    "other",
    "further",
    "additional",
    "extra",
    "remaining",
    "more",
];

/// Words just before a figure that refer back to a set already named ("the two men", "these
/// eight players", "all four countries").
const REFERRING: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "both", "all",
];

/// Below this a count of a plain noun ("two sets", "three points") restates an earlier one
/// only when it refers back to it: small counts of one noun coincide too often.
const SMALL: f64 = 10.0;

/// Number words that open a partitive ("nine of the 14 matches": 14 is the whole, not what
/// the sentence counts).
const PART_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "most",
    "many", "all", "half", "none", "few", "several",
];

/// One claim's fact, as the linking compares it.
#[derive(Debug)]
pub struct Fact {
    pub kind: ClaimKind,
    pub sentence: usize,
    /// What the claim states, one key per part ("X and Y" freed: one per person).
    pub keys: Vec<String>,
    /// A count's counted words, normalised, head noun last.
    pub words: Vec<String>,
    /// A count that refers back to a set named before ("the two men", "these eight players").
    pub refers_back: bool,
    /// A count whose figure tells its set apart: exact and not small ("337,000 jobs").
    pub telling: bool,
    /// A count given by a vague word ("several", "dozens"), which names no figure to match.
    pub vague: bool,
    /// Must be equal where both claims give it: a count's predicate, a quote's speaker.
    pub agree: Option<String>,
    /// Whether the claim is denied or only supposed (see [`Stance`]).
    pub stance: Stance,
    pub figure: Option<Figure>,
    /// What a disagreeing figure must be about to contradict this one; `None`: never.
    pub conflict_key: Option<String>,
}

impl Fact {
    /// Whether `later` states the same fact as this first statement.
    pub fn restated_by(&self, later: &Fact) -> bool {
        let agree = match (&self.agree, &later.agree) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        agree
            && self.stance == later.stance
            && self.sentence != later.sentence
            && self.same_count(later)
    }

    /// For counts: the same thing counted, and either the later mention refers back, or
    /// (for a figure, not a vague word) the class is specific (a modifier both share:
    /// "six-cylinder engines") or the figure telling. Other kinds pass.
    fn same_count(&self, later: &Fact) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let specific = self.words.len().min(later.words.len()) >= 2;
        same_thing(&self.words, &later.words)
            && (later.refers_back || (!later.vague && (specific || later.telling)))
    }

    /// Whether `later`'s figure contradicts this one: about the same thing (equal keys),
    /// with agreeing predicates, in another sentence of the same time frame (the same dates
    /// named, or none), at least one of the two rounded, vague or bounded, and no value
    /// satisfying both; neither denied nor supposed. Two exact figures for one thing are left alone: in news they are
    /// nearly always two moments or two places ("sold 800,000 in Japan ... 2.8 million").
    pub fn contradicted_by(&self, later: &Fact, frames: &Frames) -> bool {
        let (Some(a), Some(b)) = (self.figure, later.figure) else {
            return false;
        };
        let agree = match (&self.agree, &later.agree) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        agree
            && self.stance == Stance::ASSERTED
            && later.stance == Stance::ASSERTED
            && self.sentence != later.sentence
            && !(a.exact && b.exact)
            && a.disjoint(&b)
            && frames.of(self.sentence) == frames.of(later.sentence)
    }
}

/// Equal counted nouns, or one the other with modifiers dropped: the same head and every
/// modifier of the shorter in the longer ("prisoner" and "political prisoner").
fn same_thing(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// The fact of `claim`, or `None` for a claim that is never linked.
pub fn fact(doc: &Doc<'_>, surnames: &Surnames<'_>, claim: &Claim) -> Option<Fact> {
    let person = |name: &Option<String>| {
        let name = surnames.person(name.as_deref()?);
        (!name.is_empty()).then_some(name)
    };
    let mut f = Fact {
        kind: claim.kind,
        sentence: claim.sentence,
        keys: Vec::new(),
        words: Vec::new(),
        refers_back: false,
        telling: false,
        vague: false,
        agree: None,
        stance: stance(doc, claim),
        figure: None,
        conflict_key: None,
    };
    match claim.kind {
        ClaimKind::Count => return count(doc, claim, f),
        ClaimKind::PrisonTerm => {
            let who = person(&claim.subject)?;
            let bound = figure::bound(&words_before(doc, claim));
            f.figure = figure::figure(claim, bound);
            f.keys.push(format!("{who}|{}", figure_key(claim, bound)));
            f.conflict_key = Some(who);
        }
        ClaimKind::Award => {
            let prize = phrase::words(claim.object.as_deref()?, false).join(" ");
            f.keys.push(format!("{}|{prize}", person(&claim.subject)?));
        }
        ClaimKind::Release => {
            let freed = claim.subject.as_deref()?.split(" and ");
            f.keys = freed.map(|p| surnames.person(p)).collect();
            f.agree = person(&claim.object);
        }
        ClaimKind::Quote => {
            let said = claim
                .value_text
                .as_deref()
                .unwrap_or(&doc.text[claim.start..claim.end]);
            f.keys.push(phrase::words(said, false).join(" "));
            f.agree = person(&claim.claimer).or_else(|| person(&claim.subject));
        }
        ClaimKind::Event => {
            let action = phrase::words(claim.object.as_deref()?, true).join(" ");
            f.keys.push(format!("{}|{action}", person(&claim.subject)?));
        }
        ClaimKind::Statement => {
            f.keys
                .push(phrase::words(&doc.text[claim.start..claim.end], true).join(" "));
        }
        // A duration says how long, but not how long what: one person's "three months" of
        // notice and "three months" since leaving are two facts.
        ClaimKind::Duration | ClaimKind::Date | ClaimKind::Money | ClaimKind::Percent => {
            return None;
        }
    }
    f.keys.retain(|k| !k.is_empty());
    (!f.keys.is_empty()).then_some(f)
}

/// A count's fact: keyed by its head noun and figure, compared on the counted words;
/// it may contradict another count of the same words when they are a specific class (a head
/// with a modifier: "political prisoners", not just "people").
fn count(doc: &Doc<'_>, claim: &Claim, mut f: Fact) -> Option<Fact> {
    let before = words_before(doc, claim);
    if is_other_set(&before) {
        return None;
    }
    let subject = claim.subject.as_deref()?;
    // A capitalised head noun makes the figure part of a name ("the Six Nations", "Three
    // Gorges"), not a count of anything.
    let named = subject
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    f.words = phrase::words(subject, false);
    if named || f.words.iter().any(|w| OTHER_SET.contains(&w.as_str())) {
        return None;
    }
    f.refers_back = before
        .last()
        .is_some_and(|w| REFERRING.contains(&w.as_str()));
    f.vague = claim.approximate && claim.value_max.is_some();
    f.telling = claim.value.is_some_and(|v| v >= SMALL);
    let head = f.words.last()?;
    let bound = figure::bound(&before);
    f.keys.push(format!("{head}|{}", figure_key(claim, bound)));
    f.agree = claim.object.clone();
    f.figure = figure::figure(claim, bound);
    // A part of a set ("three of the main parties") does not count the whole set.
    let part = doc.text[claim.start..claim.end].contains(" of ");
    f.conflict_key = (f.words.len() >= 2 && !part).then(|| f.words.join(" "));
    Some(f)
}

/// How a claim asserts: a denied claim ("he had never won a Grammy") is the opposite of the
/// same words without the denial, and a supposed one ("he would be released", "if the track
/// sold") says nothing about what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stance {
    denied: bool,
    supposed: bool,
}

impl Stance {
    /// Neither denied nor supposed.
    const ASSERTED: Stance = Stance {
        denied: false,
        supposed: false,
    };
}

/// Words that suppose rather than assert what follows.
const SUPPOSING: &[&str] = &[
    "would", "will", "could", "may", "might", "should", "if", "unless",
];

/// The stance of `claim`, from its words, the three before them and the two after them in
/// the same clause (where a counted subject's verb stands: "a few dozen prisoners would be
/// freed"; but "six years in prison, not ten" is not denied).
fn stance(doc: &Doc<'_>, claim: &Claim) -> Stance {
    let before = words_before(doc, claim);
    let words = doc.text[claim.start..claim.end].split_whitespace();
    let end = doc.sentences[claim.sentence].end.max(claim.end);
    let clause = doc.text[claim.end..end]
        .split([',', ';', ':', '(', '—', '–'])
        .next();
    let after = clause.unwrap_or("").split_whitespace().take(2);
    let mut stance = Stance::ASSERTED;
    for w in before.iter().map(String::as_str).chain(words).chain(after) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        stance.denied |= w.eq_ignore_ascii_case("not")
            || w.eq_ignore_ascii_case("never")
            || w.ends_with("n't")
            || w.ends_with("n’t");
        // "May" with a capital is nearly always the month.
        stance.supposed |= w != "May" && SUPPOSING.iter().any(|m| w.eq_ignore_ascii_case(m));
    }
    stance
}

/// "another 20", "the remaining 30", "nine of the 14": a set other than one named before;
/// "per 100 people": the base of a rate, not a set at all.
fn is_other_set(before: &[String]) -> bool {
    let last = |k: usize| before.len().checked_sub(k).map(|i| before[i].as_str());
    if last(1) == Some("per") {
        return true;
    }
    let of_the = last(2) == Some("of") || last(1) == Some("of");
    let part = if last(1) == Some("of") {
        last(2)
    } else {
        last(3)
    };
    last(1).is_some_and(|w| OTHER_SET.contains(&w))
        || (of_the && part.is_some_and(|w| PART_WORDS.contains(&w) || w.contains(char::is_numeric)))
}

/// A key for a claim's figure: its value, range, bound word and roundness.
fn figure_key(claim: &Claim, bound: Bound) -> String {
    format!(
        "{:?}|{:?}|{bound:?}|{}",
        claim.value, claim.value_max, claim.approximate
    )
}

/// The last three words before `claim` in its sentence, in lower case, nearest last.
fn words_before(doc: &Doc<'_>, claim: &Claim) -> Vec<String> {
    let from = doc.sentences[claim.sentence].start.min(claim.start);
    let mut words: Vec<String> = doc.text[from..claim.start]
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    words.reverse();
    words
}

/// The dates each sentence names (from the date claims), for telling two moments apart.
pub struct Frames {
    /// (sentence, date) in text order.
    dates: Vec<(usize, String)>,
}

impl Frames {
    /// The dates sentence `s` names.
    pub fn of(&self, s: usize) -> Vec<&str> {
        let from = self.dates.partition_point(|(d, _)| *d < s);
        let to = self.dates.partition_point(|(d, _)| *d <= s);
        let mut dates: Vec<&str> = self.dates[from..to]
            .iter()
            .map(|(_, d)| d.as_str())
            .collect();
        dates.sort_unstable();
        dates
    }
}

pub fn time_frames(claims: &[Claim]) -> Frames {
    let dates = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Date)
        .map(|c| {
            let date = c.object.clone().or_else(|| c.value_text.clone());
            (c.sentence, date.unwrap_or_default().to_lowercase())
        })
        .collect();
    Frames { dates }
}
