//! Reports about inline suppressions; the engine that applies them is
//! `crate::suppression`.

pub(crate) mod unused;
