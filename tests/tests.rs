//! Integration tests of the `claimkit` binary.

mod common;
mod extract;
mod validate;
