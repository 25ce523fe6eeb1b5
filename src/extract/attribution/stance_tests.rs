//! Table-driven tests of stance frames: (text, claimer, what the stance is about), and
//! sentences where a stance word takes no stance.

use super::tests::check;
use crate::extract::claims::Doc;

#[test]
fn stances_and_what_they_are_about() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        ("Jane Doe criticized the new tax on fuel.", "Jane Doe", "the new tax on fuel"),
        ("The union accused the company of breaking the law.", "the union", "the company of breaking the law"),
        ("Tom Reed called for a recount of the votes.", "Tom Reed", "a recount of the votes"),
        ("Officials want to close the bridge next year.", "officials", "to close the bridge next year"),
        ("Voters have rejected the plan twice.", "voters", "the plan twice"),
        ("Anna Novak vowed to cut taxes, calling the deficit a disgrace.", "Anna Novak", "to cut taxes"),
        ("Anna Novak defended the deal and urged critics to wait.", "Anna Novak", "critics to wait"),
        ("The regulator has slammed the bank for its fees.", "the regulator", "the bank for its fees"),
        ("Shares fell after Acme reported a sharp rise in costs.", "Acme", "a sharp rise in costs"),
        ("Analysts see the deal as a sign of weakness.", "analysts", "the deal as a sign of weakness"),
        ("Tom Reed announced his candidacy and secured a slot on the ballot.", "Tom Reed", "his candidacy"),
        // Advice with no hearer named: what is advised is the adviser's.
        ("The agency advises to wash your hands for 20 seconds.", "the agency", "to wash your hands for 20 seconds"),
    ];
    check(cases);
}

#[test]
fn no_stance_without_a_holder() {
    #[rustfmt::skip]
    let cases: &[&str] = &[
        "The support for the plan grew over the summer.",
        "Voter support for the plan grew over the summer.",
        "The cash offered to the victims never arrived.",
        "Growth expected in the spring did not come.",
        "Trump's attack on the judge drew criticism.",
        "The rally was a growing push for change in the city.",
        "The US might be hoping to peel Belarus away from Russia.",
        "They have been told that the West supports them.",
        "We saw a car in the street outside the hotel.",
        "But showing a big drop in sales, the figures surprised analysts.",
        // What a source declines to say or refuses to do is not its claim.
        "The spokesman declined to say whether the prime minister backed the plans.",
        "The minister refused to release the report.",
    ];
    for &text in cases {
        let doc = Doc::new(text);
        let acts: Vec<_> = doc.attributions().list.iter().filter(|a| a.act).collect();
        assert!(acts.is_empty(), "no stance in {text:?}; got {acts:?}");
    }
}

#[test]
fn a_stance_inside_reported_words_is_the_reporters_claim() {
    #[rustfmt::skip]
    let cases: &[&str] = &[
        "Obama said Republicans want to cut taxes for the rich.",
        "Republicans want to cut taxes for the rich, Obama said.",
    ];
    for &text in cases {
        let doc = Doc::new(text);
        let list = &doc.attributions().list;
        assert!(list.iter().all(|a| !a.act), "{text:?}: {list:?}");
        assert!(
            list.iter().any(|a| a.claimer.as_deref() == Some("Obama")),
            "{text:?}: {list:?}"
        );
    }
}
