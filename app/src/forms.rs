//! Plain HTML form posts, for phones where JavaScript is off or the wasm has not loaded
//! yet. The handler runs the same service as the server function, then renders the same
//! page server-side with the outcome in context (the report page reads it through its
//! resource, which also feeds its island's props; the receipt page, server HTML only, reads
//! it directly).
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

use crate::domain::report::ReportInput;
use crate::domain::survey::SurveyAnswers;
use crate::errors::AppError;
use crate::model::{PostedCheck, PostedReport};
use crate::services::reports;
use crate::services::throttle::Guard;
use crate::state::AppState;
use crate::shell;

/// Largest plain form body: ten answers of 4,000 characters of up to 4 bytes, encoded.
pub const MAX_FORM_BYTES: usize = 512 * 1024;

#[derive(Clone)]
pub struct PostedReportContext(pub PostedReport);

#[derive(Clone)]
pub struct PostedCheckContext(pub PostedCheck);

#[derive(Deserialize)]
struct ReportPost {
    #[serde(default)]
    token: String,
    #[serde(flatten)]
    input: ReportInput,
}

#[derive(Deserialize)]
struct CheckPost {
    #[serde(default)]
    receipt: String,
    #[serde(default)]
    info: Option<String>,
    /// The one-time keys of the files the evidence picker uploaded, space-separated.
    #[serde(default)]
    evidence_keys: String,
    /// An address for notices (the notices form).
    #[serde(default)]
    notify_email: Option<String>,
    /// Present when the reporter stops notices.
    #[serde(default)]
    stop_notices: Option<String>,
    /// Present when the reporter rates the service: the scores `q1`…`q9` and a comment.
    #[serde(default)]
    survey: Option<String>,
    #[serde(default)]
    q1: String,
    #[serde(default)]
    q2: String,
    #[serde(default)]
    q3: String,
    #[serde(default)]
    q4: String,
    #[serde(default)]
    q5: String,
    #[serde(default)]
    q6: String,
    #[serde(default)]
    q7: String,
    #[serde(default)]
    q8: String,
    #[serde(default)]
    q9: String,
    #[serde(default)]
    survey_comment: String,
}

/// Which of the receipt page's forms a post came from: its result is shown at that form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Lookup,
    Information,
    Notices,
    Survey,
}

async fn read_form<T: for<'de> Deserialize<'de>>(req: Request) -> Result<(T, Request), Response> {
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    // The form decoder would quietly replace invalid UTF-8 with U+FFFD: refuse it instead.
    if !valid_utf8_form(&bytes) {
        return Err(StatusCode::BAD_REQUEST.into_response());
    }
    let value = serde_urlencoded::from_bytes::<T>(&bytes)
        .map_err(|_| StatusCode::BAD_REQUEST.into_response())?;
    // Render as if it were the GET of the same page.
    let mut parts = parts;
    parts.method = http::Method::GET;
    Ok((value, Request::from_parts(parts, Body::empty())))
}

/// Whether every name and value of an `application/x-www-form-urlencoded` body is UTF-8,
/// raw and after percent-decoding.
fn valid_utf8_form(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
        && bytes
            .split(|b| *b == b'&' || *b == b'=')
            .all(|part| percent_encoding::percent_decode(part).decode_utf8().is_ok())
}

fn render(state: AppState, req: Request, context: impl Fn() + Clone + Send + Sync + 'static, status: StatusCode) -> impl std::future::Future<Output = Response> {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            context();
        },
        move || shell(options.clone()),
    );
    async move {
        let mut res = handler(req).await.into_response();
        if res.status() == StatusCode::OK {
            *res.status_mut() = status;
        }
        res
    }
}

/// POST /lapor
pub async fn post_report(State(state): State<AppState>, req: Request) -> Response {
    let (post, req) = match read_form::<ReportPost>(req).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let keys = [state.throttles.key(req.headers(), req.extensions(), "")];
    let submit = reports::submit(&state.db, &state.hasher, &post.token, &post.input);
    let result = state.throttles.guarded(Guard::Submission, &keys, submit).await;
    let status = result.as_ref().err().map_or(StatusCode::OK, status_of);
    let posted = PostedReport { input: post.input, token: post.token, result };
    render(state, req, move || provide_context(PostedReportContext(posted.clone())), status).await
}

/// POST /cek: a receipt lookup, or adding information when `info` is present.
pub async fn post_check(State(state): State<AppState>, req: Request) -> Response {
    let (post, req) = match read_form::<CheckPost>(req).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let keys = [state.throttles.key(req.headers(), req.extensions(), "")];
    let throttles = state.throttles.clone();
    let evidence: Vec<String> = post.evidence_keys.split_whitespace().map(str::to_owned).collect();
    // One guarded lookup whatever the post holds: an addition that is refused (empty, too
    // long) still costs its receipt a place in the lock, and no post costs two hashes.
    let answers = post.survey.as_ref().and_then(|_| {
        let p = &post;
        SurveyAnswers::parse([&p.q1, &p.q2, &p.q3, &p.q4, &p.q5, &p.q6, &p.q7, &p.q8, &p.q9].map(String::as_str), &p.survey_comment)
    });
    let (part, change) = match (&post.info, &post.notify_email, &post.stop_notices, &post.survey) {
        (Some(text), ..) => (Part::Information, Some(reports::Change::Information(text, evidence.as_slice()))),
        (None, Some(address), ..) => (Part::Notices, Some(reports::Change::NoticesTo(address))),
        (None, None, Some(_), _) => (Part::Notices, Some(reports::Change::StopNotices)),
        (None, None, None, Some(_)) => (Part::Survey, Some(reports::Change::Survey(answers.as_ref()))),
        (None, None, None, None) => (Part::Lookup, None),
    };
    let checked = throttles.guarded(Guard::Receipt, &keys, reports::check_receipt(&state.db, &state.hasher, &post.receipt, state.evidence, change)).await;
    let (result, done, error) = match checked {
        Ok(c) => (Ok(c.status), c.added, c.addition_error),
        Err(e) => (Err(e), false, None),
    };
    let status = match (&result, &error) {
        (Err(e), _) | (_, Some(e)) => status_of(e),
        _ => StatusCode::OK,
    };
    let at = |p: Part| if part == p { (done, error.clone()) } else { (false, None) };
    let ((added, info_error), (notices_changed, notices_error), (rated_now, survey_error)) = (at(Part::Information), at(Part::Notices), at(Part::Survey));
    let info_text = if added { String::new() } else { post.info.unwrap_or_default() };
    let typed_address = if notices_error.is_some() { post.notify_email.unwrap_or_default() } else { String::new() };
    let posted = PostedCheck { receipt: post.receipt, result, added, info_error, info_text, notices_changed, notices_error, typed_address, rated_now, survey_error };
    render(state, req, move || provide_context(PostedCheckContext(posted.clone())), status).await
}

fn status_of(e: &AppError) -> StatusCode {
    StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// GET /bahasa?ke=en&kembali=/lapor: remembers the language in a cookie and goes back.
/// A plain link, so switching works without JavaScript.
pub async fn switch_language(req: Request) -> Response {
    #[derive(Deserialize)]
    struct Q {
        ke: String,
        #[serde(default)]
        kembali: String,
    }
    let q: Option<Q> = req.uri().query().and_then(|q| serde_urlencoded::from_str(q).ok());
    let Some(q) = q else { return StatusCode::BAD_REQUEST.into_response() };
    let lang = crate::i18n::Lang::from_code(&q.ke).unwrap_or_default();
    let back = crate::domain::redirect::same_site_path(&q.kembali).unwrap_or("/").to_owned();
    let mut res = Response::builder().status(StatusCode::SEE_OTHER).header(http::header::LOCATION, back);
    if let Some(cookie) = crate::request::language_cookie(req.headers(), lang) {
        res = res.header(http::header::SET_COOKIE, cookie);
    }
    res.body(Body::empty()).unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

