//! Table-driven tests of the claim rules, one case per line, on news sentences beyond the seed.

use super::{ClaimKind, Doc, all_claims};

/// (text, kind, claim words, subject, object, value)
type Case<'a> = (
    &'a str,
    ClaimKind,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<f64>,
);

fn check(cases: &[Case<'_>]) {
    for &(text, kind, words, subject, object, value) in cases {
        let doc = Doc::new(text);
        let claims = all_claims(&doc);
        let found = claims
            .iter()
            .find(|c| c.kind == kind && &text[c.start..c.end] == words);
        let Some(claim) = found else {
            let got: Vec<_> = claims
                .iter()
                .map(|c| (c.kind, &text[c.start..c.end]))
                .collect();
            panic!("no {kind:?} claim {words:?} in {text:?}; got {got:?}");
        };
        assert_eq!(claim.subject.as_deref(), subject, "subject in {text:?}");
        assert_eq!(claim.object.as_deref(), object, "object in {text:?}");
        assert_eq!(claim.value, value, "value in {text:?}");
    }
}

fn kinds(text: &str) -> Vec<ClaimKind> {
    all_claims(&Doc::new(text)).iter().map(|c| c.kind).collect()
}

#[test]
fn counts() {
    use ClaimKind::Count;
    check(&[
        (
            "Police said 45 protesters were arrested on Sunday.",
            Count,
            "45 protesters",
            Some("protesters"),
            Some("arrested"),
            Some(45.0),
        ),
        (
            "At least 12 miners died in the blast.",
            Count,
            "12 miners",
            Some("miners"),
            Some("died"),
            Some(12.0),
        ),
        (
            "The firm hired 300 new workers.",
            Count,
            "300 new workers",
            Some("new workers"),
            Some("hired"),
            Some(300.0),
        ),
        (
            "Officials welcomed the release of 8 hostages.",
            Count,
            "8 hostages",
            Some("hostages"),
            Some("released"),
            Some(8.0),
        ),
        (
            "Only 40 of the prisoners were freed.",
            Count,
            "40 of the prisoners",
            Some("prisoners"),
            Some("released"),
            Some(40.0),
        ),
    ]);
}

#[test]
fn prison_terms() {
    use ClaimKind::PrisonTerm;
    check(&[
        (
            "A court jailed John Smith for 5 years.",
            PrisonTerm,
            "jailed John Smith for 5 years",
            Some("John Smith"),
            Some("prison"),
            Some(5.0),
        ),
        (
            "Anna Petrova was arrested. She spent six years in prison.",
            PrisonTerm,
            "six years in prison",
            Some("Anna Petrova"),
            Some("prison"),
            Some(6.0),
        ),
    ]);
}

#[test]
fn awards() {
    use ClaimKind::Award;
    check(&[
        (
            "The Pulitzer Prize winner Jane Doe spoke.",
            Award,
            "Pulitzer Prize winner Jane Doe",
            Some("Jane Doe"),
            Some("Pulitzer Prize"),
            None,
        ),
        (
            "Mary Lane was praised. She won the Booker Prize in 2019.",
            Award,
            "She won the Booker Prize",
            Some("Mary Lane"),
            Some("Booker Prize"),
            None,
        ),
    ]);
}

#[test]
fn releases() {
    use ClaimKind::Release;
    check(&[
        (
            "Iran freed journalist Sara Khan on Monday.",
            Release,
            "freed journalist Sara Khan",
            Some("Sara Khan"),
            Some("Iran"),
            None,
        ),
        (
            "Tom Reed, a British aid worker, was released on Friday.",
            Release,
            "Tom Reed, a British aid worker, was released",
            Some("Tom Reed"),
            None,
            None,
        ),
    ]);
}

#[test]
fn quotes() {
    use ClaimKind::Quote;
    check(&[
        (
            "“We will not back down,” said Prime Minister Jan Novak.",
            Quote,
            "“We will not back down,”",
            Some("Jan Novak"),
            None,
            None,
        ),
        (
            "Lisa Grant spoke. “Prices will fall,” she said.",
            Quote,
            "“Prices will fall,”",
            Some("Lisa Grant"),
            None,
            None,
        ),
        (
            "Critics call Viktor Orban, often known as “the strongman of Europe,” a risk.",
            Quote,
            "“the strongman of Europe,”",
            Some("Viktor Orban"),
            Some("label"),
            None,
        ),
    ]);
}

#[test]
fn events() {
    use ClaimKind::Event;
    check(&[
        (
            "Last year the European Union imposed sanctions on the regime.",
            Event,
            "European Union imposed sanctions on the regime",
            Some("European Union"),
            Some("imposed sanctions on the regime"),
            None,
        ),
        (
            "Russia, a neighbour of Ukraine, annexed Crimea in 2014.",
            Event,
            "Russia, a neighbour of Ukraine, annexed Crimea in 2014",
            Some("Russia"),
            Some("annexed Crimea in 2014"),
            None,
        ),
    ]);
}

#[test]
fn pure_opinion_yields_no_claim() {
    let cases = [
        "It’s brilliant.",
        "It’s horrific.",
        "Because in the world of realpolitik, compassion is for suckers.",
        "The logic here is thinner than a crepe.",
        "What a laugh, really.",
        "This is a disgrace and everyone knows it.",
    ];
    for text in cases {
        assert_eq!(kinds(text), [], "claims in {text:?}");
    }
}

#[test]
fn negated_releases_and_events_are_not_claims() {
    let cases = [
        "Anna Petrova was arrested. She was not released on Friday.",
        "The record by Tom Reed is not going to be released.",
        "The United States never lifted sanctions.",
        "Iran didn't free journalist Sara Khan.",
    ];
    for text in cases {
        let found: Vec<_> = kinds(text)
            .into_iter()
            .filter(|k| matches!(k, ClaimKind::Release | ClaimKind::Event))
            .collect();
        assert_eq!(found, [], "claims in {text:?}");
    }
}

#[test]
fn measures_are_not_counts_and_ages_are_not_durations() {
    let cases: &[(&str, ClaimKind)] = &[
        ("The line carries 8 megabits a second.", ClaimKind::Count),
        ("The plant burns 300 tonnes of coal.", ClaimKind::Count),
        (
            "Schools will teach 14-16 year olds to code.",
            ClaimKind::Duration,
        ),
        ("A 45-year-old man was arrested.", ClaimKind::Duration),
    ];
    for &(text, kind) in cases {
        assert!(!kinds(text).contains(&kind), "{kind:?} in {text:?}");
    }
}

#[test]
fn years_and_ratios_are_not_counts() {
    let cases = [
        "Shares rose after 2004 gains in the sector.",
        "Officials say one in 13 pupils is absent.",
    ];
    for text in cases {
        let counts = kinds(text)
            .into_iter()
            .filter(|k| *k == ClaimKind::Count)
            .count();
        assert_eq!(counts, 0, "counts in {text:?}");
    }
}

#[test]
fn a_percent_without_a_figure_is_not_a_claim() {
    let cases = [
        "Only a small percent of applicants attain the top ranks.",
        "The table shows the % of increase in the last month.",
        "Nobody knows the percentage of voters who stayed at home.",
    ];
    for text in cases {
        let percents = kinds(text).into_iter().filter(|k| *k == ClaimKind::Percent);
        assert_eq!(percents.count(), 0, "percents in {text:?}");
    }
    assert_eq!(kinds("Turnout fell 12 percent."), [ClaimKind::Percent]);
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let cases = [
        "The talks were aimed at “improving” relations.",
        "He praised the “Marshall Plan” for Africa.",
        "They share a “common heritage” with Europe.",
    ];
    for text in cases {
        let quotes = kinds(text).into_iter().filter(|k| *k == ClaimKind::Quote);
        assert_eq!(quotes.count(), 0, "quotes in {text:?}");
    }
}

#[test]
fn spans_stay_on_char_boundaries() {
    let text = "Ünïcödé — “Never give up.” 😀 Anna Petrova was freed. She spent 3 years in jail.";
    for claim in all_claims(&Doc::new(text)) {
        assert!(text.is_char_boundary(claim.start) && text.is_char_boundary(claim.end));
        assert!(claim.start < claim.end && claim.end <= text.len());
    }
}
