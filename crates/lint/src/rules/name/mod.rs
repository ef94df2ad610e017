//! Rules over names.

pub(crate) mod order;
pub(crate) mod spelling_variant;
