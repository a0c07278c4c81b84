//! Response headers that protect the reporter on a shared phone and against a hostile page,
//! and the cross-site request check for everything that changes state.
use axum::extract::Request;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, VARY,
    X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// For responses that are not pages (server functions, files, errors): nothing may run or
/// load. Pages get a policy with their own script nonce from the shell (`app::shell`).
const FALLBACK_CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/pkg/");
    // Behind a TLS-terminating proxy; only decides whether to send HSTS.
    let https = app::request::is_https(req.headers());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if is_static {
        // The bundle's names carry no hash: ask the server (a cheap 304) before using a
        // cached copy, so an upgrade never pairs new pages with an old bundle.
        h.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        // Sent brotli, gzip or plain by what the browser accepts (precompressed files do
        // not say so themselves): a shared cache must not hand brotli to a browser without it.
        h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    } else {
        // Receipts and cases must never be readable from the browser cache.
        h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if !h.contains_key(CONTENT_SECURITY_POLICY) {
        h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(FALLBACK_CSP));
    }
    h.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"),
    );
    h.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    h.insert(HeaderName::from_static("cross-origin-resource-policy"), HeaderValue::from_static("same-origin"));
    if https {
        h.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    res
}

/// Refuses a state-changing request that another site made the browser send: the browser's
/// `Sec-Fetch-Site` when it sends one, else `Origin` against `Host`. Requests without either
/// (curl, old browsers) carry no cookies of a victim's session by accident and pass.
pub async fn refuse_cross_site(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) || same_site(&req) {
        return next.run(req).await;
    }
    // The path only: never who sent it.
    tracing::warn!(path = %req.uri().path(), "cross-site request refused");
    (StatusCode::FORBIDDEN, "cross-site request refused").into_response()
}

/// For GETs that are audited (a file download, the export): they change the audit log, so
/// another page of the same site (a sibling subdomain, whose requests carry even a
/// `SameSite=Strict` cookie) must not make a staff member's browser send them either.
pub async fn refuse_cross_site_reads(req: Request, next: Next) -> Response {
    if same_site(&req) {
        return next.run(req).await;
    }
    tracing::warn!(path = %req.uri().path(), "cross-site read of an audited route refused");
    (StatusCode::FORBIDDEN, "cross-site request refused").into_response()
}

fn same_site(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match (headers.get(ORIGIN), headers.get(HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or_default();
            let host = host.to_str().unwrap_or_default();
            origin.split_once("://").is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Server functions answer with our `AppError` as JSON; when one fails before its body runs
/// (malformed or missing arguments), Leptos sends that error with status 500. Give such an
/// answer the status the error itself names (400 for a broken request), so a client fault
/// is never reported as a server fault.
pub async fn server_fn_status(req: Request, next: Next) -> Response {
    let is_server_fn = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_server_fn || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    // Error bodies are a few hundred bytes; anything larger is passed on as it was.
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response();
    };
    if let Ok(error) = serde_json::from_slice::<app::errors::AppError>(&bytes) {
        if let Ok(status) = StatusCode::from_u16(error.status_code()) {
            parts.status = status;
        }
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}
