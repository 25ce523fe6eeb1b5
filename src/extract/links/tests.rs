//! Table-driven tests of the links, one case per line, named by the claims' words; and the
//! seed article's restatements and its one contradiction.

use super::{figure, phrase};
use crate::extract::article::analyse;
use crate::extract::claims::{Claim, ClaimKind};

/// Which link a case expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Link {
    Same,
    Conflict,
}
use Link::{Conflict, Same};

/// Every link in `text` as (link, later claim's words, earlier claim's words), statements
/// left out (another rule's business).
fn links(text: &str) -> Vec<(Link, String, String)> {
    let claims = analyse(text).claims;
    let words = |i: usize| text[claims[i].start..claims[i].end].to_string();
    let mut out = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if c.kind == ClaimKind::Statement {
            continue;
        }
        if let Some(j) = c.same_as {
            assert!(j < i, "same_as points forward in {text:?}");
            assert_eq!(claims[j].same_as, None, "a chain in {text:?}");
            out.push((Same, words(i), words(j)));
        }
        if let Some(j) = c.conflicts_with {
            assert!(j < i, "conflicts_with points forward in {text:?}");
            out.push((Conflict, words(i), words(j)));
        }
    }
    out
}

/// (text, the one link expected as (link, later words, earlier words), or None for no link)
type Case<'a> = (&'a str, Option<(Link, &'a str, &'a str)>);

fn check(cases: &[Case<'_>]) {
    for &(text, expected) in cases {
        let got = links(text);
        let expected: Vec<(Link, String, String)> = expected
            .into_iter()
            .map(|(l, a, b)| (l, a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, expected, "links in {text:?}");
    }
}

#[rustfmt::skip]
#[test]
fn restatements_link_to_the_first_statement() {
    check(&[
        ("Troops evacuated 300 flood victims. The 300 victims slept in tents.", Some((Same, "300 victims", "300 flood victims"))),
        ("Rebels freed 40 hostages on Friday. The release of 40 hostages took months.", Some((Same, "40 hostages", "40 hostages"))),
        ("Rebels freed Tom Hale on Friday. Hale was released after long talks.", Some((Same, "Hale was released", "freed Tom Hale"))),
        ("Booker Prize winner Anna Berg spoke first. Berg won the Booker Prize in 2019.", Some((Same, "Berg won the Booker Prize", "Booker Prize winner Anna Berg"))),
        ("Omar Lind was jailed for six years. Lind served six years in prison.", Some((Same, "six years in prison", "jailed for six years"))),
        ("“We will rebuild the town,” said Ana Moreno. Moreno later told them: “We will rebuild the town.”", Some((Same, "“We will rebuild the town.”", "“We will rebuild the town,”"))),
    ]);
}

#[rustfmt::skip]
#[test]
fn different_things_do_not_link() {
    check(&[
        ("The vote is on 3 May 2026. Results follow on 5 May 2026.", None),
        ("The vote is on 3 May 2026. Results follow on 3 May 2026.", None),
        ("Firefighters rescued 12 children. They also rescued 12 dogs.", None),
        ("The club signed 12 young players. It released 12 senior players.", None),
        ("Police arrested 45 protesters. Doctors said 45 protesters were injured.", None),
        ("Police arrested 20 people. Another 20 people were arrested on Monday.", None),
        ("“We won the match,” said Ana Moreno. “We deserved it,” Moreno said.", None),
        ("Booker Prize winner Anna Berg spoke. Booker Prize winner Carl Ode replied.", None),
        ("Omar Lind was jailed for six years. Eva Lind was jailed for six years.", None),
        ("Rebels freed Tom Hale. Rebels freed Eva Kron.", None),
        ("Russia freed Tom Hale in June. Later Ukraine freed Hale.", None),
        ("Anna Berg won the Booker Prize in 2019. Until then Berg had never won the Booker Prize.", None),
        ("Omar Lind, 40, was jailed for six years. Lind served six years in prison, not ten.", Some((Same, "six years in prison", "jailed for six years"))),
        ("Lind served the first six months and then the second six months in prison.", None),
        ("The band played two songs on Friday. On Monday it played two songs for radio.", None),
        ("The band played two songs on Friday. The two songs were new.", Some((Same, "two songs", "two songs"))),
        ("Several party leaders backed him. Several district party leaders did not.", None),
        ("Several party leaders backed him. The several party leaders met.", Some((Same, "several party leaders", "Several party leaders"))),
        ("Rebels freed Tom Hale in May. Hale said he would be released again.", None),
        ("Broadband reached 7 homes per 100 people. Germany has 6 homes per 100 people.", None),
        ("England won the Six Nations title. Wales lost the Six Nations match.", None),
        ("Profits rose by 5% to $2bn. Costs rose by 5% to $2bn.", None),
    ]);
}

#[rustfmt::skip]
#[test]
fn disagreeing_figures_conflict() {
    check(&[
        ("A total of 80 political prisoners were freed. Yet a few dozen political prisoners are no reform.", Some((Conflict, "a few dozen political prisoners", "80 political prisoners"))),
        ("About 50 political prisoners were freed. In all, 123 political prisoners were freed.", Some((Conflict, "123 political prisoners", "50 political prisoners"))),
        ("In all, 123 political prisoners were freed. Nearly 90 political prisoners were freed.", Some((Conflict, "90 political prisoners", "123 political prisoners"))),
        ("Omar Lind was jailed for ten years. Lind spent a few months in prison.", Some((Conflict, "a few months in prison", "jailed for ten years"))),
    ]);
}

#[rustfmt::skip]
#[test]
fn agreeing_or_incomparable_figures_do_not_conflict() {
    check(&[
        ("A total of 40 political prisoners were freed. Yet a few dozen political prisoners are no reform.", None),
        ("More than 100 political prisoners were freed. In all, 123 political prisoners were freed.", None),
        ("About 120 political prisoners were freed. In all, 123 political prisoners were freed.", None),
        ("The firm sold 500 electric cars. It sold 900 electric cars.", None),
        ("About 50 people died. In all, 123 people died.", None),
        ("About 50 political prisoners were freed in 2019. In all, 123 political prisoners were freed in 2024.", None),
        ("In all, 123 political prisoners were freed, not a few dozen political prisoners.", None),
        ("Police arrested 123 political prisoners. A few dozen political prisoners were freed.", None),
        ("In all, 123 political prisoners were freed. They said a few dozen political prisoners would be freed.", None),
        ("In all, 123 political prisoners were freed. A few of the political prisoners were freed.", None),
        ("Nine of the 14 political prisoners were freed. About 40 political prisoners were freed.", None),
    ]);
}

#[rustfmt::skip]
#[test]
fn phrases_normalise_case_articles_number_and_verb_forms() {
    let cases: &[(&str, bool, &str)] = &[
        ("The Political Prisoners", false, "political prisoner"),
        ("countries", false, "country"),
        ("churches", false, "church"),
        ("people", false, "person"),
        ("the bus", false, "bus"),
        ("Bialiatski’s", false, "bialiatski"),
        ("its 12 glasses", false, "12 glass"),
        ("lifted sanctions", true, "lift sanction"),
        ("lifting the sanctions", true, "lift sanction"),
        ("lifted sanctions", false, "lifted sanction"),
        ("bed", true, "bed"),
    ];
    let mut scratch = String::new();
    for (phrase_, stem, normal) in cases {
        let mut words = Vec::new();
        phrase::for_each_word(phrase_, *stem, &mut scratch, |base, ending| {
            words.push(format!("{base}{ending}"));
        });
        assert_eq!(words.join(" "), *normal, "{phrase_:?}");
    }
}

#[rustfmt::skip]
#[test]
fn passages_key_on_words_alone() {
    let key = phrase::Key::new(0);
    let cases: &[(&str, &str, bool)] = &[
        ("“Never give up.”", "never give up", true),
        ("We will rebuild, the town", "we will rebuild the town", true),
        ("We will rebuild", "we will rebuild it", false),
        ("Europe’s last dictator", "europe’s last dictator", true),
    ];
    for (a, b, same) in cases {
        assert_eq!(phrase::words_key(key, a) == phrase::words_key(key, b), *same, "{a:?} vs {b:?}");
    }
    assert_eq!(phrase::words_key(key, "“…”"), None);
}

/// (words before, value, value_max, approximate, low, high, exact)
type FigureCase<'a> = ([&'a str; 3], f64, Option<f64>, bool, f64, f64, bool);

#[rustfmt::skip]
#[test]
fn figures_allow_what_their_words_say() {
    let cases: &[FigureCase<'_>] = &[
        (["", "a", "total"], 123.0, None, false, 123.0, 123.0, true),
        (["", "more", "than"], 100.0, None, false, 100.0, f64::INFINITY, false),
        (["released", "at", "least"], 40.0, None, false, 40.0, f64::INFINITY, false),
        (["", "", "nearly"], 120.0, None, true, 90.0, 120.0, false),
        (["", "up", "to"], 150.0, None, false, 0.0, 150.0, false),
        (["", "", "about"], 120.0, None, true, 90.0, 150.0, false),
        (["", "", "but"], 24.0, Some(60.0), true, 24.0, 60.0, false),
        (["", "", "between"], 10.0, Some(20.0), false, 10.0, 20.0, false),
        (["fell", "just", "under"], 200.0, None, false, 150.0, 200.0, false),
    ];
    for &(before, value, max, approximate, low, high, exact) in cases {
        let mut claim = Claim::new(ClaimKind::Count, 0, 0, 1);
        (claim.value, claim.value_max, claim.approximate) = (Some(value), max, approximate);
        let got = figure::figure(&claim, figure::bound(&before));
        assert_eq!(got, Some(figure::Figure { low, high, exact }), "{before:?} {value}");
    }
}

#[test]
fn seed_restatements_and_conflict() {
    let text = include_str!("../../../fixtures/belarus-prisoners-2025-12-14.txt");
    let mut got = links(text);
    got.sort();
    let mut expected: Vec<(Link, String, String)> = [
        (
            Same,
            "Nobel Peace Prize laureate, Ales Bialiatski",
            "Nobel Peace Prize laureate Ales Bialiatski",
        ),
        (
            Same,
            "He won the Nobel Peace Prize",
            "Nobel Peace Prize laureate Ales Bialiatski",
        ),
        (
            Same,
            "releasing her and Bialiatski",
            "freed Nobel Peace Prize laureate Ales Bialiatski",
        ),
        (Same, "123 prisoners", "123 political prisoners"),
        (
            Conflict,
            "a few dozen political prisoners",
            "123 political prisoners",
        ),
    ]
    .into_iter()
    .map(|(l, a, b)| (l, a.to_string(), b.to_string()))
    .collect();
    expected.sort();
    assert_eq!(got, expected);
}
