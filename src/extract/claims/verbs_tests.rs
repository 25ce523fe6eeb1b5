//! Table-driven tests of the finite-verb test.

use super::*;

#[test]
fn finds_the_finite_verb() {
    #[rustfmt::skip]
    let cases: &[(&str, Option<&str>)] = &[
        ("Belarus Releases Prisoners After US Sanctions Lifted", Some("Releases")),
        ("Cold weather kills the virus", Some("kills")),
        ("Antibiotics prevent and treat infections", Some("prevent")),
        ("It’s brilliant.", Some("It’s")),
        ("The logic here is thinner than a crepe.", Some("is")),
        ("The firm hired 300 workers.", Some("hired")),
        ("He took the prize.", Some("took")),
        ("Harvard Department Chairman Arrested", Some("Arrested")),
        ("Limitations of Authorized Use", None),
        ("The Nobel Laureate and the Dictator’s Pawn Shop", None),
        ("What a laugh, really.", None),
        ("Bialiatski’s crime?", None),
        ("World Health Organization.", None),
        ("Increased illness and tiredness", None),
        ("The releases of data", None),
        ("Sales of cars", None),
        ("Plans to cut taxes", None),
        ("The terror suspects are held", Some("are")),
        ("The river carries silt", Some("carries")),
        ("Others to be added.", None),
        ("The names have been added", Some("have")),
        ("The firm pushes ahead", Some("pushes")),
        ("The women’s race ended early", Some("ended")),
        ("Other acts include a band", Some("include")),
    ];
    for &(text, want) in cases {
        let doc = Doc::new(text);
        let got = first_finite(&doc, 0, 0, usize::MAX).map(|i| doc.words[0][i].str(text));
        assert_eq!(got, want, "{text:?}");
    }
}
