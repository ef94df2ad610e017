//! Rules over spelling and typography.

pub(crate) mod quote_marks;
pub(crate) mod spelling_variant;
