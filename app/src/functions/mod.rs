//! Server functions, by domain. Each is thin: take the state from context, call a service,
//! map the error to an HTTP status.
pub mod board;
pub mod cases;
pub mod oversight;
pub mod reports;
pub mod staff;

#[cfg(feature = "ssr")]
use crate::errors::AppError;

/// Sets the response status for an error, so clients and logs see what happened.
#[cfg(feature = "ssr")]
pub(crate) fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    use leptos::prelude::use_context;
    if let Err(e) = &result {
        if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
            opts.set_status(
                http::StatusCode::from_u16(e.status_code()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
            );
            if let AppError::TooManyAttempts { retry_after_secs } = e {
                opts.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from(*retry_after_secs));
            }
        }
    }
    result
}

/// The application state from context.
#[cfg(feature = "ssr")]
pub(crate) fn state() -> Result<crate::state::AppState, AppError> {
    leptos::prelude::use_context::<crate::state::AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        AppError::Internal
    })
}

/// This request's throttle keys: the client's, or with an extra part each (see
/// [`crate::services::throttle::Throttles::key`]).
#[cfg(feature = "ssr")]
pub(crate) fn client_keys(st: &crate::state::AppState, extras: &[&str]) -> Vec<crate::services::throttle::ClientKey> {
    let parts = leptos::prelude::use_context::<http::request::Parts>();
    let (headers, extensions) = match &parts {
        Some(p) => (p.headers.clone(), p.extensions.clone()),
        None => (http::HeaderMap::new(), http::Extensions::new()),
    };
    extras.iter().map(|extra| st.throttles.key(&headers, &extensions, extra)).collect()
}

/// Runs a staff server function: the state and the signed-in user, then `f`; the error's
/// status goes on the response, past the gate of [`crate::access::gate`]. Permissions are
/// checked by the services `f` calls.
#[cfg(feature = "ssr")]
pub(crate) async fn with_user<T>(
    f: impl AsyncFnOnce(&crate::state::AppState, &crate::model::StaffUser) -> Result<T, AppError>,
) -> Result<T, AppError> {
    with_signed_in(async |st, user| {
        crate::access::gate(user)?;
        f(st, user).await
    })
    .await
}

/// Like [`with_user`], for what a staff member must be able to do before everything else:
/// change their password, set up two-factor sign-in.
#[cfg(feature = "ssr")]
pub(crate) async fn with_signed_in<T>(
    f: impl AsyncFnOnce(&crate::state::AppState, &crate::model::StaffUser) -> Result<T, AppError>,
) -> Result<T, AppError> {
    respond(
        async {
            let st = state()?;
            let user = staff::current_user().await?;
            f(&st, &user).await
        }
        .await,
    )
}
