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
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
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
    outbox::insert_once(txn, outbox::new_row(kind, (REPORTER, case.id), None, dedupe, DeliveryState::Pending, now)).await?;
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

/// Sends the rows due at `now` (the tests move it; the server passes the real time), until
/// none is left that this instance can claim.
pub async fn deliver_due(db: &DatabaseConnection, sealer: &Sealer, mailer: &Mailer, now: OffsetDateTime) -> Result<Delivery, AppError> {
    let t = now.unix_timestamp();
    // Leases run from the later of the run's clock and the real one: a run that takes
    // minutes (a backlog, a slow mail server) hands out fresh leases, never ones already
    // over that another instance could take as well.
    let clock = || t.max(OffsetDateTime::now_utc().unix_timestamp());
    // The inspectorate's name is read once a row is claimed: an empty outbox, checked every
    // few seconds, costs one query.
    let mut name: Option<String> = None;
    let mut done = Delivery::default();
    loop {
        let due = outbox::Entity::find()
            .filter(outbox::Column::State.eq(DeliveryState::Pending))
            .filter(outbox::Column::NextAttemptAt.lte(t))
            .filter(unclaimed(clock()))
            .order_by_asc(outbox::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let mut claimed_any = false;
        for row in due {
            let Some(lease) = claim(db, row.id, clock()).await? else {
                continue;
            };
            claimed_any = true;
            if name.is_none() {
                name = Some(super::profile::load(db).await?.name);
            }
            let inspectorate = name.as_deref().unwrap_or_default();
            let message = if row.recipient_kind == super::staff_notices::STAFF {
                super::staff_notices::message(db, &row, inspectorate, &mailer.site).await
            } else {
                reporter_address(db, sealer, &row).await.map(|to| {
                    to.map(|to| {
                        let (subject, body) = reporter_notice(inspectorate, &mailer.site);
                        (to, subject, body)
                    })
                })
            };
            let step = match message {
                Ok(None) => Step::Dropped,
                Ok(Some((address, subject, body))) => match mailer.send(&address, &subject, &body).await {
                    Ok(()) => Step::Sent,
                    Err(SendFailure::Permanent(class)) => Step::Failed(class),
                    Err(SendFailure::Transient(class)) if row.attempts + 1 >= MAX_ATTEMPTS => Step::Failed(class),
                    Err(SendFailure::Transient(class)) => Step::Retry(class),
                },
                // One row that cannot be read (its address sealed under a key this instance
                // lacks, its case unreadable) fails alone, for administrators to see; the
                // others still go.
                Err(_) => Step::Failed(if row.recipient_kind == REPORTER { "address" } else { "read" }),
            };
            record(db, &row, lease, step, now).await?;
            match step {
                Step::Sent => done.sent += 1,
                Step::Dropped => done.dropped += 1,
                Step::Failed(_) => done.failed += 1,
                Step::Retry(_) => done.retried += 1,
            }
        }
        if !claimed_any {
            return Ok(done);
        }
    }
}

/// What became of one claimed row.
#[derive(Clone, Copy, Debug)]
enum Step {
    Sent,
    Dropped,
    Failed(&'static str),
    Retry(&'static str),
}

/// Takes row `id` for this sender, if no other sender holds it at `from`: the lease it now
/// holds (until `from` + [`LEASE_SECS`]), or `None`.
async fn claim(db: &DatabaseConnection, id: i32, from: i64) -> Result<Option<i64>, AppError> {
    let lease = from + LEASE_SECS;
    let res = outbox::Entity::update_many()
        .col_expr(outbox::Column::LeaseUntil, Expr::value(lease))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::State.eq(DeliveryState::Pending))
        .filter(unclaimed(from))
        .exec(db)
        .await?;
    Ok((res.rows_affected == 1).then_some(lease))
}

/// Rows no sender holds at `t`: never claimed, or their lease is over.
fn unclaimed(t: i64) -> sea_orm::Condition {
    sea_orm::Condition::any().add(outbox::Column::LeaseUntil.is_null()).add(outbox::Column::LeaseUntil.lt(t))
}

/// Writes what became of `row`, held under `lease` (by this sender and no other): sent,
/// dropped or failed for good, or to be tried again later. A closing notice that is done
/// with, sent or not, takes the reporter's address with it: there is no news left to send.
async fn record(db: &DatabaseConnection, row: &outbox::Model, lease: i64, step: Step, now: OffsetDateTime) -> Result<(), AppError> {
    let mut update = outbox::Entity::update_many()
        .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .filter(outbox::Column::Id.eq(row.id))
        .filter(outbox::Column::LeaseUntil.eq(lease));
    let attempts = row.attempts + i32::from(!matches!(step, Step::Dropped));
    update = match step {
        Step::Retry(class) => update
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now.unix_timestamp() + retry_delay_secs(attempts)))
            .col_expr(outbox::Column::LastError, Expr::value(class.to_owned())),
        Step::Sent | Step::Dropped | Step::Failed(_) => {
            let state = match step {
                Step::Sent => DeliveryState::Sent,
                Step::Dropped => DeliveryState::Dropped,
                _ => DeliveryState::Failed,
            };
            let error = if let Step::Failed(class) = step { Some(class.to_owned()) } else { None };
            update
                .col_expr(outbox::Column::State, Expr::value(state.code()))
                .col_expr(outbox::Column::LastError, Expr::value(error))
                .col_expr(outbox::Column::SentAt, Expr::value(matches!(step, Step::Sent).then_some(now)))
        }
    };
    let res = update.col_expr(outbox::Column::Attempts, Expr::value(attempts)).exec(db).await?;
    if res.rows_affected == 0 {
        // The lease ran out first (a run slower than LEASE_SECS per message): another
        // sender may have taken the row. Said, with the row's number only.
        tracing::warn!(outbox_id = row.id, "an outbox lease ran out before its message was recorded");
    }
    if row.kind == NoticeKind::Closed && matches!(step, Step::Sent | Step::Failed(_)) {
        forget_address(db, row.recipient_id).await?;
    }
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

/// Deletes the notices of a case that retention empties (in its transaction): its
/// reporter's, and those to staff about it (a digest that named it no longer does).
pub async fn forget_case(txn: &impl ConnectionTrait, report_id: i32) -> Result<(), AppError> {
    outbox::Entity::delete_many()
        .filter(outbox::Column::RecipientKind.eq(REPORTER))
        .filter(outbox::Column::RecipientId.eq(report_id))
        .exec(txn)
        .await?;
    outbox::Entity::delete_many().filter(outbox::Column::CaseId.eq(report_id)).exec(txn).await?;
    crate::entities::staff_digest_item::Entity::delete_many()
        .filter(crate::entities::staff_digest_item::Column::CaseId.eq(report_id))
        .exec(txn)
        .await?;
    Ok(())
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// A sender whose run started long ago (its clock is stale) still takes a lease that
    /// keeps other senders off: the lease runs from the real time, not the run's.
    #[tokio::test]
    async fn a_lease_taken_late_in_a_long_run_still_keeps_other_senders_off() {
        let t = super::super::test_db::sqlite().await;
        let now = OffsetDateTime::now_utc();
        let mut row = outbox::new_row(NoticeKind::QuestionAsked, (REPORTER, 1), None, None, DeliveryState::Pending, now);
        row.next_attempt_at = sea_orm::ActiveValue::Set(now.unix_timestamp() - 600);
        let id = outbox::Entity::insert(row).exec(&t.db).await.unwrap().last_insert_id;
        // What the first run computes, 200 s into a run whose clock said `now - 200`.
        let stale = now.unix_timestamp() - 200;
        let from = stale.max(OffsetDateTime::now_utc().unix_timestamp());
        assert!(claim(&t.db, id, from).await.unwrap().is_some());
        // Another instance, on the real clock: the row is taken.
        assert_eq!(claim(&t.db, id, now.unix_timestamp()).await.unwrap(), None);
        // Had the lease run from the stale clock, it would have been over already.
        assert!(stale + LEASE_SECS < now.unix_timestamp());
        t.drop_db().await;
    }
}
