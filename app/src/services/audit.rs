//! The audit trail: who did what, when, to which case. Written in the same transaction as
//! the change it describes; there is no update or delete.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};
use time::OffsetDateTime;

use crate::entities::audit_event;

pub async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<i32>,
    report_id: Option<i32>,
    action: &str,
    detail: Option<String>,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        actor_id: Set(actor_id),
        report_id: Set(report_id),
        action: Set(action.to_owned()),
        detail: Set(detail),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
