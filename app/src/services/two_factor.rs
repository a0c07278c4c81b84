//! Two-factor sign-in for staff: TOTP (RFC 6238, SHA-1, 6 digits, 30 s — what every
//! authenticator app speaks) with single-use recovery codes. Optional per account, and
//! required where an administrator says so.
use qrcode::render::svg;
use qrcode::QrCode;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait,
};
use time::OffsetDateTime;
use totp_rs::{Algorithm, Secret, TOTP};

use super::audit;
use super::random::random_bytes;
use super::secrets::Hasher;
use crate::access::Permission;
use crate::entities::{recovery_code, staff_account};
use crate::errors::AppError;
use crate::model::{StaffUser, TwoFactorSetup};

const ISSUER: &str = "Lentera";
use super::sealed::TOTP_SECRET as SECRET_COLUMN;
const STEP_SECS: i64 = 30;
const RECOVERY_CODES: usize = 10;

fn totp(secret_base32: &str, account: &str) -> Result<TOTP, AppError> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().map_err(|e| AppError::internal(e))?;
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECS.unsigned_abs(), bytes, Some(ISSUER.to_owned()), account.to_owned())
        .map_err(|e| AppError::internal(e))
}

async fn account(db: &DatabaseConnection, id: i32) -> Result<staff_account::Model, AppError> {
    staff_account::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotSignedIn)
}

/// Starts setting up: a new 160-bit secret, kept sealed as pending until a code confirms it.
/// Asks for the password again (a session left open on a shared computer must not set up a
/// phone of its own), and refuses while two-factor sign-in is on: replacing it would void
/// the owner's recovery codes; a lost phone is an administrator's reset.
pub async fn start(db: &DatabaseConnection, hasher: &Hasher, user: &StaffUser, password: &str) -> Result<TwoFactorSetup, AppError> {
    let a = account(db, user.id).await?;
    if !hasher.verify_password(password, Some(&a.password_hash)).await? {
        return Err(AppError::PasswordWrong);
    }
    if a.totp_secret.is_some() {
        return Err(AppError::TwoFactorAlreadyOn);
    }
    let mut raw = [0u8; 20];
    random_bytes(&mut raw)?;
    let secret = Secret::Raw(raw.to_vec()).to_encoded().to_string();
    let t = totp(&secret, &user.username)?;
    let url = t.get_url();
    let qr_svg = QrCode::new(url.as_bytes())
        .map_err(|e| AppError::internal(e))?
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    staff_account::ActiveModel { id: Set(user.id), totp_pending: Set(Some(hasher.sealer().seal(SECRET_COLUMN, &secret)?)), ..Default::default() }
        .update(db)
        .await?;
    Ok(TwoFactorSetup { secret, url, qr_svg })
}

/// Confirms the pending secret with a code from the app; returns the recovery codes, shown
/// once (any earlier ones stop working).
pub async fn confirm(db: &DatabaseConnection, hasher: &Hasher, user: &StaffUser, code: &str) -> Result<Vec<String>, AppError> {
    let a = account(db, user.id).await?;
    if a.totp_secret.is_some() {
        return Err(AppError::TwoFactorAlreadyOn);
    }
    let pending = hasher.sealer().open_opt(SECRET_COLUMN, a.totp_pending.as_deref())?.ok_or(AppError::SecondFactorWrong)?;
    let step = matching_step(&totp(&pending, &a.username)?, code, None).ok_or(AppError::SecondFactorWrong)?;
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect::<Result<_, _>>()?;
    let txn = db.begin().await?;
    staff_account::ActiveModel {
        id: Set(a.id),
        totp_secret: Set(a.totp_pending.clone()),
        totp_pending: Set(None),
        totp_last_step: Set(Some(step)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    recovery_code::Entity::delete_many().filter(recovery_code::Column::StaffId.eq(a.id)).exec(&txn).await?;
    for c in &codes {
        recovery_code::ActiveModel {
            staff_id: Set(a.id),
            code_hash: Set(hasher.keyed_digest("recovery", &normalise_recovery(c))),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    audit::record(&txn, Some(a.id), None, "two_factor_enabled", None).await?;
    txn.commit().await?;
    Ok(codes)
}

/// The second step of signing in: an authenticator code not used before, or an unused
/// recovery code (which is then spent).
pub async fn verify(db: &DatabaseConnection, hasher: &Hasher, a: &staff_account::Model, code: &str) -> Result<(), AppError> {
    let secret = hasher.sealer().open_opt(SECRET_COLUMN, a.totp_secret.as_deref())?.ok_or_else(|| AppError::internal("missing"))?;
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let step = matching_step(&totp(&secret, &a.username)?, &digits, a.totp_last_step).ok_or(AppError::SecondFactorWrong)?;
        // Taken only if no sign-in took this step (or a later one) meanwhile: one code, one
        // session, however many sign-ins send it at once.
        let taken = staff_account::Entity::update_many()
            .col_expr(staff_account::Column::TotpLastStep, Expr::value(step))
            .filter(staff_account::Column::Id.eq(a.id))
            .filter(Condition::any().add(staff_account::Column::TotpLastStep.is_null()).add(staff_account::Column::TotpLastStep.lt(step)))
            .exec(db)
            .await?;
        return if taken.rows_affected == 1 { Ok(()) } else { Err(AppError::SecondFactorWrong) };
    }
    let hash = hasher.keyed_digest("recovery", &normalise_recovery(code));
    let unused = recovery_code::Entity::find()
        .filter(recovery_code::Column::StaffId.eq(a.id))
        .filter(recovery_code::Column::CodeHash.eq(hash))
        .filter(recovery_code::Column::UsedAt.is_null())
        .one(db)
        .await?
        .ok_or(AppError::SecondFactorWrong)?;
    let txn = db.begin().await?;
    // Spent only if still unused: a code sent by two sign-ins at once signs in one.
    let spent = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(OffsetDateTime::now_utc()))
        .filter(recovery_code::Column::Id.eq(unused.id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(AppError::SecondFactorWrong);
    }
    audit::record(&txn, Some(a.id), None, "recovery_code_used", None).await?;
    txn.commit().await?;
    Ok(())
}

/// The time step (current, or one either side for clock drift) whose code this is, if it is
/// later than the last accepted one: a code works once.
fn matching_step(t: &TOTP, code: &str, last: Option<i64>) -> Option<i64> {
    let now = OffsetDateTime::now_utc().unix_timestamp() / STEP_SECS;
    (now - 1..=now + 1)
        .filter(|step| last.is_none_or(|l| *step > l))
        .find(|step| u64::try_from(step * STEP_SECS).is_ok_and(|at| t.generate(at) == code))
}

/// `K7M2P-QX4RT`: ten symbols of an alphabet without look-alikes (50 bits).
fn new_recovery_code() -> Result<String, AppError> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut out = String::with_capacity(11);
    while out.chars().filter(|c| *c != '-').count() < 10 {
        let mut b = [0u8; 16];
        random_bytes(&mut b)?;
        for x in b.iter().filter(|x| usize::from(**x) < 248 / ALPHABET.len() * ALPHABET.len()) {
            if out.chars().filter(|c| *c != '-').count() == 10 {
                break;
            }
            if out.len() == 5 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[usize::from(*x) % ALPHABET.len()]));
        }
    }
    Ok(out)
}

fn normalise_recovery(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// An administrator requires (or no longer requires) two-factor sign-in for an account.
pub async fn set_required(db: &DatabaseConnection, admin: &StaffUser, staff_id: i32, required: bool) -> Result<(), AppError> {
    admin.require(Permission::ManageAccounts)?;
    let txn = db.begin().await?;
    let a = staff_account::Entity::find_by_id(staff_id).one(&txn).await?.ok_or(AppError::AccountNotFound)?;
    staff_account::ActiveModel { id: Set(a.id), totp_required: Set(required), ..Default::default() }.update(&txn).await?;
    let action = if required { "two_factor_required" } else { "two_factor_optional" };
    audit::record(&txn, Some(admin.id), None, action, Some(a.username)).await?;
    txn.commit().await?;
    Ok(())
}

/// An administrator turns two-factor sign-in off for an account whose phone was lost; the
/// staff member sets it up again (at once, where it is required).
pub async fn reset(db: &DatabaseConnection, admin: &StaffUser, staff_id: i32) -> Result<(), AppError> {
    admin.require(Permission::ManageAccounts)?;
    let txn = db.begin().await?;
    let a = staff_account::Entity::find_by_id(staff_id).one(&txn).await?.ok_or(AppError::AccountNotFound)?;
    staff_account::ActiveModel {
        id: Set(a.id),
        totp_secret: Set(None),
        totp_pending: Set(None),
        totp_last_step: Set(None),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    recovery_code::Entity::delete_many().filter(recovery_code::Column::StaffId.eq(a.id)).exec(&txn).await?;
    audit::record(&txn, Some(admin.id), None, "two_factor_reset", Some(a.username)).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_ten_unambiguous_symbols_and_forgive_how_they_are_typed() {
        let c = new_recovery_code().unwrap();
        assert_eq!(c.len(), 11);
        assert_eq!(&c[5..6], "-");
        assert!(c.chars().filter(|x| *x != '-').all(|x| "ABCDEFGHJKMNPQRSTUVWXYZ23456789".contains(x)));
        assert_eq!(normalise_recovery(&format!(" {} ", c.to_lowercase())), normalise_recovery(&c));
        assert_ne!(new_recovery_code().unwrap(), c);
    }
}
