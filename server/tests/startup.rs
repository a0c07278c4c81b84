//! Start-up faults give a clear message and a non-zero exit, never a panic: the data
//! directory cannot be created, or the disk under it is full.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Runs the server binary with `env`; it must stop by itself within 20 seconds.
fn start(env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lentera"));
    // Even with backtraces switched on, the operator gets one clear line.
    cmd.env("LENTERA_ADDR", "127.0.0.1:0").env("RUST_LOG", "warn").env("RUST_BACKTRACE", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("the server kept running instead of refusing to start");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn assert_clear_failure(out: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "must exit non-zero: {stderr}");
    assert!(stderr.contains(expected), "the message names the problem: {stderr}");
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    assert!(stderr.contains("Lentera cannot run: ") && !stderr.contains("Stack backtrace"), "one clear line: {stderr}");
}

/// Built any other way than `scripts/build-site.sh`, the site lacks the staff pages' bundle
/// and the staff pages never became interactive, silently; the server now refuses to start.
#[test]
fn a_site_without_the_staff_bundle_is_a_clear_error() {
    let base = std::env::temp_dir().join(format!("lentera-nosite-{}", std::process::id()));
    std::fs::create_dir_all(base.join("site/pkg")).unwrap();
    std::fs::write(base.join("site/pkg/lentera.js"), b"").unwrap();
    let out = start(&[
        ("LENTERA_DATA_DIR", base.join("data").to_str().unwrap()),
        ("LENTERA_SITE_ROOT", base.join("site").to_str().unwrap()),
        ("LENTERA_ADMIN_PASSWORD", "Sandi-Uji-Panjang-2026"),
    ]);
    assert_clear_failure(&out, "lentera-staff.js");
    assert!(String::from_utf8_lossy(&out.stderr).contains("scripts/build-site.sh"));
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn a_data_directory_that_cannot_be_created_is_a_clear_error() {
    let base = std::env::temp_dir().join(format!("lentera-startup-{}", std::process::id()));
    std::fs::create_dir_all(&base).unwrap();
    let file = base.join("not-a-directory");
    std::fs::write(&file, b"x").unwrap();
    let out = start(&[("LENTERA_DATA_DIR", file.join("data").to_str().unwrap())]);
    assert_clear_failure(&out, "cannot create the data directory");
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn a_full_disk_at_start_up_is_a_clear_error() {
    // A 256 KB RAM disk, filled up. Mounting needs root, which CI has; elsewhere say so.
    let dir = std::env::temp_dir().join(format!("lentera-full-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mounted = Command::new("mount").args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"]).arg(&dir).status().is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("!!! cannot mount a small tmpfs here (not root?): full-disk start-up test SKIPPED");
        return;
    }
    let filler = dir.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 512 * 1024]); // fails part-way: the disk is full
    let secret = "ab".repeat(32);
    let out = start(&[
        ("LENTERA_DATA_DIR", dir.to_str().unwrap()),
        ("LENTERA_RECEIPT_SECRET", &secret),
        ("LENTERA_DATA_KEY", &secret),
    ]);
    let _ = Command::new("umount").arg(&dir).status();
    let _ = std::fs::remove_dir_all(&dir);
    assert_clear_failure(&out, "cannot open the database");
}

/// Hostile test: a copy of the data directory by another user of the server. On main the
/// database was 0644 in a 0755 folder; now the folder is the service's alone, and a
/// database left readable by an earlier release is tightened at start.
#[cfg(unix)]
#[test]
fn the_data_directory_and_its_files_are_readable_by_the_service_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("lentera-perms-{}", std::process::id()));
    let mode = |name: &str| std::fs::metadata(dir.join(name)).unwrap().permissions().mode() & 0o777;
    let create = |user: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_lentera"))
            .args(["admin", "create", user, "--role", "administrator"])
            .env("LENTERA_DATA_DIR", &dir)
            .env("LENTERA_NEW_PASSWORD", "Kopi-susu-2026-x")
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    create("ani");
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    for file in ["lentera.db", "receipt.secret", "data.key"] {
        assert_eq!(mode(file), 0o600, "{file}");
    }
    // An installation of an earlier release: everything world-readable.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(dir.join("lentera.db"), std::fs::Permissions::from_mode(0o644)).unwrap();
    create("budi");
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(mode("lentera.db"), 0o600);
    for companion in ["lentera.db-wal", "lentera.db-shm"] {
        if dir.join(companion).exists() {
            assert_eq!(mode(companion), 0o600, "{companion}");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
