//! The quotation scanner, fed text made mostly of quotation marks, words
//! and cues: no panic, and every quotation's span is sound.
#![no_main]

use libfuzzer_sys::fuzz_target;

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    " said ",
    "He ",
    "Kono ",
    ", ",
    ". ",
    "\n\n",
    "word",
    " ",
    "[said](#)",
    "according to ",
];

fuzz_target!(|data: &[u8]| {
    let text: String = data
        .iter()
        .map(|b| PIECES[*b as usize % PIECES.len()])
        .collect();
    let article = claimkit_parser::extract(&text);
    for q in &article.quotations {
        assert!(q.span.start < q.span.end && q.span.end <= text.len());
        if let Some(parent) = q.nested_in {
            assert!(parent < article.quotations.len());
        }
    }
    for m in &article.stray_marks {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
});
