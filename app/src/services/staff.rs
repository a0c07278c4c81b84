//! Staff accounts and sessions. Sessions live in the database so several server instances
//! share them; the cookie holds a random token whose SHA-256 is the row key.
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, SqlErr, TransactionTrait,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::audit;
use super::random::random_bytes;
use super::secrets::Hasher;
use crate::domain::staff::{check_new_password, Role, SessionLimits};
use crate::entities::{staff_account, staff_session};
use crate::errors::AppError;
use crate::model::StaffUser;

fn to_user(m: &staff_account::Model) -> Result<StaffUser, AppError> {
    Ok(StaffUser {
        id: m.id,
        username: m.username.clone(),
        display_name: m.display_name.clone(),
        role: m.role,
        must_change_password: m.must_change_password,
        two_factor: m.totp_secret.is_some(),
        must_set_up_two_factor: m.totp_required && m.totp_secret.is_none(),
    })
}

fn valid_username(u: &str) -> bool {
    (3..=32).contains(&u.len())
        && u.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_' || b == b'-')
}

/// What it takes to create an account.
pub struct NewAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password: &'a str,
    pub must_change_password: bool,
}

impl<'a> NewAccount<'a> {
    pub fn new(username: &'a str, display_name: &'a str, role: Role, password: &'a str, must_change_password: bool) -> Self {
        Self { username, display_name, role, password, must_change_password }
    }
}

/// Creates an account. `must_change_password` forces a new password at the next login
/// (generated and reset passwords).
pub async fn create_account(
    db: &DatabaseConnection,
    hasher: &Hasher,
    actor_id: Option<i32>,
    new: NewAccount<'_>,
) -> Result<StaffUser, AppError> {
    let NewAccount { username, display_name, role, password, must_change_password } = new;
    let username = username.trim().to_lowercase();
    if !valid_username(&username) {
        return Err(AppError::InvalidUsername);
    }
    if display_name.trim().is_empty() {
        return Err(AppError::InvalidName);
    }
    check_new_password(password, &username).map_err(AppError::WeakPassword)?;
    let phc = hasher.hash_password(password).await?;
    let txn = db.begin().await?;
    let inserted = staff_account::ActiveModel {
        username: Set(username.clone()),
        display_name: Set(display_name.trim().to_owned()),
        role: Set(role),
        password_hash: Set(phc),
        active: Set(true),
        must_change_password: Set(must_change_password),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let account = match inserted {
        Ok(a) => a,
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(AppError::UsernameTaken)
        }
        Err(e) => return Err(e.into()),
    };
    audit::record(&txn, actor_id, None, "account_created", Some(format!("{} ({})", username, role.code()))).await?;
    txn.commit().await?;
    to_user(&account)
}

/// Creates the first administrator when there is no account yet. Returns the generated
/// one-time password when none was given (the caller prints it once).
pub async fn ensure_first_admin(
    db: &DatabaseConnection,
    hasher: &Hasher,
    username: &str,
    password: Option<&str>,
) -> Result<Option<String>, AppError> {
    if staff_account::Entity::find().count(db).await? > 0 {
        return Ok(None);
    }
    match password {
        Some(p) => {
            create_account(db, hasher, None, NewAccount::new(username, "Administrator", Role::Administrator, p, false)).await?;
            Ok(None)
        }
        None => {
            let generated = generate_password()?;
            create_account(db, hasher, None, NewAccount::new(username, "Administrator", Role::Administrator, &generated, true))
                .await?;
            Ok(Some(generated))
        }
    }
}

/// A random one-time password: 20 characters from an alphabet without look-alikes.
pub fn generate_password() -> Result<String, AppError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut out = String::with_capacity(20);
    while out.len() < 20 {
        let mut b = [0u8; 32];
        random_bytes(&mut b)?;
        // 55 symbols: reject bytes ≥ 220 (4 × 55) so every symbol is equally likely.
        out.extend(b.iter().filter(|x| **x < 220).map(|x| char::from(ALPHABET[usize::from(*x) % ALPHABET.len()])));
    }
    out.truncate(20);
    Ok(out)
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Checks the credentials — and the authenticator or recovery `code` where two-factor
/// sign-in is on — and opens a new session (a new id at every login). Returns the user and
/// the cookie value.
pub async fn login(
    db: &DatabaseConnection,
    hasher: &Hasher,
    username: &str,
    password: &str,
    code: Option<&str>,
) -> Result<(StaffUser, String), AppError> {
    let username = username.trim().to_lowercase();
    let account = staff_account::Entity::find()
        .filter(staff_account::Column::Username.eq(&username))
        .one(db)
        .await?;
    // Unknown users cost a dummy verification too, so timing does not tell who exists.
    let ok = hasher.verify_password(password, account.as_ref().map(|a| a.password_hash.as_str())).await?;
    let account = match account {
        Some(a) if ok && a.active => a,
        other => {
            audit::record(db, other.map(|a| a.id), None, "login_failed", None).await?;
            return Err(AppError::LoginFailed);
        }
    };
    if account.totp_secret.is_some() {
        let Some(code) = code.map(str::trim).filter(|c| !c.is_empty()) else {
            return Err(AppError::SecondFactorRequired);
        };
        if let Err(e) = super::two_factor::verify(db, hasher, &account, code).await {
            audit::record(db, Some(account.id), None, "login_failed", Some("second factor".into())).await?;
            return Err(e);
        }
    }
    let mut raw = [0u8; 32];
    random_bytes(&mut raw)?;
    let token = hex::encode(raw);
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let txn = db.begin().await?;
    staff_session::ActiveModel {
        id_hash: Set(token_hash(&token)),
        staff_id: Set(account.id),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(&txn)
    .await?;
    // A few devices at once; signing in on another ends the least recently used.
    let surplus: Vec<String> = staff_session::Entity::find()
        .select_only()
        .column(staff_session::Column::IdHash)
        .filter(staff_session::Column::StaffId.eq(account.id))
        .filter(staff_session::Column::IdHash.ne(token_hash(&token)))
        .order_by_desc(staff_session::Column::LastSeenAt)
        .order_by_desc(staff_session::Column::CreatedAt)
        .offset(MAX_SESSIONS - 1)
        // SQLite takes no OFFSET without a LIMIT.
        .limit(10_000)
        .into_tuple()
        .all(&txn)
        .await?;
    if !surplus.is_empty() {
        staff_session::Entity::delete_many().filter(staff_session::Column::IdHash.is_in(surplus)).exec(&txn).await?;
    }
    audit::record(&txn, Some(account.id), None, "login", None).await?;
    txn.commit().await?;
    Ok((to_user(&account)?, token))
}

/// Sessions one account may have at once (a desk computer, a laptop, a phone…).
pub const MAX_SESSIONS: u64 = 5;

/// Deletes sessions that ended (idle too long, or past their lifetime) without signing out;
/// run by the server's periodic clean-up. Returns how many went.
pub async fn purge_ended_sessions(db: &DatabaseConnection, limits: &SessionLimits, now: i64) -> Result<u64, AppError> {
    let gone = staff_session::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(staff_session::Column::LastSeenAt.lt(now - limits.idle_secs))
                .add(staff_session::Column::CreatedAt.lt(now - limits.absolute_secs)),
        )
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}

/// The signed-in user of a session cookie, refreshing its idle clock; expired sessions and
/// deactivated accounts give `None` (and an expired session is deleted).
pub async fn session_user(
    db: &DatabaseConnection,
    limits: &SessionLimits,
    token: &str,
) -> Result<Option<StaffUser>, AppError> {
    session_user_at(db, limits, token, OffsetDateTime::now_utc().unix_timestamp()).await
}

pub async fn session_user_at(
    db: &DatabaseConnection,
    limits: &SessionLimits,
    token: &str,
    now: i64,
) -> Result<Option<StaffUser>, AppError> {
    if token.len() != 64 {
        return Ok(None);
    }
    let id_hash = token_hash(token);
    let Some(session) = staff_session::Entity::find_by_id(id_hash.clone()).one(db).await? else {
        return Ok(None);
    };
    if !limits.alive(session.created_at, session.last_seen_at, now) {
        staff_session::Entity::delete_by_id(id_hash).exec(db).await?;
        return Ok(None);
    }
    let Some(account) = staff_account::Entity::find_by_id(session.staff_id).one(db).await? else {
        return Ok(None);
    };
    if !account.active {
        return Ok(None);
    }
    staff_session::ActiveModel { id_hash: Set(id_hash), last_seen_at: Set(now), ..Default::default() }
        .update(db)
        .await?;
    to_user(&account).map(Some)
}

/// Ends a session for good.
pub async fn logout(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    let id_hash = token_hash(token);
    if let Some(s) = staff_session::Entity::find_by_id(id_hash.clone()).one(db).await? {
        let txn = db.begin().await?;
        staff_session::Entity::delete_by_id(id_hash).exec(&txn).await?;
        audit::record(&txn, Some(s.staff_id), None, "logout", None).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Deactivates an account and ends its sessions.
pub async fn deactivate(db: &DatabaseConnection, actor_id: i32, staff_id: i32) -> Result<(), AppError> {
    let txn = db.begin().await?;
    staff_account::ActiveModel { id: Set(staff_id), active: Set(false), ..Default::default() }
        .update(&txn)
        .await?;
    end_sessions(&txn, staff_id).await?;
    audit::record(&txn, Some(actor_id), None, "account_deactivated", Some(staff_id.to_string())).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password after checking the current one; clears the forced change and ends
/// the account's other sessions.
pub async fn change_password(
    db: &DatabaseConnection,
    hasher: &Hasher,
    user: &StaffUser,
    current: &str,
    new: &str,
    keep_session: Option<&str>,
) -> Result<(), AppError> {
    let account = staff_account::Entity::find_by_id(user.id).one(db).await?.ok_or(AppError::NotSignedIn)?;
    if !hasher.verify_password(current, Some(&account.password_hash)).await? {
        return Err(AppError::PasswordWrong);
    }
    check_new_password(new, &account.username).map_err(AppError::WeakPassword)?;
    if new == current {
        return Err(AppError::WeakPassword(crate::domain::staff::PasswordProblem::TooCommon));
    }
    let phc = hasher.hash_password(new).await?;
    let txn = db.begin().await?;
    staff_account::ActiveModel {
        id: Set(user.id),
        password_hash: Set(phc),
        must_change_password: Set(false),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // Whoever else is signed in with the old password is signed out; the session that
    // changed it (`keep_session`, its cookie's token) goes on.
    let mut others = staff_session::Entity::delete_many().filter(staff_session::Column::StaffId.eq(user.id));
    if let Some(token) = keep_session {
        others = others.filter(staff_session::Column::IdHash.ne(token_hash(token)));
    }
    others.exec(&txn).await?;
    audit::record(&txn, Some(user.id), None, "password_changed", None).await?;
    txn.commit().await?;
    Ok(())
}

/// An account as the administrator's list shows it.
pub async fn list_accounts(db: &DatabaseConnection, actor: &StaffUser) -> Result<Vec<crate::model::AccountRow>, AppError> {
    use crate::access::Permission;
    use sea_orm::QueryOrder;
    actor.require(Permission::ManageAccounts)?;
    staff_account::Entity::find()
        .order_by_asc(staff_account::Column::Username)
        .all(db)
        .await?
        .into_iter()
        .map(|a| {
            Ok(crate::model::AccountRow {
                id: a.id,
                username: a.username,
                display_name: a.display_name,
                role: a.role,
                active: a.active,
                must_change_password: a.must_change_password,
                two_factor: a.totp_secret.is_some(),
                two_factor_required: a.totp_required,
                email: a.email.unwrap_or_default(),
            })
        })
        .collect()
}

/// An administrator creates an account with a generated one-time password (returned once).
pub async fn admin_create(
    db: &DatabaseConnection,
    hasher: &Hasher,
    actor: &StaffUser,
    username: &str,
    display_name: &str,
    role: Role,
) -> Result<String, AppError> {
    actor.require(crate::access::Permission::ManageAccounts)?;
    let password = generate_password()?;
    create_account(db, hasher, Some(actor.id), NewAccount::new(username, display_name, role, &password, true)).await?;
    Ok(password)
}

/// An administrator deactivates an account (not their own).
pub async fn admin_deactivate(db: &DatabaseConnection, actor: &StaffUser, staff_id: i32) -> Result<(), AppError> {
    if !actor.may(crate::access::Permission::ManageAccounts) || staff_id == actor.id {
        return Err(AppError::Forbidden);
    }
    deactivate(db, actor.id, staff_id).await
}

/// An administrator resets a password: a new one-time password (returned once), sessions
/// ended, and a new password forced at the next sign-in. A deactivated account stays
/// deactivated (reactivating is not a side effect of a password reset).
pub async fn admin_reset(db: &DatabaseConnection, hasher: &Hasher, actor: &StaffUser, staff_id: i32) -> Result<String, AppError> {
    actor.require(crate::access::Permission::ManageAccounts)?;
    let password = generate_password()?;
    let phc = hasher.hash_password(&password).await?;
    let txn = db.begin().await?;
    staff_account::Entity::find_by_id(staff_id).one(&txn).await?.ok_or(AppError::AccountNotFound)?;
    staff_account::ActiveModel {
        id: Set(staff_id),
        password_hash: Set(phc),
        must_change_password: Set(true),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    end_sessions(&txn, staff_id).await?;
    audit::record(&txn, Some(actor.id), None, "password_reset", Some(staff_id.to_string())).await?;
    txn.commit().await?;
    Ok(password)
}

/// Ends every session of an account (deactivation, password reset).
async fn end_sessions(txn: &sea_orm::DatabaseTransaction, staff_id: i32) -> Result<(), sea_orm::DbErr> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(staff_id))
        .exec(txn)
        .await?;
    Ok(())
}
