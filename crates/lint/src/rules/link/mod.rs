//! Rules over links.

pub(crate) mod placeholder;
