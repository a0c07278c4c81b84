//! Administrator settings kept in the database (so every instance sees the same): deadline
//! lengths and retention. Missing keys mean SPEC's defaults.
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};

use crate::access::Permission;
use crate::entities::setting;
use crate::errors::AppError;
use crate::model::{OversightSettings, StaffUser};

const VERIFICATION: &str = "deadline.verification_days";
const CLARIFICATION: &str = "deadline.clarification_days";
const RESOLUTION: &str = "deadline.resolution_days";
const RETENTION: &str = "retention.years";

pub async fn load(db: &impl ConnectionTrait) -> Result<OversightSettings, DbErr> {
    let rows = setting::Entity::find().all(db).await?;
    let get = |key: &str, default: u16| {
        rows.iter().find(|r| r.key == key).and_then(|r| r.value.parse::<u16>().ok()).unwrap_or(default)
    };
    let d = OversightSettings::default();
    let loaded = OversightSettings {
        rules: crate::domain::deadline::DeadlineRules {
            verification_days: get(VERIFICATION, d.rules.verification_days),
            clarification_days: get(CLARIFICATION, d.rules.clarification_days),
            resolution_days: get(RESOLUTION, d.rules.resolution_days),
        },
        retention_years: get(RETENTION, d.retention_years),
    };
    // A value edited by hand into nonsense falls back to the defaults rather than break
    // every deadline.
    Ok(if loaded.valid() { loaded } else { d })
}

/// Stores one setting, replacing its value: one statement (two administrators saving at once
/// each write, where a delete and an insert could collide on the key).
pub(super) async fn put(txn: &impl ConnectionTrait, key: &str, value: &str) -> Result<(), DbErr> {
    use sea_orm::sea_query::OnConflict;
    setting::Entity::insert(setting::ActiveModel { key: Set(key.to_owned()), value: Set(value.to_owned()) })
        .on_conflict(OnConflict::column(setting::Column::Key).update_column(setting::Column::Value).to_owned())
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// Saves the settings (administrators only), audited; deadlines follow at once.
pub async fn save(db: &DatabaseConnection, actor: &StaffUser, s: OversightSettings) -> Result<(), AppError> {
    actor.require(Permission::ManageAccounts)?;
    if !s.valid() {
        return Err(AppError::InvalidSettings);
    }
    let txn = db.begin().await?;
    for (key, value) in [
        (VERIFICATION, s.rules.verification_days),
        (CLARIFICATION, s.rules.clarification_days),
        (RESOLUTION, s.rules.resolution_days),
        (RETENTION, s.retention_years),
    ] {
        put(&txn, key, &value.to_string()).await?;
    }
    let detail = format!(
        "{}/{}/{} hari kerja, retensi {} tahun",
        s.rules.verification_days, s.rules.clarification_days, s.rules.resolution_days, s.retention_years
    );
    super::audit::record(&txn, Some(actor.id), None, "settings_changed", Some(detail)).await?;
    txn.commit().await?;
    Ok(())
}
