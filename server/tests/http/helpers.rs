//! What every HTTP test uses: the app on a fresh database, requests, and reading answers.
pub(crate) use app::services::secrets::Hasher;
pub(crate) use app::services::test_db;
pub(crate) use app::domain::throttle::Limits;
pub(crate) use app::services::throttle::ThrottleConfig;
pub(crate) use app::state::AppState;
pub(crate) use axum::body::Body;
pub(crate) use axum::Router;
pub(crate) use http::{header, Request, StatusCode};
pub(crate) use http_body_util::BodyExt;
pub(crate) use leptos::config::LeptosOptions;
pub(crate) use tower::ServiceExt;

pub(crate) async fn app() -> (Router, test_db::TestDb) {
    app_with(ThrottleConfig::default()).await
}

pub(crate) async fn app_with(throttle: ThrottleConfig) -> (Router, test_db::TestDb) {
    app_with_limits(throttle, Default::default()).await
}

pub(crate) async fn app_with_limits(throttle: ThrottleConfig, evidence: app::domain::evidence::EvidenceLimits) -> (Router, test_db::TestDb) {
    let t = test_db::sqlite().await;
    let state = AppState { evidence, ..AppState::for_tests(t.db.clone(), throttle) };
    (lentera::router::app(state), t)
}

/// The request as if it came from the device at `ip` (what axum's ConnectInfo provides).
pub(crate) fn from(ip: &str, mut req: Request<Body>) -> Request<Body> {
    let addr = std::net::SocketAddr::new(ip.parse().unwrap(), 40_000);
    req.extensions_mut().insert(axum::extract::ConnectInfo(addr));
    req
}

pub(crate) async fn send(app: &Router, req: Request<Body>) -> (StatusCode, http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

pub(crate) fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

pub(crate) fn form_post(path: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let body = serde_urlencoded_body(fields);
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .body(Body::from(body))
        .unwrap()
}

pub(crate) fn serde_urlencoded_body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub(crate) fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The hidden one-time token of the rendered report form.
pub(crate) fn token_in(html: &str) -> String {
    let at = html.find("name=\"token\"").expect("token field");
    let rest = &html[at..];
    let v = rest.find("value=\"").expect("token value") + 7;
    rest[v..v + 32].to_owned()
}

/// The receipt shown after submission.
pub(crate) fn receipt_in(html: &str) -> String {
    let at = html.find("data-testid=\"receipt-code\"").expect("receipt shown");
    let rest = &html[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest[start..].find('<').unwrap();
    rest[start..start + end].to_owned()
}

pub(crate) const REPORT: &[(&str, &str)] = &[
    ("category", "pungli"),
    ("what", "Petugas meminta uang agar akta kelahiran anak saya cepat selesai."),
    ("who", "Ibu Sri, staf Dinas Kependudukan"),
    ("place", "Kantor Disdukcapil, loket 2"),
    ("time", "3 Agustus 2024"),
    ("how", "Petugas menahan berkas dan meminta uang tunai di luar loket sebelum mencetak akta."),
    ("how_much", "Rp 150.000"),
];

/// Signs a new supervisor in through the services and returns the session cookie pair.
pub(crate) async fn staff_cookie(t: &test_db::TestDb) -> String {
    use app::domain::staff::Role;
    use app::services::staff::{create_account, login, NewAccount};
    let h = Hasher::new([9; 32]);
    create_account(&t.db, &h, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false)).await.unwrap();
    let (_, token) = login(&t.db, &h, "irban", "Kopi-susu-2026", None).await.unwrap();
    format!("lentera_staf={token}")
}

/// The page's HTML without its scripts (serialised data may hold both languages' names).
pub(crate) fn visible_html(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("</script>").map_or("", |end| &rest[start + end + 9..]);
    }
    out.push_str(rest);
    out
}

/// A report sent through the plain form; its receipt.
pub(crate) async fn a_receipt(app: &Router) -> String {
    let (_, _, html) = send(app, get("/lapor")).await;
    let token = token_in(&html);
    let mut fields = REPORT.to_vec();
    fields.push(("token", &token));
    let (_, _, html) = send(app, form_post("/lapor", &fields)).await;
    receipt_in(&html)
}
