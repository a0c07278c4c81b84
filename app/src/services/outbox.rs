//! The outbox (issue 17): every e-mail is first a row, written in the transaction of the
//! event that causes it, so a notice exists exactly when its event does; a sender takes due
//! rows and hands them to the mail server.
//!
//! - Several instances never send a row twice: a sender claims a row with one conditional
//!   update (`lease_until` empty or past), and only the instance whose update changed the row
//!   sends it; the lease outlasts the mail library's timeout.
//! - A mail server that is away delays mail and loses none: a failed try is retried with
//!   growing pauses ([`retry_delay_secs`]); after [`MAX_ATTEMPTS`], or a permanent refusal,
//!   the row is marked failed and administrators see it.
//! - A row names its recipient, never an address: a reporter's address is read (sealed) from
//!   their report when the row is sent, so an address removed meanwhile stops the notice.
//! - Nothing is logged with a recipient or a body.
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use super::mail::{Mailer, SendFailure};
use super::sealed::REPORT_NOTIFY_EMAIL;
use super::sealing::Sealer;
use crate::domain::notice::{reporter_notice, retry_delay_secs, DeliveryState, NoticeKind, MAX_ATTEMPTS};
use crate::domain::workflow::CaseState;
use crate::entities::{outbox, report};
use crate::errors::AppError;

/// A row's recipient: the reporter of the report with this id.
const REPORTER: &str = "reporter";

/// How long a sender holds a claimed row (seconds): longer than one SMTP conversation may
/// take (`mail::SEND_TIMEOUT`), so no other instance sends it meanwhile.
pub const LEASE_SECS: i64 = 120;

/// How many due rows a sender takes at a time.
const BATCH: u64 = 50;

/// Writes a notice to the reporter of `case` in the caller's transaction, if they asked for
/// notices. `dedupe` names a notice that must exist once however often it is found due.
pub async fn notify_reporter(
    txn: &impl ConnectionTrait,
    case: &report::Model,
    kind: NoticeKind,
    dedupe: Option<String>,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    if case.notify_email.is_none() {
        return Ok(());
    }
    let row = outbox::ActiveModel {
        kind: Set(kind),
        recipient_kind: Set(REPORTER.to_owned()),
        recipient_id: Set(case.id),
        dedupe_key: Set(dedupe),
        state: Set(DeliveryState::Pending),
        attempts: Set(0),
        next_attempt_at: Set(now.unix_timestamp()),
        lease_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    };
    outbox::Entity::insert(row).on_conflict_do_nothing_on([outbox::Column::DedupeKey]).exec_without_returning(txn).await?;
    Ok(())
}

/// Writes the reminders due: a reporter who asked for notices and whose answer to a question
/// is due within two working days is reminded once per question (idempotent: run it as often
/// as wanted, on as many instances as there are).
pub async fn queue_answer_reminders(db: &DatabaseConnection, now: OffsetDateTime) -> Result<u64, AppError> {
    let waiting = report::Entity::find()
        .filter(report::Column::State.eq(CaseState::Klarifikasi))
        .filter(report::Column::NotifyEmail.is_not_null())
        .all(db)
        .await?;
    let calendar = super::deadlines::calendar(db).await?;
    let today = super::deadlines::day_of(now);
    let mut queued = 0;
    for case in waiting {
        let due = super::deadlines::due_of(&case, &calendar, today);
        if due.is_some_and(|d| d.soon && !d.overdue) {
            let asked = case.state_since.map_or(0, OffsetDateTime::unix_timestamp);
            notify_reporter(db, &case, NoticeKind::AnswerDue, Some(format!("answer_due:{}:{asked}", case.id)), now).await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// What one run of the sender did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    pub sent: u32,
    /// Failed this time, to be tried again.
    pub retried: u32,
    pub failed: u32,
    pub dropped: u32,
}

/// Sends the rows due at `now` (Unix seconds stand for the clock throughout, so a test can
/// move it), until none is left that this instance can claim.
pub async fn deliver_due(db: &DatabaseConnection, sealer: &Sealer, mailer: &Mailer, now: OffsetDateTime) -> Result<Delivery, AppError> {
    let t = now.unix_timestamp();
    let profile = super::profile::load(db).await?;
    let (subject, body) = reporter_notice(&profile.name, &mailer.site);
    let mut done = Delivery::default();
    loop {
        let due = outbox::Entity::find()
            .filter(outbox::Column::State.eq(DeliveryState::Pending))
            .filter(outbox::Column::NextAttemptAt.lte(t))
            .filter(unclaimed(t))
            .order_by_asc(outbox::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let mut claimed_any = false;
        for row in due {
            let lease = t + LEASE_SECS;
            if !claim(db, row.id, t, lease).await? {
                continue;
            }
            claimed_any = true;
            let Some(address) = reporter_address(db, sealer, &row).await? else {
                settle(db, &row, lease, DeliveryState::Dropped, None, now).await?;
                done.dropped += 1;
                continue;
            };
            match mailer.send(&address, &subject, &body).await {
                Ok(()) => {
                    settle(db, &row, lease, DeliveryState::Sent, None, now).await?;
                    if row.kind == NoticeKind::Closed {
                        forget_address(db, row.recipient_id).await?;
                    }
                    done.sent += 1;
                }
                Err(SendFailure::Permanent(class)) => {
                    settle(db, &row, lease, DeliveryState::Failed, Some(class), now).await?;
                    done.failed += 1;
                }
                Err(SendFailure::Transient(class)) if row.attempts + 1 >= MAX_ATTEMPTS => {
                    settle(db, &row, lease, DeliveryState::Failed, Some(class), now).await?;
                    done.failed += 1;
                }
                Err(SendFailure::Transient(class)) => {
                    retry_later(db, &row, lease, class, t).await?;
                    done.retried += 1;
                }
            }
        }
        if !claimed_any {
            return Ok(done);
        }
    }
}

/// Takes row `id` for this sender until `lease`, if no other sender holds it: whether it did.
async fn claim(db: &DatabaseConnection, id: i32, t: i64, lease: i64) -> Result<bool, AppError> {
    let res = outbox::Entity::update_many()
        .col_expr(outbox::Column::LeaseUntil, Expr::value(lease))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::State.eq(DeliveryState::Pending))
        .filter(unclaimed(t))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Rows no sender holds at `t`: never claimed, or their lease is over.
fn unclaimed(t: i64) -> sea_orm::Condition {
    sea_orm::Condition::any().add(outbox::Column::LeaseUntil.is_null()).add(outbox::Column::LeaseUntil.lt(t))
}

/// The filter of an update by the sender holding `row` under `lease` (and no other).
fn held(row: &outbox::Model, lease: i64) -> sea_orm::Condition {
    sea_orm::Condition::all().add(outbox::Column::Id.eq(row.id)).add(outbox::Column::LeaseUntil.eq(lease))
}

async fn settle(db: &DatabaseConnection, row: &outbox::Model, lease: i64, state: DeliveryState, error: Option<&str>, now: OffsetDateTime) -> Result<(), AppError> {
    let sent_at = (state == DeliveryState::Sent).then_some(now);
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(state.code()))
        .col_expr(outbox::Column::Attempts, Expr::value(row.attempts + i32::from(state != DeliveryState::Dropped)))
        .col_expr(outbox::Column::LastError, Expr::value(error.map(str::to_owned)))
        .col_expr(outbox::Column::SentAt, Expr::value(sent_at))
        .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .filter(held(row, lease))
        .exec(db)
        .await?;
    Ok(())
}

async fn retry_later(db: &DatabaseConnection, row: &outbox::Model, lease: i64, class: &str, t: i64) -> Result<(), AppError> {
    let attempts = row.attempts + 1;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(t + retry_delay_secs(attempts)))
        .col_expr(outbox::Column::LastError, Expr::value(class.to_owned()))
        .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .filter(held(row, lease))
        .exec(db)
        .await?;
    Ok(())
}

/// The address a row goes to, opened from its one place; `None` when it is gone.
async fn reporter_address(db: &DatabaseConnection, sealer: &Sealer, row: &outbox::Model) -> Result<Option<String>, AppError> {
    if row.recipient_kind != REPORTER {
        return Ok(None);
    }
    let stored: Option<Option<String>> = report::Entity::find_by_id(row.recipient_id)
        .select_only()
        .column(report::Column::NotifyEmail)
        .into_tuple()
        .one(db)
        .await?;
    sealer.open_opt(REPORT_NOTIFY_EMAIL, stored.flatten().as_deref())
}

/// The closing notice went out: the reporter's address has served its purpose.
async fn forget_address(db: &DatabaseConnection, report_id: i32) -> Result<(), AppError> {
    report::Entity::update_many()
        .col_expr(report::Column::NotifyEmail, Expr::value(Option::<String>::None))
        .filter(report::Column::Id.eq(report_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The outbox as administrators see it: counts by state and the latest failures (their kind,
/// when, and the class of error: never a recipient).
pub async fn summary(db: &DatabaseConnection) -> Result<crate::model::OutboxSummary, AppError> {
    use sea_orm::PaginatorTrait;
    let count = |state: DeliveryState| outbox::Entity::find().filter(outbox::Column::State.eq(state)).count(db);
    let (pending, sent, failed) = (count(DeliveryState::Pending).await?, count(DeliveryState::Sent).await?, count(DeliveryState::Failed).await?);
    let failures = outbox::Entity::find()
        .filter(outbox::Column::State.eq(DeliveryState::Failed))
        .order_by_desc(outbox::Column::Id)
        .limit(10)
        .all(db)
        .await?
        .into_iter()
        .map(|r| crate::model::OutboxFailure {
            at: super::display::display_time(r.created_at),
            kind: r.kind,
            error: r.last_error.unwrap_or_default(),
        })
        .collect();
    Ok(crate::model::OutboxSummary { pending, sent, failed, failures, configured: false })
}
