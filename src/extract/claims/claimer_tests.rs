//! Table-driven tests of who claims what: quotes as news writes them, reported speech, and
//! the claimer carried to other claims in reported words; then the seed article's claimers.

use super::{ClaimKind, Doc, all_claims};

/// (text, kind, claim words, claimer)
type Case<'a> = (&'a str, ClaimKind, &'a str, Option<&'a str>);

fn check(cases: &[Case<'_>]) {
    for &(text, kind, words, claimer) in cases {
        let claims = all_claims(&Doc::new(text));
        let found = claims
            .iter()
            .find(|c| c.kind == kind && &text[c.start..c.end] == words);
        let Some(claim) = found else {
            let got: Vec<_> = claims
                .iter()
                .map(|c| (c.kind, &text[c.start..c.end], c.claimer.as_deref()))
                .collect();
            panic!("no {kind:?} claim {words:?} in {text:?}; got {got:?}");
        };
        assert_eq!(
            claim.claimer.as_deref(),
            claimer,
            "claimer of {words:?} in {text:?}"
        );
    }
}

#[test]
fn quotes_as_news_writes_them() {
    use ClaimKind::Quote;
    check(&[
        (
            "“We will fight. We will win,” said Jane Doe.",
            Quote,
            "“We will fight. We will win,”",
            Some("Jane Doe"),
        ),
        (
            "Jane Doe said: “We will win.”",
            Quote,
            "“We will win.”",
            Some("Jane Doe"),
        ),
        (
            "Jane Doe spoke. “We will fight,” she said, “and we will win.”",
            Quote,
            "“We will fight,” she said, “and we will win.”",
            Some("Jane Doe"),
        ),
        (
            "Jane Doe spoke.\n\n“We will fight on.\n\n“We will never give in,” she said.",
            Quote,
            "“We will fight on.\n\n“We will never give in,”",
            Some("Jane Doe"),
        ),
        (
            "Jane Doe said: “We will win.” “Nobody can stop us now.”",
            Quote,
            "“Nobody can stop us now.”",
            Some("Jane Doe"),
        ),
        (
            "\"We will win,\" Jane Doe told reporters.",
            Quote,
            "\"We will win,\"",
            Some("Jane Doe"),
        ),
        (
            "''We will win,'' Jane Doe said.",
            Quote,
            "''We will win,''",
            Some("Jane Doe"),
        ),
        (
            "The minister said the talks were “productive”.",
            Quote,
            "“productive”",
            Some("the minister"),
        ),
        (
            "Critics see Tom Reed, often referred to as “the iron chancellor,” as a risk.",
            Quote,
            "“the iron chancellor,”",
            None,
        ),
        (
            "Jane Doe: “We will win.”",
            Quote,
            "“We will win.”",
            Some("Jane Doe"),
        ),
    ]);
}

#[test]
fn a_quote_spanning_sentences_opens_in_its_first() {
    let text = "“We will fight. We will win,” said Jane Doe.";
    let doc = Doc::new(text);
    let quotes: Vec<_> = all_claims(&doc)
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .collect();
    assert_eq!(quotes.len(), 1, "one quote claim in {text:?}");
    assert_eq!(quotes[0].sentence, 0);
    assert!(
        quotes[0].end > doc.sentences[0].end,
        "the quote runs past its first sentence"
    );
}

#[test]
fn scare_quotes_stay_unclaimed() {
    let cases = [
        "The talks were aimed at “improving” relations.",
        "He praised the “Marshall Plan” for Africa.",
    ];
    for text in cases {
        let claims = all_claims(&Doc::new(text));
        assert!(
            claims.iter().all(|c| c.kind != ClaimKind::Quote),
            "quote in {text:?}"
        );
    }
}

#[test]
fn reported_speech_is_a_statement_of_its_source() {
    use ClaimKind::Statement;
    check(&[
        (
            "Jane Doe said that taxes would rise.",
            Statement,
            "taxes would rise",
            Some("Jane Doe"),
        ),
        (
            "The ministry denied that it had lost the files.",
            Statement,
            "it had lost the files",
            Some("the ministry"),
        ),
        (
            "According to the United Nations, the camps are full.",
            Statement,
            "the camps are full",
            Some("United Nations"),
        ),
        (
            "Rents will rise again, a spokesman for the council said.",
            Statement,
            "Rents will rise again",
            Some("a spokesman for the council"),
        ),
    ]);
}

#[test]
fn one_claim_per_kind_and_span() {
    let text = "The BBC's correspondent in Jakarta, Jane Doe, told World Business Report \
                that there was likely to be a strong reaction to any price rise.";
    let claims = all_claims(&Doc::new(text));
    let mut spans: Vec<_> = claims.iter().map(|c| (c.kind, c.start, c.end)).collect();
    let all = spans.len();
    spans.dedup();
    assert_eq!(spans.len(), all, "{claims:?}");
    check(&[(
        text,
        ClaimKind::Statement,
        "there was likely to be a strong reaction to any price rise",
        Some("Jane Doe"),
    )]);
}

#[test]
fn claims_in_reported_words_carry_the_claimer() {
    check(&[
        (
            "Police said 45 protesters were arrested on Sunday.",
            ClaimKind::Count,
            "45 protesters",
            Some("police"),
        ),
        (
            "Jane Doe said: “We sold $5m of bonds.”",
            ClaimKind::Money,
            "$5m",
            Some("Jane Doe"),
        ),
        (
            "45 protesters were arrested on Sunday.",
            ClaimKind::Count,
            "45 protesters",
            None,
        ),
    ]);
}

#[test]
fn the_seed_claimers() {
    let text = include_str!("../../../fixtures/belarus-prisoners-2025-12-14.txt");
    let claims = all_claims(&Doc::new(text));
    let claimer = |kind: ClaimKind, words: &str| {
        let c = claims
            .iter()
            .find(|c| c.kind == kind && text[c.start..c.end].contains(words));
        c.unwrap_or_else(|| panic!("no {kind:?} claim with {words:?}"))
            .claimer
            .clone()
    };
    assert_eq!(
        claimer(ClaimKind::Quote, "Never give up."),
        Some("the prisoners".to_string())
    );
    assert_eq!(claimer(ClaimKind::Quote, "Europe’s last dictator"), None);
    assert_eq!(
        claimer(ClaimKind::Quote, "“improving”"),
        Some("US".to_string())
    );
    assert_eq!(
        claimer(ClaimKind::Statement, "The talks were aimed at"),
        Some("US".to_string())
    );
    assert_eq!(claimer(ClaimKind::Count, "123 political prisoners"), None);
}

#[test]
fn a_stance_yields_a_claim_of_its_own_only_with_a_predicate() {
    use ClaimKind::Statement;
    // What a stance is about is the holder's claim when it says something ...
    check(&[
        (
            "Tom Reed vowed to cut taxes on fuel.",
            Statement,
            "to cut taxes on fuel",
            Some("Tom Reed"),
        ),
        (
            "The union accused the company of breaking the law.",
            Statement,
            "the company of breaking the law",
            Some("the union"),
        ),
    ]);
    // ... and a bare noun phrase asserts nothing: the sentence's own statement holds it.
    for (text, about) in [
        ("Poll explains free-kick decision", "free-kick decision"),
        (
            "Jane Doe criticized the new tax on fuel.",
            "the new tax on fuel",
        ),
    ] {
        let claims = all_claims(&Doc::new(text));
        assert!(
            claims.iter().all(|c| &text[c.start..c.end] != about),
            "{about:?} claimed in {text:?}: {claims:?}"
        );
    }
    check(&[(
        "Jane Doe criticized the new tax on fuel.",
        Statement,
        "Jane Doe criticized the new tax on fuel",
        None,
    )]);
}
