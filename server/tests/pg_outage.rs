//! PostgreSQL restarted under a running server: requests during the outage fail fast with a
//! clear "try again" (503, nothing saved), the server recovers by itself, and nothing
//! acknowledged before is lost. Needs LENTERA_TEST_POSTGRES_URL and a local cluster this
//! user may stop and start (`pg_ctlcluster`, as on the CI machine); otherwise it says so
//! loudly and skips. Its own test binary, so no other test uses PostgreSQL meanwhile.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use std::process::Command;
use std::time::{Duration, Instant};

use app::services::{db, test_db};
use app::state::AppState;
use axum::body::Body;
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use tower::ServiceExt;

fn cluster() -> Option<String> {
    let versions = std::fs::read_dir("/etc/postgresql").ok()?;
    versions.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).next()
}

fn pg(action: &str, version: &str) -> bool {
    Command::new("pg_ctlcluster")
        .args(["--skip-systemctl-redirect", version, "main", action])
        .args(if action == "stop" { vec!["-m", "fast"] } else { vec![] })
        .status()
        .is_ok_and(|s| s.success())
}

fn wait_ready() {
    let started = Instant::now();
    while !Command::new("pg_isready").args(["-h", "127.0.0.1", "-q"]).status().is_ok_and(|s| s.success()) {
        assert!(started.elapsed() < Duration::from_secs(60), "PostgreSQL did not come back");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Starts the cluster again however the test ends.
struct Restart(String);

impl Drop for Restart {
    fn drop(&mut self) {
        pg("start", &self.0);
        wait_ready();
    }
}

async fn call(app: &axum::Router, path: &str, body: Value) -> (StatusCode, Value) {
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

fn report(n: u32) -> Value {
    let token: String = format!("{:032x}", u128::from(n) * 7919 + 0xabc0_0000);
    json!({ "token": token, "input": { "category": "pungli", "what": format!("Laporan saat gangguan basis data, nomor {n}.") }, "evidence": [] })
}

#[tokio::test]
async fn a_postgres_restart_gives_a_quick_try_again_and_the_server_recovers_by_itself() {
    let (Some(url), Some(version)) = (test_db::postgres_url(), cluster()) else {
        eprintln!("!!! no PostgreSQL cluster to restart here: outage test SKIPPED");
        return;
    };
    let t = test_db::postgres(&url).await;
    let db = db::connect_and_migrate(&t.url).await.unwrap();
    let state = AppState::for_tests(db.clone(), Default::default());
    let app = lentera::router::app(state);
    let submit = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let check = <app::functions::reports::CheckReport as ServerFn>::PATH;
    let (status, before) = call(&app, submit, report(1)).await;
    assert_eq!(status, StatusCode::OK, "{before}");

    assert!(pg("stop", &version), "could not stop the cluster");
    let guard = Restart(version.clone());
    let started = Instant::now();
    let (status, body) = call(&app, submit, report(2)).await;
    let took = started.elapsed();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(body, json!("Unavailable"), "the page says: busy, nothing saved, try again");
    assert!(took < Duration::from_secs(8), "fails fast: {took:?}");

    drop(guard); // PostgreSQL is back
    let mut recovered = None;
    for _ in 0..50 {
        let (status, body) = call(&app, submit, report(2)).await;
        if status == StatusCode::OK {
            recovered = Some(body);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let after = recovered.expect("the same server takes reports again without a restart");
    for sent in [before, after] {
        let (status, seen) = call(&app, check, json!({ "receipt": sent["receipt"] })).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(seen["case_number"], sent["case_number"], "nothing acknowledged is lost");
    }
    println!("outage: refused in {:.2} s", took.as_secs_f64());
    t.drop_db().await;
}
