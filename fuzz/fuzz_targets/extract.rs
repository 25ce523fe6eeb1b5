//! The whole extractor on any UTF-8 text: no panic, every span on char boundaries inside the
//! text, value <= value_max, and the same claims for the same text.
#![no_main]

use claimdesk::extract::article::analyse;
use claimdesk::extract::quantity::find_quantities;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let on_boundaries = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let analysis = analyse(text);
    for s in &analysis.sentences {
        assert!(
            on_boundaries(s.span.start, s.span.end),
            "sentence {:?}",
            s.span
        );
    }
    for c in &analysis.claims {
        assert!(
            c.start < c.end && on_boundaries(c.start, c.end),
            "claim {c:?}"
        );
        if let (Some(low), Some(high)) = (c.value, c.value_max) {
            assert!(low <= high, "claim {c:?}");
        }
    }
    for q in find_quantities(text) {
        assert!(
            q.start < q.end && on_boundaries(q.start, q.end),
            "quantity {q:?}"
        );
        if let (Some(low), Some(high)) = (q.value, q.value_max) {
            assert!(low <= high, "quantity {q:?}");
        }
    }
    assert_eq!(analyse(text), analysis, "a second run differs");
});
