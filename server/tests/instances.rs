//! Two Lentera instances on one database (PostgreSQL in production; SQLite here too): a
//! citizen reports on one, an inspector signed in on the other works the case, the citizen
//! reads the answer on the first. Sessions and throttling records live in the database, so a
//! sign-in on one instance is valid on the other, and guesses spread over both count together.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::services::secrets::Hasher;
use app::services::{db, test_db};
use app::services::throttle::ThrottleConfig;
use app::state::AppState;
use axum::body::Body;
use axum::Router;
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use tower::ServiceExt;

/// An instance: its own connection pool and its own process state; the installation's
/// secrets are the same on both, as they must be.
async fn instance(url: &str) -> Router {
    instance_with(url, Default::default()).await
}

async fn instance_with(url: &str, throttle: ThrottleConfig) -> Router {
    let db = db::connect_and_migrate(url).await.unwrap();
    let state = AppState::for_tests(db, throttle);
    lentera::router::app(state)
}

/// Calls a server function; returns the status, the `Set-Cookie` value and the JSON answer.
async fn call(app: &Router, path: &str, cookie: &str, body: Value) -> (StatusCode, Option<String>, Value) {
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .header(header::COOKIE, cookie)
        .body(Body::from(body.to_string()))
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let set_cookie = res.headers().get(header::SET_COOKIE).map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, set_cookie, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_case_reported_on_one_instance_is_worked_on_the_other_and_answered_on_the_first() {
    use app::functions::{board, cases, reports, staff};
    for t in test_db::all().await {
        let (a, b) = (instance(&t.url).await, instance(&t.url).await);
        let who = t.backend;

        // The citizen, on instance A.
        let (_, _, form) = call(&a, <reports::LoadReportForm as ServerFn>::PATH, "", json!({})).await;
        let token = form["token"].as_str().unwrap().to_owned();
        let input = json!({ "category": "pungli", "what": "Petugas meminta uang tambahan untuk surat pindah." });
        let (status, _, sent) = call(&a, <reports::SubmitReport as ServerFn>::PATH, "", json!({ "token": token, "input": input, "evidence": [] })).await;
        assert_eq!(status, StatusCode::OK, "{who}: {sent}");
        let (receipt, case_number) = (sent["receipt"].as_str().unwrap().to_owned(), sent["case_number"].as_str().unwrap().to_owned());

        // The supervisor signs in on instance B; the session works on A as well.
        app::services::staff::create_account(
            &t.db,
            &Hasher::new(app::state::TEST_SECRET),
            None,
            app::services::staff::NewAccount::new("irban", "Irban", app::domain::staff::Role::Supervisor, "Kopi-susu-2026", false),
        )
        .await
        .unwrap();
        let login = json!({ "username": "irban", "password": "Kopi-susu-2026", "code": "" });
        let (status, cookie, _) = call(&b, <staff::StaffLogin as ServerFn>::PATH, "", login).await;
        assert_eq!(status, StatusCode::OK, "{who}");
        let cookie = cookie.unwrap();
        let (_, _, me) = call(&a, <staff::Whoami as ServerFn>::PATH, &cookie, json!({})).await;
        assert_eq!(me["username"], "irban", "{who}: signed in on B, known on A");

        // B's board has A's report; B works and closes it.
        let (_, _, board) = call(&b, <board::LoadBoard as ServerFn>::PATH, &cookie, json!({ "filter": {} })).await;
        let card = board["cards"].as_array().unwrap().iter().find(|c| c["case_number"] == case_number.as_str()).unwrap().clone();
        let id = card["id"].as_i64().unwrap();
        for to in ["verifikasi", "telaah"] {
            let (status, _, body) = call(&b, <board::MoveBoardCard as ServerFn>::PATH, &cookie, json!({ "id": id, "to": to })).await;
            assert_eq!(status, StatusCode::OK, "{who}: {body}");
        }
        let close = json!({ "id": id, "outcome": "terbukti", "detail": "", "message": "Terbukti; petugas telah dibina." });
        let (status, _, body) = call(&b, <cases::CloseCase as ServerFn>::PATH, &cookie, close).await;
        assert_eq!(status, StatusCode::OK, "{who}: {body}");

        // The citizen reads the answer on A.
        let (_, _, seen) = call(&a, <reports::CheckReport as ServerFn>::PATH, "", json!({ "receipt": receipt })).await;
        assert_eq!(seen["state"], "selesai", "{who}: {seen}");
        assert_eq!(seen["outcome"], "terbukti", "{who}");
        assert!(seen.to_string().contains("petugas telah dibina"), "{who}: the message arrives");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn receipt_guesses_spread_over_two_instances_count_together() {
    use app::domain::throttle::Limits;
    use app::functions::reports;
    let throttle = ThrottleConfig { receipt: Limits::RECEIPT.locking_after(4), ..Default::default() };
    for t in test_db::all().await {
        let (a, b) = (instance_with(&t.url, throttle).await, instance_with(&t.url, throttle).await);
        let who = t.backend;
        let guess = json!({ "receipt": "1234567890123456" });
        for (n, instance) in [&a, &b, &a, &b].into_iter().enumerate() {
            let (status, _, body) = call(instance, <reports::CheckReport as ServerFn>::PATH, "", guess.clone()).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{who}: guess {n}: {body}");
        }
        // Two guesses on each: neither instance alone reached four, together they did.
        for instance in [&a, &b] {
            let (status, _, body) = call(instance, <reports::CheckReport as ServerFn>::PATH, "", guess.clone()).await;
            assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{who}: {body}");
        }
        t.drop_db().await;
    }
}
