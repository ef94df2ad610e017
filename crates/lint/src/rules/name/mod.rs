//! Rules over names.

pub(crate) mod order;
