//! Connecting to SQLite (embedded default) or PostgreSQL (production) and migrating.
use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Opens the database named by `url` and applies pending migrations.
///
/// SQLite runs in WAL mode with `synchronous=FULL` (an acknowledged report survives a power
/// cut) and a single pooled connection, so there is exactly one writer and a write never
/// fails on a busy lock; it waits instead (busy timeout as a second guard).
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // One connection: requests queue for it rather than fail.
        opts.connect_timeout(Duration::from_secs(5)).acquire_timeout(Duration::from_secs(30));
        opts.max_connections(1).min_connections(1).map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true)
                // Deleted rows are overwritten, not left in free pages for a copy of the disk
                // to find (old throttle records, retention's emptied texts, used tokens).
                .pragma("secure_delete", "ON")
        });
    } else {
        // While PostgreSQL is down, a request fails within seconds with "try again" (503)
        // instead of hanging; the pool reconnects by itself when the server is back.
        opts.connect_timeout(Duration::from_secs(2)).acquire_timeout(Duration::from_secs(3));
        opts.max_connections(16).min_connections(1).test_before_acquire(true);
    }
    let db = Database::connect(opts).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}
