//! Hostile tests that need the real server process: an attacker with a copy of the disk.
//! (The others play the attacker where their subject lives: guessing and bursts in
//! `http/throttles.rs` and `app/tests/staff_service.rs`, redirects and cookies in
//! `http/security.rs` and `http/language.rs`, bombs and active PDF content in
//! `http/evidence.rs` and `app/src/services/scrub/`, slow clients in `timeouts.rs`, file
//! modes in `startup.rs`; the list with each defect is in ARCHITECTURE.md.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The citizen's address, as the reverse proxy reports it.
const CITIZEN: &str = "198.51.100.23";

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The server on `data_dir`, behind a (pretend) proxy, locking receipts after 3 wrong ones.
fn start(data_dir: &Path, site: &Path) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(env!("CARGO_BIN_EXE_lentera"))
        .env("LENTERA_ADDR", format!("127.0.0.1:{port}"))
        .env("LENTERA_DATA_DIR", data_dir)
        .env("LENTERA_SITE_ROOT", site)
        .env("LENTERA_ADMIN_PASSWORD", "Sandi-Uji-Panjang-2026")
        .env("LENTERA_BEHIND_PROXY", "true")
        .env("LENTERA_RECEIPT_LOCK_AFTER", "3")
        .env_remove("LENTERA_THROTTLE_KEY")
        // Everything else from the data directory alone, as an installation with defaults.
        .env_remove("LENTERA_DATABASE_URL")
        .env_remove("LENTERA_RECEIPT_SECRET")
        .env_remove("LENTERA_DATA_KEY")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let server = Server { child, port };
    let started = Instant::now();
    while server.request("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") != Some(200) {
        assert!(started.elapsed() < Duration::from_secs(30), "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

impl Server {
    /// Sends a raw request; the answer's status.
    fn request(&self, raw: &str) -> Option<u16> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream.write_all(raw.as_bytes()).ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        answer.split(' ').nth(1)?.parse().ok()
    }

    /// A wrong receipt posted to `/cek` from the citizen's address.
    fn guess(&self) -> u16 {
        let body = "receipt=1234+5678+9012+3456";
        let raw = format!(
            "POST /cek HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: {CITIZEN}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.request(&raw).unwrap()
    }

    /// Stops the server as systemd would (SIGTERM), so that its files are complete.
    fn stop(mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Defect 9: the throttle's records were keyed with the receipt secret that lies beside the
/// database, so a copy of the data directory gave the client's address back (all of IPv4
/// searched in minutes, or one suspected address checked at once). The attacker here does
/// the strongest thing a copy allows: runs Lentera itself on it and asks from the suspected
/// address whether it is locked. The records are in the copy; they no longer answer.
#[test]
fn a_copy_of_the_data_directory_does_not_tell_which_address_was_throttled() {
    let base = std::env::temp_dir().join(format!("lentera-hostile-copy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let site = base.join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    for bundle in ["lentera.js", "lentera-staff.js"] {
        std::fs::write(site.join("pkg").join(bundle), b"").unwrap();
    }
    let (data, copy): (PathBuf, PathBuf) = (base.join("data"), base.join("copy"));

    let server = start(&data, &site);
    let statuses: Vec<u16> = (0..4).map(|_| server.guess()).collect();
    assert_eq!(statuses, [404, 404, 404, 429], "the citizen's address is locked on the live server");
    server.stop();
    copy_dir(&data, &copy);

    // The copy holds the lock's record (in the database or its journal)…
    let files: Vec<Vec<u8>> = std::fs::read_dir(&copy).unwrap().map(|e| std::fs::read(e.unwrap().path()).unwrap()).collect();
    assert!(files.iter().any(|f| f.windows(8).any(|w| w == b"receipt:")), "the copy has the throttle records");
    // …but no file of it names the address, in text or in bytes…
    let octets: Vec<u8> = CITIZEN.split('.').map(|o| o.parse().unwrap()).collect();
    for bytes in &files {
        assert!(!bytes.windows(CITIZEN.len()).any(|w| w == CITIZEN.as_bytes()));
        assert!(!bytes.windows(4).any(|w| w == octets.as_slice()));
    }
    // …and Lentera run on the copy cannot tell the locked address from any other.
    let attacker = start(&copy, &site);
    assert_eq!(attacker.guess(), 404, "the copy must not recognise the locked address");
    attacker.stop();
    std::fs::remove_dir_all(&base).unwrap();
}
