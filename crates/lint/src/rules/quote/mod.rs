//! Rules over quotations.

pub(crate) mod mismatch;
pub(crate) mod unbalanced;
