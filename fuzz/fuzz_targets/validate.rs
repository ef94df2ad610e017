//! `claimkit validate`'s input: any bytes as JSON or JSON Lines, then every
//! document against the schemas; no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for document in claimkit_schema::documents(text) {
        if let Ok(value) = document.value {
            let _ = claimkit_schema::Validator::article().validate(&value);
            let _ = claimkit_schema::Validator::report().validate(&value);
            let _ = claimkit_schema::Validator::for_document(&value);
        }
    }
});
