//! Staff sign-in and sign-out. Every staff server function starts from [`current_user`],
//! which reads the session cookie on the server; the UI never decides permissions.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::errors::AppError;
use crate::model::StaffUser;
#[cfg(feature = "ssr")]
use super::{respond, with_signed_in, with_user};
#[cfg(feature = "ssr")]
use crate::services::staff as staff_service;

#[cfg(feature = "ssr")]
fn request_headers() -> http::HeaderMap {
    use_context::<http::request::Parts>().map(|p| p.headers).unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn session_token() -> Option<String> {
    crate::request::session_token(&request_headers())
}

#[cfg(feature = "ssr")]
fn set_cookie(value: &str, max_age: i64) {
    if let (Some(opts), Some(cookie)) = (use_context::<leptos_axum::ResponseOptions>(), crate::request::session_cookie(&request_headers(), value, max_age)) {
        opts.append_header(http::header::SET_COOKIE, cookie);
    }
}

/// The signed-in staff member, or `AppError::NotSignedIn`.
#[cfg(feature = "ssr")]
pub async fn current_user() -> Result<StaffUser, AppError> {
    let st = super::state()?;
    let token = session_token().ok_or(AppError::NotSignedIn)?;
    staff_service::session_user(&st.db, &st.sessions, &token).await?.ok_or(AppError::NotSignedIn)
}

#[server(input = Json)]
pub async fn staff_login(username: String, password: String, code: String) -> Result<StaffUser, AppError> {
    respond(
        async {
            let st = super::state()?;
            // Per device, and per account across devices.
            let account = format!("*user:{}", username.trim().to_lowercase());
            let keys = super::client_keys(&st, &["", &account]);
            let login = staff_service::login(&st.db, &st.hasher, &username, &password, Some(&code));
            let (user, token) = st.throttles.guarded(crate::services::throttle::Guard::Login, &keys, login).await?;
            set_cookie(&token, st.sessions.absolute_secs);
            Ok(user)
        }
        .await,
    )
}

#[server(input = Json)]
pub async fn staff_logout() -> Result<(), AppError> {
    let st = super::state()?;
    if let Some(token) = session_token() {
        staff_service::logout(&st.db, &token).await?;
    }
    set_cookie("", 0);
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.insert_header(http::header::HeaderName::from_static("clear-site-data"), http::HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""));
    }
    Ok(())
}

/// Who is signed in, if anyone (for pages).
#[server(input = Json)]
pub async fn whoami() -> Result<Option<StaffUser>, AppError> {
    match current_user().await {
        Ok(u) => Ok(Some(u)),
        Err(AppError::NotSignedIn) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The keys a guess at a signed-in user's own password counts under: this device, and the
/// account across devices (as sign-in's).
#[cfg(feature = "ssr")]
fn password_keys(st: &crate::state::AppState, user: &StaffUser) -> Vec<crate::services::throttle::ClientKey> {
    super::client_keys(st, &["", &format!("*user:{}", user.username.to_lowercase())])
}

/// Changes the signed-in user's password (required after a generated or reset password).
/// The password is guessed under the sign-in lock, and every other session of the account
/// ends: whoever else was signed in with the old password is signed out.
#[server(input = Json)]
pub async fn change_own_password(current: String, new: String) -> Result<StaffUser, AppError> {
    with_signed_in(async |st, user| {
        let keep = session_token();
        let change = staff_service::change_password(&st.db, &st.hasher, user, &current, &new, keep.as_deref());
        st.throttles.guarded(crate::services::throttle::Guard::Login, &password_keys(st, user), change).await?;
        Ok(StaffUser { must_change_password: false, ..user.clone() })
    })
    .await
}

/// Starts setting up two-factor sign-in for the signed-in staff member, who types their
/// password again.
#[server(input = Json)]
pub async fn start_two_factor(password: String) -> Result<crate::model::TwoFactorSetup, AppError> {
    with_signed_in(async |st, u| {
        let start = crate::services::two_factor::start(&st.db, &st.hasher, u, &password);
        st.throttles.guarded(crate::services::throttle::Guard::Login, &password_keys(st, u), start).await
    })
    .await
}

/// Confirms it with a code from the app; returns the recovery codes, shown once.
#[server(input = Json)]
pub async fn confirm_two_factor(code: String) -> Result<Vec<String>, AppError> {
    with_signed_in(async |st, u| crate::services::two_factor::confirm(&st.db, &st.hasher, u, &code).await).await
}

#[server(input = Json)]
pub async fn require_two_factor(id: i32, required: bool) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::two_factor::set_required(&st.db, u, id, required).await).await
}

#[server(input = Json)]
pub async fn reset_two_factor(id: i32) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::two_factor::reset(&st.db, u, id).await).await
}

/// The holiday calendar (any signed-in staff member may read it).
#[server(input = Json)]
pub async fn list_holidays() -> Result<Vec<crate::model::Holiday>, AppError> {
    with_user(async |st, _| crate::services::deadlines::holidays(&st.db).await).await
}

#[server(input = Json)]
pub async fn save_holiday(day: String, name: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::deadlines::save_holiday(&st.db, u, &day, &name).await).await
}

#[server(input = Json)]
pub async fn remove_holiday(day: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::deadlines::remove_holiday(&st.db, u, &day).await).await
}

#[server(input = Json)]
pub async fn list_accounts() -> Result<Vec<crate::model::AccountRow>, AppError> {
    with_user(async |st, u| staff_service::list_accounts(&st.db, u).await).await
}

/// Returns the new account's one-time password.
#[server(input = Json)]
pub async fn create_staff_account(username: String, display_name: String, role: crate::domain::staff::Role) -> Result<String, AppError> {
    with_user(async |st, u| staff_service::admin_create(&st.db, &st.hasher, u, &username, &display_name, role).await).await
}

#[server(input = Json)]
pub async fn deactivate_account(id: i32) -> Result<(), AppError> {
    with_user(async |st, u| staff_service::admin_deactivate(&st.db, u, id).await).await
}

/// Returns the one-time password after a reset.
#[server(input = Json)]
pub async fn reset_account(id: i32) -> Result<String, AppError> {
    with_user(async |st, u| staff_service::admin_reset(&st.db, &st.hasher, u, id).await).await
}

/// The audit trail of one case (supervisors, administrators) or, without a case, the newest
/// events of the whole log (administrators).
#[server(input = Json)]
pub async fn read_audit(case_id: Option<i32>) -> Result<Vec<crate::model::AuditRow>, AppError> {
    with_user(async |st, u| crate::services::audit::read(&st.db, u, case_id).await).await
}

/// The signed-in staff member's address for notices and their choices; `None`, like
/// `whoami`, when nobody is signed in (the staff page asks before sign-in, and a refusal
/// would answer the page itself with 401) or the account must first change its password or
/// set up two-step sign-in.
#[server(input = Json)]
pub async fn load_notice_settings() -> Result<Option<crate::model::NoticeSettings>, AppError> {
    let user = match current_user().await {
        Ok(u) => u,
        Err(AppError::NotSignedIn) => return Ok(None),
        Err(e) => return super::respond(Err(e)),
    };
    if crate::access::gate(&user).is_err() {
        return Ok(None);
    }
    let st = super::state()?;
    super::respond(crate::services::staff_notices::own(&st.db, &user).await.map(Some))
}

/// Saves the signed-in staff member's own address and choices.
#[server(input = Json)]
pub async fn save_notice_settings(settings: crate::model::NoticeSettings) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::staff_notices::save_own(&st.db, u, &settings).await).await
}

/// An administrator sets a staff member's address for notices (empty: none).
#[server(input = Json)]
pub async fn set_staff_email(id: i32, email: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::staff_notices::set_email(&st.db, u, id, &email).await).await
}
