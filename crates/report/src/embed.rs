//! What goes inside the page's `<script>` and `<meta>` elements: JSON that
//! cannot end its element, and the hashes the Content-Security-Policy
//! allows.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The CSP source of an inline script or style: `sha256-` and the base64 of
/// the SHA-256 of its exact text, as browsers compute it.
///
/// ```
/// assert_eq!(
///     claimkit_report::csp_hash(""),
///     "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
/// );
/// ```
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `value` as JSON that can stand inside a `<script>` element: `<`, `>` and
/// `&` are written as `\u` escapes, so no text ends the element or opens a
/// comment in it, and so are U+2028 and U+2029, which older JavaScript
/// parsers take for line ends.
///
/// ```
/// let value = serde_json::json!({ "message": "</script><!-- & \u{2028}" });
/// let json = claimkit_report::json_for_script(&value);
/// assert_eq!(json, r#"{"message":"\u003c/script\u003e\u003c!-- \u0026 \u2028"}"#);
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), value);
/// ```
pub fn json_for_script(value: &serde_json::Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
