use sea_orm::entity::prelude::*;

/// A case waiting for a staff member's daily digest, and why (see `services::staff_notices`);
/// `outbox_id` is the digest that took it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_digest_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub staff_id: i32,
    pub kind: crate::domain::notice::NoticeKind,
    pub case_id: i32,
    pub outbox_id: Option<i32>,
    /// A deadline's item: its kind, case, recipient and day (unique), so it waits once a day.
    #[sea_orm(unique)]
    pub dedupe_key: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
