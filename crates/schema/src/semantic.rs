//! What JSON Schema cannot say about claimkit documents: intervals and spans
//! that end before they start, and calendar days that do not exist.

use chrono::NaiveDate;
use serde_json::Value;

use crate::error::ValidationError;

/// claimkit's own checks over a whole document, in document order.
pub(crate) fn check(document: &Value) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut path = String::new();
    walk(document, &mut path, &mut errors);
    errors
}

fn walk(value: &Value, path: &mut String, errors: &mut Vec<ValidationError>) {
    match value {
        Value::Object(map) => {
            check_object(map, path, errors);
            for (key, child) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                walk(child, path, errors);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(child, path, errors);
                path.truncate(len);
            }
        }
        _ => {}
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
    let is_span = ["line", "column"]
        .iter()
        .all(|k| map.get(*k).is_some_and(Value::is_u64));
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
