use sea_orm::entity::prelude::*;

/// A closed case's reply letter, as issued (see `services::letters`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reply_letter")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub report_id: i32,
    pub year: i32,
    pub seq: i32,
    pub number: String,
    pub outcome: crate::domain::workflow::Outcome,
    pub outcome_detail: Option<String>,
    /// Sealed: the closing message to the reporter.
    pub message: String,
    /// The profile the letter was signed under, as JSON.
    pub profile: String,
    pub issued_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
