//! One module per page.
pub mod board;
pub mod case;
pub mod accounts;
pub mod audit;
pub mod check;
pub mod dashboard;
pub mod holidays;
pub mod home;
pub mod intake;
pub mod letter;
pub mod not_found;
pub mod public_stats;
pub mod report;
pub mod settings;
pub mod staff;
