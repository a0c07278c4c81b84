//! The whole HTTP stack through `tower::ServiceExt::oneshot`: pages render server-side,
//! plain (no-JavaScript) form posts work, errors are clear, headers protect the reporter.
#![allow(clippy::unwrap_used)]

use app::services::secrets::Hasher;
use app::services::test_db;
use app::domain::throttle::Limits;
use app::services::throttle::{ThrottleConfig, Throttles};
use app::state::AppState;
use axum::body::Body;
use axum::Router;
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use tower::ServiceExt;

async fn app() -> (Router, test_db::TestDb) {
    app_with(ThrottleConfig::default()).await
}

async fn app_with(throttle: ThrottleConfig) -> (Router, test_db::TestDb) {
    app_with_limits(throttle, Default::default()).await
}

async fn app_with_limits(throttle: ThrottleConfig, evidence: app::domain::evidence::EvidenceLimits) -> (Router, test_db::TestDb) {
    let t = test_db::sqlite().await;
    let state = AppState {
        leptos_options: LeptosOptions::builder().output_name("lentera").site_root("target/site").build(),
        db: t.db.clone(),
        hasher: Hasher::new([9; 32]),
        sessions: Default::default(),
        throttles: std::sync::Arc::new(Throttles::new(throttle, t.db.clone(), [9; 32])),
        evidence,
    };
    (lentera::router::app(state), t)
}

/// The request as if it came from the device at `ip` (what axum's ConnectInfo provides).
fn from(ip: &str, mut req: Request<Body>) -> Request<Body> {
    let addr = std::net::SocketAddr::new(ip.parse().unwrap(), 40_000);
    req.extensions_mut().insert(axum::extract::ConnectInfo(addr));
    req
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

fn form_post(path: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let body = serde_urlencoded_body(fields);
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .body(Body::from(body))
        .unwrap()
}

fn serde_urlencoded_body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The hidden one-time token of the rendered report form.
fn token_in(html: &str) -> String {
    let at = html.find("name=\"token\"").expect("token field");
    let rest = &html[at..];
    let v = rest.find("value=\"").expect("token value") + 7;
    rest[v..v + 32].to_owned()
}

/// The receipt shown after submission.
fn receipt_in(html: &str) -> String {
    let at = html.find("data-testid=\"receipt-code\"").expect("receipt shown");
    let rest = &html[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest[start..].find('<').unwrap();
    rest[start..start + end].to_owned()
}

const REPORT: &[(&str, &str)] = &[
    ("category", "pungli"),
    ("what", "Petugas meminta uang agar akta kelahiran anak saya cepat selesai."),
    ("who", "Ibu Sri, staf Dinas Kependudukan"),
    ("place", "Kantor Disdukcapil, loket 2"),
    ("time", "3 Agustus 2024"),
    ("how", "Petugas menahan berkas dan meminta uang tunai di luar loket sebelum mencetak akta."),
    ("how_much", "Rp 150.000"),
];

#[tokio::test]
async fn the_home_page_explains_the_promise_in_indonesian_without_caching() {
    let (app, t) = app().await;
    let (status, headers, html) = send(&app, get("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"id\""));
    assert!(html.contains("Kami tidak menyimpan alamat IP"));
    assert!(html.contains("href=\"/lapor\""));
    assert_eq!(headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    assert_eq!(headers.get(header::REFERRER_POLICY).unwrap(), "no-referrer");
    t.drop_db().await;
}

#[tokio::test]
async fn the_language_switch_sets_a_cookie_and_pages_follow_it() {
    let (app, t) = app().await;
    let (status, headers, _) = send(&app, get("/bahasa?ke=en&kembali=/lapor")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/lapor");
    let cookie = headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lentera_lang=en"));

    let req = Request::get("/lapor").header(header::COOKIE, "lentera_lang=en").body(Body::empty()).unwrap();
    let (_, _, html) = send(&app, req).await;
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("Make a report"));

    let (_, headers, _) = send(&app, get("/bahasa?ke=en&kembali=//evil.example")).await;
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/", "never an open redirect");
    t.drop_db().await;
}

/// The language cookie lives until the browser closes (a year on a shared phone told the
/// next user that somebody had opened the site) and is `Secure` over HTTPS.
#[tokio::test]
async fn the_language_cookie_ends_with_the_browser_session_and_is_secure_over_https() {
    let (app, t) = app_with(ThrottleConfig::default()).await;
    let req = Request::get("/bahasa?ke=en&kembali=/lapor").header("x-forwarded-proto", "https").body(Body::empty()).unwrap();
    let (_, headers, _) = send(&app, req).await;
    let cookie = headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(cookie.starts_with("lentera_lang=en") && cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "{cookie}");
    t.drop_db().await;
}

/// Hostile test: the hostile test of main sent `/%09/evil.example`, answered with
/// `Location: /\t/evil.example`, which Chromium follows to evil.example.
#[tokio::test]
async fn the_language_switch_sends_nobody_to_another_site() {
    let (app, t) = app_with(ThrottleConfig::default()).await;
    for trick in ["/%09/evil.example", "/%0a/evil.example", "/%0d%0a/evil.example", "/%5Cevil.example", "%2F%2Fevil.example", "https://evil.example", "/%20/evil.example", "/%00/evil.example"] {
        let (status, headers, _) = send(&app, get(&format!("/bahasa?ke=en&kembali={trick}"))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{trick}");
        assert_eq!(headers.get(header::LOCATION).unwrap(), "/", "{trick}");
    }
    let (_, headers, _) = send(&app, get("/bahasa?ke=id&kembali=/cek%3Fx%3D1")).await;
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/cek?x=1", "a path of this site with its query is kept");
    t.drop_db().await;
}

#[tokio::test]
async fn the_report_form_is_complete_html_before_any_script_runs() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, get("/lapor")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<form method=\"post\" action=\"/lapor\""));
    for name in ["category", "what", "who", "place", "time", "why", "how", "how_much", "evidence", "contact"] {
        assert!(html.contains(&format!("name=\"{name}\"")), "field {name}");
    }
    assert!(html.contains("Pungutan liar"));
    assert_eq!(token_in(&html).len(), 32);
    assert!(html.contains("data-testid=\"completeness\""));
    t.drop_db().await;
}

#[tokio::test]
async fn a_plain_form_post_stores_the_report_and_shows_the_receipt_once() {
    let (app, t) = app().await;
    let (_, _, html) = send(&app, get("/lapor")).await;
    let token = token_in(&html);
    let mut fields = REPORT.to_vec();
    fields.push(("token", &token));

    let (status, headers, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    let receipt = receipt_in(&html);
    assert_eq!(receipt.len(), 19);
    // The report is in: no form is left to send it again, and the only code the page loads
    // is the receipt's copy and print buttons.
    assert!(!html.contains("action=\"/lapor\""));
    assert_eq!(html.matches("<leptos-island").count(), 1);
    assert!(html.contains("data-component=\"ReceiptButtonsIsland_"));
    assert!(html.contains("data-testid=\"copy-receipt\""));

    // Re-posting the same form (reload, double click) shows the same receipt.
    let (_, _, again) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(receipt_in(&again), receipt);

    // The receipt opens the report on the check page, also without JavaScript.
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"report-status\""));
    assert!(html.contains("Diterima"));
    // The only code the receipt page ships: the evidence picker of the form that adds information.
    assert_eq!(html.matches("<leptos-island").count(), 1);
    assert!(html.contains("data-component=\"EvidenceField_"));

    let (status, _, html) =
        send(&app, form_post("/cek", &[("receipt", &receipt), ("info", "Ada bukti transfer.")])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ada bukti transfer."));
    assert!(html.contains("data-testid=\"info-added\""));
    t.drop_db().await;
}

#[tokio::test]
async fn a_bad_plain_post_keeps_what_was_typed_and_explains_the_problem() {
    let (app, t) = app().await;
    let (_, _, html) = send(&app, get("/lapor")).await;
    let token = token_in(&html);
    let fields = [("token", token.as_str()), ("who", "Pak Joko, Kecamatan Baros"), ("category", "")];
    let (status, _, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Pilih jenis pelanggaran."));
    assert!(html.contains("Ceritakan apa yang terjadi."));
    assert!(html.contains("Pak Joko, Kecamatan Baros"), "the typed answer is kept");
    assert!(!html.contains("data-testid=\"receipt-code\""));
    t.drop_db().await;
}

#[tokio::test]
async fn a_wrong_receipt_gets_a_clear_message() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", "1234 5678 9012 3456")])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Kode tanda terima tidak ditemukan"));
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", "12ab")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("16 angka"));
    t.drop_db().await;
}

#[tokio::test]
async fn oversize_and_malformed_posts_are_refused_without_harm() {
    let (app, t) = app().await;
    let huge = "a".repeat(600 * 1024);
    let (status, _, _) = send(&app, form_post("/lapor", &[("what", &huge)])).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let req = Request::post("/lapor")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(vec![0xff, 0xfe, b'=', 0x80]))
        .unwrap();
    let (status, _, _) = send(&app, req).await;
    assert!(status.is_client_error(), "{status}");
    t.drop_db().await;
}

#[tokio::test]
async fn an_unknown_page_is_a_translated_404() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, get("/tidak-ada")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Halaman tidak ditemukan"));
    t.drop_db().await;
}

#[tokio::test]
async fn an_oversize_server_function_call_is_refused_and_stores_nothing() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app().await;
    let path = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let body = format!(r#"{{"token":"{}","input":{{"category":"pungli","what":"{}"}}}}"#, "a".repeat(32), "a".repeat(600 * 1024));
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .unwrap();
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    t.drop_db().await;
}

/// On a slow phone the page must not share the line with its 300 KB bundle: nothing in the
/// page asks for the bundle early; the loader fetches it once the browser is idle.
#[tokio::test]
async fn a_citizen_page_asks_for_its_code_only_once_the_browser_is_idle() {
    let (app, t) = app().await;
    for path in ["/", "/lapor", "/cek"] {
        let (status, _, html) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!html.contains("rel=\"preload\""), "{path}: no early download of the bundle");
        assert!(!html.contains("rel=\"modulepreload\" href=\"/pkg/lentera"), "{path}: nor of its loader");
        let loader = html.split("<script").find(|s| s.contains("requestIdleCallback(start")).expect("the idle loader");
        assert!(loader.contains("const JS = \"/pkg/lentera.js\"") && loader.contains("const WASM = \"/pkg/lentera."), "{path}: {loader}");
    }
    // The staff pages have their own bundle: nothing of it is in the citizen's.
    for path in ["/staf", "/staf/papan"] {
        let (_, _, html) = send(&app, get(path)).await;
        let loader = html.split("<script").find(|s| s.contains("requestIdleCallback(start")).expect("the idle loader");
        assert!(loader.contains("const JS = \"/pkg/lentera-staff.js\"") && loader.contains("const WASM = \"/pkg/lentera-staff."), "{path}: {loader}");
    }
    t.drop_db().await;
}

/// Only the interactive parts of a page are islands, which ship as wasm: the report form for
/// a citizen, the staff pages' forms; the home page and the statistics
/// are plain HTML and load no code at all.
#[tokio::test]
async fn only_the_interactive_parts_of_a_page_are_islands() {
    let (app, t) = app().await;
    for (path, islands) in [
        ("/", &[][..]),
        ("/statistik", &[][..]),
        ("/lapor", &["ReportForm_"][..]),
        ("/cek", &[][..]),
        ("/staf", &["SignIn_"][..]),
    ] {
        let (status, _, html) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let found: Vec<&str> = html
            .split("<leptos-island")
            .skip(1)
            .filter_map(|tag| tag.split("data-component=\"").nth(1))
            .collect();
        assert_eq!(found.len(), islands.len(), "{path}: {found:?}");
        for (tag, name) in found.iter().zip(islands) {
            assert!(tag.starts_with(name), "{path}: {tag}");
        }
    }
    t.drop_db().await;
}

#[tokio::test]
async fn pages_carry_a_strict_policy_whose_nonce_is_on_every_inline_script() {
    let (app, t) = app().await;
    let (_, headers, html) = send(&app, get("/lapor")).await;
    let csp = headers.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().to_owned();
    for directive in ["default-src 'none'", "'strict-dynamic'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"] {
        assert!(csp.contains(directive), "{directive} missing from {csp}");
    }
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap().to_owned();
    assert!(nonce.len() >= 16);
    let scripts = html.matches("<script").count();
    assert!(scripts >= 1);
    assert_eq!(html.matches(&format!("nonce=\"{nonce}\"")).count(), scripts, "every script carries this response's nonce");

    let (_, again, _) = send(&app, get("/lapor")).await;
    assert!(!again.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().contains(&nonce), "a new nonce per response");
    for (name, value) in [("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"), ("referrer-policy", "no-referrer"), ("cross-origin-opener-policy", "same-origin")] {
        assert_eq!(headers.get(name).unwrap(), value);
    }
    assert!(headers.get("permissions-policy").unwrap().to_str().unwrap().contains("geolocation=()"));
    assert!(headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(), "no HSTS over plain HTTP");
    let https = Request::get("/").header("x-forwarded-proto", "https").body(Body::empty()).unwrap();
    let (_, headers, _) = send(&app, https).await;
    assert!(headers.get(header::STRICT_TRANSPORT_SECURITY).is_some());
    t.drop_db().await;
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_changes_nothing() {
    use leptos::server_fn::ServerFn;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app().await;
    let path = <app::functions::staff::StaffLogin as ServerFn>::PATH;
    let login = |extra: &[(&str, &str)]| {
        let mut req = Request::post(path).header(header::CONTENT_TYPE, "application/json").header(header::HOST, "lentera.example");
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        req.body(Body::from(r#"{"username":"admin","password":"Sandi-Uji-E2E-2026","code":""}"#)).unwrap()
    };
    let (status, _, _) = send(&app, login(&[("sec-fetch-site", "cross-site")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(&app, login(&[("origin", "https://evil.example")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The same site gets an answer (here: no such account).
    let (status, _, _) = send(&app, login(&[("sec-fetch-site", "same-origin")])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(&app, login(&[("origin", "http://lentera.example")])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A cross-site plain-form report is refused before anything is stored.
    let (_, _, html) = send(&app, get("/lapor")).await;
    let mut fields = REPORT.to_vec();
    let token = token_in(&html);
    fields.push(("token", &token));
    let mut req = form_post("/lapor", &fields);
    req.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    t.drop_db().await;
}

#[tokio::test]
async fn receipt_guessing_is_locked_per_device_with_a_clear_message() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app_with(ThrottleConfig { receipt: Limits::RECEIPT.locking_after(3), ..Default::default() }).await;
    let guess = |ip: &str| from(ip, form_post("/cek", &[("receipt", "1234 5678 9012 3456")]));
    for _ in 0..3 {
        assert_eq!(send(&app, guess("10.1.1.1")).await.0, StatusCode::NOT_FOUND);
    }
    let (status, _, html) = send(&app, guess("10.1.1.1")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Terlalu banyak percobaan dari perangkat ini"), "a clear, translated message");
    assert!(html.contains("15 menit"));
    assert_eq!(send(&app, guess("10.2.2.2")).await.0, StatusCode::NOT_FOUND, "another device is not locked");

    // The server function is the same door.
    let path = <app::functions::reports::CheckReport as ServerFn>::PATH;
    let call = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"receipt":"1234567890123456"}"#))
        .unwrap();
    let (status, headers, _) = send(&app, from("10.1.1.1", call)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = headers.get(header::RETRY_AFTER).unwrap().to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry));
    t.drop_db().await;
}

/// Hostile test: `POST /cek` with an addition that is refused (empty, over 4,000
/// characters, a control character) looked the receipt up again outside the lock (1,320
/// lookups in 12 s from one address). Every post that takes a receipt counts toward the
/// same lock, whatever its addition.
#[tokio::test]
async fn every_receipt_post_counts_toward_one_lock_whatever_its_addition() {
    let (app, t) = app_with(ThrottleConfig { receipt: Limits::RECEIPT.locking_after(4), ..Default::default() }).await;
    let long = "x".repeat(4_001);
    let receipt = ("receipt", "1234 5678 9012 3456");
    let variants: [Vec<(&str, &str)>; 5] = [
        vec![receipt, ("info", "")],
        vec![receipt, ("info", &long)],
        vec![receipt, ("info", "ada \u{7} bel")],
        vec![receipt, ("info", "Informasi tambahan yang sah")],
        vec![receipt],
    ];
    let mut statuses = Vec::new();
    for fields in variants.iter().chain(variants.iter()) {
        statuses.push(send(&app, from("10.3.3.3", form_post("/cek", fields))).await.0.as_u16());
    }
    assert_eq!(statuses, [404, 404, 404, 404, 429, 429, 429, 429, 429, 429]);
    t.drop_db().await;
}

#[tokio::test]
async fn reports_are_limited_per_device_and_a_refused_one_stores_nothing() {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app_with(ThrottleConfig { submissions: Limits::SUBMISSIONS.locking_after(1), ..Default::default() }).await;
    let post = |ip: &'static str| {
        let app = app.clone();
        async move {
            let (_, _, html) = send(&app, get("/lapor")).await;
            let token = token_in(&html);
            let mut fields = REPORT.to_vec();
            fields.push(("token", &token));
            send(&app, from(ip, form_post("/lapor", &fields))).await
        }
    };
    assert_eq!(post("10.1.1.1").await.0, StatusCode::OK);
    let (status, _, html) = post("10.1.1.1").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Terlalu banyak percobaan"));
    assert!(html.contains("akta kelahiran"), "the typed report is kept on the page");
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 1);
    assert_eq!(post("10.2.2.2").await.0, StatusCode::OK);
    t.drop_db().await;
}

/// Signs a new supervisor in through the services and returns the session cookie pair.
async fn staff_cookie(t: &test_db::TestDb) -> String {
    use app::domain::staff::Role;
    use app::services::staff::{create_account, login, NewAccount};
    let h = Hasher::new([9; 32]);
    create_account(&t.db, &h, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false)).await.unwrap();
    let (_, token) = login(&t.db, &h, "irban", "Kopi-susu-2026", None).await.unwrap();
    format!("lentera_staf={token}")
}

#[tokio::test]
async fn script_in_every_field_stays_text_for_the_citizen_and_the_inspector() {
    let (app, t) = app().await;
    const HOSTILE: &str = r#"</textarea></script><script>alert(1)</script>"><img src=x onerror=alert(2)> ${7*7} {{7*7}}"#;
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let what = format!("Petugas meminta uang agar akta cepat selesai. {HOSTILE}");
    let fields: Vec<(&str, &str)> = vec![
        ("category", "pungli"), ("what", &what), ("who", HOSTILE), ("place", HOSTILE), ("time", HOSTILE),
        ("why", HOSTILE), ("how", HOSTILE), ("how_much", HOSTILE), ("evidence", HOSTILE), ("token", &token),
    ];
    let (status, _, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::OK);
    let receipt = receipt_in(&html);
    let inert = |html: &str, page: &str| {
        if let Some(at) = html.find("<script>alert") {
            eprintln!("{page}: …{}…", &html[at.saturating_sub(200)..(at + 60).min(html.len())]);
        }
        assert!(!html.contains("<script>alert"), "{page}: a script tag got through");
        assert!(!html.contains("<img src=x"), "{page}: an element got through");
        assert!(!html.contains("</script><script>"), "{page}: the page's own data broke out of its script");
    };
    inert(&html, "receipt");
    let (_, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt), ("info", HOSTILE)])).await;
    inert(&html, "check page");
    assert!(html.contains("&lt;img src=x") || html.contains("\\u003cimg"), "the text is shown, escaped");

    let cookie = staff_cookie(&t).await;
    let req = Request::get("/staf/kasus/1").header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (status, _, html) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK);
    inert(&html, "case page");
    t.drop_db().await;
}

#[tokio::test]
async fn malformed_bodies_get_a_client_error_and_store_nothing() {
    use leptos::server_fn::ServerFn;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app().await;
    let raw = |path: &str, content_type: &str, body: Vec<u8>| {
        // Forms ask for a page back; server functions are called with fetch, for JSON.
        let accept = if path.starts_with("/api/") { "application/json" } else { "text/html" };
        Request::post(path).header(header::CONTENT_TYPE, content_type).header(header::ACCEPT, accept).body(Body::from(body)).unwrap()
    };
    let mut attempts = 0;
    // Invalid UTF-8, raw and percent-encoded.
    let mut bytes = b"category=pungli&token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&what=".to_vec();
    bytes.extend([0xff, 0xfe, 0xfd]);
    for body in [bytes, b"category=pungli&what=%FF%FE%FD".to_vec()] {
        let (status, _, _) = send(&app, raw("/lapor", "application/x-www-form-urlencoded", body)).await;
        assert!(status.is_client_error(), "{status}");
        attempts += 1;
    }
    // A field far longer than any answer may be (but under the body limit).
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let long = "a".repeat(50_000);
    let (status, _, html) = send(&app, form_post("/lapor", &[("category", "pungli"), ("what", &long), ("token", &token)])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("terlalu panjang"), "a clear message");
    attempts += 1;
    // Broken JSON, wrong types and a wrong content type to server functions.
    let submit = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let check = <app::functions::reports::CheckReport as ServerFn>::PATH;
    for (path, ct, body) in [
        (submit, "application/json", "{\"token\": \"x\", \"input\": "),
        (submit, "application/json", "{\"token\": 5, \"input\": []}"),
        (submit, "application/json", "\u{0}\u{1}"),
        (check, "application/json", "{\"receipt\": {\"nested\": true}}"),
        (check, "text/plain", "receipt=1234567890123456"),
    ] {
        let (status, _, _) = send(&app, raw(path, ct, body.as_bytes().to_vec())).await;
        assert!(status.is_client_error(), "{path} {body:?}: {status}");
        attempts += 1;
    }
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    println!("malformed bodies refused: {attempts}");
    t.drop_db().await;
}

const PHOTO: &[u8] = include_bytes!("../../app/tests/fixtures/photo.jpg");
const BOUNDARY: &str = "----lentera-test-boundary";

/// A multipart upload of one part named `name`, as a browser sends it.
fn upload(name: &str, claimed_type: &str, content: &[u8]) -> Request<Body> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"IMG_2041.jpg\"\r\nContent-Type: {claimed_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    raw_upload(format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

fn raw_upload(content_type: String, body: Vec<u8>) -> Request<Body> {
    Request::post("/bukti")
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len())
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap()
}

async fn attachments(t: &test_db::TestDb) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    app::entities::attachment::Entity::find().count(&t.db).await.unwrap()
}

#[tokio::test]
async fn an_uploaded_photo_reaches_the_inspector_as_a_download_without_its_gps() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app().await;
    let (status, _, body) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uploaded: app::model::UploadedFile = serde_json::from_str(&body).unwrap();
    assert_eq!(uploaded.kind, app::domain::evidence::EvidenceKind::Jpeg);

    // The report is sent with the upload's key, through the server function.
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let call = serde_json::json!({
        "token": token,
        "input": { "category": "pungli", "what": "Petugas meminta uang; foto kuitansinya terlampir." },
        "evidence": [uploaded.key],
    });
    let req = Request::post(<app::functions::reports::SubmitReport as ServerFn>::PATH)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(call.to_string()))
        .unwrap();
    let (status, _, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    use sea_orm::EntityTrait;
    let file = app::entities::attachment::Entity::find().one(&t.db).await.unwrap().unwrap();
    assert!(file.report_id.is_some());
    let path = format!("/staf/bukti/{}", file.id);
    let (status, _, text) = send(&app, get(&path)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "not signed in");
    assert!(text.contains("Silakan masuk"), "{text}");

    let cookie = staff_cookie(&t).await;
    let res = app.clone().oneshot(Request::get(&path).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let h = res.headers().clone();
    assert_eq!(h[header::CONTENT_TYPE], "image/jpeg");
    let disposition = h[header::CONTENT_DISPOSITION].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"WBS-") && disposition.ends_with(".jpg\""), "{disposition}");
    assert!(!disposition.contains("IMG_2041"), "the phone's file name is not kept");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h[header::CACHE_CONTROL].to_str().unwrap().contains("no-store"));
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(!bytes.windows(6).any(|w| w == b"Exif\0\0"), "no EXIF block, so no GPS");
    assert!(PHOTO.windows(6).any(|w| w == b"Exif\0\0"), "the original had one");
    t.drop_db().await;
}

#[tokio::test]
async fn a_photo_added_with_the_receipt_reaches_the_report() {
    let (app, t) = app().await;
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let mut fields = REPORT.to_vec();
    fields.push(("token", &token));
    let (_, _, html) = send(&app, form_post("/lapor", &fields)).await;
    let receipt = receipt_in(&html);

    // The picker uploads the file on its own; the form then posts the upload's key.
    let (status, _, body) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uploaded: app::model::UploadedFile = serde_json::from_str(&body).unwrap();
    let post = [("receipt", receipt.as_str()), ("info", "Foto kuitansi terlampir."), ("evidence_keys", uploaded.key.as_str())];
    let (status, _, html) = send(&app, form_post("/cek", &post)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"info-added\""));
    assert!(html.contains("data-testid=\"files-received\""), "the reporter sees the file arrived");
    use sea_orm::EntityTrait;
    let file = app::entities::attachment::Entity::find().one(&t.db).await.unwrap().unwrap();
    assert!(file.report_id.is_some(), "attached to the report");

    // A key is good once: posting it again (a reload) is refused and stores nothing more.
    let (status, _, html) = send(&app, form_post("/cek", &post)).await;
    assert!(status.is_client_error(), "{status}");
    assert!(html.contains("data-testid=\"info-error\""));
    assert_eq!(attachments(&t).await, 1);
    t.drop_db().await;
}

#[tokio::test]
async fn broken_oversize_and_forged_uploads_get_a_clear_client_error_and_store_nothing() {
    use app::domain::evidence::EvidenceLimits;
    use app::errors::AppError;
    let limits = EvidenceLimits { file_bytes: 2_000, ..Default::default() };
    let (app, t) = app_with_limits(ThrottleConfig::default(), limits).await;
    let mut attempts = 0;
    let expect = |status: StatusCode, body: &str, want: StatusCode, error: Option<AppError>| {
        assert_eq!(status, want, "{body}");
        if let Some(e) = error {
            assert_eq!(serde_json::from_str::<AppError>(body).unwrap(), e);
        }
        1
    };
    // Over the file limit, but inside the body limit: refused by the service.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    attempts += expect(s, &b, StatusCode::PAYLOAD_TOO_LARGE, Some(AppError::EvidenceTooLarge { limit_mb: 0 }));
    // Far over: refused before the body is read.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", &vec![0xFF; 200_000])).await;
    attempts += expect(s, &b, StatusCode::PAYLOAD_TOO_LARGE, None);
    // An HTML page dressed as a photo.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", b"<html><script>alert(1)</script></html>")).await;
    attempts += expect(s, &b, StatusCode::UNSUPPORTED_MEDIA_TYPE, Some(AppError::EvidenceUnsupported));
    // A damaged photo.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", &PHOTO[..400])).await;
    attempts += expect(s, &b, StatusCode::UNPROCESSABLE_ENTITY, Some(AppError::EvidenceUnreadable));
    // Broken multipart: no boundary, a body that never ends, garbage, the wrong field, JSON.
    for (ct, body) in [
        ("multipart/form-data".to_owned(), b"--x\r\n\r\n".to_vec()),
        (format!("multipart/form-data; boundary={BOUNDARY}"), format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc").into_bytes()),
        (format!("multipart/form-data; boundary={BOUNDARY}"), vec![0, 159, 146, 150, 13, 10]),
        ("application/json".to_owned(), b"{\"file\": \"AAAA\"}".to_vec()),
    ] {
        let (s, _, b) = send(&app, raw_upload(ct, body)).await;
        assert!(s.is_client_error(), "{s}: {b}");
        attempts += 1;
    }
    let (s, _, b) = send(&app, upload("photo", "image/jpeg", b"\xFF\xD8\xFF")).await;
    attempts += expect(s, &b, StatusCode::BAD_REQUEST, Some(AppError::FormExpired));
    // From another site.
    let mut cross = upload("file", "image/jpeg", b"\xFF\xD8\xFF");
    cross.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    let (s, _, b) = send(&app, cross).await;
    attempts += expect(s, &b, StatusCode::FORBIDDEN, None);
    assert_eq!(attachments(&t).await, 0);
    println!("bad uploads refused: {attempts}");
    t.drop_db().await;
}

#[tokio::test]
async fn the_public_statistics_page_needs_no_sign_in_and_explains_the_small_count_rule() {
    let (app, t) = app().await;
    let (status, headers, html) = send(&app, get("/statistik")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("default-src 'none'"));
    assert!(html.contains("Statistik pengaduan") && html.contains("Angka di bawah 5"), "rendered on the server");
    t.drop_db().await;
}

#[tokio::test]
async fn the_board_export_is_a_csv_download_for_signed_in_supervisors_only() {
    let (app, t) = app().await;
    let (status, _, text) = send(&app, get("/staf/ekspor.csv")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(text.contains("Silakan masuk"));
    let cookie = staff_cookie(&t).await;
    let req = Request::get("/staf/ekspor.csv?state=diterima&overdue=true").header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (status, headers, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment; filename=\"lentera-papan-"));
    assert!(body.starts_with("\u{feff}Nomor laporan,"), "{body}");
    t.drop_db().await;
}

/// Audited GETs (downloads, the export) write the audit log: a page elsewhere on the same
/// site (a sibling subdomain sends even a `SameSite=Strict` cookie) must not forge entries.
#[tokio::test]
async fn audited_downloads_refuse_requests_made_by_another_page() {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let (app, t) = app().await;
    let cookie = staff_cookie(&t).await;
    let exports = || app::entities::audit_event::Entity::find().filter(app::entities::audit_event::Column::Action.eq("board_exported")).count(&t.db);
    for (site, expected) in [("same-site", StatusCode::FORBIDDEN), ("cross-site", StatusCode::FORBIDDEN), ("same-origin", StatusCode::OK), ("none", StatusCode::OK)] {
        let req = Request::get("/staf/ekspor.csv").header(header::COOKIE, &cookie).header("sec-fetch-site", site).body(Body::empty()).unwrap();
        assert_eq!(send(&app, req).await.0, expected, "{site}");
    }
    assert_eq!(exports().await.unwrap(), 2, "only the two allowed exports are in the log");
    let req = Request::get("/staf/bukti/1").header(header::COOKIE, &cookie).header("sec-fetch-site", "same-site").body(Body::empty()).unwrap();
    assert_eq!(send(&app, req).await.0, StatusCode::FORBIDDEN);
    t.drop_db().await;
}

/// The page's HTML without its scripts (serialised data may hold both languages' names).
fn visible_html(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("</script>").map_or("", |end| &rest[start + end + 9..]);
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn no_page_shows_a_text_of_the_other_language() {
    use app::i18n::{Lang, Msg};
    let (app, t) = app().await;
    let mut checked = 0;
    for (lang, other) in [(Lang::Id, Lang::En), (Lang::En, Lang::Id)] {
        for path in ["/", "/lapor", "/cek", "/statistik", "/staf"] {
            let req = Request::get(path).header(header::COOKIE, format!("lentera_lang={}", lang.code())).body(Body::empty()).unwrap();
            let (status, _, html) = send(&app, req).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            let html = visible_html(&html);
            for &m in Msg::ALL {
                let foreign = m.t(other);
                // Short texts ("Status", "Lentera") can be the same word in both languages.
                if foreign != m.t(lang) && foreign.chars().count() >= 12 && !foreign.contains(['\'', '"', '&', '<']) {
                    assert!(!html.contains(foreign), "{path} in {lang:?} shows {m:?}: {foreign:?}");
                    checked += 1;
                }
            }
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{path}");
        }
    }
    println!("texts checked against pages: {checked}");
    t.drop_db().await;
}

#[tokio::test]
async fn the_bundle_is_served_compressed_and_revalidated() {
    let site = std::env::temp_dir().join(format!("lentera-site-{}", std::process::id()));
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let wasm_like = "lentera ".repeat(20_000);
    std::fs::write(site.join("pkg/lentera.js"), &wasm_like).unwrap();
    let t = test_db::sqlite().await;
    let state = AppState {
        leptos_options: LeptosOptions::builder().output_name("lentera").site_root(site.to_str().unwrap()).build(),
        db: t.db.clone(),
        hasher: Hasher::new([9; 32]),
        sessions: Default::default(),
        throttles: std::sync::Arc::new(Throttles::new(ThrottleConfig::default(), t.db.clone(), [9; 32])),
        evidence: Default::default(),
    };
    let app = lentera::router::app(state);
    let req = Request::get("/pkg/lentera.js").header(header::ACCEPT_ENCODING, "br, gzip").body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert!(body.len() * 20 < wasm_like.len(), "{} bytes for {}", body.len(), wasm_like.len());
    // A release build's files compressed ahead of time are sent as they are, with their type.
    std::fs::write(site.join("pkg/lentera.wasm"), b"\0asm raw bytes").unwrap();
    std::fs::write(site.join("pkg/lentera.wasm.br"), b"brotli bytes").unwrap();
    std::fs::write(site.join("pkg/lentera.wasm.gz"), b"gzip bytes").unwrap();
    for (accept, encoding, sent) in [("br, gzip", Some("br"), &b"brotli bytes"[..]), ("gzip", Some("gzip"), b"gzip bytes"), ("identity", None, b"\0asm raw bytes")] {
        let req = Request::get("/pkg/lentera.wasm").header(header::ACCEPT_ENCODING, accept).body(Body::empty()).unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{accept}");
        assert_eq!(res.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()), encoding, "{accept}");
        assert_eq!(res.headers()[header::CONTENT_TYPE], "application/wasm", "{accept}");
        assert_eq!(res.headers()[header::VARY], "accept-encoding", "{accept}");
        assert_eq!(res.into_body().collect().await.unwrap().to_bytes(), sent, "{accept}");
    }
    // Pages are never compressed (a receipt beside typed text must not leak through sizes).
    let req = Request::get("/").header(header::ACCEPT_ENCODING, "br, gzip").body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
    let _ = std::fs::remove_dir_all(&site);
    t.drop_db().await;
}
