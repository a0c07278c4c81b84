//! sea-orm entities, one module per table (see the `migrations` crate for the schema).
pub mod category;
pub mod report;
pub mod report_event;
pub mod submission_token;
