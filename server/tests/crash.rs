//! Killed mid-flight, nothing acknowledged is lost: the server is killed with SIGKILL at
//! random moments while a client sends reports and retries each with its form token until it
//! gets a receipt. Afterwards every acknowledged receipt finds its report, each token made
//! exactly one report, and SQLite's integrity check passes.
//!
//! `LENTERA_CRASH_SUBMISSIONS` sets the number of reports (default 1000).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use leptos::server_fn::ServerFn;
use serde_json::{json, Value};

struct Server {
    port: u16,
    dir: std::path::PathBuf,
    child: Option<Child>,
}

impl Server {
    fn start(&mut self) {
        let child = Command::new(env!("CARGO_BIN_EXE_lentera"))
            .env("LENTERA_ADDR", format!("127.0.0.1:{}", self.port))
            .env("LENTERA_DATA_DIR", &self.dir)
            .env("LENTERA_SITE_ROOT", site_root())
            .env("LENTERA_SUBMISSIONS_PER_HOUR", "10000")
            .env("LENTERA_ADMIN_PASSWORD", "Sandi-Uji-Panjang-2026")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let started = Instant::now();
        while ureq::get(&format!("http://127.0.0.1:{}/healthz", self.port)).call().is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "the server did not come back");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill(); // SIGKILL: no shutdown, no flush
            let _ = c.wait();
        }
    }
}

/// A site folder with both bundles' entry files (empty: this test speaks JSON to the server
/// functions), which the server checks for at start.
fn site_root() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lentera-crash-site-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    for name in app::bundle_names("lentera") {
        std::fs::write(dir.join("pkg").join(format!("{name}.js")), b"").unwrap();
    }
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server function call; `None` when the connection failed or the answer was not 200.
fn call(port: u16, path: &str, body: &Value) -> Option<Value> {
    let mut res = ureq::post(&format!("http://127.0.0.1:{port}{path}"))
        .header("Accept", "application/json")
        .config()
        .timeout_global(Some(Duration::from_secs(10)))
        .http_status_as_error(false)
        .build()
        .send_json(body)
        .ok()?;
    if res.status() != 200 {
        return None;
    }
    res.body_mut().read_json::<Value>().ok()
}

#[test]
fn reports_acknowledged_while_the_server_is_killed_at_random_are_all_kept_exactly_once() {
    let n: u32 = std::env::var("LENTERA_CRASH_SUBMISSIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let dir = std::env::temp_dir().join(format!("lentera-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let server = Arc::new(Mutex::new(Server { port: free_port(), dir: dir.clone(), child: None }));
    server.lock().unwrap().start();
    let port = server.lock().unwrap().port;

    // The killer: SIGKILL after a random 0.3–1.2 s of running, restart, again, until the
    // client is done.
    let done = Arc::new(AtomicBool::new(false));
    let kills = Arc::new(AtomicU32::new(0));
    let killer = {
        let (server, done, kills) = (server.clone(), done.clone(), kills.clone());
        std::thread::spawn(move || {
            let mut seed = u64::from(std::process::id()) | 1;
            while !done.load(Ordering::SeqCst) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                std::thread::sleep(Duration::from_millis(300 + seed % 900));
                if done.load(Ordering::SeqCst) {
                    break;
                }
                let mut s = server.lock().unwrap();
                s.kill();
                kills.fetch_add(1, Ordering::SeqCst);
                s.start();
            }
        })
    };

    let started = Instant::now();
    let form_path = <app::functions::reports::LoadReportForm as ServerFn>::PATH;
    let submit_path = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let mut acknowledged: Vec<(String, String, String)> = Vec::new();
    let mut retries = 0u32;
    for i in 0..n {
        let token = loop {
            if let Some(form) = call(port, form_path, &json!({})) {
                break form["token"].as_str().unwrap().to_owned();
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let body = json!({
            "token": token,
            "input": { "category": "pungli", "what": format!("Laporan uji ketahanan nomor {i}: pungutan di loket.") },
            "evidence": [],
        });
        // Retried with the same token until a receipt comes back.
        let sent = loop {
            if let Some(s) = call(port, submit_path, &body) {
                break s;
            }
            retries += 1;
            std::thread::sleep(Duration::from_millis(20));
        };
        acknowledged.push((token, sent["receipt"].as_str().unwrap().to_owned(), sent["case_number"].as_str().unwrap().to_owned()));
    }
    done.store(true, Ordering::SeqCst);
    killer.join().unwrap();
    let elapsed = started.elapsed();

    // Every receipt finds its own report.
    let check_path = <app::functions::reports::CheckReport as ServerFn>::PATH;
    for (_, receipt, case_number) in &acknowledged {
        let seen = loop {
            if let Some(s) = call(port, check_path, &json!({ "receipt": receipt })) {
                break s;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(seen["case_number"].as_str().unwrap(), case_number);
    }
    server.lock().unwrap().kill();

    // Exactly one report per token, and a sound database file.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, Statement};
        let db = app::services::db::connect_and_migrate(&format!("sqlite://{}/lentera.db?mode=rwc", dir.display())).await.unwrap();
        let reports = app::entities::report::Entity::find().count(&db).await.unwrap();
        assert_eq!(reports, u64::from(n), "one report per acknowledged token, none twice");
        let backend = db.get_database_backend();
        let check = db.query_one_raw(Statement::from_string(backend, "PRAGMA integrity_check")).await.unwrap().unwrap();
        assert_eq!(check.try_get_by_index::<String>(0).unwrap(), "ok");
        let _ = db.close().await;
    });
    println!(
        "crash test: {n} reports acknowledged, {} kills, {retries} retried requests, {:.1} s",
        kills.load(Ordering::SeqCst),
        elapsed.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
