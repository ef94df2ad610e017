//! Inline suppressions: `<!-- claimkit-disable-next-line RULE -->` and
//! `<!-- claimkit-disable RULE -->` ... `<!-- claimkit-enable RULE -->`.

pub(crate) mod unused;

pub(crate) use unused::{apply, Suppressions};
