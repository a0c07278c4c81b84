//! sea-orm entities, one module per table (see the `migrations` crate for the schema).
pub mod attachment;
pub mod audit_event;
pub mod case_assignment;
pub mod closing_proposal;
pub mod category;
pub mod element_override;
pub mod outbox;
pub mod holiday;
pub mod recovery_code;
pub mod report;
pub mod report_event;
pub mod staff_account;
pub mod setting;
pub mod staff_session;
pub mod submission_token;
pub mod work_unit;
pub mod throttle_entry;
