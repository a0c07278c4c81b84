//! The `lentera` server binary: reads the configuration, opens and migrates the database,
//! and serves the app; `lentera admin create …` adds a staff account from the console.
use anyhow::Context;
use app::domain::staff::Role;
use app::services::staff;
use clap::{Parser, Subcommand, ValueEnum};
use lentera::config;

#[derive(Parser)]
#[command(name = "lentera", about = "Lentera whistleblowing system")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve Lentera (the default).
    Serve,
    /// Manage staff accounts.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// Create a staff account. The password comes from LENTERA_NEW_PASSWORD, or a one-time
    /// password is generated and printed (it must be changed at first login).
    Create {
        username: String,
        #[arg(long, value_enum, default_value = "administrator")]
        role: RoleArg,
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Seal every report text and message under the current data key (after a rotation:
    /// set the new LENTERA_DATA_KEY and the old one in LENTERA_DATA_KEY_PREVIOUS, run this,
    /// then drop LENTERA_DATA_KEY_PREVIOUS).
    Reseal,
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Administrator,
    Supervisor,
    Inspector,
    IntakeOfficer,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Self {
        match r {
            RoleArg::Administrator => Role::Administrator,
            RoleArg::Supervisor => Role::Supervisor,
            RoleArg::Inspector => Role::Inspector,
            RoleArg::IntakeOfficer => Role::IntakeOfficer,
        }
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // An operator reads one line saying what is wrong (e.g. "cannot open the database (…):
    // … database or disk is full"), not a backtrace.
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Lentera cannot run: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = config::Config::from_env()?;
    let state = config.build_state().await?;

    if let Some(Command::Admin { action: AdminAction::Reseal }) = cli.command {
        let changed = app::services::reseal::reseal_all(&state.db, state.hasher.sealer())
            .await
            .map_err(|e| anyhow::anyhow!("resealing stopped: {e}"))?;
        println!("Resealed {changed} values under data key {}.", state.hasher.sealer().key_id());
        return Ok(());
    }
    if let Some(Command::Admin { action: AdminAction::Create { username, role, name } }) = cli.command {
        let (password, generated) = match std::env::var("LENTERA_NEW_PASSWORD") {
            Ok(p) if !p.is_empty() => (p, false),
            _ => (staff::generate_password().map_err(|e| anyhow::anyhow!("{e}"))?, true),
        };
        let display = if name.is_empty() { username.clone() } else { name };
        let user = staff::create_account(&state.db, &state.hasher, None, app::services::staff::NewAccount::new(&username, &display, role.into(), &password, generated))
            .await
            .map_err(|e| anyhow::anyhow!("{}", app::i18n::error_text(&e, app::i18n::Lang::En)))?;
        println!("Created {} ({}).", user.username, user.role.code());
        if generated {
            println!("One-time password (shown once, must be changed at first login): {password}");
        }
        return Ok(());
    }

    let admin_user = std::env::var("LENTERA_ADMIN_USER").unwrap_or_else(|_| "admin".into());
    let admin_password = std::env::var("LENTERA_ADMIN_PASSWORD").ok().filter(|p| !p.is_empty());
    if let Some(generated) =
        staff::ensure_first_admin(&state.db, &state.hasher, &admin_user, admin_password.as_deref())
            .await
            .map_err(|e| anyhow::anyhow!("creating the first administrator: {}", app::i18n::error_text(&e, app::i18n::Lang::En)))?
    {
        println!("First administrator created: user '{admin_user}', one-time password: {generated}");
        println!("Sign in at http://{}/staf and choose a new password.", config.addr);
    }

    config::check_site(&state.leptos_options)?;
    spawn_token_purge(state.db.clone());
    spawn_retention(state.db.clone(), state.sessions);
    let app = lentera::router::app(state);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    println!("Lentera berjalan di / is running at http://{}", config.addr);
    lentera::serve::serve(listener, app, lentera::serve::Limits::default(), lentera::serve::stop_signal()).await;
    Ok(())
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

/// Empties closed cases whose retention ended: at start-up, then every six hours (the job
/// is idempotent, so restarts and several instances do no harm).
fn spawn_retention(db: sea_orm::DatabaseConnection, sessions: app::domain::staff::SessionLimits) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(6 * 3600));
        loop {
            every.tick().await;
            let now = time::OffsetDateTime::now_utc();
            match app::services::retention::purge_expired(&db, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(cases = n, "retention: closed cases emptied"),
                Err(e) => tracing::warn!(error = %e, "retention job failed; it runs again later"),
            }
            // Uploads never joined to a report are deleted after a day.
            if let Err(e) = app::services::evidence::purge_waiting(&db, now).await {
                tracing::warn!(error = %e, "purging waiting uploads failed");
            }
            // Staff sessions that ended without signing out.
            if let Err(e) = app::services::staff::purge_ended_sessions(&db, &sessions, now.unix_timestamp()).await {
                tracing::warn!(error = %e, "purging ended staff sessions failed");
            }
            // Throttling records of earlier days: their keys can no longer be computed.
            if let Err(e) = app::services::throttle::purge_stale(&db, now.unix_timestamp()).await {
                tracing::warn!(error = %e, "purging throttling records failed");
            }
        }
    });
}
