//! The reporting verbs of news English, every inflected form, each with how its complement
//! is written: a clause with or without "that", an object first ("told reporters that"),
//! or only a direct quote or a parenthetical ("“...,” she replied").

use std::sync::LazyLock;

use crate::extract::word_table::{WordSet, WordTable, case_blind};

/// How a reporting verb takes what is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A clause, "that" optional: "said (that) ...", "believes the plan ...".
    Clause,
    /// A clause only after "that" (or a quote, or a parenthetical): "added that ...";
    /// without it the verb has other senses ("added 300 jobs", "found the body").
    That,
    /// An object, then a clause, "that" optional: "told reporters (that) ...".
    Object,
    /// Only a direct quote or a parenthetical: "she asked, “...”", "“...,” he replied".
    Quote,
}

#[rustfmt::skip]
/// Verbs of saying and believing that take a bare clause ("said the plan would fail").
const CLAUSE: &[&str] = &[
    "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming",
    "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "insisting",
    "assert", "asserts", "asserted", "asserting", "allege", "alleges", "alleging",
    "contend", "contends", "contended", "contending", "believe", "believes", "believed",
    "believing", "think", "thinks", "thought", "reckon", "reckons", "reckoned",
];

#[rustfmt::skip]
/// Verbs that report only with "that" or a quote: other senses are common in news.
const THAT: &[&str] = &[
    "add", "adds", "added", "adding", "note", "notes", "noted", "noting",
    "observe", "observes", "observed", "explain", "explains", "explained", "explaining",
    "state", "states", "stated", "stating", "declare", "declares", "declared", "declaring",
    "announce", "announces", "announced", "announcing", "report", "reports", "reported",
    "reporting", "write", "writes", "wrote", "written", "writing", "tweet", "tweets",
    "tweeted", "tweeting", "post", "posted", "estimate", "estimates", "estimated",
    "conclude", "concludes", "concluded", "concluding", "find", "finds", "found",
    "show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "revealing",
    "confirm", "confirms", "confirmed", "confirming", "acknowledge", "acknowledges",
    "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting",
    "concede", "concedes", "conceded", "conceding", "agree", "agrees", "agreed",
    "recall", "recalls", "recalled", "recalling", "complain", "complains", "complained",
    "complaining", "charge", "charges", "charged", "propose", "proposes", "proposed",
    "speculate", "speculates", "speculated", "emphasise", "emphasises", "emphasised",
    "emphasize", "emphasizes", "emphasized", "emphasizing", "reiterate", "reiterates",
    "reiterated", "repeat", "repeats", "repeated", "boast", "boasts", "boasted", "boasting",
    "brag", "bragged", "mention", "mentions", "mentioned", "disclose", "disclosed",
    "hint", "hinted", "imply", "implies", "implied", "indicate", "indicates", "indicated",
    "indicating", "remark", "remarked", "comment", "commented", "promise", "promises",
    "promised", "promising", "pledge", "pledged", "vow", "vows", "vowed", "vowing",
    "threaten", "threatened", "forecast", "forecasts", "calculate", "calculated",
    "determine", "determined", "deny", "denies", "denied", "denying", "feel", "feels",
    "felt", "know", "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared",
    "worry", "worries", "worried", "expect", "expects", "expected", "suspect", "suspects",
    "suspected", "doubt", "doubts", "doubted", "recognise", "recognises", "recognised",
    "recognize", "recognizes", "recognized", "realise", "realised", "realize", "realized",
    "understand", "understands", "understood", "assume", "assumes", "assumed", "accept",
    "accepts", "accepted", "prove", "proves", "proved", "demonstrate", "demonstrates",
    "demonstrated", "guarantee", "guaranteed", "swear", "swore", "affirm", "affirmed",
    "clarify", "clarified", "protest", "protested", "lament", "lamented", "signal",
    "signalled", "signaled", "counter", "countered", "retort", "retorted", "respond",
    "responds", "responded", "reply", "replies", "replied", "answer", "answered",
    "acknowledge", "recount", "recounted", "allege", "alleged", "predict", "predicts",
    "predicted", "predicting", "suggest", "suggests", "suggested", "suggesting", "testify",
    "testifies", "testified", "testifying", "maintain", "maintains", "maintained",
    "maintaining", "stress", "stresses", "stressed", "stressing",
];

#[rustfmt::skip]
/// Verbs that name the hearer first: "told reporters (that) ...", "assured voters that".
const OBJECT: &[&str] = &[
    "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning",
    "assure", "assures", "assured", "assuring", "inform", "informs", "informed",
    "remind", "reminds", "reminded", "reminding", "advise", "advises", "advised",
    "caution", "cautions", "cautioned", "convince", "convinced", "persuade", "persuaded",
    "reassure", "reassured", "notify", "notified", "brief", "briefed",
];

#[rustfmt::skip]
/// Verbs of the manner of speaking, that report only a quote or in a parenthetical.
const QUOTE: &[&str] = &[
    "ask", "asks", "asked", "asking", "shout", "shouted", "scream", "screamed", "yell",
    "yelled", "chant", "chanted", "chanting", "cry", "cried", "exclaim", "exclaimed",
    "joke", "joked", "joking", "quip", "quipped", "muse", "mused", "wonder", "wondered",
    "laugh", "laughed", "sigh", "sighed", "whisper", "whispered", "mutter", "muttered",
    "continue", "continued", "continues", "begin", "began", "urge", "urged", "urging",
    "plead", "pleaded", "demand", "demanded", "snap", "snapped", "concur",
    "interject", "interjected", "rail", "railed", "recite", "recited", "quote", "quoted",
    "typed", "texted", "call", "calls", "called", "calling",
    "describe", "describes", "described", "describing", "dub", "dubbed", "label",
    "labelled", "labeled", "brand", "branded", "term", "termed", "deem", "deemed", "refer",
    "refers", "referred", "referring", "bark", "barked", "growl", "growled", "roar", "roared",
    "thunder", "thundered", "hiss", "hissed", "scoff", "scoffed", "sneer", "sneered", "gush",
    "gushed", "rave", "raved", "boom", "boomed", "blurt", "blurted", "beg", "begged",
    "implore", "implored", "sob", "sobbed", "wail", "wailed", "moan", "moaned", "groan",
    "groaned", "grumble", "grumbled", "tease", "teased", "taunt", "taunted", "mock", "mocked",
    "jeer", "jeered", "chuckle", "chuckled", "sang", "intone", "intoned", "proclaim",
    "proclaimed", "pronounce", "pronounced", "venture", "ventured", "reason", "reasoned",
    "surmise", "surmised", "remember", "remembered", "confess", "confessed", "confide",
    "confided", "object", "objected", "inquire", "inquired", "enquire", "enquired", "query",
    "queried", "ponder", "pondered", "offer", "offered",
];

/// What a word may cue, as bits of [`Cue`]: a reporting verb of each frame, a noun of saying,
/// "according", a stance. One table, one look-up per word on the hot path.
static CUES: LazyLock<WordTable<u8>> = LazyLock::new(|| {
    let classes = [
        (CLAUSE, Cue::CLAUSE),
        (THAT, Cue::THAT),
        (OBJECT, Cue::OBJECT),
        (QUOTE, Cue::QUOTE),
        (NOUNS, Cue::NOUN),
        (&["according"][..], Cue::ACCORDING),
        (super::attitude::ADJECTIVES, Cue::ATTITUDE),
    ];
    let words = classes
        .iter()
        .flat_map(|(words, bit)| words.iter().map(move |w| (w.to_string(), *bit)));
    let stances = super::stance::forms().into_iter().map(|w| (w, Cue::STANCE));
    WordTable::new(words.chain(stances), case_blind)
});

/// The bits of a word's entry in the cue table.
pub struct Cue;

impl Cue {
    pub const CLAUSE: u8 = 1;
    pub const THAT: u8 = 2;
    pub const OBJECT: u8 = 4;
    pub const QUOTE: u8 = 8;
    pub const NOUN: u8 = 16;
    pub const ACCORDING: u8 = 32;
    /// A verb of a stance ("criticized", "wants", "called for"): see `stance.rs`.
    pub const STANCE: u8 = 64;
    /// An adjective of an attitude after "be" ("is confident that"): see `attitude.rs`.
    pub const ATTITUDE: u8 = 128;
}

/// What `word` may cue: bits of [`Cue`], 0 for nothing.
#[inline(always)]
pub fn cues(word: &str) -> u8 {
    CUES.get(word.as_bytes(), case_blind(word.as_bytes()))
}

/// The frame of a reporting verb from its cue bits; a verb listed in two kinds takes the
/// freer one (a bare clause, then a hearer, then "that").
pub fn frame_of(bits: u8) -> Option<Frame> {
    Some(if bits & Cue::CLAUSE != 0 {
        Frame::Clause
    } else if bits & Cue::OBJECT != 0 {
        Frame::Object
    } else if bits & Cue::THAT != 0 {
        Frame::That
    } else if bits & Cue::QUOTE != 0 {
        Frame::Quote
    } else {
        return None;
    })
}

/// The frame of `word` when it is a reporting verb.
#[cfg(test)]
pub fn frame(word: &str) -> Option<Frame> {
    frame_of(cues(word))
}

/// Whether `word` is any reporting verb.
pub fn is_cue(word: &str) -> bool {
    cues(word) & (Cue::CLAUSE | Cue::THAT | Cue::OBJECT | Cue::QUOTE) != 0
}

#[rustfmt::skip]
/// Nouns that report a view in a fragment heading what follows ("The US rationale?",
/// "Her answer:") or take a "that" clause ("the claim that ...").
pub const NOUNS: &[&str] = &[
    "rationale", "reasoning", "argument", "explanation", "justification", "excuse",
    "response", "answer", "reply", "claim", "position", "view", "message", "verdict",
    "defence", "defense", "logic", "case", "line", "promise", "pitch", "assessment",
    "conclusion", "theory", "belief", "allegation", "assertion", "contention", "suggestion",
    "warning", "statement", "explanations", "claims", "allegations", "assurance", "retort",
    "idea", "notion", "possibility", "rumour", "rumor", "hypothesis", "narrative",
    "accusation", "insistence", "prediction", "finding", "theories", "ideas", "rumours",
    "rumors", "accusations", "suggestions", "beliefs", "assertions", "conclusions",
];
pub static NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(NOUNS));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_cue_is_shorter_than_three_letters() {
        // `frame_at` lets shorter words go without a look-up.
        let lists = [
            CLAUSE,
            THAT,
            OBJECT,
            QUOTE,
            NOUNS,
            super::super::attitude::ADJECTIVES,
        ];
        let words = lists.iter().flat_map(|l| l.iter().map(|w| w.to_string()));
        for w in words.chain(super::super::stance::forms()) {
            assert!(w.len() >= 3, "{w:?}");
        }
    }

    #[test]
    fn frames_of_news_verbs() {
        let cases: &[(&str, Option<Frame>)] = &[
            ("said", Some(Frame::Clause)),
            ("Says", Some(Frame::Clause)),
            ("believes", Some(Frame::Clause)),
            ("added", Some(Frame::That)),
            ("denied", Some(Frame::That)),
            ("told", Some(Frame::Object)),
            ("warned", Some(Frame::Object)),
            ("replied", Some(Frame::That)),
            ("asked", Some(Frame::Quote)),
            ("quipped", Some(Frame::Quote)),
            ("table", None),
            ("sad", None),
        ];
        for &(word, expected) in cases {
            assert_eq!(frame(word), expected, "frame of {word:?}");
        }
    }
}
