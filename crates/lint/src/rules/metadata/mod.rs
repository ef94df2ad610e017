//! Rules over the article's metadata.

pub(crate) mod citation;
