use sea_orm::entity::prelude::*;

/// One e-mail waiting, sent or given up (see `services::outbox`). It names its recipient,
/// never an address.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: crate::domain::notice::NoticeKind,
    pub recipient_kind: String,
    pub recipient_id: i32,
    #[sea_orm(unique)]
    pub dedupe_key: Option<String>,
    pub state: crate::domain::notice::DeliveryState,
    pub attempts: i32,
    /// Unix seconds.
    pub next_attempt_at: i64,
    /// Unix seconds: a sender's claim, until then.
    pub lease_until: Option<i64>,
    /// Why the last try failed, as a class of error (never a recipient or a server reply).
    pub last_error: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub sent_at: Option<TimeDateTimeWithTimeZone>,
    /// The case a staff notice is about (a reporter's notice names none).
    pub case_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
