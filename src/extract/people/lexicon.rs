//! The word lists behind name finding: capitalised words that are not names, titles that
//! put a name after them, and the references that resolve to a person.

use std::sync::LazyLock;

use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Capitalised words that open sentences or name things other than people.
pub(super) const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "so", "if", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "for", "to",
    "of", "by", "with", "from", "now", "then", "this", "that", "these", "those", "what", "why",
    "how", "when", "where", "who", "because", "while", "not", "yet", "still", "even", "just",
    "also", "after", "before", "as", "all", "some", "many", "most", "no", "one", "there",
    "here", "meanwhile", "however", "mr", "mrs", "ms", "dr", "sir", "president", "minister",
    "prime", "secretary", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "prize", "peace", "nobel", "award", "house",
    "party", "union", "court", "council", "ministry", "government", "republic", "kingdom",
    "states", "nations", "street", "bank", "university", "company", "group", "news", "times",
    "post", "department", "office", "agency", "committee", "commission", "parliament", "senate",
    "congress", "assembly", "army", "forces", "police", "church", "museum", "hospital",
    "school", "college", "airport", "club", "league", "cup", "championship", "international",
    "national", "federal", "united", "european", "north", "south", "east", "west", "new",
    "great", "general", "central", "royal", "world", "war", "city", "county", "state",
    "corporation", "corp", "co", "llc", "inc", "ltd", "plc", "association", "fund", "institute", "foundation",
    "organisation", "organization", "service", "services", "labour", "democratic", "republican",
    "conservative", "liberal", "christmas", "easter", "internet", "can", "could", "will",
    "would", "should", "must", "might", "did", "does", "do", "is", "are", "was", "were", "has",
    "have", "had", "lib", "dem", "dems", "old", "awards", "championships", "stadium", "park",
    "arena", "festival", "games", "olympics", "tour", "square", "road", "bridge", "hall",
    "centre", "center", "open", "indoor", "outdoor", "grand", "prix", "final", "finals",
    "despite", "although", "though", "unlike", "like", "during", "since", "until", "whether",
    "about", "against", "among", "amid", "across", "along", "around", "behind", "beyond",
    "inside", "outside", "over", "under", "through", "throughout", "toward", "towards",
    "within", "without", "upon", "into", "via", "according", "following", "including",
    "regarding", "instead", "perhaps", "indeed", "yes", "well", "once", "every", "each",
    "both", "either", "neither", "such", "other", "another", "last", "next", "first", "thus",
    "unless", "whereas", "which", "whose", "asked", "speaking", "said", "says", "told",
    "given", "taken", "seen", "known", "shown", "born", "driven", "written", "rival",
];

pub(super) static TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(TITLES));
pub(super) static NOT_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(NOT_NAMES));

#[rustfmt::skip]
/// Words that put a capitalised name after them ("President Lukashenko").
pub(super) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "chancellor",
    "senator", "judge", "pope", "king", "queen", "prince", "princess", "minister", "governor",
    "mayor", "professor", "prof", "laureate", "activist", "dissident", "opposition", "leader",
    "coach", "striker", "captain", "chief", "spokesman", "spokeswoman",
];

/// People references that resolve to the nearest earlier name.
#[rustfmt::skip]
pub(super) const REFERENCES: &[&[&str]] = &[
    &["he"],
    &["him"],
    &["she"],
    &["her"],
    &["his"],
    &["the", "man"],
    &["the", "woman"],
    &["a", "man"],
    &["a", "woman"],
];
