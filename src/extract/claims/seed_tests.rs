//! The seed article (fixtures/belarus-prisoners-2025-12-14.txt) through the statement rule:
//! its title is a statement, its pure-opinion sentences yield nothing, and no sentence a
//! fact-checker listed (shared/seed/README.md) would be suggested as opinion.

use super::{ClaimKind, ClaimType, Doc, all_claims};
use crate::extract::score::OPINION_SUGGEST;

const SEED: &str = include_str!("../../../fixtures/belarus-prisoners-2025-12-14.txt");

/// Excerpts of the sentences in the seed README's tables of expected claims.
const FACTUAL: &[&str] = &[
    "A total of 123 political prisoners were let out of jail.",
    "threw him in prison for ten years",
    "ending up in prison for eleven years",
    "Belarus freed Nobel Peace Prize laureate Ales Bialiatski.",
    "He won the Nobel Peace Prize while sitting in a cage",
    "was also released.",
    "celebrate the release of 123 prisoners.",
    "a few dozen political prisoners, however high-profile",
    "with some even declaring, “Never give up.”",
    "a man often referred to as “Europe’s last dictator,”",
    "because the United States lifted sanctions.",
    "allowed Russian forces to launch part of their invasion from its territory.",
    "December 14, 2025",
];

const OPINIONS: &[&str] = &[
    "It’s brilliant.",
    "It’s horrific.",
    "compassion is for suckers",
    "The logic here is thinner than a crepe.",
    "What a laugh, really.",
];

/// The sentence of the seed holding `excerpt`.
fn sentence_with(doc: &Doc<'_>, excerpt: &str) -> usize {
    let at = SEED
        .find(excerpt)
        .unwrap_or_else(|| panic!("{excerpt:?} not in the seed"));
    doc.sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .unwrap_or_else(|| panic!("no sentence holds {excerpt:?}"))
}

#[test]
fn the_seed_title_is_a_statement() {
    let doc = Doc::new(SEED);
    let claims = all_claims(&doc);
    let title = claims.iter().find(|c| c.sentence == 0);
    let Some(title) = title else {
        panic!("no claim from the title");
    };
    assert_eq!(title.kind, ClaimKind::Statement);
    assert_eq!(
        &SEED[title.start..title.end],
        "Belarus Releases Prisoners After US Sanctions Lifted"
    );
    assert_eq!(title.subject.as_deref(), Some("Belarus"));
    assert_eq!(title.claim_type, Some(ClaimType::Other));
}

#[test]
fn seed_opinions_yield_no_claim() {
    let doc = Doc::new(SEED);
    let claims = all_claims(&doc);
    for excerpt in OPINIONS {
        let s = sentence_with(&doc, excerpt);
        let found: Vec<_> = claims
            .iter()
            .filter(|c| c.sentence == s)
            .map(|c| c.kind)
            .collect();
        assert_eq!(found, [], "claims from {excerpt:?}");
    }
}

#[test]
fn no_listed_seed_claim_is_suggested_as_opinion() {
    let doc = Doc::new(SEED);
    let claims = all_claims(&doc);
    for excerpt in FACTUAL {
        let s = sentence_with(&doc, excerpt);
        assert!(
            claims.iter().any(|c| c.sentence == s),
            "no claim from {excerpt:?}"
        );
        let opinion = doc.scores[s].opinion;
        assert!(
            opinion < OPINION_SUGGEST,
            "{excerpt:?} would be suggested as opinion ({opinion})"
        );
    }
}

#[test]
fn every_seed_claim_but_dates_has_a_type() {
    for claim in all_claims(&Doc::new(SEED)) {
        let typed = claim.claim_type.is_some() || claim.kind == ClaimKind::Date;
        assert!(
            typed,
            "untyped {:?} {:?}",
            claim.kind,
            &SEED[claim.start..claim.end]
        );
    }
}
