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
    spawn_jobs(&state, config.public_url_given);
    let app = lentera::router::app(state);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    println!("Lentera berjalan di / is running at http://{}", config.addr);
    lentera::serve::serve(listener, app, lentera::serve::Limits::default(), lentera::serve::stop_signal()).await;
    Ok(())
}

/// The background jobs (see `lentera::jobs`).
fn spawn_jobs(state: &app::state::AppState, public_url_set: bool) {
    use lentera::jobs::every;
    use std::time::Duration;
    let now = time::OffsetDateTime::now_utc;
    // Receipts kept for idempotent resubmission are forgotten once an hour old, even when no
    // new report arrives to trigger the purge.
    let db = state.db.clone();
    every("token purge", Duration::from_secs(300), move || {
        let db = db.clone();
        async move { app::services::reports::purge_expired_tokens(&db, now()).await.map(|_| ()) }
    });
    // Closed cases whose retention ended are emptied; uploads never joined to a report go
    // after a day; staff sessions that ended without signing out, and throttling records of
    // earlier days (their keys can no longer be computed), are deleted.
    let (db, sessions) = (state.db.clone(), state.sessions);
    every("retention", Duration::from_secs(6 * 3600), move || {
        let db = db.clone();
        async move {
            let t = now();
            match app::services::retention::purge_expired(&db, t).await? {
                0 => {}
                n => tracing::info!(cases = n, "retention: closed cases emptied"),
            }
            app::services::evidence::purge_waiting(&db, t).await?;
            app::services::staff::purge_ended_sessions(&db, &sessions, t.unix_timestamp()).await?;
            app::services::throttle::purge_stale(&db, t.unix_timestamp()).await?;
            Ok::<(), app::errors::AppError>(())
        }
    });
    // The inspectorate's profile, for a change saved on another instance.
    let (db, profile) = (state.db.clone(), state.profile.clone());
    every("profile refresh", Duration::from_secs(30), move || {
        let (db, profile) = (db.clone(), profile.clone());
        async move { profile.refresh(&db).await }
    });
    // Reminders of answers due soon are written every ten minutes (once per question).
    let db = state.db.clone();
    every("answer reminders", Duration::from_secs(600), move || {
        let db = db.clone();
        async move { app::services::outbox::queue_answer_reminders(&db, now()).await.map(|_| ()) }
    });
    // Staff: deadlines within two working days or past (once per case and day), and each
    // one's daily digest from their hour on (checked every half minute).
    let db = state.db.clone();
    every("staff deadline notices", Duration::from_secs(600), move || {
        let db = db.clone();
        async move { app::services::staff_notices::queue_deadlines(&db, now()).await.map(|_| ()) }
    });
    let db = state.db.clone();
    every("staff digests", Duration::from_secs(30), move || {
        let db = db.clone();
        async move { app::services::staff_notices::queue_digests(&db, now()).await.map(|_| ()) }
    });
    // The outbox is sent every few seconds; without a mail server it waits.
    if state.mailer.is_some() && !public_url_set {
        tracing::warn!("LENTERA_PUBLIC_URL is not set: the links in e-mails point at the listen address");
    }
    let Some(mailer) = state.mailer.clone() else {
        tracing::warn!("LENTERA_SMTP_URL is not set: e-mail notices are kept in the outbox, not sent");
        return;
    };
    let (db, sealer) = (state.db.clone(), state.hasher.sealer().clone());
    every("outbox", Duration::from_secs(3), move || {
        let (db, sealer, mailer) = (db.clone(), sealer.clone(), mailer.clone());
        async move {
            let done = app::services::outbox::deliver_due(&db, &sealer, &mailer, now()).await?;
            if done != app::services::outbox::Delivery::default() {
                tracing::info!(sent = done.sent, retried = done.retried, failed = done.failed, dropped = done.dropped, "outbox");
            }
            Ok::<(), app::errors::AppError>(())
        }
    });
}
