//! What each claim states, reduced to keys that compare: the thing it is about (normalised),
//! its figure, and what must agree for two claims to be one fact.

use super::context::{self, Before, Frames, OTHER_SET, Stance};
use super::figure::{self, Bound, Figure};
use super::phrase::{self, Key, Surnames};
use crate::extract::claims::{Claim, ClaimKind, Doc};

/// Below this a count of a plain noun ("two sets", "three points") restates an earlier one
/// only when it refers back to it: small counts of one noun coincide too often.
const SMALL: f64 = 10.0;

/// One claim's fact, as the linking compares it.
#[derive(Debug)]
pub struct Fact {
    pub sentence: usize,
    /// What the claim states, one key per part ("X and Y" freed: one per person).
    pub keys: Vec<u64>,
    /// A count's counted words (hashes of their normal forms), head noun last.
    pub words: Vec<u64>,
    /// A count that refers back to a set named before ("the two men", "these eight players").
    pub refers_back: bool,
    /// A count whose figure tells its set apart: not small ("337,000 jobs").
    pub telling: bool,
    /// A count given by a vague word ("several", "dozens"), which names no figure to match.
    pub vague: bool,
    /// Must be equal where both claims give it: a count's predicate, a quote's speaker.
    pub agree: Option<u64>,
    pub stance: Stance,
    pub figure: Option<Figure>,
    /// What a disagreeing figure must be about to contradict this one; `None`: never.
    pub conflict_key: Option<u64>,
}

impl Fact {
    fn new(sentence: usize, stance: Stance) -> Fact {
        Fact {
            sentence,
            keys: Vec::new(),
            words: Vec::new(),
            refers_back: false,
            telling: false,
            vague: false,
            agree: None,
            stance,
            figure: None,
            conflict_key: None,
        }
    }

    /// Whether `later` states the same fact as this first statement: in another sentence
    /// (a figure and noun said twice in one sentence are two sets: "the first six months
    /// into the second six months"), with the same stance and agreeing details.
    pub fn restated_by(&self, later: &Fact) -> bool {
        self.agrees(later)
            && self.stance == later.stance
            && self.sentence != later.sentence
            && self.same_count(later)
    }

    /// Whether `later`'s figure contradicts this one: about the same thing (equal keys),
    /// agreeing, in another sentence of the same time frame (the same dates named, or none),
    /// neither denied nor supposed, at least one of the two rounded, vague or bounded, and
    /// no value satisfying both. Two exact figures for one thing are left alone: in news
    /// they are nearly always two moments or two places ("sold 800,000 in Japan ... 2.8
    /// million").
    pub fn contradicted_by(&self, later: &Fact, frames: &Frames) -> bool {
        let (Some(a), Some(b)) = (self.figure, later.figure) else {
            return false;
        };
        self.agrees(later)
            && self.stance == Stance::ASSERTED
            && later.stance == Stance::ASSERTED
            && self.sentence != later.sentence
            && !(a.exact && b.exact)
            && a.disjoint(&b)
            && frames.of(self.sentence) == frames.of(later.sentence)
    }

    fn agrees(&self, later: &Fact) -> bool {
        match (self.agree, later.agree) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
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
}

/// Equal counted nouns, or one the other with modifiers dropped: the same head and every
/// modifier of the shorter in the longer ("prisoner" and "political prisoner").
fn same_thing(a: &[u64], b: &[u64]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// Reads the facts of one article's claims.
pub struct Reader<'a, 'd> {
    doc: &'a Doc<'d>,
    surnames: Surnames<'a>,
    /// A buffer for normalising words.
    scratch: String,
}

impl<'a, 'd> Reader<'a, 'd> {
    pub fn new(doc: &'a Doc<'d>) -> Reader<'a, 'd> {
        Reader {
            doc,
            surnames: Surnames::new(&doc.names),
            scratch: String::new(),
        }
    }

    /// The fact of `claim`, or `None` for a claim that is never linked.
    pub fn fact(&mut self, claim: &Claim) -> Option<Fact> {
        // A duration says how long, but not how long what: one person's "three months" of
        // notice and "three months" since leaving are two facts. Money, percentages and
        // dates name no thing they measure.
        use ClaimKind::{Date, Duration, Money, Percent};
        if matches!(claim.kind, Duration | Date | Money | Percent) {
            return None;
        }
        let before = context::words_before(self.doc, claim);
        let keyed_by_words = matches!(claim.kind, ClaimKind::Quote | ClaimKind::Statement);
        let stance = context::stance(self.doc, claim, &before, keyed_by_words);
        let mut f = Fact::new(claim.sentence, stance);
        if claim.kind == ClaimKind::Count {
            return self.count(claim, &before, f);
        }
        self.keys(claim, &before, &mut f)?;
        (!f.keys.is_empty()).then_some(f)
    }

    fn person(&mut self, key: Key, name: Option<&str>) -> Option<Key> {
        self.surnames.person(key, name?, &mut self.scratch)
    }

    /// The keys (and figure, and what must agree) of a claim about a person, a prize, an
    /// action or a passage of words.
    fn keys(&mut self, claim: &Claim, before: &Before<'_>, f: &mut Fact) -> Option<()> {
        let key = Key::new(claim.kind as u8);
        let (subject, object) = (claim.subject.as_deref(), claim.object.as_deref());
        match claim.kind {
            ClaimKind::PrisonTerm => {
                let who = self.person(key, subject)?;
                let bound = figure::bound(before);
                f.figure = figure::figure(claim, bound);
                f.keys.push(figure_key(who, claim, bound));
                f.conflict_key = Some(who.finish());
            }
            ClaimKind::Award => {
                let who = self.person(key, subject)?;
                let prize = phrase::phrase_key(who, object?, false, &mut self.scratch)?;
                f.keys.push(prize.finish());
            }
            ClaimKind::Release => {
                for freed in subject?.split(" and ") {
                    f.keys
                        .extend(self.person(key, Some(freed)).map(Key::finish));
                }
                f.agree = self.person(key, object).map(Key::finish);
            }
            ClaimKind::Quote => {
                let said = claim.value_text.as_deref();
                let said = said.unwrap_or(&self.doc.text[claim.start..claim.end]);
                f.keys.extend(phrase::words_key(key, said).map(Key::finish));
                let speaker = self.person(key, claim.claimer.as_deref());
                let speaker = speaker.or_else(|| self.person(key, subject));
                f.agree = speaker.map(Key::finish);
            }
            ClaimKind::Event => {
                let actor = self.person(key, subject)?;
                let action = phrase::phrase_key(actor, object?, true, &mut self.scratch)?;
                f.keys.push(action.finish());
            }
            ClaimKind::Statement => {
                let said = &self.doc.text[claim.start..claim.end];
                f.keys.extend(phrase::words_key(key, said).map(Key::finish));
            }
            _ => return None,
        }
        Some(())
    }

    /// A count's fact: keyed by its head noun and figure, compared on the counted words; it
    /// may contradict another count of the same words when they are a specific class (a
    /// head with a modifier: "political prisoners", not just "people"), and not a part of it
    /// ("three of the main parties").
    fn count(&mut self, claim: &Claim, before: &Before<'_>, mut f: Fact) -> Option<Fact> {
        if context::is_other_set(before) {
            return None;
        }
        let subject = claim.subject.as_deref()?;
        // A capitalised head noun makes the figure part of a name ("the Six Nations", "Three
        // Gorges"), not a count of anything.
        let head = subject.rsplit(' ').next().unwrap_or(subject);
        let other = subject.split(' ').any(|w| OTHER_SET.contains(&w));
        if head.starts_with(char::is_uppercase) || other {
            return None;
        }
        f.words = phrase::word_hashes(subject, &mut self.scratch);
        let head = *f.words.last()?;
        let kind = Key::new(claim.kind as u8);
        let bound = figure::bound(before);
        f.keys
            .push(figure_key(kind.part(&head.to_le_bytes()), claim, bound));
        f.refers_back = context::refers_back(before);
        f.vague = claim.approximate && claim.value_max.is_some();
        f.telling = claim.value.is_some_and(|v| v >= SMALL);
        f.agree = claim
            .object
            .as_deref()
            .map(|o| kind.part(o.as_bytes()).finish());
        f.figure = figure::figure(claim, bound);
        let part = self.doc.text[claim.start..claim.end].contains(" of ");
        if f.words.len() >= 2 && !part {
            let all = f.words.iter().fold(kind, |k, w| k.part(&w.to_le_bytes()));
            f.conflict_key = Some(all.finish());
        }
        Some(f)
    }
}

/// `key` extended by a claim's figure: its value, range, bound word and roundness.
fn figure_key(key: Key, claim: &Claim, bound: Bound) -> u64 {
    let bits = |v: Option<f64>| v.map_or(u64::MAX, f64::to_bits).to_le_bytes();
    key.part(&bits(claim.value))
        .part(&bits(claim.value_max))
        .part(&[bound as u8, u8::from(claim.approximate)])
        .finish()
}
