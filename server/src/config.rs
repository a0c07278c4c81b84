//! Configuration from environment variables, with defaults that run Lentera on the
//! embedded SQLite database under `data/`:
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `LENTERA_ADDR` | `127.0.0.1:3000` | listen address |
//! | `LENTERA_DATA_DIR` | `data` | where the SQLite database and the generated secret live |
//! | `LENTERA_DATABASE_URL` | `sqlite://<data dir>/lentera.db?mode=rwc` | a `postgres://` URL switches to PostgreSQL |
//! | `LENTERA_RECEIPT_SECRET` | generated into `<data dir>/receipt.secret` | 64 hex digits; salts receipt hashes (back it up: without it no receipt can be looked up) |
//! | `LENTERA_DATA_KEY` | generated into `<data dir>/data.key` | 64 hex digits; encrypts report texts and messages in the database (back it up apart from the database) |
//! | `LENTERA_DATA_KEY_PREVIOUS` | none | comma-separated previous data keys, readable until `lentera admin reseal` has run |
//! | `LENTERA_THROTTLE_KEY` | a new random key at each start, held in memory only | 64 hex digits; keys the throttles' records of client addresses. Give every instance of one installation the same one so that they count together, and keep it out of the data directory and its backups (with it, a copy of the database tells which address was throttled) |
//! | `LENTERA_SITE_ROOT` | `target/site` | the compiled wasm, JS and CSS |
//! | `LENTERA_LOGIN_LOCK_AFTER` | `10` | wrong staff passwords in 15 minutes (per device, and per account) before a 15-minute lock; slowed down from the fourth |
//! | `LENTERA_RECEIPT_LOCK_AFTER` | `20` | wrong receipts in 15 minutes per device before a 15-minute lock; slowed down from the sixth |
//! | `LENTERA_SUBMISSIONS_PER_HOUR` | `10` | reports per device per hour |
//! | `LENTERA_BEHIND_PROXY` | `false` | `true` when a reverse proxy appends the client address to `X-Forwarded-For` |
//! | `LENTERA_MAX_FILE_MB` | `10` | largest evidence file, in MB (1–100) |
//! | `LENTERA_MAX_REPORT_MB` | `30` | all evidence of one report together, in MB (at least the file limit, at most 500) |
//! | `LENTERA_PUBLIC_URL` | `http://<LENTERA_ADDR>` | the address citizens open (e.g. `https://wbs.sukabumikota.go.id`), for the links in e-mails |
//! | `LENTERA_SMTP_URL` | none: notices wait in the outbox | the mail server: `smtp://host:25` (a relay on this machine), `smtp://user:password@host:587?tls=required` (STARTTLS), `smtps://user:password@host:465` (implicit TLS) |
//! | `LENTERA_MAIL_FROM` | `Lentera <noreply@localhost>` | the sender of e-mails, e.g. `WBS Inspektorat <wbs@sukabumikota.go.id>` |
//! | `LENTERA_SESSION_IDLE_SECS` | `1800` | staff are signed out after this many seconds without use (never more than 12 hours) |
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use app::services::{db, sealing::Sealer, secrets::Hasher};
use app::services::mail::Mailer;
use app::services::profile::ProfileCache;
use app::state::AppState;
use app::domain::staff::SessionLimits;
use app::domain::evidence::{EvidenceLimits, MB};
use app::domain::throttle::Limits;
use app::services::throttle::{ThrottleConfig, Throttles};
use leptos::config::LeptosOptions;
use secrecy::{ExposeSecret, SecretString};

/// The session limits with an idle timeout from `LENTERA_SESSION_IDLE_SECS`, if set: a whole
/// number of seconds, at least 1 and no more than the 12-hour absolute lifetime.
fn session_limits(idle: Option<&str>) -> anyhow::Result<SessionLimits> {
    let limits = SessionLimits::default();
    let Some(text) = idle else { return Ok(limits) };
    match text.trim().parse::<i64>() {
        Ok(secs) if (1..=limits.absolute_secs).contains(&secs) => Ok(SessionLimits { idle_secs: secs, ..limits }),
        _ => bail!("LENTERA_SESSION_IDLE_SECS must be a number of seconds from 1 to {}: {text}", limits.absolute_secs),
    }
}

/// The evidence limits from `LENTERA_MAX_FILE_MB` and `LENTERA_MAX_REPORT_MB`, if set.
fn evidence_limits(file: Option<&str>, report: Option<&str>) -> anyhow::Result<EvidenceLimits> {
    let defaults = EvidenceLimits::default();
    let mb = |name: &str, text: Option<&str>, default: u64, max: u64| -> anyhow::Result<u64> {
        let Some(text) = text else { return Ok(default) };
        match text.trim().parse::<u64>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n * MB),
            _ => bail!("{name} must be a whole number of megabytes from 1 to {max}: {text}"),
        }
    };
    let file_bytes = mb("LENTERA_MAX_FILE_MB", file, defaults.file_bytes, 100)?;
    let report_bytes = mb("LENTERA_MAX_REPORT_MB", report, defaults.report_bytes.max(file_bytes), 500)?;
    if report_bytes < file_bytes {
        bail!("LENTERA_MAX_REPORT_MB must be at least LENTERA_MAX_FILE_MB");
    }
    Ok(EvidenceLimits { file_bytes, report_bytes, ..defaults })
}

/// The configuration. Its `Debug` shows no secret: the keys are `SecretString`s (printed
/// as `[REDACTED]`), and so is the database URL, which may hold a password.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    database_url: SecretString,
    pub site_root: String,
    pub sessions: SessionLimits,
    pub throttle: ThrottleConfig,
    pub evidence: EvidenceLimits,
    receipt_secret: Option<SecretString>,
    data_key: Option<SecretString>,
    previous_data_keys: Vec<SecretString>,
    throttle_key: Option<SecretString>,
    pub public_url: String,
    /// `LENTERA_PUBLIC_URL` was given (else e-mail links point at the listen address).
    pub public_url_given: bool,
    /// May hold the mail server's password.
    smtp_url: Option<SecretString>,
    pub mail_from: String,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let addr = var("LENTERA_ADDR")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr: SocketAddr =
            addr.parse().with_context(|| format!("LENTERA_ADDR is not an address: {addr}"))?;
        let data_dir = PathBuf::from(var("LENTERA_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("LENTERA_DATABASE_URL").unwrap_or_else(|| {
            format!("sqlite://{}/lentera.db?mode=rwc", data_dir.display())
        });
        let site_root = var("LENTERA_SITE_ROOT")
            .or_else(|| var("LEPTOS_SITE_ROOT"))
            .unwrap_or_else(|| "target/site".into());
        let sessions = session_limits(var("LENTERA_SESSION_IDLE_SECS").as_deref())?;
        let count = |name: &str, default: Limits| -> anyhow::Result<Limits> {
            match var(name) {
                None => Ok(default),
                Some(v) => match v.trim().parse::<u32>() {
                    Ok(n) if (1..=10_000).contains(&n) => Ok(default.locking_after(n)),
                    _ => bail!("{name} must be a whole number from 1 to 10000: {v}"),
                },
            }
        };
        let behind_proxy = match var("LENTERA_BEHIND_PROXY").as_deref().map(str::trim) {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(other) => bail!("LENTERA_BEHIND_PROXY must be true or false: {other}"),
        };
        let throttle = ThrottleConfig {
            login: count("LENTERA_LOGIN_LOCK_AFTER", Limits::LOGIN)?,
            receipt: count("LENTERA_RECEIPT_LOCK_AFTER", Limits::RECEIPT)?,
            submissions: count("LENTERA_SUBMISSIONS_PER_HOUR", Limits::SUBMISSIONS)?,
            uploads: Limits::UPLOADS,
            behind_proxy,
        };
        let evidence = evidence_limits(var("LENTERA_MAX_FILE_MB").as_deref(), var("LENTERA_MAX_REPORT_MB").as_deref())?;
        let previous_data_keys = var("LENTERA_DATA_KEY_PREVIOUS")
            .map(|v| v.split(',').map(str::trim).filter(|k| !k.is_empty()).map(SecretString::from).collect())
            .unwrap_or_default();
        Ok(Self {
            addr,
            data_dir,
            database_url: database_url.into(),
            site_root,
            sessions,
            throttle,
            evidence,
            receipt_secret: var("LENTERA_RECEIPT_SECRET").map(SecretString::from),
            data_key: var("LENTERA_DATA_KEY").map(SecretString::from),
            previous_data_keys,
            throttle_key: var("LENTERA_THROTTLE_KEY").map(SecretString::from),
            public_url_given: var("LENTERA_PUBLIC_URL").is_some(),
            public_url: public_url(var("LENTERA_PUBLIC_URL"), addr)?,
            smtp_url: var("LENTERA_SMTP_URL").map(SecretString::from),
            mail_from: var("LENTERA_MAIL_FROM").unwrap_or_else(|| "Lentera <noreply@localhost>".into()),
        })
    }

    pub fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder()
            .output_name("lentera")
            .site_root(self.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(self.addr)
            .build()
    }

    /// Prepares the data directory, the receipt secret and the database (migrated).
    pub async fn build_state(&self) -> anyhow::Result<AppState> {
        std::fs::create_dir_all(&self.data_dir).with_context(|| {
            format!("cannot create the data directory {}", self.data_dir.display())
        })?;
        // Reports, keys and the database are the service's alone: nobody else on the server
        // may read them (the folder 0700, files 0600; existing ones are tightened too).
        restrict(&self.data_dir, 0o700).with_context(|| format!("cannot restrict {}", self.data_dir.display()))?;
        let database_url = self.database_url.expose_secret();
        if let Some(db_file) = sqlite_file(database_url) {
            private_sqlite(&db_file).with_context(|| format!("cannot restrict {}", db_file.display()))?;
        }
        let secret = match &self.receipt_secret {
            Some(hex) => parse_secret(hex.expose_secret()).context("LENTERA_RECEIPT_SECRET")?,
            None => load_or_create_secret(&self.data_dir.join("receipt.secret"), "receipt secret")?,
        };
        let data_key = match &self.data_key {
            Some(hex) => parse_secret(hex.expose_secret()).context("LENTERA_DATA_KEY")?,
            None => load_or_create_secret(&self.data_dir.join("data.key"), "data key")?,
        };
        let previous = self
            .previous_data_keys
            .iter()
            .map(|k| parse_secret(k.expose_secret()).context("LENTERA_DATA_KEY_PREVIOUS"))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let sealer = Sealer::new(data_key, &previous);
        let db = db::connect_and_migrate(database_url)
            .await
            .with_context(|| format!("cannot open the database ({})", redact(database_url)))?;
        let throttles = Throttles::new(self.throttle, db.clone(), self.throttle_key()?);
        let mailer = match &self.smtp_url {
            Some(url) => Some(Mailer::new(url.expose_secret(), &self.mail_from, &self.public_url).map_err(|e| anyhow::anyhow!(e))?),
            None => None,
        };
        let profile = ProfileCache::new(app::services::profile::load(&db).await.context("cannot read the inspectorate's profile")?);
        Ok(AppState {
            profile,
            mailer,
            leptos_options: self.leptos_options(),
            db,
            hasher: Hasher::new(secret).with_sealer(sealer),
            sessions: self.sessions,
            throttles: std::sync::Arc::new(throttles),
            evidence: self.evidence,
        })
    }
}

/// `LENTERA_PUBLIC_URL`, checked: an http(s) address without a path's query or fragment.
fn public_url(value: Option<String>, addr: SocketAddr) -> anyhow::Result<String> {
    let Some(url) = value else { return Ok(format!("http://{addr}")) };
    let url = url.trim().trim_end_matches('/').to_owned();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(r) if !r.is_empty() && !r.contains(['?', '#', ' ']) => Ok(url),
        _ => bail!("LENTERA_PUBLIC_URL must be an http:// or https:// address such as https://wbs.example.go.id: {url}"),
    }
}

impl Config {
    /// The key of the throttles' records: never derived from anything on disk, so that a
    /// copy of the data directory (the database and every secret beside it) cannot be
    /// searched for the address behind a record. Without `LENTERA_THROTTLE_KEY`, a fresh
    /// one per start: a restart forgets the locks, and several instances count apart.
    fn throttle_key(&self) -> anyhow::Result<[u8; 32]> {
        if let Some(hex) = &self.throttle_key {
            return parse_secret(hex.expose_secret()).context("LENTERA_THROTTLE_KEY");
        }
        let mut key = [0u8; 32];
        app::services::random::random_bytes(&mut key).map_err(|_| anyhow::anyhow!("the OS random number generator failed"))?;
        Ok(key)
    }
}

/// A database URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://***{}", &url[..s], &url[at..]),
        _ => url.to_owned(),
    }
}

fn parse_secret(hex_text: &str) -> anyhow::Result<[u8; 32]> {
    let text = hex_text.trim();
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("a secret or key must be 64 hexadecimal digits");
    }
    let mut out = [0u8; 32];
    for (i, chunk) in text.as_bytes().chunks(2).enumerate() {
        let pair = std::str::from_utf8(chunk).context("secret")?;
        out[i] = u8::from_str_radix(pair, 16).context("secret")?;
    }
    Ok(out)
}

/// One of the installation's secrets: read from the file, or generated once on first start.
fn load_or_create_secret(path: &Path, what: &str) -> anyhow::Result<[u8; 32]> {
    if path.exists() {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        return parse_secret(&text).with_context(|| format!("{} is damaged", path.display()));
    }
    let mut secret = [0u8; 32];
    app::services::random::random_bytes(&mut secret)
        .map_err(|_| anyhow::anyhow!("the OS random number generator failed"))?;
    let text: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    write_private(path, &text).with_context(|| format!("cannot write {}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a new {what}; back it up (apart from the database)");
    Ok(secret)
}

/// Refuses to serve a site without both browser bundles: built any other way than
/// `scripts/build-site.sh`, the staff pages rendered but silently never became interactive.
pub fn check_site(options: &LeptosOptions) -> anyhow::Result<()> {
    for name in app::bundle_names(&options.output_name) {
        let js = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref()).join(format!("{name}.js"));
        if !js.exists() {
            bail!("the site has no {} (build it with scripts/build-site.sh, which builds both bundles)", js.display());
        }
    }
    Ok(())
}

/// The database file of a `sqlite:` URL, as sqlx reads the URL (none for PostgreSQL or an
/// in-memory database).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    use std::str::FromStr;
    if !url.starts_with("sqlite:") || url.contains(":memory:") || url.contains("mode=memory") {
        return None;
    }
    let options = sea_orm::sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    Some(options.get_filename().to_path_buf())
}

/// Creates the SQLite file 0600 before SQLite does (its WAL and shared-memory files take the
/// database's permissions), and tightens an existing one and its companions.
fn private_sqlite(db_file: &Path) -> std::io::Result<()> {
    if !db_file.exists() {
        write_private(db_file, "")?;
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db_file.as_os_str().to_owned();
        name.push(suffix);
        let path = std::path::PathBuf::from(name);
        if path.exists() {
            restrict(&path, 0o600)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// The configuration holds the keys; a `Debug` print of it (an operator's log line, a
    /// panic message) must not.
    #[test]
    fn printing_the_configuration_shows_no_key() {
        let key = "c0ffee".repeat(10) + "c0ff";
        // The only test that touches these variables.
        std::env::set_var("LENTERA_DATA_KEY", &key);
        std::env::set_var("LENTERA_RECEIPT_SECRET", &key);
        std::env::set_var("LENTERA_DATABASE_URL", "postgres://lentera:Rahasia-Basis-Data@db/lentera");
        let config = Config::from_env().expect("valid");
        let printed = format!("{config:?}");
        std::env::remove_var("LENTERA_DATA_KEY");
        std::env::remove_var("LENTERA_RECEIPT_SECRET");
        std::env::remove_var("LENTERA_DATABASE_URL");
        assert!(!printed.contains("c0ffee") && !printed.contains("Rahasia-Basis-Data"), "{printed}");
        assert!(printed.contains("REDACTED"));
    }

    #[test]
    fn a_secret_must_be_64_hex_digits() {
        assert!(parse_secret(&"ab".repeat(32)).is_ok());
        assert!(parse_secret("abc").is_err());
        assert!(parse_secret(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn the_secret_file_is_created_once_and_then_reused() {
        let dir = std::env::temp_dir().join(format!("lentera-secret-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("receipt.secret");
        let _ = std::fs::remove_file(&path);
        let first = load_or_create_secret(&path, "test secret").unwrap();
        let second = load_or_create_secret(&path, "test secret").unwrap();
        assert_eq!(first, second);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn evidence_limits_default_to_10_and_30_mb_and_refuse_nonsense() {
        assert_eq!(evidence_limits(None, None).unwrap(), EvidenceLimits::default());
        let l = evidence_limits(Some("5"), Some("12")).unwrap();
        assert_eq!((l.file_bytes, l.report_bytes), (5 * MB, 12 * MB));
        assert_eq!(evidence_limits(Some("50"), None).unwrap().report_bytes, 50 * MB, "the report holds at least one file");
        assert!(evidence_limits(Some("0"), None).is_err());
        assert!(evidence_limits(Some("ten"), None).is_err());
        assert!(evidence_limits(Some("20"), Some("10")).is_err());
    }

    #[test]
    fn the_idle_timeout_is_thirty_minutes_unless_set_within_bounds() {
        assert_eq!(session_limits(None).unwrap().idle_secs, 30 * 60);
        assert_eq!(session_limits(Some("5")).unwrap().idle_secs, 5);
        assert!(session_limits(Some("0")).is_err());
        assert!(session_limits(Some("half an hour")).is_err());
        assert!(session_limits(Some("86400")).is_err(), "longer than the absolute lifetime");
    }

    #[test]
    fn database_passwords_are_not_shown_in_errors() {
        assert_eq!(redact("postgres://u:secret@host/db"), "postgres://***@host/db");
        assert_eq!(redact("sqlite://data/lentera.db"), "sqlite://data/lentera.db");
    }
}
