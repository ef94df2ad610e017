//! Times of day that lead chronology entries under a dated heading:
//! "7:59 A.M.:", "8:42-46 A.M.:", "9 p.m. EST:", "3:10 p.m. GMT (approx):".

use std::sync::LazyLock;

use regex::Regex;

use crate::model::TimeOfDay;

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?P<h1>[0-9]{1,2})(?::(?P<m1>[0-9]{2}))?(?::(?P<s1>[0-9]{2}))?
        (?:\s*[-–]\s*(?:(?P<h2>[0-9]{1,2}):)?(?P<m2>[0-9]{2})(?::(?P<s2>[0-9]{2}))?)?
        (?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?))?
        (?:\s+(?P<zone>[A-Z]{2,5}(?:[+-−][0-9]{1,2})?)\b)?
        (?:\s*\((?P<approx>approx\.?|approximately|about|circa|est\.?)\))?",
    )
    .unwrap()
});

/// A time of day at the start of `text`, and how many bytes it takes; only
/// a time with minutes or with "a.m."/"p.m." counts ("1931" is a year).
pub(crate) fn parse_prefix(text: &str) -> Option<(TimeOfDay, usize)> {
    let c = TIME.captures(text)?;
    let number = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (h1, m1) = (number("h1")?, number("m1"));
    let ampm = c.name("ampm").map(|m| m.as_str().to_ascii_lowercase());
    if m1.is_none() && ampm.is_none() {
        return None;
    }
    let pm = ampm.as_deref().map(|a| a.starts_with('p'));
    let hour = |h: u32| -> Option<u32> {
        match pm {
            None if h <= 23 => Some(h),
            Some(_) if !(1..=12).contains(&h) => None,
            Some(true) => Some(h % 12 + 12),
            Some(false) => Some(h % 12),
            None => None,
        }
    };
    let clock = |h: u32, m: Option<u32>, s: Option<u32>| -> Option<String> {
        let (m, s) = (m.unwrap_or(0), s);
        if m > 59 || s.is_some_and(|s| s > 59) {
            return None;
        }
        Some(match s {
            Some(s) => format!("{h:02}:{m:02}:{s:02}"),
            None => format!("{h:02}:{m:02}"),
        })
    };
    let start = clock(hour(h1)?, m1, number("s1"))?;
    let end = match number("m2") {
        // "8:42-46 A.M.": the end shares the hour unless it names its own.
        Some(m2) => {
            let h2 = number("h2").map_or(Some(hour(h1)?), hour)?;
            clock(h2, Some(m2), number("s2"))?
        }
        None => start.clone(),
    };
    if end < start {
        return None;
    }
    let len = c.get(0).map_or(0, |m| m.end());
    let written = text[..len].trim_end().to_string();
    Some((
        TimeOfDay {
            text: written.clone(),
            start,
            end,
            zone: c.name("zone").map(|m| m.as_str().to_string()),
            approximate: c.name("approx").is_some(),
        },
        written.len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_chronologies_write_them() {
        // (text, (time as written, start, end, zone))
        type Case<'a> = (
            &'a str,
            Option<(&'a str, &'a str, &'a str, Option<&'a str>)>,
        );
        let cases: &[Case<'_>] = &[
            (
                "7:59 A.M.: Flight",
                Some(("7:59 A.M.", "07:59", "07:59", None)),
            ),
            (
                "8:42-46 A.M.: x",
                Some(("8:42-46 A.M.", "08:42", "08:46", None)),
            ),
            (
                "8:46:40 A.M.: x",
                Some(("8:46:40 A.M.", "08:46:40", "08:46:40", None)),
            ),
            (
                "9 p.m. EST: x",
                Some(("9 p.m. EST", "21:00", "21:00", Some("EST"))),
            ),
            (
                "12:30 a.m.: x",
                Some(("12:30 a.m.", "00:30", "00:30", None)),
            ),
            ("12 pm: x", Some(("12 pm", "12:00", "12:00", None))),
            (
                "3:10 p.m. GMT (approx): x",
                Some(("3:10 p.m. GMT (approx)", "15:10", "15:10", Some("GMT"))),
            ),
            ("14:05: x", Some(("14:05", "14:05", "14:05", None))),
            ("1931: x", None),
            ("25:00: x", None),
            ("13 p.m.: x", None),
            ("9:75: x", None),
            (
                "9:50-10:05 a.m.: x",
                Some(("9:50-10:05 a.m.", "09:50", "10:05", None)),
            ),
        ];
        for (text, want) in cases {
            let got = parse_prefix(text).map(|(t, len)| {
                assert_eq!(&text[..len], t.text);
                (t.text, t.start, t.end, t.zone)
            });
            let want = want.map(|(a, b, c, d)| {
                (
                    a.to_string(),
                    b.to_string(),
                    c.to_string(),
                    d.map(str::to_string),
                )
            });
            assert_eq!(got, want, "{text}");
        }
    }
}
