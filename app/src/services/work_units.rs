//! Work units (OPD) and report categories, kept by administrators: names validated, never
//! deleted (old cases keep pointing at them), every change audited.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

use crate::access::Permission;
use crate::entities::{category, work_unit};
use crate::errors::AppError;
use crate::model::{StaffUser, WorkUnitRow};

pub const MAX_NAME_CHARS: usize = 120;

fn clean_name(name: &str) -> Result<String, AppError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(AppError::InvalidName);
    }
    Ok(name)
}

pub async fn list(db: &DatabaseConnection) -> Result<Vec<WorkUnitRow>, AppError> {
    Ok(work_unit::Entity::find()
        .order_by_asc(work_unit::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|u| WorkUnitRow { id: u.id, name: u.name, active: u.active })
        .collect())
}

async fn name_taken(db: &DatabaseConnection, name: &str, except: Option<i32>) -> Result<bool, AppError> {
    let all = work_unit::Entity::find().all(db).await?;
    Ok(all.iter().any(|u| u.name.to_lowercase() == name.to_lowercase() && Some(u.id) != except))
}

/// Adds a work unit, or renames and (de)activates one when `id` is given.
pub async fn save(db: &DatabaseConnection, actor: &StaffUser, id: Option<i32>, name: &str, active: bool) -> Result<(), AppError> {
    actor.require(Permission::ManageAccounts)?;
    let name = clean_name(name)?;
    if name_taken(db, &name, id).await? {
        return Err(AppError::InvalidName);
    }
    let txn = db.begin().await?;
    let saved = match id {
        None => work_unit::ActiveModel { name: Set(name.clone()), active: Set(true), ..Default::default() }.insert(&txn).await?,
        Some(id) => {
            work_unit::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::InvalidName)?;
            work_unit::ActiveModel { id: Set(id), name: Set(name.clone()), active: Set(active) }.update(&txn).await?
        }
    };
    let action = if id.is_none() { "work_unit_added" } else { "work_unit_changed" };
    super::audit::record(&txn, Some(actor.id), None, action, Some(format!("{} ({})", saved.name, if saved.active { "aktif" } else { "nonaktif" }))).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a category or changes one's names and whether it is financial (which makes *How
/// much* expected in the 5W+2H check).
pub async fn save_category(
    db: &DatabaseConnection,
    actor: &StaffUser,
    code: Option<&str>,
    name_id: &str,
    name_en: &str,
    financial: bool,
) -> Result<(), AppError> {
    actor.require(Permission::ManageAccounts)?;
    let (name_id, name_en) = (clean_name(name_id)?, clean_name(name_en)?);
    let all = category::Entity::find().all(db).await?;
    if all.iter().any(|c| c.name_id.to_lowercase() == name_id.to_lowercase() && Some(c.code.as_str()) != code) {
        return Err(AppError::InvalidName);
    }
    let txn = db.begin().await?;
    match code {
        Some(code) => {
            let existing = category::Entity::find().filter(category::Column::Code.eq(code)).one(&txn).await?.ok_or(AppError::InvalidName)?;
            category::ActiveModel { id: Set(existing.id), name_id: Set(name_id.clone()), name_en: Set(name_en), financial: Set(financial), ..Default::default() }
                .update(&txn)
                .await?;
        }
        None => {
            // A stable code from the Indonesian name: letters and digits, joined by "_".
            let base: String = name_id
                .to_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("_");
            let base = if base.is_empty() { "kategori".to_owned() } else { base.chars().take(40).collect() };
            let mut code = base.clone();
            let mut n = 2;
            while all.iter().any(|c| c.code == code) {
                code = format!("{base}_{n}");
                n += 1;
            }
            let sort = all.iter().map(|c| c.sort).max().unwrap_or(0) + 1;
            category::ActiveModel { code: Set(code), name_id: Set(name_id.clone()), name_en: Set(name_en), financial: Set(financial), sort: Set(sort), ..Default::default() }
                .insert(&txn)
                .await?;
        }
    }
    super::audit::record(&txn, Some(actor.id), None, "category_saved", Some(name_id)).await?;
    txn.commit().await?;
    Ok(())
}
