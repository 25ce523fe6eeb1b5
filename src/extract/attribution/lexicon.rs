//! Nouns that say what a source is: a person by their role ("the minister", "the man"), a
//! body ("the company", "the ministry"), or part of a group ("some", "many").

use std::sync::LazyLock;

use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Roles that name one person: "the minister" refers to someone named with that title.
const ROLES: &[&str] = &[
    "man", "woman", "minister", "president", "senator", "congressman", "congresswoman",
    "representative", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
    "official", "chairman", "chairwoman", "chair", "chief", "director", "executive", "leader",
    "candidate", "nominee", "secretary", "ambassador", "judge", "lawyer", "attorney",
    "prosecutor", "officer", "commissioner", "adviser", "advisor", "aide", "analyst", "expert",
    "economist", "scientist", "researcher", "professor", "doctor", "author", "writer",
    "founder", "owner", "boss", "manager", "coach", "player", "captain", "chancellor", "king",
    "queen", "prince", "princess", "pope", "general", "commander", "sheriff", "detective",
    "witness", "activist", "campaigner", "strategist", "pollster", "businessman",
    "businesswoman", "billionaire", "actor", "actress", "singer", "host", "anchor", "reporter",
    "journalist", "editor", "columnist", "teacher", "premier", "lawmaker", "legislator",
    "speaker", "democrat", "republican", "star", "manager", "head", "envoy", "diplomat",
    "dissident", "laureate", "councillor", "councilman", "councilwoman", "trustee", "mp",
    "senior", "veteran", "father", "mother", "wife", "husband", "son", "daughter", "priest",
    "bishop", "cleric", "imam", "rabbi", "surgeon", "nurse", "physician", "psychologist",
    "epidemiologist", "virologist", "historian", "lecturer", "student", "founder", "ceo",
];
pub static ROLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ROLES));

#[rustfmt::skip]
/// Bodies that speak as one: "the company said", "the ministry denied".
const ORGS: &[&str] = &[
    "company", "firm", "group", "ministry", "department", "agency", "government",
    "administration", "campaign", "party", "committee", "commission", "council", "board",
    "court", "bank", "union", "organisation", "organization", "association", "authority",
    "army", "military", "office", "team", "club", "network", "newspaper", "paper", "magazine",
    "channel", "station", "website", "study", "report", "survey", "poll", "institute",
    "foundation", "charity", "university", "school", "hospital", "regulator", "watchdog",
    "body", "coalition", "alliance", "embassy", "service", "corporation", "retailer",
    "airline", "carrier", "manufacturer", "maker", "giant", "operator", "provider",
    "broadcaster", "publisher", "insurer", "lender", "federation", "league", "parliament",
    "senate", "congress", "cabinet", "kremlin", "state", "country", "city", "police",
    "regime", "centre", "center", "authorities", "statement", "letter", "filing", "lawsuit",
    "complaint", "indictment", "memo", "document", "analysis", "review", "audit", "paper",
];
pub static ORG_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ORGS));

#[rustfmt::skip]
/// Documents that speak for whoever wrote them: "the statement said" names no body.
const DOCUMENTS: &[&str] = &[
    "statement", "letter", "report", "study", "survey", "poll", "filing", "lawsuit",
    "complaint", "indictment", "memo", "document", "analysis", "review", "audit", "paper",
];
pub static DOCUMENT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(DOCUMENTS));

/// Pronouns for part of a group: "with some even declaring" speaks for the group.
const PARTITIVES: &[&str] = &[
    "some", "many", "others", "several", "most", "few", "all", "both", "none", "another",
];
pub static PARTITIVE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(PARTITIVES));

#[rustfmt::skip]
/// Plural nouns for groups of people that speak in news ("critics said", "residents say").
const GROUPS: &[&str] = &[
    "people", "critics", "voters", "residents", "sources", "supporters", "opponents",
    "observers", "protesters", "demonstrators", "locals", "workers", "parents", "users",
    "investors", "participants", "respondents", "experts", "officials", "police", "doctors",
    "scientists", "researchers", "analysts", "witnesses", "lawmakers", "prosecutors",
    "authorities", "activists", "campaigners", "economists", "historians", "diplomats",
    "insiders", "aides", "allies", "rivals", "members", "leaders", "organisers", "organizers",
    "fans", "families", "relatives", "neighbours", "neighbors", "students", "teachers",
    "nurses", "staff", "employees", "executives", "democrats", "republicans", "conservatives",
    "liberals", "others", "studies", "reports", "polls", "surveys", "figures", "data",
];
pub static GROUP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(GROUPS));

/// Whether `word` is a common noun for a speaker, not a name, though written with a capital
/// at the start of a sentence ("Officials said", "The ministry said").
pub fn is_common_speaker(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    GROUP_SET.contains(word)
        || ROLE_SET.contains(word)
        || ORG_SET.contains(word)
        || ROLE_SET.contains(singular)
        || ORG_SET.contains(singular)
}
