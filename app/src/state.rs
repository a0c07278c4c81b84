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
}
