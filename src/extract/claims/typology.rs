//! The Full Fact type of a claim (Konstantinovskiy et al. 2021) from the words that assert
//! it: a prediction ("will", "is expected to"), a rule ("banned", "illegal", "must"), a causal
//! link ("causes", "because", "linked to"), a quantity (a figure or an amount compared), a
//! personal experience (said in the first person), or other.

use std::sync::LazyLock;

use super::{ClaimKind, ClaimType, Doc, verbs};
use crate::extract::word_table::{WordSet, WordTable, case_blind};
use crate::extract::words::Word;

/// Words that put a claim in the future.
#[rustfmt::skip]
const FUTURE_WORDS: &[&str] = &[
    "forecast", "forecasts", "predict", "predicts", "shall", "will", "won't", "won’t",
];
/// Participles and adjectives that make a prediction with a following "to" ("is expected to").
const FUTURE_TO: &[&str] = &["due", "expected", "going", "likely", "projected", "set"];
/// Modals of possibility: a weaker prediction, below a causal link.
const POSSIBLE: &[&str] = &["could", "may", "might"];
/// Words of laws and rules.
#[rustfmt::skip]
const RULE: &[&str] = &[
    "allowed", "authorised", "authorized", "ban", "banned", "banning", "bans", "compulsory",
    "constitution", "constitutional", "forbidden", "illegal", "illegally", "law", "lawful", "laws",
    "legal", "legally", "legislation", "licence", "licensed", "license", "mandatory", "must",
    "outlawed", "permitted", "prohibited", "prohibits", "regulation", "regulations", "required",
    "requirement", "requires", "rule", "rules", "statute", "unconstitutional", "unlawful",
];
/// Words of cause and effect.
#[rustfmt::skip]
const CAUSE: &[&str] = &[
    "because", "blamed", "cause", "caused", "causes", "causing", "consequence", "cure", "cured",
    "cures", "effect", "effects", "prevent", "prevented", "prevents", "responsible", "risk",
    "trigger", "triggered", "triggers",
];
/// Verbs and nouns that are causal with the preposition after them ("led to", "linked to").
const CAUSE_WITH: &[(&str, &str)] = &[
    ("due", "to"),
    ("lead", "to"),
    ("leads", "to"),
    ("led", "to"),
    ("linked", "to"),
    ("link", "between"),
    ("associated", "with"),
    ("result", "in"),
    ("results", "in"),
    ("resulted", "in"),
    ("result", "of"),
    ("contributed", "to"),
    ("contributes", "to"),
    ("thanks", "to"),
    ("protects", "against"),
    ("protect", "against"),
];
/// Words of amounts and their comparison.
#[rustfmt::skip]
const AMOUNT: &[&str] = &[
    "average", "biggest", "decrease", "decreased", "double", "doubled", "dropped", "fell",
    "fewer", "half", "highest", "increase", "increased", "increases", "largest", "lowest",
    "majority", "minority", "percentage", "proportion", "rate", "risen", "rose", "smallest",
    "tripled", "twice",
];
/// First-person words of a speaker's own experience.
#[rustfmt::skip]
const FIRST_PERSON: &[&str] = &[
    "i", "i'd", "i'm", "i've", "i’d", "i’m", "i’ve", "me", "my", "our", "us", "we", "we've",
    "we’ve",
];

struct Sets {
    /// Every cue word of the lists below, with the bits of the lists it is in (and whether it
    /// opens a two-word cue): one look-up a word.
    cues: WordTable<u8>,
    first_person: WordSet,
}

/// Cue-table bits beside the claim-type bits: the word opens a "due to" or "led to" cue.
const FUTURE_TO_HEAD: u8 = 1 << 5;
const CAUSE_HEAD: u8 = 1 << 6;

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    cues: WordTable::new(all_cues(), case_blind),
    first_person: WordSet::of(FIRST_PERSON),
});

/// Every word that is a cue or opens one, with its bits.
fn all_cues() -> Vec<(&'static str, u8)> {
    let lists = [
        (FUTURE_WORDS, FUTURE),
        (FUTURE_TO, FUTURE_TO_HEAD),
        (POSSIBLE, POSSIBLE_CUE),
        (RULE, RULE_CUE),
        (CAUSE, CAUSAL),
        (AMOUNT, AMOUNT_CUE),
    ];
    let heads = CAUSE_WITH.iter().map(|(a, _)| (*a, CAUSE_HEAD));
    lists
        .iter()
        .flat_map(|&(l, bit)| l.iter().map(move |&w| (w, bit)))
        .chain(heads)
        .collect()
}

/// The type a claim of `kind` has whatever its words: the measures are quantities.
pub fn of_kind(kind: ClaimKind) -> Option<ClaimType> {
    match kind {
        ClaimKind::Count
        | ClaimKind::Money
        | ClaimKind::Percent
        | ClaimKind::Duration
        | ClaimKind::PrisonTerm => Some(ClaimType::Quantity),
        _ => None,
    }
}

/// The type of the assertion in words `from..to` of sentence `s`, by the first cue found in
/// the order prediction, rule, cause, possibility, quantity, personal experience.
pub fn classify(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> ClaimType {
    let (text, ws) = (doc.text, &doc.words[s]);
    let to = to.min(ws.len());
    let words = &ws[from.min(to)..to];
    let found = (0..words.len()).fold(0u8, |bits, k| bits | cues(text, words, k));
    let span = words.first().zip(words.last());
    let measured = span.is_some_and(|(a, b)| {
        doc.quantities_in(s)
            .iter()
            .any(|q| q.start < b.end && q.end > a.start)
    });
    let personal = words
        .iter()
        .take(3)
        .any(|w| SETS.first_person.contains(w.str(text)));
    let has = |bit: u8| found & bit != 0;
    if has(FUTURE) {
        ClaimType::Prediction
    } else if has(RULE_CUE) {
        ClaimType::Rule
    } else if has(CAUSAL) {
        ClaimType::Causal
    } else if has(POSSIBLE_CUE) {
        ClaimType::Prediction
    } else if has(AMOUNT_CUE) || measured {
        ClaimType::Quantity
    } else if personal {
        ClaimType::PersonalExperience
    } else {
        ClaimType::Other
    }
}

const FUTURE: u8 = 1;
const RULE_CUE: u8 = 1 << 1;
const CAUSAL: u8 = 1 << 2;
const POSSIBLE_CUE: u8 = 1 << 3;
const AMOUNT_CUE: u8 = 1 << 4;

/// The cues word `k` of `words` gives, as bits; one look-up rules most words out.
fn cues(text: &str, words: &[Word], k: usize) -> u8 {
    let sets = &*SETS;
    let word = words[k].str(text);
    let mut bits = 0;
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        bits |= AMOUNT_CUE;
    }
    if word.ends_with("’ll") || word.ends_with("'ll") {
        bits |= FUTURE;
    }
    let listed = sets.cues.get(word.as_bytes(), case_blind(word.as_bytes()));
    if listed == 0 {
        return bits;
    }
    let next = |n: usize, want: &str| words.get(k + n).is_some_and(|w| w.is(text, want));
    let future_to = listed & FUTURE_TO_HEAD != 0
        && next(1, "to")
        && words
            .get(k + 2)
            .is_some_and(|w| verbs::is_base(w.str(text)));
    let cause_with = listed & CAUSE_HEAD != 0
        && CAUSE_WITH
            .iter()
            .any(|(a, b)| words[k].is(text, a) && next(1, b));
    bits |= listed & (FUTURE | RULE_CUE | CAUSAL | POSSIBLE_CUE | AMOUNT_CUE);
    if future_to {
        bits |= FUTURE;
    }
    if cause_with {
        bits |= CAUSAL;
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_assertions() {
        use ClaimType::*;
        #[rustfmt::skip]
        let cases: &[(&str, ClaimType)] = &[
            ("The bridge will reopen in May.", Prediction),
            ("Inflation is expected to ease next year.", Prediction),
            ("Forecasters predict a wet summer.", Prediction),
            ("We’ll see the results soon.", Prediction),
            ("Smoking in bars is illegal.", Rule),
            ("The city banned cars from the centre.", Rule),
            ("Drivers must carry a licence.", Rule),
            ("Air pollution causes asthma.", Causal),
            ("The flights were cancelled because of the storm.", Causal),
            ("The outbreak was linked to a market.", Causal),
            ("Poor diet leads to heart disease.", Causal),
            ("The delay was due to a strike.", Causal),
            ("The storm could reach the coast.", Prediction),
            ("Unemployment rose to 5% in March.", Quantity),
            ("Most voters backed the plan, a majority of them women.", Quantity),
            ("Prices have doubled since the war.", Quantity),
            ("I was in the room when the shots were fired.", PersonalExperience),
            ("We saw the water rise in minutes.", PersonalExperience),
            ("The minister visited the flooded town.", Other),
            ("Belarus is a close ally of Russia.", Other),
            ("He is going to the shops.", Other),
        ];
        for &(text, want) in cases {
            let doc = Doc::new(text);
            let got = classify(&doc, 0, 0, doc.words[0].len());
            assert_eq!(got, want, "{text:?}");
        }
    }
}
