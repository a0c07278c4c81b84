//! The server's throttles: staff sign-in, receipt lookups, submissions and uploads. Records
//! live in the database (`throttle_entry`), so several instances behind one load balancer
//! count together. Clients are keyed by a hash of their address under the throttle key and
//! the day. That key is never on disk (the server takes it from its environment or makes a
//! new one at each start), so no copy of the data directory — the database with every
//! secret beside it — can be searched for the address behind a record: with the receipt
//! secret as the key, all of IPv4 took minutes. No address is kept, logged or stored
//! anywhere.
use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set, TransactionTrait};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::domain::throttle::{Entry, Limits};
use crate::entities::throttle_entry;
use crate::errors::AppError;

pub type ClientKey = [u8; 32];

/// What is being throttled; each has its own records and limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    Login,
    Receipt,
    Submission,
    Upload,
}

impl Guard {
    fn code(self) -> &'static str {
        match self {
            Guard::Login => "login",
            Guard::Receipt => "receipt",
            Guard::Submission => "submission",
            Guard::Upload => "upload",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThrottleConfig {
    pub login: Limits,
    pub receipt: Limits,
    pub submissions: Limits,
    pub uploads: Limits,
    /// Behind a reverse proxy the client is the last address of `X-Forwarded-For`.
    pub behind_proxy: bool,
}

impl Default for ThrottleConfig {
    fn default() -> Self {
        Self { login: Limits::LOGIN, receipt: Limits::RECEIPT, submissions: Limits::SUBMISSIONS, uploads: Limits::UPLOADS, behind_proxy: false }
    }
}

/// Records older than this go (keys change daily, so they could never match again).
const STALE_AFTER_SECS: i64 = 24 * 60 * 60;

pub struct Throttles {
    config: ThrottleConfig,
    db: DatabaseConnection,
    key: [u8; 32],
}

impl std::fmt::Debug for Throttles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Throttles")
    }
}

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

impl Throttles {
    /// `key` must come from nowhere on disk (see the module); instances given the same one
    /// compute the same keys and count together.
    pub fn new(config: ThrottleConfig, db: DatabaseConnection, key: [u8; 32]) -> Self {
        Self { config, db, key }
    }

    fn limits(&self, guard: Guard) -> Limits {
        match guard {
            Guard::Login => self.config.login,
            Guard::Receipt => self.config.receipt,
            Guard::Submission => self.config.submissions,
            Guard::Upload => self.config.uploads,
        }
    }

    /// The client's key (and, with `extra`, a key for the client and something else — or
    /// for the something else alone when `extra` starts with `*`).
    pub fn key(&self, headers: &http::HeaderMap, extensions: &http::Extensions, extra: &str) -> ClientKey {
        let mut h = Sha256::new();
        h.update(b"lentera throttle key\0");
        h.update(self.key);
        h.update(now().div_euclid(STALE_AFTER_SECS).to_le_bytes());
        if let Some(rest) = extra.strip_prefix('*') {
            h.update(b"only:");
            h.update(rest.as_bytes());
        } else {
            let ip = client_address(headers, extensions, self.config.behind_proxy);
            h.update(ip.map(|ip| ip.to_string()).unwrap_or_default().as_bytes());
            h.update(b"|");
            h.update(extra.as_bytes());
        }
        h.finalize().into()
    }

    fn row_key(guard: Guard, key: &ClientKey) -> String {
        format!("{}:{}", guard.code(), hex::encode(key))
    }

    /// Counts an attempt for each key before it runs (see [`Limits::reserve`]), in one
    /// transaction with the rows locked (PostgreSQL; SQLite's single connection serialises
    /// anyway), or refuses it when any key is locked: returns the delay it must wait first.
    /// Rows are created first (empty, as a fresh window) because `FOR UPDATE` locks only
    /// rows that exist, and taken in sorted order so two transactions never wait on each
    /// other's rows.
    async fn reserve(&self, guard: Guard, keys: &[ClientKey]) -> Result<u64, AppError> {
        let (t, limits) = (now(), self.limits(guard));
        let txn = self.db.begin().await?;
        let (mut delay_ms, mut locked, mut counted) = (0, None::<i64>, Vec::new());
        for key in Self::rows(guard, keys) {
            let fresh = throttle_entry::ActiveModel { key: Set(key.clone()), count: Set(0), window_start: Set(t), locked_until: Set(0) };
            throttle_entry::Entity::insert(fresh)
                .on_conflict_do_nothing_on([throttle_entry::Column::Key])
                .exec_without_returning(&txn)
                .await?;
            let current = throttle_entry::Entity::find_by_id(key.clone()).lock_exclusive().one(&txn).await?;
            match limits.reserve(current.map(to_entry), t) {
                Ok(r) => {
                    delay_ms = delay_ms.max(r.delay_ms);
                    counted.push((key, r.entry));
                }
                Err(secs) => locked = Some(locked.unwrap_or(0).max(secs)),
            }
        }
        if let Some(retry_after_secs) = locked {
            // Nothing is counted for a refused attempt (the transaction is dropped).
            return Err(AppError::TooManyAttempts { retry_after_secs });
        }
        for (key, entry) in counted {
            store(&txn, key, entry).await?;
        }
        txn.commit().await?;
        Ok(delay_ms)
    }

    /// Gives back what [`Throttles::reserve`] counted, for an attempt that did not count.
    async fn release(&self, guard: Guard, keys: &[ClientKey]) -> Result<(), AppError> {
        let (t, limits) = (now(), self.limits(guard));
        let txn = self.db.begin().await?;
        for key in Self::rows(guard, keys) {
            let current = throttle_entry::Entity::find_by_id(key.clone()).lock_exclusive().one(&txn).await?;
            if let Some(entry) = limits.release(current.map(to_entry), t) {
                store(&txn, key, entry).await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }

    fn rows(guard: Guard, keys: &[ClientKey]) -> Vec<String> {
        let mut rows: Vec<String> = keys.iter().map(|k| Self::row_key(guard, k)).collect();
        rows.sort();
        rows.dedup();
        rows
    }

    async fn forget(&self, guard: Guard, keys: &[ClientKey]) -> Result<(), AppError> {
        let rows: Vec<String> = keys.iter().map(|k| Self::row_key(guard, k)).collect();
        throttle_entry::Entity::delete_many().filter(throttle_entry::Column::Key.is_in(rows)).exec(&self.db).await?;
        Ok(())
    }

    /// Runs `f` under `guard`: refused when locked, delayed after failures. Every attempt is
    /// counted before it runs; afterwards those that do not count give their place back:
    /// what counts is a wrong password or code (at sign-in or asked again), a wrong receipt, a stored report, and every
    /// upload, refused or not (a refused one cost a decode too).
    pub async fn guarded<T>(
        &self,
        guard: Guard,
        keys: &[ClientKey],
        f: impl std::future::Future<Output = Result<T, AppError>>,
    ) -> Result<T, AppError> {
        let delay_ms = self.reserve(guard, keys).await?;
        if delay_ms > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        }
        let result = f.await;
        let counts = matches!(
            (guard, &result),
            (Guard::Login, Err(AppError::LoginFailed | AppError::SecondFactorWrong | AppError::PasswordWrong))
                | (Guard::Receipt, Err(AppError::ReceiptUnknown | AppError::ReceiptMalformed))
                | (Guard::Submission, Ok(_))
                | (Guard::Upload, _)
        );
        // What `f` did stands (a stored report is acknowledged) even if this fails.
        let settled = match (guard, &result) {
            // A staff member who finally typed it right starts afresh.
            (Guard::Login, Ok(_)) => self.forget(guard, keys).await,
            _ if !counts => self.release(guard, keys).await,
            _ => Ok(()),
        };
        if let Err(e) = settled {
            tracing::warn!(error = %e, "a throttle record was not updated");
        }
        result
    }
}

async fn store(txn: &impl ConnectionTrait, key: String, entry: Entry) -> Result<(), AppError> {
    throttle_entry::ActiveModel {
        key: Set(key),
        count: Set(i32::try_from(entry.count).unwrap_or(i32::MAX)),
        window_start: Set(entry.window_start),
        locked_until: Set(entry.locked_until),
    }
    .update(txn)
    .await?;
    Ok(())
}

fn to_entry(row: throttle_entry::Model) -> Entry {
    Entry { count: u32::try_from(row.count).unwrap_or(0), window_start: row.window_start, locked_until: row.locked_until }
}

/// Drops records from earlier days, whose keys can no longer be computed (run by the
/// server's periodic clean-up); returns how many went.
pub async fn purge_stale(db: &impl ConnectionTrait, now: i64) -> Result<u64, AppError> {
    let gone = throttle_entry::Entity::delete_many()
        .filter(throttle_entry::Column::WindowStart.lt(now - STALE_AFTER_SECS))
        .filter(throttle_entry::Column::LockedUntil.lt(now))
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}

/// The client's address: the connection's peer, or behind a proxy the address the proxy
/// appended last to `X-Forwarded-For` (earlier entries are the client's own claims).
fn client_address(headers: &http::HeaderMap, extensions: &http::Extensions, behind_proxy: bool) -> Option<IpAddr> {
    if behind_proxy {
        let forwarded = headers.get("x-forwarded-for")?.to_str().ok()?;
        return forwarded.rsplit(',').next()?.trim().parse().ok();
    }
    extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip())
}
