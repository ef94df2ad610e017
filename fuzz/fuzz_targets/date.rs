//! The date parser: no panic, and a normalized date is a real calendar date
//! (or year, or month) whose start is not after its end.
#![no_main]

use claimkit_parser::date;
use libfuzzer_sys::fuzz_target;

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year may carry a sign) as numbers,
/// with the missing parts filled towards `start` (first month, first day) or
/// the end (last month, last day); panics when the text is no such date.
fn bound(iso: &str, start: bool) -> (i64, u32, u32) {
    let (sign, digits) = match iso.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, iso),
    };
    let mut parts = digits.split('-');
    let year: i64 = sign * parts.next().and_then(|y| y.parse().ok()).expect(iso);
    let month: Option<u32> = parts.next().map(|m| m.parse().expect(iso));
    let day: Option<u32> = parts.next().map(|d| d.parse().expect(iso));
    assert!(parts.next().is_none(), "{iso}");
    let month_value = month.unwrap_or(if start { 1 } else { 12 });
    assert!((1..=12).contains(&month_value), "{iso}");
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let last = match month_value {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let day_value = day.unwrap_or(if start { 1 } else { last });
    assert!(
        (1..=last).contains(&day_value),
        "{iso}: not a day of the month"
    );
    (year, month_value, day_value)
}

fuzz_target!(|text: &str| {
    if let Some((written, len)) = date::parse_prefix(text) {
        assert!(len <= text.len() && text.is_char_boundary(len));
        for year in [None, Some(1999), Some(-5), Some(9999)] {
            let n = written.normalize(year);
            match (&n.start, &n.end) {
                (Some(a), Some(b)) => {
                    assert!(
                        n.problem.is_none(),
                        "{text:?}: a date with a problem has no interval"
                    );
                    assert!(bound(a, true) <= bound(b, false), "{text:?}: {a} after {b}");
                }
                (None, None) => {}
                _ => panic!("{text:?}: one end of an interval without the other"),
            }
        }
    }
    let _ = date::parse(text);
});
