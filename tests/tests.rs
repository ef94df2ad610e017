//! Integration tests of the `claimkit` binary.

mod behaviour;
mod check;
mod common;
mod diff;
mod extract;
mod fixes;
mod layouts;
mod pipeline;
mod props;
mod regressions;
mod report;
mod robust;
mod validate;
mod write;
