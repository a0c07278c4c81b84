//! The state every server function and render can reach through context.
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;

use crate::domain::staff::SessionLimits;
use crate::services::secrets::Hasher;
use crate::services::throttle::Throttles;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub hasher: Hasher,
    pub sessions: SessionLimits,
    pub throttles: std::sync::Arc<Throttles>,
    pub evidence: crate::domain::evidence::EvidenceLimits,
    /// The inspectorate's identity, as pages show it (see `services::profile`).
    pub profile: crate::services::profile::ProfileCache,
    /// The mail server, when one is configured (`LENTERA_SMTP_URL`); without it notices wait
    /// in the outbox and administrators are told.
    pub mailer: Option<crate::services::mail::Mailer>,
}

impl AppState {
    /// The state every test that runs the app starts from: `db`, fixed test secrets, default
    /// limits and the throttle given. (Five tests built it by hand, each a copy to change
    /// when a field was added.)
    #[doc(hidden)]
    pub fn for_tests(db: DatabaseConnection, throttle: crate::services::throttle::ThrottleConfig) -> Self {
        Self {
            leptos_options: LeptosOptions::builder().output_name("lentera").site_root("target/site").build(),
            throttles: std::sync::Arc::new(Throttles::new(throttle, db.clone(), [9; 32])),
            db,
            hasher: Hasher::new(TEST_SECRET),
            sessions: SessionLimits::default(),
            evidence: crate::domain::evidence::EvidenceLimits::default(),
            profile: crate::services::profile::ProfileCache::default(),
            mailer: None,
        }
    }
}

/// The receipt secret of [`AppState::for_tests`].
#[doc(hidden)]
pub const TEST_SECRET: [u8; 32] = [9; 32];
