//! Rules over figures.

pub(crate) mod numbering;
