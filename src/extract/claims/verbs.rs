//! Finite verbs without a tagger: auxiliaries and modals, irregular past tenses, and the
//! present and past forms of common verbs placed where a verb can stand (after a noun, not
//! after an article or a preposition). The test that tells a clause from a heading or a list
//! entry, and that finds the main verb a statement's subject stands before.

use std::sync::LazyLock;

use super::Doc;
use crate::extract::words::{Word, WordSet};

/// Auxiliaries, copulas and modals in their finite forms, with their negations.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "isn't",
    "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't",
    "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "ain't", "isn’t", "aren’t",
    "wasn’t", "weren’t", "hasn’t", "haven’t", "hadn’t", "don’t", "doesn’t", "didn’t", "won’t",
    "wouldn’t", "can’t", "couldn’t", "shouldn’t", "mustn’t",
];

/// Pronouns whose "’s" is "is" or "has" ("it’s", "that’s"), not a possessive.
#[rustfmt::skip]
const CONTRACTING: &[&str] = &[
    "everyone", "everything", "he", "here", "how", "it", "nobody", "nothing", "she", "someone",
    "something", "that", "there", "this", "what", "where", "who",
];

/// Irregular past tenses, finite wherever they stand.
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "arose", "ate", "awoke", "became", "began", "bent", "bled", "blew", "bore", "bought",
    "broke", "brought", "built", "caught", "chose", "clung", "came", "crept", "dealt", "drank",
    "drew", "drove", "dug", "fed", "fell", "felt", "fled", "flew", "forbade", "forgave", "forgot",
    "fought", "found", "froze", "gave", "got", "grew", "held", "hid", "hung", "kept", "knew",
    "laid", "led", "left", "lent", "lost", "made", "meant", "met", "overcame", "overtook", "paid",
    "ran", "rang", "rode", "rose", "said", "sang", "sank", "sat", "saw", "sought", "sold", "sent",
    "shook", "shot", "slept", "slid", "spent", "spoke", "spun", "stole", "stood", "struck",
    "stuck", "swept", "swore", "swung", "taught", "thought", "threw", "told", "took", "tore",
    "understood", "undertook", "upheld", "went", "withdrew", "woke", "won", "wore", "wrote",
];

/// Common verbs of news text, base forms; their "-s" and "-ed" forms are derived.
#[rustfmt::skip]
const BASES: &[&str] = &[
    "accept", "accuse", "achieve", "add", "admit", "affect", "agree", "aim", "allow",
    "announce", "appear", "apply", "approve", "argue", "arrest", "arrive", "ask", "attack",
    "avoid", "ban", "beat", "become", "begin", "believe", "belong", "blame", "block", "boost",
    "break", "bring", "build", "buy", "call", "carry", "cause", "change", "charge", "claim",
    "close", "come", "compare", "confirm", "consider", "contain", "continue", "contribute",
    "control", "cost", "cover", "create", "cure", "cut", "damage", "deal", "decide", "decline",
    "defend", "deliver", "demand", "deny", "depend", "describe", "destroy", "detect", "develop",
    "die", "differ", "discover", "drive", "drop", "earn", "ease", "emerge", "enable", "encourage",
    "end", "ensure", "escape", "estimate", "exist", "expand", "expect", "explain", "expose",
    "extend", "face", "fail", "fall", "fear", "feel", "fight", "find", "follow", "force",
    "free", "fuel", "fund", "gain", "get", "give", "go", "grow", "happen", "hear", "help",
    "hide", "hire", "hit", "hold", "hope", "hurt", "identify", "ignore", "impose", "improve",
    "include", "increase", "indicate", "infect", "insist", "intend", "introduce", "invest",
    "involve", "join", "keep", "kill", "know", "lack", "launch", "lead", "learn", "leave",
    "let", "lie", "lift", "like", "limit", "live", "look", "lose", "love", "lower", "maintain",
    "make", "mean", "meet", "move", "need", "occur", "offer", "open", "order", "originate",
    "owe", "own", "pass", "pay", "plan", "play", "pose", "predict", "prefer", "prepare",
    "present", "prevent", "produce", "promise", "promote", "protect", "prove", "provide",
    "publish", "push", "put", "raise", "reach", "receive", "recommend", "record", "recover",
    "reduce", "refuse", "reject", "release", "rely", "remain", "remove", "replace", "report",
    "require", "reveal", "rise", "risk", "rule", "run", "save", "say", "see", "seek", "seem",
    "sell", "send", "serve", "set", "share", "show", "shut", "sign", "slow", "spark", "speak",
    "spend", "spread", "stand", "start", "stay", "stop", "strike", "suffer", "suggest",
    "support", "survive", "suspect", "take", "talk", "target", "teach", "tell", "tend",
    "test", "think", "threaten", "throw", "trade", "transmit", "treat", "trigger", "try",
    "turn", "understand", "urge", "use", "vote", "want", "warn", "weaken", "win", "work",
    "worry", "write",
];

/// Words after which a verb form is a noun or a modifier ("the releases", "of Authorized
/// Use", "to prevent").
#[rustfmt::skip]
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "an", "any", "at", "by", "each", "every", "for", "from", "her", "his", "in", "into",
    "its", "many", "more", "most", "my", "no", "of", "on", "our", "some", "the", "their",
    "these", "this", "those", "to", "with", "your",
];

/// "-ed" words that are not verb forms.
#[rustfmt::skip]
const NOT_PAST: &[&str] = &[
    "bed", "bleed", "breed", "creed", "deed", "feed", "greed", "hundred", "indeed", "kindred",
    "naked", "need", "red", "sacred", "seed", "shed", "speed", "wicked", "wretched",
];

struct Sets {
    auxiliaries: WordSet,
    contracting: WordSet,
    irregular: WordSet,
    bases: WordSet,
    not_before: WordSet,
    not_past: WordSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    auxiliaries: WordSet::new(AUXILIARIES),
    contracting: WordSet::new(CONTRACTING),
    irregular: WordSet::new(IRREGULAR_PAST),
    bases: WordSet::new(BASES),
    not_before: WordSet::new(NOT_BEFORE_VERB),
    not_past: WordSet::new(NOT_PAST),
});

/// Whether `word` is the base form of a common verb ("ease", "be").
pub fn is_base(word: &str) -> bool {
    SETS.bases.contains(word)
        || ["be", "have", "do"]
            .iter()
            .any(|b| word.eq_ignore_ascii_case(b))
}

/// Whether word `i` of sentence `s` is an auxiliary, a modal or a copula ("is", "it’s").
pub fn is_auxiliary(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let word = doc.words[s][i].str(doc.text);
    let sets = &*SETS;
    sets.auxiliaries.contains(word)
        || contraction(word).is_some_and(|(head, tail)| {
            tail != "s" && tail != "n" || sets.contracting.contains(head)
        })
}

/// Splits "it’s" / "we'll" into ("it", "s") / ("we", "ll").
fn contraction(word: &str) -> Option<(&str, &str)> {
    let at = word.rfind(['’', '\''])?;
    let tail = &word[at..].trim_start_matches(['’', '\'']);
    let head = &word[..at];
    matches!(*tail, "s" | "re" | "ve" | "ll" | "d" | "m").then_some((head, *tail))
}

/// Whether word `i` of sentence `s` can be the finite verb of a clause.
pub fn is_finite(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    if is_auxiliary(doc, s, i) {
        return true;
    }
    let (text, ws) = (doc.text, &doc.words[s]);
    let word = ws[i].str(text);
    let sets = &*SETS;
    if sets.irregular.contains(word) {
        return true;
    }
    // A regular form needs a word before it that a verb can follow.
    let Some(prev) = i.checked_sub(1).map(|p| &ws[p]) else {
        return false;
    };
    if sets.not_before.contains(prev.str(text)) || !word.is_ascii() {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    if lower.len() > 4 && lower.ends_with("ed") && !sets.not_past.contains(&lower) {
        return true;
    }
    let next = ws.get(i + 1).map(|w| w.str(text));
    let noun_follows = next.is_some_and(|n| n.eq_ignore_ascii_case("of"));
    if noun_follows {
        return false;
    }
    // A bare base form is a verb after a plural subject ("antibiotics prevent").
    is_present(&lower, &sets.bases) || sets.bases.contains(&lower) && plural(text, prev)
}

/// Whether `word` is the third-person present of a base in `bases`: "kills", "pushes",
/// "carries".
fn is_present(word: &str, bases: &WordSet) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    if stem.ends_with(['s', 'u']) {
        return false;
    }
    bases.contains(stem)
        || stem.strip_suffix('e').is_some_and(|b| bases.contains(b))
        || stem
            .strip_suffix("ie")
            .is_some_and(|b| bases.contains(&format!("{b}y")))
}

/// A plural noun or pronoun a base verb can follow.
fn plural(text: &str, w: &Word) -> bool {
    let word = w.str(text);
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "they" | "we" | "you" | "i" | "people" | "children" | "men" | "women" | "police"
    ) || lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
}

/// The first finite verb among words `from..to` of sentence `s`.
pub fn first_finite(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> Option<usize> {
    (from..to.min(doc.words[s].len())).find(|&i| is_finite(doc, s, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_finite_verb() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Belarus Releases Prisoners After US Sanctions Lifted",
                Some("Releases"),
            ),
            ("Cold weather kills the virus", Some("kills")),
            ("Antibiotics prevent and treat infections", Some("prevent")),
            ("It’s brilliant.", Some("It’s")),
            ("The logic here is thinner than a crepe.", Some("is")),
            ("The firm hired 300 workers.", Some("hired")),
            ("He took the prize.", Some("took")),
            ("Harvard Department Chairman Arrested", Some("Arrested")),
            ("Limitations of Authorized Use", None),
            ("The Nobel Laureate and the Dictator’s Pawn Shop", None),
            ("What a laugh, really.", None),
            ("Bialiatski’s crime?", None),
            ("World Health Organization.", None),
            ("Increased illness and tiredness", None),
            ("The releases of data", None),
            ("Sales of cars", None),
            ("Plans to cut taxes", None),
        ];
        for &(text, want) in cases {
            let doc = Doc::new(text);
            let got = first_finite(&doc, 0, 0, usize::MAX).map(|i| doc.words[0][i].str(text));
            assert_eq!(got, want, "{text:?}");
        }
    }
}
