//! The `lentera` server binary: reads the configuration, opens and migrates the database,
//! and serves the app. Everything else lives in `config`, `router` and the `app` crate.
use anyhow::Context;

use lentera::config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();

    let config = config::Config::from_env()?;
    let state = config.build_state().await?;
    spawn_token_purge(state.db.clone());
    let app = lentera::router::app(state);

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    println!("Lentera berjalan di / is running at http://{}", config.addr);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("server stopped with an error")
}

/// Forgets the receipts kept for idempotent resubmission once they are an hour old, even
/// when no new report arrives to trigger the purge.
fn spawn_token_purge(db: sea_orm::DatabaseConnection) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            every.tick().await;
            let now = time::OffsetDateTime::now_utc();
            if let Err(e) = app::services::reports::purge_expired_tokens(&db, now).await {
                tracing::warn!(error = %e, "purging expired form tokens failed");
            }
        }
    });
}
