//! Table-driven tests of statement claims: the asserted words and the subject, which
//! sentences get one, and that page furniture gets none.

use super::*;
use crate::extract::claims::all_claims;
use crate::extract::claims::furniture;

/// (text, claim words, subject)
#[rustfmt::skip]
const CASES: &[(&str, &str, Option<&str>)] = &[
    ("Belarus Releases Prisoners After US Sanctions Lifted", "Belarus Releases Prisoners After US Sanctions Lifted", Some("Belarus")),
    ("The ministry said that the virus was created in a lab.", "the virus was created in a lab", Some("virus")),
    ("But the new vaccine does not prevent infection, officials said.", "the new vaccine does not prevent infection", Some("new vaccine")),
    ("In fact, the sanctions hurt the steel industry badly.", "In fact, the sanctions hurt the steel industry badly", Some("sanctions")),
    ("Belarus, a close ally of Russia, allowed troops across its border.", "Belarus, a close ally of Russia, allowed troops across its border", Some("Belarus")),
    ("The decision to lift the sanctions was tied to the war in Ukraine.", "The decision to lift the sanctions was tied to the war in Ukraine", Some("decision")),
    ("There is no evidence that the virus came from a laboratory.", "There is no evidence that the virus came from a laboratory", None),
    ("The law was passed in haste.[12]", "The law was passed in haste", Some("law")),
    ("Widely shared posts blamed the floods on a dam.", "Widely shared posts blamed the floods on a dam", Some("shared posts")),
    ("Showing great skill, the driver won the race.", "Showing great skill, the driver won the race", Some("driver")),
    ("Most of the terror suspects are held in London.", "Most of the terror suspects are held in London", Some("Most of the terror suspects")),
    ("The Council of Mortgage Lenders (CML) said lending was slowing.", "lending was slowing", Some("lending")),
    ("The Council of Mortgage Lenders (CML) reported a fall in lending.", "The Council of Mortgage Lenders (CML) reported a fall in lending", Some("Council of Mortgage Lenders")),
    ("Later, the mayor currently in office will open the bridge.", "Later, the mayor currently in office will open the bridge", Some("mayor")),
    ("They reason that open software produces better programs.", "They reason that open software produces better programs", None),
    ("For years the system, known as OS/2, has run cash machines.", "For years the system, known as OS/2, has run cash machines", None),
    ("The committee's report also discussed the scandal.", "The committee's report also discussed the scandal", Some("committee's report")),
    ("Either way, fiscal tightening is needed.", "Either way, fiscal tightening is needed", Some("fiscal tightening")),
    ("Confusingly for buyers, the new phones will sit beside the old ones.", "Confusingly for buyers, the new phones will sit beside the old ones", Some("new phones")),
    ("The government last year tightened the rules.", "The government last year tightened the rules", Some("government")),
    ("The last train left at noon.", "The last train left at noon", Some("last train")),
    ("Wine makers, however, insisted the support was too small.", "the support was too small", Some("support")),
    ("Wine makers, however, are unhappy with the support.", "Wine makers, however, are unhappy with the support", Some("Wine makers")),
    ("Anna Novak, the mayor, opened the bridge. She said it cost too much.", "Anna Novak, the mayor, opened the bridge", Some("Anna Novak")),
];

#[test]
fn statement_words_and_subject() {
    for &(text, words, subject) in CASES {
        let doc = Doc::new(text);
        let marks = furniture::marks(&doc, 0);
        let Some(claim) = statement(&doc, 0, &marks, false) else {
            panic!("no statement in {text:?}");
        };
        assert_eq!(&text[claim.start..claim.end], words, "{text:?}");
        assert_eq!(claim.subject.as_deref(), subject, "subject of {text:?}");
    }
}

fn kinds(text: &str) -> Vec<ClaimKind> {
    all_claims(&Doc::new(text)).iter().map(|c| c.kind).collect()
}

#[test]
fn statements_only_where_no_rule_applied() {
    let cases: &[(&str, &[ClaimKind])] = &[
        // The count, and the reported words as the police's statement.
        (
            "Police said 45 protesters were arrested.",
            &[ClaimKind::Count, ClaimKind::Statement],
        ),
        ("Officials counted 45 protesters.", &[ClaimKind::Count]),
        (
            "The ministry said that the new bridge was built without a permit.",
            &[ClaimKind::Statement],
        ),
        // A date or a quote does not state what the sentence asserts: a statement beside it.
        (
            "The senate voted on Tuesday to repeal the sales tax on food.",
            &[ClaimKind::Statement, ClaimKind::Date],
        ),
        // (and what the mayor vowed, the mayor's)
        (
            "The mayor called the plan “a disgrace” and vowed to block the new road.",
            &[ClaimKind::Statement, ClaimKind::Quote, ClaimKind::Statement],
        ),
        // A count or an amount does.
        (
            "The council closed 12 schools in the city on Monday.",
            &[ClaimKind::Count, ClaimKind::Date],
        ),
        ("Is the bridge safe?", &[]),
        ("Wash your hands before every meal.", &[]),
    ];
    for &(text, want) in cases {
        assert_eq!(kinds(text), want, "claims in {text:?}");
    }
}

#[test]
fn page_furniture_yields_no_claim_of_any_kind() {
    let text = "By Jane Smith\n\nEdited by Tom Brown, 13 April 2020 - 07:55\n\n\
        The council closed 12 schools on Monday, the mayor said.[4][5]\n\n\
        Photo: Reuters\n\nRead more: 5 things to know about the closures\n\n\
        https://example.com/news/2020/04/13/schools\n\nLeave a Comment";
    let claims = all_claims(&Doc::new(text));
    let second = text.find("The council").unwrap_or(0);
    let marks = text.find("[4]").unwrap_or(0);
    for c in &claims {
        let words = &text[c.start..c.end];
        assert!(
            c.start >= second && c.end <= marks,
            "claim from furniture: {:?} {words:?}",
            c.kind
        );
    }
    assert!(!claims.is_empty(), "the schools sentence has claims");
}
