use sea_orm::entity::prelude::*;

/// An inspector's proposed closing, waiting for a supervisor (at most one per case).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "closing_proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub report_id: i32,
    pub outcome: crate::domain::workflow::Outcome,
    pub outcome_detail: Option<String>,
    /// The message to the reporter, sealed (`sealed::PROPOSAL_MESSAGE`).
    pub message: String,
    pub proposed_by: i32,
    pub proposed_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
