//! The JSON Lines corpus reader on any bytes: no panic, and every article it gives is
//! non-empty text.
#![no_main]

use claimdesk::corpus::jsonl::JsonLines;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for item in JsonLines::new("fuzz.jsonl".to_string(), data).flatten() {
        assert!(!item.text.trim().is_empty());
        assert!(item.bytes as usize <= data.len());
    }
});
