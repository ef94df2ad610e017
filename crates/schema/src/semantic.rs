//! What JSON Schema cannot say about claimkit documents: intervals and spans
//! that end before they start, byte offsets that are no whole number below
//! 2^64, indices that point past the list they index, and calendar days that
//! do not exist.

use chrono::NaiveDate;
use serde_json::Value;

use crate::error::ValidationError;

/// claimkit's own checks over a whole document, in document order.
pub(crate) fn check(document: &Value) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut path = String::new();
    walk(document, document, &mut path, &mut errors);
    errors
}

fn walk(root: &Value, value: &Value, path: &mut String, errors: &mut Vec<ValidationError>) {
    match value {
        Value::Object(map) => {
            check_object(map, path, errors);
            if let Some(index) = path.strip_prefix("/quotations/") {
                if index.bytes().all(|b| b.is_ascii_digit()) {
                    check_quotation(root, map, path, errors);
                }
            }
            for (key, child) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                walk(root, child, path, errors);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(root, child, path, errors);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// A quotation's `nested_in` and `context` must point at a quotation, a
/// chronology and an entry the article has.
fn check_quotation(
    root: &Value,
    map: &serde_json::Map<String, Value>,
    path: &str,
    errors: &mut Vec<ValidationError>,
) {
    let count = |pointer: &str| {
        root.pointer(pointer)
            .and_then(Value::as_array)
            .map(Vec::len)
    };
    let mut out_of_range = |member: &str, what: &str, value: &Value, len: usize| {
        if value.is_number() && value.as_u64().is_none_or(|i| i >= len as u64) {
            errors.push(ValidationError {
                instance_path: format!("{path}/{member}"),
                schema_path: String::new(),
                message: format!("{what} {value} is out of range: the document has {len}"),
            });
        }
    };
    if let Some(nested_in) = map.get("nested_in") {
        let len = count("/quotations").unwrap_or(0);
        out_of_range("nested_in", "quotation", nested_in, len);
    }
    let Some(context) = map.get("context").filter(|c| c.get("chronology").is_some()) else {
        return;
    };
    let chronologies = count("/chronologies").unwrap_or(0);
    out_of_range(
        "context/chronology",
        "chronology",
        &context["chronology"],
        chronologies,
    );
    if let Some(c) = context["chronology"]
        .as_u64()
        .filter(|&c| c < chronologies as u64)
    {
        // The member that names an item of the chronology, and the list it indexes.
        for (member, list, what) in [
            ("entry", "entries", "entry"),
            ("unparsed", "unparsed", "unparsed line"),
            ("subheading", "subheadings", "subheading"),
        ] {
            if let Some(value) = context.get(member) {
                let len = count(&format!("/chronologies/{c}/{list}")).unwrap_or(0);
                out_of_range(
                    &format!("context/{member}"),
                    &format!("{what} of chronology {c}"),
                    value,
                    len,
                );
            }
        }
    }
}

fn check_object(
    map: &serde_json::Map<String, Value>,
    path: &str,
    errors: &mut Vec<ValidationError>,
) {
    let mut error = |member: &str, message: String| {
        errors.push(ValidationError {
            instance_path: format!("{path}/{member}"),
            schema_path: String::new(),
            message,
        });
    };
    // A span's numbers are byte offsets and positions: whole numbers below
    // 2^64. JSON Schema's "integer" also takes 3.0 and 1e20, so say so here.
    let is_span = ["line", "column", "start", "end"]
        .iter()
        .all(|k| map.get(*k).is_some_and(Value::is_number));
    if is_span {
        for member in ["line", "column", "start", "end"] {
            let n = &map[member];
            let whole = n.as_f64().is_some_and(|f| f.fract() == 0.0 && f >= 0.0);
            if n.as_u64().is_none() && whole {
                error(
                    member,
                    format!("{n} is not a whole number from 0 to 2^64-1"),
                );
            }
        }
    }
    match (map.get("start"), map.get("end")) {
        (Some(Value::Number(a)), Some(Value::Number(b))) if is_span => {
            if let (Some(a), Some(b)) = (a.as_u64(), b.as_u64()) {
                if b < a {
                    error(
                        "end",
                        format!("span ends at byte {b} before it starts at byte {a}"),
                    );
                }
            }
        }
        (start, end) => {
            let start = start.and_then(Value::as_str);
            let end = end.and_then(Value::as_str);
            for (member, date) in [("start", start), ("end", end)] {
                if let Some(problem) = date.and_then(impossible_day) {
                    error(member, problem);
                }
            }
            if let (Some(a), Some(b)) = (start, end) {
                if is_iso(a) && is_iso(b) && b < &a[..b.len().min(a.len())] {
                    error("end", format!("interval ends ({b}) before it starts ({a})"));
                }
            }
        }
    }
}

/// Whether `s` looks like `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_iso(s: &str) -> bool {
    matches!(s.len(), 4 | 7 | 10)
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Why a `YYYY-MM-DD` string names no real day.
fn impossible_day(s: &str) -> Option<String> {
    if s.len() != 10 || !is_iso(s) {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .is_err()
        .then(|| format!("{s} is not a calendar day"))
}
