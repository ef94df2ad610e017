//! Rules over the entries of chronologies.

pub(crate) mod damaged_date;
pub(crate) mod date_format;
pub(crate) mod duplicate;
pub(crate) mod invalid_date;
pub(crate) mod missing_date;
pub(crate) mod order;
pub(crate) mod out_of_period;
pub(crate) mod unread_entries;
