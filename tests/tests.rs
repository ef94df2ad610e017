//! Integration tests of the `claimkit` binary.

mod check;
mod common;
mod extract;
mod props;
mod robust;
mod validate;
mod write;
