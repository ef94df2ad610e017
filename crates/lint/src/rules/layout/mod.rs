//! Rules over what PDF conversion leaves behind.

pub(crate) mod page_furniture;
