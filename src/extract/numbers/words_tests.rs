//! Table-driven tests of the number vocabulary.

use super::*;

#[test]
fn looks_up_words() {
    let cases: &[(&str, Option<W>)] = &[
        ("seven", Some(W::Unit(7.0))),
        ("fifteen", Some(W::Teen(15.0))),
        ("ninety", Some(W::Tens(90.0))),
        ("million", Some(W::Scale(1e6))),
        ("hundreds", Some(W::Hundred)),
        ("ukraine", None),
    ];
    for (w, want) in cases {
        assert_eq!(word(w), *want, "{w}");
    }
}

#[test]
fn looks_up_ordinals() {
    let cases: &[(&str, f64, OrdClass, bool)] = &[
        ("third", 3.0, OrdClass::Unit, false),
        ("fifths", 5.0, OrdClass::Unit, true),
        ("twentieth", 20.0, OrdClass::Tens, false),
        ("hundredths", 100.0, OrdClass::Hundred, true),
        ("millionth", 1e6, OrdClass::Scale, false),
        ("halves", 2.0, OrdClass::Part, true),
        ("quarter", 4.0, OrdClass::Part, false),
    ];
    for (w, value, class, plural) in cases {
        assert_eq!(
            word(w),
            Some(W::Ord(Ord {
                value: *value,
                class: *class,
                plural: *plural
            })),
            "{w}"
        );
    }
    assert_eq!(word("seconds"), None);
}
