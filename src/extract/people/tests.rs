//! Table-driven tests of name finding and reference resolution.

use super::*;
use crate::extract::sentences::split;

fn full_names(text: &str) -> Vec<String> {
    let sentences = split(text);
    find_names(text, &sentences, &SentenceWords::new(text, &sentences))
        .into_iter()
        .map(|n| n.full)
        .collect()
}

#[test]
fn finds_people() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Belarus freed Nobel Peace Prize laureate Ales Bialiatski.",
            &["Ales Bialiatski"],
        ),
        (
            "Maria Kolesnikova was released. Kolesnikova smiled.",
            &["Maria Kolesnikova", "Maria Kolesnikova"],
        ),
        (
            "No one believed Alexander Lukashenko’s words.",
            &["Alexander Lukashenko"],
        ),
        ("The United States lifted sanctions on Monday.", &[]),
        ("Belarus Releases Prisoners After US Sanctions Lifted", &[]),
        ("Then President Obama spoke.", &["Obama"]),
        ("The Nobel Peace Prize went to him.", &[]),
        (
            "Economy minister Heizo Takenaka said so.",
            &["Heizo Takenaka"],
        ),
        (
            "Fans at Old Trafford cheered the Indoor Championships.",
            &[],
        ),
        (
            "Ann Lee met Bob Ray. Freeing Lee, Ray left.",
            &["Ann Lee", "Bob Ray", "Ann Lee", "Bob Ray"],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(full_names(text), *expected, "names in {text:?}");
    }
}

#[test]
fn resolves_to_the_nearest_earlier_name() {
    let text = "Ann Lee met Bob Ray. He left. Later she came.";
    let sentences = split(text);
    let names = find_names(text, &sentences, &SentenceWords::new(text, &sentences));
    let he = text.find("He").unwrap();
    assert_eq!(
        resolve(&names, 1, he).map(|n| n.full.as_str()),
        Some("Bob Ray")
    );
    assert_eq!(resolve(&names, 0, 0), None);
}
