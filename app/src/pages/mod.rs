//! One module per page.
pub mod board;
pub mod case;
pub mod accounts;
pub mod audit;
pub mod check;
pub mod holidays;
pub mod home;
pub mod intake;
pub mod not_found;
pub mod report;
pub mod staff;
