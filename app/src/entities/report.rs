use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub receipt_hash: String,
    pub category_id: i32,
    pub channel: crate::domain::report::Channel,
    pub state: crate::domain::workflow::CaseState,
    pub what: String,
    pub who: String,
    pub place: String,
    pub time: String,
    pub why: String,
    pub how: String,
    pub how_much: String,
    pub evidence: String,
    pub contact: Option<String>,
    pub verdict: String,
    pub complete: bool,
    pub met_count: i32,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    /// Set when closed.
    pub outcome: Option<crate::domain::workflow::Outcome>,
    /// The receiving agency (forwarded) or the case merged into (duplicate).
    pub outcome_detail: Option<String>,
    /// The staff member who typed in a letter, walk-in or phone report.
    pub entered_by: Option<i32>,
    /// The date the inspectorate received it (`2026-11-20`), for staff-entered reports.
    pub received_on: Option<String>,
    /// When the case entered its current state (the start of a clarification's clock).
    pub state_since: Option<TimeDateTimeWithTimeZone>,
    /// When the case first went to desk review: the resolution clock starts.
    pub complete_since: Option<TimeDateTimeWithTimeZone>,
    /// Working days spent waiting for the reporter; they do not count against verification.
    pub paused_days: i32,
    /// The work unit (OPD) the case concerns, set by staff.
    pub work_unit_id: Option<i32>,
    /// When retention emptied the case: texts, contact and files are gone, the statistical
    /// row stays.
    pub purged_at: Option<TimeDateTimeWithTimeZone>,
    /// The address the reporter gave for content-free notices, sealed
    /// (`sealed::REPORT_NOTIFY_EMAIL`); removed by them, or once the closing notice went out.
    pub notify_email: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
