//! Pieces shared by several pages.
pub mod completeness;
pub mod layout;
pub mod status;
