//! The words claimkit shows a configuration error in. The lint crate's
//! errors are data; this is where they become messages with what the user
//! can do about them.

/// A configuration error as claimkit says it, one message per error (a
/// file can hold several): an unknown rule with the closest name and where
/// to find the others.
pub fn worded(err: &claimkit_lint::Error) -> Vec<String> {
    match err {
        claimkit_lint::Error::UnknownRule { candidates, .. } => {
            let suggestion = candidates
                .first()
                .map(|c| format!(", did you mean {c:?}?"))
                .unwrap_or_default();
            vec![format!("{err}{suggestion}; `claimkit rules` lists them")]
        }
        claimkit_lint::Error::Several(errors) => errors.iter().flat_map(worded).collect(),
        _ => vec![err.to_string()],
    }
}
