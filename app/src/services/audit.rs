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

/// Audit events for reading: of one case (supervisors and administrators) or the newest
/// of the whole log (administrators). Actor names instead of ids.
pub async fn read(
    db: &sea_orm::DatabaseConnection,
    user: &crate::model::StaffUser,
    report_id: Option<i32>,
) -> Result<Vec<crate::model::AuditRow>, crate::errors::AppError> {
    use crate::access::Permission;
    use crate::entities::staff_account;
    use crate::errors::AppError;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    let allowed = match report_id {
        Some(_) => user.may(Permission::ReadCaseAudit),
        None => user.may(Permission::ReadFullAuditLog),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let mut q = audit_event::Entity::find().order_by_desc(audit_event::Column::Id).limit(200);
    if let Some(id) = report_id {
        q = q.filter(audit_event::Column::ReportId.eq(id));
    }
    let events = q.all(db).await?;
    let names: std::collections::HashMap<i32, String> =
        staff_account::Entity::find().all(db).await?.into_iter().map(|s| (s.id, s.username)).collect();
    Ok(events
        .into_iter()
        .map(|e| crate::model::AuditRow {
            at: e.created_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
            actor: e.actor_id.and_then(|id| names.get(&id).cloned()).unwrap_or_else(|| "—".to_owned()),
            case_id: e.report_id,
            action: e.action,
            detail: e.detail,
        })
        .collect())
}
