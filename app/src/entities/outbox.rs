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

/// A new row to `recipient_kind`/`recipient_id` about `case_id` (staff notices; a reporter's
/// names none), due at once.
pub fn new_row(
    kind: crate::domain::notice::NoticeKind,
    (recipient_kind, recipient_id): (&str, i32),
    case_id: Option<i32>,
    dedupe_key: Option<String>,
    state: crate::domain::notice::DeliveryState,
    now: time::OffsetDateTime,
) -> ActiveModel {
    use sea_orm::ActiveValue::Set;
    ActiveModel {
        kind: Set(kind),
        recipient_kind: Set(recipient_kind.to_owned()),
        recipient_id: Set(recipient_id),
        dedupe_key: Set(dedupe_key),
        state: Set(state),
        attempts: Set(0),
        next_attempt_at: Set(now.unix_timestamp()),
        lease_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        case_id: Set(case_id),
        ..Default::default()
    }
}

/// Writes `row` unless a row with its dedupe key exists; whether it was written.
pub async fn insert_once(db: &impl ConnectionTrait, row: ActiveModel) -> Result<bool, DbErr> {
    let done = Entity::insert(row).on_conflict_do_nothing_on([Column::DedupeKey]).exec_without_returning(db).await?;
    Ok(matches!(done, sea_orm::TryInsertResult::Inserted(n) if n > 0))
}
