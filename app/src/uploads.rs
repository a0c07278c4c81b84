//! The evidence routes, plain axum handlers rather than server functions: an upload is a
//! multipart body far larger than any form (with its own body limit), and a download is a
//! file, not JSON.
//!
//! `POST /bukti` takes one file in the multipart field `file` and answers an
//! [`UploadedFile`](crate::model::UploadedFile) as JSON, or an [`AppError`] as JSON with its
//! status (413, 415, 422, 429, …), which the page shows in the reader's language.
//! `GET /staf/bukti/{id}` sends a file to staff who may work its case.
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http::{header, HeaderValue, StatusCode};

use crate::access::Permission;
use crate::errors::AppError;
use crate::i18n::error_text;
use crate::model::StaffUser;
use crate::services::staff as staff_service;
use crate::services::throttle::Guard;
use crate::services::evidence;
use crate::state::AppState;

/// What the multipart framing may add to a file: headers and boundaries.
pub const MULTIPART_OVERHEAD_BYTES: usize = 64 * 1024;

fn status(e: &AppError) -> StatusCode {
    StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn json_error(e: AppError) -> Response {
    let mut res = (status(&e), Json(&e)).into_response();
    if let AppError::TooManyAttempts { retry_after_secs } = e {
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
    }
    res
}

/// The staff member signed in on this request, if any.
async fn signed_in(state: &AppState, headers: &http::HeaderMap) -> Result<Option<StaffUser>, AppError> {
    match crate::request::session_token(headers) {
        Some(t) => staff_service::session_user(&state.db, &state.sessions, &t).await,
        None => Ok(None),
    }
}

/// POST /bukti
pub async fn post_evidence(
    State(state): State<AppState>,
    parts: http::request::Parts,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let mut multipart = match multipart {
        Ok(m) => m,
        Err(_) => return json_error(AppError::FormExpired),
    };
    let bytes = loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                Ok(b) => break b,
                Err(e) => return multipart_failed(&state, e),
            },
            Ok(Some(_)) => continue,
            Ok(None) => return json_error(AppError::FormExpired),
            Err(e) => return multipart_failed(&state, e),
        }
    };
    // An intake officer's scan of a letter is not the reporter's own file.
    let from_reporter = match signed_in(&state, &parts.headers).await {
        // A label of who sent the file, not a permission: the role decides it.
        Ok(Some(user)) => !user.role.may(Permission::EnterReports),
        Ok(None) => true,
        Err(e) => return json_error(e),
    };
    let keys = [state.throttles.key(&parts.headers, &parts.extensions, "")];
    let upload = evidence::upload(&state.db, state.hasher.sealer(), &state.evidence, bytes.to_vec(), from_reporter);
    match state.throttles.guarded(Guard::Upload, &keys, upload).await {
        Ok(uploaded) => Json(uploaded).into_response(),
        Err(e) => json_error(e),
    }
}

/// A body cut off by the size limit is "too large"; anything else is a broken request.
fn multipart_failed(state: &AppState, e: axum::extract::multipart::MultipartError) -> Response {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        json_error(AppError::EvidenceTooLarge { limit_mb: state.evidence.file_mb() })
    } else {
        json_error(AppError::FormExpired)
    }
}

/// GET /staf/bukti/{id}
pub async fn get_evidence(State(state): State<AppState>, Path(id): Path<i32>, headers: http::HeaderMap) -> Response {
    let lang = crate::request::language(&headers);
    let result = async {
        let user = signed_in(&state, &headers).await?.ok_or(AppError::NotSignedIn)?;
        crate::access::gate(&user)?;
        evidence::download(&state.db, state.hasher.sealer(), &user, id).await
    }
    .await;
    match result {
        Ok(file) => {
            let disposition = format!("attachment; filename=\"{}\"", file.file_name);
            (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static(file.kind.mime())),
                    (
                        header::CONTENT_DISPOSITION,
                        HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
                    ),
                ],
                file.content,
            )
                .into_response()
        }
        Err(e) => (status(&e), [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], error_text(&e, lang)).into_response(),
    }
}

/// GET /staf/ekspor.csv — the board with the given filters as CSV, for supervisors.
pub async fn get_board_csv(
    State(state): State<AppState>,
    axum::extract::Query(filter): axum::extract::Query<crate::model::BoardFilter>,
    headers: http::HeaderMap,
) -> Response {
    let lang = crate::request::language(&headers);
    let result = async {
        let user = signed_in(&state, &headers).await?.ok_or(AppError::NotSignedIn)?;
        crate::access::gate(&user)?;
        crate::services::export::board_csv(&state.db, state.hasher.sealer(), &user, &filter, lang).await
    }
    .await;
    csv_download(result, "lentera-papan", lang)
}

/// The months of the IKM export, `?dari=2026-01&sampai=2026-12` (either may be left out).
#[derive(serde::Deserialize)]
pub struct Months {
    #[serde(default)]
    dari: String,
    #[serde(default)]
    sampai: String,
}

/// GET /staf/ikm.csv — the satisfaction index by month as CSV, for supervisors.
pub async fn get_survey_csv(State(state): State<AppState>, axum::extract::Query(m): axum::extract::Query<Months>, headers: http::HeaderMap) -> Response {
    let lang = crate::request::language(&headers);
    let month = |s: &str| s.is_empty() || (s.len() == 7 && s.as_bytes()[4] == b'-' && s.bytes().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit()));
    let result = async {
        let user = signed_in(&state, &headers).await?.ok_or(AppError::NotSignedIn)?;
        crate::access::gate(&user)?;
        if !month(&m.dari) || !month(&m.sampai) {
            return Err(AppError::InvalidSettings);
        }
        crate::services::export::survey_csv(&state.db, state.hasher.sealer(), &user, &m.dari, &m.sampai, lang).await
    }
    .await;
    csv_download(result, "lentera-ikm", lang)
}

/// A CSV download named `<name>-<today>.csv`, or the error in words.
fn csv_download(result: Result<String, AppError>, name: &str, lang: crate::i18n::Lang) -> Response {
    match result {
        Ok(csv) => {
            let day = crate::services::display::display_date(time::OffsetDateTime::now_utc());
            let disposition = format!("attachment; filename=\"{name}-{day}.csv\"");
            (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
                    (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment"))),
                ],
                // A byte-order mark so spreadsheet programs read the UTF-8 (names with é, ñ…).
                format!("\u{feff}{csv}"),
            )
                .into_response()
        }
        Err(e) => (status(&e), [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], error_text(&e, lang)).into_response(),
    }
}
