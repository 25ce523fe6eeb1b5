//! Table-driven tests of the attribution frames, one case per line: (text, claimer, content).

use crate::extract::claims::Doc;

/// Every attribution of `text` as (claimer, content words).
pub(super) fn found(text: &str) -> Vec<(String, String)> {
    let doc = Doc::new(text);
    doc.attributions()
        .list
        .iter()
        .filter_map(|a| {
            Some((
                a.claimer.clone()?,
                text[a.content.0..a.content.1].to_string(),
            ))
        })
        .collect()
}

pub(super) fn check(cases: &[(&str, &str, &str)]) {
    for &(text, claimer, content) in cases {
        let got = found(text);
        assert!(
            got.iter().any(|(c, w)| c == claimer && w == content),
            "want ({claimer:?}, {content:?}) in {text:?}; got {got:?}"
        );
    }
}

/// Asserts that no attribution of each text has the given claimer.
pub(super) fn check_not(cases: &[(&str, &str)]) {
    for &(text, wrong) in cases {
        let got = found(text);
        assert!(
            got.iter().all(|(c, _)| c != wrong),
            "{wrong:?} taken as the claimer in {text:?}: {got:?}"
        );
    }
}

#[test]
fn active_frames() {
    check(&[
        (
            "Jane Doe said the plan would fail.",
            "Jane Doe",
            "the plan would fail",
        ),
        (
            "Jane Doe said that the plan would fail.",
            "Jane Doe",
            "the plan would fail",
        ),
        (
            "Officials said on Monday that the bridge was unsafe.",
            "officials",
            "the bridge was unsafe",
        ),
        (
            "A spokesperson for the ministry said the talks had ended.",
            "a spokesperson for the ministry",
            "the talks had ended",
        ),
        (
            "Tom Reed told reporters the vote was rigged.",
            "Tom Reed",
            "the vote was rigged",
        ),
        (
            "Tom Reed told The Daily Post that the vote was rigged.",
            "Tom Reed",
            "the vote was rigged",
        ),
        (
            "The mayor claims crime has fallen by half.",
            "the mayor",
            "crime has fallen by half",
        ),
        (
            "Ann Cole argues that taxes must rise.",
            "Ann Cole",
            "taxes must rise",
        ),
        (
            "Doctors warn that the virus is spreading.",
            "doctors",
            "the virus is spreading",
        ),
        (
            "Most voters believe the economy is weak.",
            "most voters",
            "the economy is weak",
        ),
        (
            "The firm denied that it had broken the law.",
            "the firm",
            "it had broken the law",
        ),
        (
            "Ben Ode insisted he had done nothing wrong.",
            "Ben Ode",
            "he had done nothing wrong",
        ),
        (
            "Ben Ode added that the deal was fair.",
            "Ben Ode",
            "the deal was fair",
        ),
        (
            "The agency announced that fares will rise in May.",
            "the agency",
            "fares will rise in May",
        ),
        (
            "Last week the minister said prices would fall.",
            "the minister",
            "prices would fall",
        ),
        (
            "A new study found that sleep improves memory.",
            "a new study",
            "sleep improves memory",
        ),
    ]);
}

#[test]
fn inverted_and_parenthetical_frames() {
    check(&[
        (
            "The plan will fail, Jane Doe said.",
            "Jane Doe",
            "The plan will fail",
        ),
        (
            "The plan will fail, said Jane Doe.",
            "Jane Doe",
            "The plan will fail",
        ),
        (
            "The plan will fail, the minister said on Monday.",
            "the minister",
            "The plan will fail",
        ),
        (
            "Prices will rise, a spokesman for the bank said.",
            "a spokesman for the bank",
            "Prices will rise",
        ),
        (
            "Crime fell sharply, police told reporters.",
            "police",
            "Crime fell sharply",
        ),
        (
            "The plan, he said, will cost millions.",
            "he",
            "The plan, he said, will cost millions",
        ),
    ]);
}

#[test]
fn according_to() {
    check(&[
        (
            "According to the United Nations, 2 million people fled.",
            "United Nations",
            "2 million people fled",
        ),
        (
            "Exports fell by a third, according to official figures.",
            "official figures",
            "Exports fell by a third",
        ),
        (
            "But according to Jane Doe, the deal is dead.",
            "Jane Doe",
            "the deal is dead",
        ),
    ]);
}

#[test]
fn quote_frames() {
    check(&[
        (
            "“We will win,” said Jane Doe.",
            "Jane Doe",
            "“We will win,”",
        ),
        (
            "Jane Doe said: “We will win.”",
            "Jane Doe",
            "“We will win.”",
        ),
        (
            "Jane Doe told the crowd: “We will win.”",
            "Jane Doe",
            "“We will win.”",
        ),
        ("“We will win,” she asked.", "she", "“We will win,”"),
        ("Jane Doe: “We will win.”", "Jane Doe", "“We will win.”"),
        (
            "“We will win. We always do,” Jane Doe said.",
            "Jane Doe",
            "“We will win. We always do,”",
        ),
        (
            "“We will win,” Jane Doe, the party leader, told the BBC.",
            "Jane Doe",
            "“We will win,”",
        ),
    ]);
}

#[test]
fn participles_take_the_earlier_source() {
    check(&[
        (
            "Jane Doe said the plan was sound, adding that it would pass.",
            "Jane Doe",
            "it would pass",
        ),
        (
            "Tom Reed rejected the report, saying it was false.",
            "Tom Reed",
            "it was false",
        ),
    ]);
}

#[test]
fn sources_resolve_to_names() {
    check(&[
        (
            "Jane Doe spoke first. She said the plan was sound.",
            "Jane Doe",
            "the plan was sound",
        ),
        (
            "Foreign Minister Ivan Petrov arrived. The minister said talks had failed.",
            "Ivan Petrov",
            "talks had failed",
        ),
        (
            "Tom Reed, a lawyer, spoke. The lawyer said his client was innocent.",
            "Tom Reed",
            "his client was innocent",
        ),
        (
            "Mike Ryan, the agency’s top expert, said cases were falling.",
            "Mike Ryan",
            "cases were falling",
        ),
        (
            "The Health Ministry issued figures. The ministry said cases had doubled.",
            "Health Ministry",
            "cases had doubled",
        ),
        (
            "Acme Corp said sales rose. It said profits would follow.",
            "Acme Corp",
            "profits would follow",
        ),
        (
            "Nurses said pay was low. They said staff were leaving.",
            "nurses",
            "staff were leaving",
        ),
        (
            "The prisoners wept, with some declaring, “We are free.”",
            "the prisoners",
            "“We are free.”",
        ),
    ]);
}

#[test]
fn fragments_head_the_sentence_they_name() {
    check(&[
        (
            "The bank’s explanation? Rates had to rise.",
            "the bank",
            "Rates had to rise",
        ),
        (
            "The US rationale? The talks were aimed at “improving” ties.",
            "US",
            "The talks were aimed at “improving” ties",
        ),
    ]);
}

#[test]
fn not_attributions() {
    let cases = [
        "The company added 300 jobs last year.",
        "Police found the body on Tuesday.",
        "The thought of it scared everyone.",
        "It is said to be the oldest tree in the city.",
        "I think the plan is bad.",
        "We believe this is wrong.",
        "The report was published on Monday.",
    ];
    for text in cases {
        assert_eq!(found(text), [], "attributions in {text:?}");
    }
}
