//! The server's throttles: one ledger each for staff sign-in, receipt lookups and
//! submissions. Clients are keyed by a hash of their address under a secret that lives only
//! in memory and changes every day, so no address is kept, logged or stored anywhere.
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use axum::extract::ConnectInfo;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::domain::throttle::{Admit, Ledger, Limits};
use crate::errors::AppError;

pub type ClientKey = [u8; 32];

/// What is being throttled; each has its own ledger and limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    Login,
    Receipt,
    Submission,
    Upload,
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

const SECRET_LIFETIME_SECS: i64 = 24 * 60 * 60;

pub struct Throttles {
    behind_proxy: bool,
    login: Mutex<Ledger<ClientKey>>,
    receipt: Mutex<Ledger<ClientKey>>,
    submissions: Mutex<Ledger<ClientKey>>,
    uploads: Mutex<Ledger<ClientKey>>,
    /// The day's secret and when it was made.
    secret: Mutex<([u8; 32], i64)>,
}

impl std::fmt::Debug for Throttles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Throttles")
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding a ledger leaves it usable: it holds counts, not invariants.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

fn fresh_secret() -> Result<[u8; 32], AppError> {
    let mut s = [0u8; 32];
    getrandom::fill(&mut s).map_err(|_| AppError::Internal)?;
    Ok(s)
}

impl Throttles {
    pub fn new(config: ThrottleConfig) -> Result<Self, AppError> {
        Ok(Self {
            behind_proxy: config.behind_proxy,
            login: Mutex::new(Ledger::new(config.login)),
            receipt: Mutex::new(Ledger::new(config.receipt)),
            submissions: Mutex::new(Ledger::new(config.submissions)),
            uploads: Mutex::new(Ledger::new(config.uploads)),
            secret: Mutex::new((fresh_secret()?, now())),
        })
    }

    fn ledger(&self, guard: Guard) -> &Mutex<Ledger<ClientKey>> {
        match guard {
            Guard::Login => &self.login,
            Guard::Receipt => &self.receipt,
            Guard::Submission => &self.submissions,
            Guard::Upload => &self.uploads,
        }
    }

    /// The client's key (and, with `extra`, a key for the client and something else — or
    /// for the something else alone when `extra` starts with `*`).
    pub fn key(&self, headers: &http::HeaderMap, extensions: &http::Extensions, extra: &str) -> ClientKey {
        let mut secret = lock(&self.secret);
        if now() - secret.1 > SECRET_LIFETIME_SECS {
            if let Ok(s) = fresh_secret() {
                *secret = (s, now());
                // Yesterday's keys can no longer be computed: drop their records.
                for guard in [Guard::Login, Guard::Receipt, Guard::Submission, Guard::Upload] {
                    lock(self.ledger(guard)).clear();
                }
            }
        }
        let mut h = Sha256::new();
        h.update(secret.0);
        if let Some(rest) = extra.strip_prefix('*') {
            h.update(b"only:");
            h.update(rest.as_bytes());
        } else {
            let ip = client_address(headers, extensions, self.behind_proxy);
            h.update(ip.map(|ip| ip.to_string()).unwrap_or_default().as_bytes());
            h.update(b"|");
            h.update(extra.as_bytes());
        }
        h.finalize().into()
    }

    /// Waits out the delay the keys have earned, or refuses when one is locked.
    pub async fn admit(&self, guard: Guard, keys: &[ClientKey]) -> Result<(), AppError> {
        let t = now();
        let mut delay_ms = 0;
        {
            let ledger = lock(self.ledger(guard));
            for key in keys {
                match ledger.admit(key, t) {
                    Admit::Locked { retry_after_secs } => return Err(AppError::TooManyAttempts { retry_after_secs }),
                    Admit::Go { delay_ms: d } => delay_ms = delay_ms.max(d),
                }
            }
        }
        if delay_ms > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        }
        Ok(())
    }

    /// Runs `f` under `guard`: refused when locked, delayed after failures; counts what the
    /// guard counts (wrong passwords, wrong receipts, stored reports).
    pub async fn guarded<T>(
        &self,
        guard: Guard,
        keys: &[ClientKey],
        f: impl std::future::Future<Output = Result<T, AppError>>,
    ) -> Result<T, AppError> {
        self.admit(guard, keys).await?;
        let result = f.await;
        let counts = match (guard, &result) {
            (Guard::Login, Err(AppError::LoginFailed | AppError::SecondFactorWrong)) => true,
            (Guard::Receipt, Err(AppError::ReceiptUnknown | AppError::ReceiptMalformed)) => true,
            (Guard::Submission | Guard::Upload, Ok(_)) => true,
            (Guard::Login, Ok(_)) => {
                let mut ledger = lock(self.ledger(guard));
                keys.iter().for_each(|k| ledger.forget(k));
                false
            }
            _ => false,
        };
        if counts {
            let t = now();
            let mut ledger = lock(self.ledger(guard));
            keys.iter().for_each(|k| ledger.record(k, t));
        }
        result
    }
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
