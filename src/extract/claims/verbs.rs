//! Finite verbs without a tagger: auxiliaries and modals, irregular past tenses, and the
//! present and past forms of common verbs placed where a verb can stand (after a noun, not
//! after an article or a preposition). The test that tells a clause from a heading or a list
//! entry, and that finds the main verb a statement's subject stands before.

use std::sync::LazyLock;

use super::Doc;
use crate::extract::word_table::{WordTable, case_blind};
use crate::extract::words::Word;

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
    "accept", "accuse", "achieve", "act", "adapt", "add", "address", "admire", "admit",
    "advise", "affect", "afford", "agree", "aim", "alert", "allow", "alter", "analyse",
    "announce", "answer", "appear", "apply", "appoint", "approve", "argue", "arise", "arrange",
    "arrest", "arrive", "ask", "assess", "assist", "assume", "attach", "attack", "attempt",
    "attend", "attract", "avoid", "axe", "back", "ban", "bear", "beat", "become", "beg",
    "begin", "behave", "believe", "belong", "benefit", "bet", "bind", "bite", "blame", "blast",
    "block", "blow", "boil", "bomb", "boost", "borrow", "bother", "bounce", "break", "breathe",
    "brief", "bring", "broadcast", "build", "burn", "burst", "bury", "buy", "calculate", "call",
    "campaign", "cancel", "capture", "care", "carry", "cast", "catch", "cause", "celebrate",
    "challenge", "change", "charge", "chase", "cheat", "check", "choose", "cite", "claim",
    "clash", "clean", "clear", "climb", "clinch", "close", "collapse", "collect", "combine",
    "come", "comfort", "command", "commit", "communicate", "compare", "compete", "complain",
    "complete", "comply", "concern", "conclude", "conduct", "confirm", "confront", "connect",
    "consider", "consist", "construct", "consult", "consume", "contact", "contain", "continue",
    "contribute", "control", "convert", "convince", "cook", "cooperate", "cope", "copy",
    "correct", "cost", "count", "cover", "crash", "create", "criticise", "criticize", "cross",
    "crush", "cry", "cure", "cut", "damage", "dance", "dare", "date", "deal", "deceive",
    "decide", "declare", "decline", "decrease", "defeat", "defend", "define", "delay", "delete",
    "deliver", "demand", "demonstrate", "deny", "depart", "depend", "deploy", "describe",
    "deserve", "desire", "destroy", "detain", "detect", "determine", "develop", "devote", "die",
    "differ", "dig", "dip", "direct", "disagree", "disappear", "discover", "discuss", "dismiss",
    "display", "dispute", "disrupt", "dive", "divide", "double", "doubt", "drag", "draw",
    "dream", "dress", "drink", "drive", "drop", "drown", "dump", "earn", "ease", "eat", "edit",
    "educate", "elect", "eliminate", "embrace", "emerge", "emphasise", "employ", "empty",
    "enable", "encounter", "encourage", "end", "endorse", "enforce", "engage", "enhance",
    "enjoy", "enrol", "ensure", "enter", "equip", "erupt", "escape", "establish", "estimate",
    "evacuate", "evaluate", "examine", "exceed", "exchange", "exclude", "execute", "exercise",
    "exhibit", "exist", "exit", "expand", "expect", "expel", "experience", "explain", "explode",
    "explore", "export", "expose", "express", "extend", "eye", "face", "fade", "fail", "fall",
    "fear", "feed", "feel", "fetch", "fight", "file", "fill", "film", "finance", "find",
    "finish", "fire", "fit", "fix", "flee", "float", "flood", "flow", "fly", "focus", "fold",
    "follow", "forbid", "force", "forecast", "forget", "forgive", "form", "found", "free",
    "freeze", "frighten", "fuel", "fulfil", "fund", "gain", "gather", "generate", "get", "give",
    "glance", "go", "govern", "grab", "grant", "greet", "grow", "guarantee", "guard", "guess",
    "hail", "halt", "hand", "handle", "hang", "happen", "harm", "hate", "head", "heal", "hear",
    "heat", "help", "hesitate", "hide", "highlight", "hike", "hint", "hire", "hit", "hold",
    "hope", "host", "hunt", "hurt", "identify", "ignore", "imagine", "implement", "import",
    "impose", "impress", "imprison", "improve", "include", "increase", "indicate", "infect",
    "inform", "inherit", "injure", "insist", "inspect", "inspire", "install", "instruct",
    "insure", "intend", "intervene", "interview", "introduce", "invade", "invent", "invest",
    "investigate", "invite", "involve", "isolate", "issue", "jail", "join", "joke", "judge",
    "jump", "justify", "keep", "kick", "kill", "kiss", "knock", "know", "label", "lack", "land",
    "last", "laugh", "launch", "lay", "lead", "learn", "leave", "lend", "let", "license", "lie",
    "lift", "like", "limit", "live", "lock", "log", "look", "lose", "love", "lower", "lure",
    "maintain", "make", "manage", "manufacture", "march", "mark", "marry", "match", "matter",
    "mean", "measure", "meet", "mention", "merge", "mind", "miss", "mix", "monitor", "motivate",
    "mount", "move", "murder", "name", "need", "negotiate", "net", "nominate", "note", "notice",
    "notify", "obey", "object", "observe", "obtain", "occupy", "occur", "offer", "open",
    "operate", "oppose", "order", "organise", "organize", "originate", "oust", "outline",
    "overcome", "overlook", "oversee", "overturn", "owe", "own", "pack", "paint", "park",
    "participate", "pass", "pay", "perform", "permit", "persuade", "pick", "place", "plan",
    "plant", "play", "plead", "pledge", "plunge", "point", "poll", "pose", "possess", "post",
    "pour", "practise", "pray", "preach", "predict", "prefer", "prepare", "prescribe",
    "present", "preserve", "press", "pretend", "prevent", "print", "probe", "proceed",
    "process", "produce", "profit", "prohibit", "project", "promise", "promote", "propose",
    "prosecute", "protect", "protest", "prove", "provide", "publish", "pull", "punish",
    "purchase", "pursue", "push", "put", "qualify", "question", "quit", "quote", "race", "rain",
    "raise", "rally", "rank", "rate", "reach", "react", "read", "realise", "realize", "reap",
    "reassure", "rebel", "rebuild", "recall", "receive", "recognise", "recognize", "recommend",
    "record", "recover", "recruit", "reduce", "refer", "reflect", "reform", "refuse", "regard",
    "register", "regret", "regulate", "reinforce", "reject", "relate", "relax", "release",
    "rely", "remain", "remember", "remind", "remove", "rent", "repair", "repeat", "replace",
    "reply", "report", "represent", "request", "require", "rescue", "resemble", "reserve",
    "resign", "resist", "resolve", "respect", "respond", "rest", "restore", "restrict",
    "resume", "retain", "retire", "retreat", "return", "reveal", "review", "revise", "reward",
    "ride", "ring", "rise", "risk", "rob", "rock", "roll", "rule", "run", "rush", "sack",
    "satisfy", "save", "say", "scan", "schedule", "score", "scream", "seal", "search", "secure",
    "see", "seek", "seem", "select", "sell", "send", "separate", "serve", "set", "settle",
    "shake", "shape", "share", "shift", "shine", "shoot", "shop", "shout", "show", "shut",
    "sign", "sing", "sink", "sit", "ski", "slam", "slash", "sleep", "slip", "slow", "slump",
    "smell", "smile", "smoke", "snap", "soar", "solve", "sort", "sound", "spark", "speak",
    "specify", "speed", "spell", "spend", "spill", "spin", "split", "sponsor", "spot", "spread",
    "squeeze", "stab", "stage", "stand", "start", "state", "stay", "steal", "step", "stick",
    "stimulate", "sting", "stir", "stop", "store", "strengthen", "stress", "stretch", "strike",
    "study", "stun", "submit", "succeed", "sue", "suffer", "suggest", "suit", "supply",
    "support", "suppose", "surge", "surprise", "surrender", "surround", "survive", "suspect",
    "suspend", "swallow", "swap", "swear", "sweep", "swim", "swing", "switch", "tackle", "take",
    "talk", "tap", "target", "taste", "tax", "teach", "tear", "tell", "tempt", "tend",
    "terminate", "terrify", "test", "thank", "think", "threaten", "throw", "tie", "tolerate",
    "top", "torture", "total", "touch", "tour", "track", "trade", "train", "transfer",
    "transform", "translate", "transmit", "transport", "trap", "travel", "treat", "trigger",
    "trust", "try", "tumble", "turn", "type", "undergo", "undermine", "understand", "unite",
    "unveil", "update", "upgrade", "upset", "urge", "use", "value", "vanish", "vary", "visit",
    "volunteer", "vote", "vow", "wait", "wake", "walk", "wander", "want", "warm", "warn",
    "wash", "waste", "watch", "wave", "weaken", "wear", "weigh", "welcome", "win", "wipe",
    "wish", "withdraw", "witness", "wonder", "woo", "work", "worry", "worsen", "wound", "wrap",
    "write", "yell", "yield",
];

/// Words after which a verb form is a noun or a modifier ("the releases", "of Authorized
/// Use", "to prevent").
#[rustfmt::skip]
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "all", "an", "another", "any", "at", "both", "by", "each", "every", "few", "for",
    "from", "her", "his", "in", "into", "its", "many", "more", "most", "my", "no", "of", "on",
    "other", "our", "several", "some", "such", "the", "their", "these", "this", "those", "to",
    "with", "your",
];

/// "-ed" words that are not verb forms.
#[rustfmt::skip]
const NOT_PAST: &[&str] = &[
    "bed", "bleed", "breed", "creed", "deed", "feed", "greed", "hundred", "indeed", "kindred",
    "naked", "need", "red", "sacred", "seed", "shed", "speed", "wicked", "wretched",
];

/// The classes of a word, as bits: one table, so each word is hashed once however many
/// classes a test asks about.
mod class {
    pub const AUXILIARY: u8 = 1;
    pub const CONTRACTING: u8 = 2;
    pub const IRREGULAR: u8 = 4;
    pub const BASE: u8 = 8;
    pub const NOT_BEFORE: u8 = 16;
    pub const NOT_PAST: u8 = 32;
    /// A base in "-y" without it ("carr" for "carry"), for "-ies" forms.
    pub const Y_STEM: u8 = 64;
}

static CLASSES: LazyLock<WordTable<u8>> = LazyLock::new(|| {
    let lists: [(&[&str], u8); 6] = [
        (AUXILIARIES, class::AUXILIARY),
        (CONTRACTING, class::CONTRACTING),
        (IRREGULAR_PAST, class::IRREGULAR),
        (BASES, class::BASE),
        (NOT_BEFORE_VERB, class::NOT_BEFORE),
        (NOT_PAST, class::NOT_PAST),
    ];
    let listed = lists
        .into_iter()
        .flat_map(|(words, bit)| words.iter().map(move |w| (w.to_string(), bit)));
    let y_stems = BASES
        .iter()
        .filter_map(|b| b.strip_suffix('y'))
        .map(|stem| (stem.to_string(), class::Y_STEM));
    WordTable::new(listed.chain(y_stems), case_blind)
});

/// The class bits of `word`. Always inlined: it is asked of about 90,000 words per MB of
/// text, and as a call it cost a tenth more than its body.
#[inline(always)]
fn classes(word: &str) -> u8 {
    CLASSES.get(word.as_bytes(), case_blind(word.as_bytes()))
}

/// Whether `word` is the base form of a common verb ("ease", "be").
pub fn is_base(word: &str) -> bool {
    classes(word) & class::BASE != 0
        || ["be", "have", "do"]
            .iter()
            .any(|b| word.eq_ignore_ascii_case(b))
}

/// Whether word `i` of sentence `s` is an auxiliary, a modal or a copula ("is", "it’s").
pub fn is_auxiliary(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let word = doc.words[s][i].str(doc.text);
    auxiliary(word, classes(word))
}

/// [`is_auxiliary`] of `word`, whose class bits are `bits`.
fn auxiliary(word: &str, bits: u8) -> bool {
    bits & class::AUXILIARY != 0
        || contraction(word).is_some_and(|(head, tail)| {
            tail != "s" && tail != "n" || classes(head) & class::CONTRACTING != 0
        })
}

/// Splits "it’s" / "we'll" into ("it", "s") / ("we", "ll").
fn contraction(word: &str) -> Option<(&str, &str)> {
    // Most words hold neither mark: one byte scan ('’' opens with 0xE2) before the char search.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return None;
    }
    let at = word.rfind(['’', '\''])?;
    let tail = &word[at..].trim_start_matches(['’', '\'']);
    let head = &word[..at];
    matches!(*tail, "s" | "re" | "ve" | "ll" | "d" | "m").then_some((head, *tail))
}

/// Whether word `i` of sentence `s` can be the finite verb of a clause (worked out once per
/// word of the article).
pub fn is_finite(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let memo = &doc.finite[doc.words.flat(s, i)];
    match memo.get() {
        1 => false,
        2 => true,
        _ => {
            let finite = finite_word(doc, s, i);
            memo.set(1 + u8::from(finite));
            finite
        }
    }
}

/// [`is_finite`], worked out.
fn finite_word(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let word = ws[i].str(text);
    let bits = classes(word);
    if auxiliary(word, bits) || bits & class::IRREGULAR != 0 {
        return true;
    }
    // A regular form needs a word before it that a verb can follow.
    let Some(prev) = i.checked_sub(1).map(|p| &ws[p]) else {
        return false;
    };
    let prev_bits = classes(prev.str(text));
    if prev_bits & class::NOT_BEFORE != 0 || !word.is_ascii() {
        return false;
    }
    if word.len() > 4 && ends_with_ignore_case(word, "ed") && bits & class::NOT_PAST == 0 {
        // "Widely shared posts": an adverb and a participle open a noun phrase; after "be" a
        // participle is passive, its auxiliary the finite verb ("to be added").
        let passive = prev.is_any(text, &["be", "been", "being"]);
        return !(passive || i == 1 && ends_with_ignore_case(prev.str(text), "ly"));
    }
    // "sales of cars", "the terror suspects are held", "posts blamed": a noun before "of" or
    // before a verb.
    let noun_follows = ws.get(i + 1).is_some_and(|w| {
        let next = w.str(text);
        let next_bits = classes(next);
        let past = next.len() > 4 && ends_with_ignore_case(next, "ed")
            || next_bits & class::IRREGULAR != 0;
        next.eq_ignore_ascii_case("of") || past || auxiliary(next, next_bits)
    });
    if noun_follows {
        return false;
    }
    // After a verb, a noun-like form is its object ("cut taxes").
    if prev_bits & class::BASE != 0 {
        return false;
    }
    // A bare base form is a verb after a plural subject ("antibiotics prevent").
    is_present(word) || bits & class::BASE != 0 && plural(text, prev)
}

/// `word` ends with `suffix`, ignoring ASCII case.
fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether the ASCII `word` is the third-person present of a common verb: "kills",
/// "pushes", "carries" (the last through the stems of the bases in "-y").
fn is_present(word: &str) -> bool {
    if !ends_with_ignore_case(word, "s") {
        return false;
    }
    let stem = &word[..word.len() - 1];
    if ends_with_ignore_case(stem, "s") || ends_with_ignore_case(stem, "u") {
        return false;
    }
    let minus = |n: usize| &word[..word.len() - n];
    classes(stem) & class::BASE != 0
        || ends_with_ignore_case(stem, "e") && classes(minus(2)) & class::BASE != 0
        || ends_with_ignore_case(word, "ies") && classes(minus(3)) & class::Y_STEM != 0
}

/// A plural noun or pronoun a base verb can follow.
fn plural(text: &str, w: &Word) -> bool {
    let word = w.str(text);
    [
        "they", "we", "you", "i", "people", "children", "men", "women", "police",
    ]
    .iter()
    .any(|p| word.eq_ignore_ascii_case(p))
        || word.len() > 3
            && word.is_ascii()
            && ends_with_ignore_case(word, "s")
            && !word.ends_with("'s")
            && !ends_with_ignore_case(word, "ss")
            && !ends_with_ignore_case(word, "us")
}

/// The first finite verb among words `from..to` of sentence `s`.
pub fn first_finite(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> Option<usize> {
    (from..to.min(doc.words[s].len())).find(|&i| is_finite(doc, s, i))
}

#[cfg(test)]
#[path = "verbs_tests.rs"]
mod tests;
