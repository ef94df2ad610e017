//! The date parser: no panic, and a normalized date is a real calendar date
//! (or month, or year) whose start is not after its end, and whose ISO form
//! reads back as the same date.
#![no_main]

use claimkit_parser::{date, IsoDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((written, len)) = date::parse_prefix(text) {
        assert!(len <= text.len() && text.is_char_boundary(len));
        for year in [None, Some(1999), Some(-5), Some(9999)] {
            let n = written.normalize(year);
            match (n.start, n.end) {
                (Some(a), Some(b)) => {
                    assert!(a.first_day() <= b.last_day(), "{text:?}: {a} after {b}");
                    for d in [a, b] {
                        assert_eq!(d.to_string().parse::<IsoDate>(), Ok(d), "{text:?}");
                    }
                }
                (None, None) => {}
                _ => panic!("{text:?}: one end of an interval without the other"),
            }
        }
    }
    let _ = date::parse(text);
    if let Some((_, parts)) = date::parts(text) {
        for range in parts.months.iter().chain(&parts.days).chain(&parts.years) {
            assert!(text.get(range.clone()).is_some(), "{text:?}: {range:?}");
        }
    }
});
