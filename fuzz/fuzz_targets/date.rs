//! The date parser: no panic, and a normalized date is well formed.
#![no_main]

use claimkit_parser::date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((written, len)) = date::parse_prefix(text) {
        assert!(len <= text.len() && text.is_char_boundary(len));
        for year in [None, Some(1999), Some(-5), Some(i32::MAX)] {
            let n = written.normalize(year);
            if let (Some(a), Some(b)) = (&n.start, &n.end) {
                assert!(a.len() == b.len() || a.len() >= 4, "{a} {b}");
            }
        }
    }
    let _ = date::parse(text);
});
