//! The inspectorate's identity profile, kept as `profile.*` settings (so every instance reads
//! the same), and the copy of it each instance holds for rendering pages: every page shows
//! the name, so it is not read from the database per request. The copy is replaced when an
//! administrator saves here, and refreshed from the database by [`ProfileCache::refresh`]
//! (the server runs it every half minute, for changes saved on another instance).
use std::sync::{Arc, RwLock};

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait};

use crate::access::Permission;
use crate::domain::profile::{Profile, ProfileField};
use crate::entities::setting;
use crate::errors::AppError;
use crate::model::StaffUser;

fn key(field: ProfileField) -> String {
    format!("profile.{field:?}")
}

pub async fn load(db: &impl ConnectionTrait) -> Result<Profile, DbErr> {
    let rows = setting::Entity::find().filter(setting::Column::Key.starts_with("profile.")).all(db).await?;
    let get = |field: ProfileField| rows.iter().find(|r| r.key == key(field)).map(|r| r.value.clone());
    let d = Profile::default();
    let mut loaded = d.clone();
    for field in ProfileField::ALL {
        if let Some(value) = get(field) {
            loaded.set(field, value);
        }
    }
    // A value edited by hand into nonsense falls back to the defaults rather than show it on
    // every page.
    Ok(if loaded.problem().is_none() { loaded } else { d })
}

/// Saves the profile (administrators only), validated and audited; returns what was stored.
pub async fn save(db: &DatabaseConnection, actor: &StaffUser, profile: &Profile) -> Result<Profile, AppError> {
    actor.require(Permission::ManageAccounts)?;
    let p = profile.trimmed();
    if let Some(field) = p.problem() {
        return Err(AppError::InvalidProfile(field));
    }
    let txn = db.begin().await?;
    for (field, value) in p.fields() {
        super::settings::put(&txn, &key(field), value).await?;
    }
    super::audit::record(&txn, Some(actor.id), None, "profile_changed", Some(p.name.clone())).await?;
    txn.commit().await?;
    Ok(p)
}

/// This instance's copy of the profile (see the module's comment).
#[derive(Clone, Debug, Default)]
pub struct ProfileCache(Arc<RwLock<Profile>>);

impl ProfileCache {
    pub fn new(profile: Profile) -> Self {
        Self(Arc::new(RwLock::new(profile)))
    }

    pub fn current(&self) -> Profile {
        self.0.read().map(|p| p.clone()).unwrap_or_default()
    }

    pub fn set(&self, profile: Profile) {
        if let Ok(mut p) = self.0.write() {
            *p = profile;
        }
    }

    /// Reads the profile from the database again.
    pub async fn refresh(&self, db: &DatabaseConnection) -> Result<(), DbErr> {
        self.set(load(db).await?);
        Ok(())
    }
}
