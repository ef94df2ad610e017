//! The fix round trip: extract, check, apply every fix (unsafe ones too),
//! check again. No panic, and once no fix applies any more, applying the
//! fixes again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let config = claimkit_lint::Config::default();
    let mut text = text.to_string();
    // Overlapping fixes wait for a later round; a few rounds settle them.
    for _ in 0..8 {
        let article = claimkit_parser::extract(&text);
        let found = claimkit_lint::check(&text, &article, &config);
        let (fixed, applied) = claimkit_lint::apply_fixes(&text, &found, true);
        if applied == 0 {
            assert_eq!(fixed, text, "no fix applied, yet the text changed");
            return;
        }
        text = fixed;
    }
    // Still changing after eight rounds is allowed (fixes may cascade), but
    // every round must have left a text that extracts and checks again.
    let article = claimkit_parser::extract(&text);
    let _ = claimkit_lint::check(&text, &article, &config);
});
