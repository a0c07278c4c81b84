//! Fresh, migrated databases for tests: always a new SQLite file, and a new PostgreSQL
//! database when `LENTERA_TEST_POSTGRES_URL` names a server.
use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

use super::db::connect_and_migrate;

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub struct TestDb {
    pub backend: &'static str,
    pub db: DatabaseConnection,
    /// The connection URL, for a second "instance" with its own connections.
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("lentera_t_{}_{n}_{nanos}", std::process::id())
}

/// The PostgreSQL URL for tests, or `None` (and a loud note) when it is not configured.
pub fn postgres_url() -> Option<String> {
    let url = std::env::var("LENTERA_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty());
    if url.is_none() {
        eprintln!("!!! LENTERA_TEST_POSTGRES_URL not set: PostgreSQL part of this test SKIPPED");
    }
    url
}

impl TestDb {
    /// The SQLite file, to look at what is really on disk.
    pub fn sqlite_path(&self) -> Option<&std::path::Path> {
        match &self.cleanup {
            Cleanup::File(path) => Some(path),
            Cleanup::Postgres { .. } => None,
        }
    }
}

pub async fn sqlite() -> TestDb {
    let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let db = connect_and_migrate(&url).await.unwrap_or_else(|e| panic!("sqlite {url}: {e}"));
    TestDb { backend: "sqlite", db, url, cleanup: Cleanup::File(path) }
}

pub async fn postgres(admin_url: &str) -> TestDb {
    let name = unique_name();
    let admin = Database::connect(admin_url).await.unwrap_or_else(|e| panic!("postgres: {e}"));
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap_or_else(|e| panic!("create database: {e}"));
    let _ = admin.close().await;
    let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
    let url = format!("{base}/{name}");
    let db = connect_and_migrate(&url).await.unwrap_or_else(|e| panic!("postgres {url}: {e}"));
    TestDb { backend: "postgres", db, url, cleanup: Cleanup::Postgres { admin_url: admin_url.to_owned(), name } }
}

/// SQLite always, plus PostgreSQL when configured.
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    if let Some(url) = postgres_url() {
        dbs.push(postgres(&url).await);
    }
    dbs
}

impl TestDb {
    pub async fn drop_db(self) {
        let _ = self.db.close().await;
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
                }
            }
        }
    }
}
