//! Claim rules: each looks at one sentence of a [`Doc`] and pushes the checkable claims it
//! finds, with the exact span of the words and structured fields (who, how many, what unit).
//! Pure-opinion sentences match no rule and so yield no claim.

mod assertion;
mod award;
mod beside;
#[cfg(test)]
mod claimer_tests;
mod count;
mod doc;
mod event;
mod frame;
mod furniture;
mod measure;
mod prison;
mod quote;
mod release;
mod reported;
#[cfg(test)]
mod seed_tests;
mod statement;
#[cfg(test)]
mod tests;
mod typology;
pub(crate) mod verbs;

pub use doc::Doc;

use crate::word_enum::word_enum;

word_enum! {
    /// What a claim is about.
    pub enum ClaimKind {
        Count = "count",
        PrisonTerm = "prison_term",
        Award = "award",
        Release = "release",
        Date = "date",
        Duration = "duration",
        Money = "money",
        Percent = "percent",
        Quote = "quote",
        Event = "event",
        /// A checkable assertion no specific rule covers (issue 10), typed by [`ClaimType`].
        Statement = "statement",
    }
}

word_enum! {
    /// What sort of checkable assertion a claim is, after the Full Fact claim typology
    /// (Konstantinovskiy et al. 2021).
    pub enum ClaimType {
        Quantity = "quantity",
        Causal = "causal",
        Rule = "rule",
        Prediction = "prediction",
        PersonalExperience = "personal_experience",
        Other = "other",
    }
}

/// One checkable claim: `text[start..end]`, opening in sentence number `sentence` (a quote may
/// run on over later sentences).
///
/// Fields by kind: `subject` is who or what the claim is about (a person, the people counted,
/// the speaker of a quote); `object` is what happened or what was won (a count's predicate such
/// as "released", a prize, the agent of a release, an event's action, a date in ISO 8601).
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub subject: Option<String>,
    pub object: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub value_text: Option<String>,
    pub approximate: bool,
    /// Who the article reports as making the claim (a quote's speaker, the source of reported
    /// speech), resolved to a name where the article gives one; `None` when the article itself
    /// asserts it.
    pub claimer: Option<String>,
    /// The Full Fact type of the assertion, where one is known (always for `statement`).
    pub claim_type: Option<ClaimType>,
    /// Index (into the same claim list) of the earlier claim this one restates.
    pub same_as: Option<usize>,
    /// Index (into the same claim list) of an earlier claim whose figure this one contradicts.
    pub conflicts_with: Option<usize>,
}

impl Claim {
    /// A claim of `kind` over `start..end` in `sentence`, with no fields filled in yet.
    pub fn new(kind: ClaimKind, sentence: usize, start: usize, end: usize) -> Claim {
        Claim {
            kind,
            start,
            end,
            sentence,
            subject: None,
            object: None,
            value: None,
            value_max: None,
            unit: None,
            value_text: None,
            approximate: false,
            claimer: None,
            claim_type: None,
            same_as: None,
            conflicts_with: None,
        }
    }
}

/// Every claim in one sentence of `doc`, in text order: the specific rules first, a
/// statement where none applied; none from page furniture. `out` is cleared first (one
/// buffer serves every sentence).
fn sentence_claims(doc: &Doc<'_>, sentence: usize, out: &mut Vec<Claim>) {
    out.clear();
    let marks = furniture::marks(doc, sentence);
    if furniture::is_furniture(doc, sentence, &marks) {
        return;
    }
    let mut used = Vec::new();
    prison::find(doc, sentence, &mut used, out);
    count::find(doc, sentence, out);
    award::find(doc, sentence, out);
    release::find(doc, sentence, out);
    quote::find(doc, sentence, out);
    event::find(doc, sentence, out);
    measure::find(doc, sentence, &used, out);
    reported::find(doc, sentence, false, out);
    out.retain(|c| !marks.iter().any(|&(a, b)| c.start < b && c.end > a));
    if out.is_empty() || reported::leaves_room(doc, sentence, out) {
        statement::find(doc, sentence, &marks, out);
    }
    reported::find(doc, sentence, true, out);
    assign_claimers(doc, out);
    for claim in out.iter_mut() {
        type_claim(doc, claim);
    }
    out.sort_by_key(|c| (c.start, c.kind, c.end));
    // Two rules (or two frames of one sentence) can find the same words as the same kind:
    // one claim, the first found, since a stored claim is identified by kind and span.
    out.dedup_by_key(|c| (c.start, c.kind, c.end));
}

/// Gives `claim` its Full Fact type where the rule that found it left none: a measure is a
/// quantity; a quote, event, release, award or reported statement is typed by its words.
fn type_claim(doc: &Doc<'_>, claim: &mut Claim) {
    if claim.claim_type.is_some() || claim.kind == ClaimKind::Date {
        return;
    }
    claim.claim_type = typology::of_kind(claim.kind).or_else(|| {
        let s = claim.sentence;
        let (from, to) = (doc.word_at(s, claim.start), doc.word_at(s, claim.end));
        Some(typology::classify(doc, s, from, to))
    });
}

/// Gives every claim that stands in quoted or reported words the source of those words
/// ("a count inside what the minister said" is the minister's claim).
fn assign_claimers(doc: &Doc<'_>, claims: &mut [Claim]) {
    let attributions = doc.attributions();
    let unclaimed = claims.iter_mut().filter(|c| {
        c.claimer.is_none() && !(c.kind == ClaimKind::Quote && c.object.as_deref() == Some("label"))
    });
    for claim in unclaimed {
        claim.claimer = attributions.claimer_at(claim.start).map(str::to_string);
    }
}

/// Every claim in the document, in text order.
pub fn all_claims(doc: &Doc<'_>) -> Vec<Claim> {
    // About 1.7 claims a sentence on BBC news text: sized for two, the list (megabytes on a
    // long text) is not copied to a new block as it grows.
    let mut out = Vec::with_capacity(2 * doc.sentences.len());
    let mut one = Vec::new();
    for s in 0..doc.sentences.len() {
        sentence_claims(doc, s, &mut one);
        out.append(&mut one);
    }
    out
}
