//! The article parser and the lint rules over any UTF-8 text: no panic,
//! sound spans, and a document that validates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = claimkit_parser::extract(text);
    let value = serde_json::to_value(&article).expect("serializes");
    let errors = claimkit_schema::Validator::article().validate(&value);
    assert!(errors.is_empty(), "{errors:?}");
    let found = claimkit_lint::check(text, &article, &claimkit_lint::Config::default());
    for d in &found {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len());
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
});
