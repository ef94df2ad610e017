//! Configuration parsing (`claimkit.toml`): any text gives a configuration
//! or an error naming a position, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(err) = claimkit_lint::Config::from_toml(text, "claimkit.toml") {
        assert!(!err.to_string().is_empty());
    }
});
