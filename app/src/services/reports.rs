//! Citizens' reports: submission, lookup by receipt, and additional information.
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, SqlErr, TransactionTrait,
};
use time::{Duration, OffsetDateTime};

use super::sealing::Sealer;
use super::staff_notices::Audience;
use super::secrets::{new_receipt, Hasher};
use super::tokens::{FormToken, SealedReceipt, TOKEN_LIFETIME_SECS};
use crate::domain::category::CategoryOption;
use crate::domain::evidence::EvidenceLimits;
use crate::domain::fivew::{check, Verdict};
use crate::domain::notice::NoticeKind;
use crate::domain::receipt::Receipt;
use crate::domain::report::{Channel, ReportInput, MAX_TEXT_CHARS};
use crate::domain::workflow::{CaseState, EventKind};
use crate::entities::{category, report, report_event, submission_token};
use super::sealed;
use crate::errors::AppError;
use crate::model::{ReportStatus, Submitted, TimelineEntry, TimelineKind};

/// Who wrote an event. Staff accounts come with the staff side.
const ACTOR_REPORTER: &str = "pelapor";

pub async fn categories(db: &DatabaseConnection) -> Result<Vec<CategoryOption>, AppError> {
    Ok(category::Entity::find()
        .order_by_asc(category::Column::Sort)
        .all(db)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

use super::display::{case_number, display_time};

/// Stores a citizen's report from the web portal and returns its receipt, once.
///
/// Idempotent per form token: the same token always answers with the same receipt and
/// never creates a second report, even when two requests race.
pub async fn submit(
    db: &DatabaseConnection,
    hasher: &Hasher,
    token: &str,
    input: &ReportInput,
) -> Result<Submitted, AppError> {
    submit_via(db, hasher, token, input, Origin::portal(), Evidence::none()).await
}

/// Evidence sent along: the one-time keys of waiting uploads, and the installation's limits.
#[derive(Clone, Copy, Debug, Default)]
pub struct Evidence<'a> {
    pub keys: &'a [String],
    pub limits: EvidenceLimits,
}

impl Evidence<'_> {
    pub fn none() -> Self {
        Self::default()
    }
}

/// Where a report came from: the portal, or a staff member typing in a letter, a walk-in or
/// a phone call (with the date it was received).
#[derive(Clone, Debug)]
pub struct Origin {
    pub channel: Channel,
    pub entered_by: Option<i32>,
    pub received_on: Option<String>,
}

impl Origin {
    pub fn portal() -> Self {
        Self { channel: Channel::Portal, entered_by: None, received_on: None }
    }
}

/// Stores a report from any channel; see [`submit`].
pub async fn submit_via(
    db: &DatabaseConnection,
    hasher: &Hasher,
    token: &str,
    input: &ReportInput,
    origin: Origin,
    evidence: Evidence<'_>,
) -> Result<Submitted, AppError> {
    let token = FormToken::parse(token)?;
    let input = input.trimmed();
    let problems = input.problems();
    if !problems.is_empty() {
        return Err(AppError::InvalidReport(problems));
    }
    let Some(category) = category::Entity::find()
        .filter(category::Column::Code.eq(&input.category))
        .one(db)
        .await?
    else {
        return Err(AppError::InvalidReport(vec![
            crate::domain::report::InputProblem::CategoryMissing,
        ]));
    };
    purge_expired_tokens(db, OffsetDateTime::now_utc()).await?;
    if let Some(done) = already_submitted(db, &token).await? {
        return Ok(done);
    }

    let attachments = super::evidence::check_waiting(db, evidence.keys, None, &evidence.limits).await?;

    let verdict = check(&input.as_text(), category.financial);
    // A collision of two 16-digit receipts is a one-in-10^16 event; retry once if it happens.
    for _ in 0..3 {
        let receipt = new_receipt()?;
        let receipt_hash = hasher.hash(&receipt).await?;
        let row = NewReport { receipt_hash: &receipt_hash, category_id: category.id, input: &input, verdict: &verdict, origin: &origin, sealer: hasher.sealer(), attachments: &attachments };
        match insert_report(db, &token, &receipt, row)
            .await
        {
            Ok(submitted) => return Ok(submitted),
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
                // Either the same token won a race (show its receipt) or the receipt collided.
                if let Some(done) = already_submitted(db, &token).await? {
                    return Ok(done);
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    tracing::error!("could not store a report after three receipt collisions");
    Err(AppError::Internal)
}

/// The report, its first timeline event and the token's sealed receipt are written in one
/// transaction: either the citizen gets a receipt and the report exists, or neither.
struct NewReport<'a> {
    receipt_hash: &'a str,
    category_id: i32,
    input: &'a ReportInput,
    verdict: &'a Verdict,
    origin: &'a Origin,
    sealer: &'a Sealer,
    /// Checked waiting uploads, joined in the same transaction.
    attachments: &'a [i32],
}

async fn insert_report(
    db: &DatabaseConnection,
    token: &FormToken,
    receipt: &Receipt,
    row: NewReport<'_>,
) -> Result<Submitted, sea_orm::DbErr> {
    let NewReport { receipt_hash, category_id, input, verdict, origin, sealer, attachments } = row;
    // What the report says is sealed before it reaches the database.
    let seal = |column: &str, text: &str| sealer.seal(column, text).map_err(|_| sea_orm::DbErr::Custom("sealing failed".into()));
    let now = OffsetDateTime::now_utc();
    let verdict_json = serde_json::to_string(verdict)
        .map_err(|e| sea_orm::DbErr::Custom(format!("verdict serialisation: {e}")))?;
    let txn = db.begin().await?;
    let stored = report::ActiveModel {
        receipt_hash: Set(receipt_hash.to_owned()),
        category_id: Set(category_id),
        channel: Set(origin.channel),
        entered_by: Set(origin.entered_by),
        received_on: Set(origin.received_on.clone()),
        state: Set(CaseState::Diterima),
        what: Set(seal(sealed::REPORT_WHAT, &input.what)?),
        who: Set(seal(sealed::REPORT_WHO, &input.who)?),
        place: Set(seal(sealed::REPORT_PLACE, &input.place)?),
        time: Set(seal(sealed::REPORT_TIME, &input.time)?),
        why: Set(seal(sealed::REPORT_WHY, &input.why)?),
        how: Set(seal(sealed::REPORT_HOW, &input.how)?),
        how_much: Set(seal(sealed::REPORT_HOW_MUCH, &input.how_much)?),
        evidence: Set(seal(sealed::REPORT_EVIDENCE, &input.evidence)?),
        contact: Set(if input.is_anonymous() { None } else { Some(seal(sealed::REPORT_CONTACT, &input.contact)?) }),
        verdict: Set(verdict_json),
        complete: Set(verdict.complete()),
        met_count: Set(i32::from(verdict.met_count())),
        created_at: Set(now),
        updated_at: Set(now),
        state_since: Set(Some(now)),
        paused_days: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    add_event(&txn, stored.id, EventKind::Received, None, now).await?;
    if let Some(officer) = origin.entered_by {
        // Staff-entered reports are audited with the report itself, never one without the other.
        super::audit::record(&txn, Some(officer), Some(stored.id), "report_entered", Some(origin.channel.code().to_owned()))
            .await?;
    }
    // Supervisors hear of it as they chose (a notice names the case, nothing it says).
    super::staff_notices::notify(&txn, NoticeKind::NewReport, Audience::Supervisors, stored.id, origin.entered_by, None, now)
        .await
        .map_err(|e| sea_orm::DbErr::Custom(format!("staff notice: {e}")))?;
    let sealed = token
        .seal(&SealedReceipt { report_id: stored.id, receipt_digits: receipt.digits().to_owned() })
        .map_err(|_| sea_orm::DbErr::Custom("sealing the receipt failed".into()))?;
    submission_token::ActiveModel {
        token_id: Set(token.id()),
        sealed: Set(sealed),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    // After the token: a second request with the same token stops at the token's key.
    super::evidence::join(&txn, stored.id, attachments).await?;
    txn.commit().await?;
    Ok(Submitted {
        case_number: case_number(stored.id, now),
        receipt: receipt.grouped(),
        verdict: verdict.clone(),
    })
}

/// The sealing context (associated data) of timeline texts: answers, questions, notes.
pub(crate) use super::sealed::EVENT_BODY;

pub(crate) async fn add_event(
    db: &impl ConnectionTrait,
    report_id: i32,
    kind: EventKind,
    body: Option<String>,
    at: OffsetDateTime,
) -> Result<(), sea_orm::DbErr> {
    add_event_by(db, report_id, kind, ACTOR_REPORTER, body, at).await
}

/// Appends a timeline event written by `actor` ("pelapor", "sistem" or "staf:<id>").
pub(crate) async fn add_event_by(
    db: &impl ConnectionTrait,
    report_id: i32,
    kind: EventKind,
    actor: &str,
    body: Option<String>,
    at: OffsetDateTime,
) -> Result<(), sea_orm::DbErr> {
    report_event::ActiveModel {
        report_id: Set(report_id),
        kind: Set(kind),
        actor: Set(actor.to_owned()),
        body: Set(body),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

async fn already_submitted(
    db: &DatabaseConnection,
    token: &FormToken,
) -> Result<Option<Submitted>, AppError> {
    let Some(row) = submission_token::Entity::find_by_id(token.id()).one(db).await? else {
        return Ok(None);
    };
    let sealed = token.open(&row.sealed)?;
    let receipt = Receipt::parse(&sealed.receipt_digits).map_err(|e| AppError::internal(e))?;
    let Some(stored) = report::Entity::find_by_id(sealed.report_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(Submitted {
        case_number: case_number(stored.id, stored.created_at),
        receipt: receipt.grouped(),
        verdict: parse_verdict(&stored.verdict)?,
    }))
}

/// Forgets the receipts of forms older than an hour.
pub async fn purge_expired_tokens(
    db: &DatabaseConnection,
    now: OffsetDateTime,
) -> Result<u64, AppError> {
    let cutoff = now - Duration::seconds(TOKEN_LIFETIME_SECS);
    let res = submission_token::Entity::delete_many()
        .filter(submission_token::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

fn parse_verdict(json: &str) -> Result<Verdict, AppError> {
    serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "stored verdict unreadable");
        AppError::Internal
    })
}

async fn find_by_receipt(
    db: &DatabaseConnection,
    hasher: &Hasher,
    receipt: &str,
) -> Result<report::Model, AppError> {
    let receipt = Receipt::parse(receipt).map_err(|_| AppError::ReceiptMalformed)?;
    // Right and wrong receipts cost the same: one hash, one indexed lookup.
    let hash = hasher.hash(&receipt).await?;
    report::Entity::find()
        .filter(report::Column::ReceiptHash.eq(hash))
        .one(db)
        .await?
        .ok_or(AppError::ReceiptUnknown)
}

/// What the reporter may see of their report.
pub async fn status(
    db: &DatabaseConnection,
    hasher: &Hasher,
    receipt: &str,
) -> Result<ReportStatus, AppError> {
    status_with(db, hasher, receipt, EvidenceLimits::default()).await
}

/// [`status`], telling the page the installation's evidence limits.
pub async fn status_with(
    db: &DatabaseConnection,
    hasher: &Hasher,
    receipt: &str,
    limits: EvidenceLimits,
) -> Result<ReportStatus, AppError> {
    let stored = find_by_receipt(db, hasher, receipt).await?;
    status_of(db, hasher, stored, limits).await
}

pub(crate) async fn status_of(
    db: &DatabaseConnection,
    hasher: &Hasher,
    stored: report::Model,
    limits: EvidenceLimits,
) -> Result<ReportStatus, AppError> {
    let category = category::Entity::find_by_id(stored.category_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("missing"))?;
    let events = report_event::Entity::find()
        .filter(report_event::Column::ReportId.eq(stored.id))
        .order_by_asc(report_event::Column::Id)
        .all(db)
        .await?;
    let mut timeline = Vec::with_capacity(events.len());
    for e in events {
        let kind = match e.kind {
            EventKind::Received => TimelineKind::Received,
            EventKind::InfoAdded => TimelineKind::InfoAdded,
            EventKind::StateChanged => TimelineKind::StateChanged,
            EventKind::Message => TimelineKind::MessageToReporter,
            // Internal notes, proposals, reasons: staff-only.
            EventKind::Note | EventKind::ClosingProposed | EventKind::ClosingReturned | EventKind::Reopened => continue,
        };
        // A state change keeps the new state's code as its body.
        let (state, body) = match kind {
            TimelineKind::StateChanged => (e.body.as_deref().and_then(CaseState::from_code), None),
            _ => (None, hasher.sealer().open_opt(EVENT_BODY, e.body.as_deref())?),
        };
        timeline.push(TimelineEntry { at: display_time(e.created_at), kind, state, body });
    }
    let calendar = super::deadlines::calendar(db).await?;
    let next_by = super::deadlines::due_of(&stored, &calendar, super::deadlines::day_of(OffsetDateTime::now_utc()));
    // Only a closed case has a letter and a survey: an open one's lookup costs no query more.
    let closed = stored.state == CaseState::Selesai;
    let letter = if closed { super::letters::of_case(db, hasher.sealer(), &stored).await? } else { None };
    let rated = closed && super::survey::rated(db, hasher, stored.id).await?;
    Ok(ReportStatus {
        letter,
        rated,
        notices: stored.notify_email.is_some(),
        attachments: super::evidence::for_reporter(db, stored.id).await?,
        evidence: limits,
        next_by,
        case_number: case_number(stored.id, stored.created_at),
        state: stored.state,
        outcome: stored.outcome,
        category: category.into(),
        received_at: display_time(stored.created_at),
        verdict: parse_verdict(&stored.verdict)?,
        timeline,
    })
}

/// The reporter adds information (and evidence) to their report: one receipt lookup, then
/// the addition.
pub async fn add_information(
    db: &DatabaseConnection,
    hasher: &Hasher,
    receipt: &str,
    text: &str,
    evidence: Evidence<'_>,
) -> Result<ReportStatus, AppError> {
    let text = valid_information(text, &evidence)?;
    let stored = find_by_receipt(db, hasher, receipt).await?;
    add_to(db, hasher, stored, text, evidence).await
}

/// What the receipt page's post did: the report as the reporter may see it, and whether the
/// change it asked for was made or why not.
pub struct Checked {
    pub status: ReportStatus,
    pub added: bool,
    pub addition_error: Option<AppError>,
}

/// What a receipt page's post may ask for besides the lookup. (No `Debug`: it may hold a
/// reporter's address, which no log may print.)
#[derive(Clone, Copy)]
pub enum Change<'a> {
    /// Add information (text, and the keys of uploaded files).
    Information(&'a str, &'a [String]),
    /// Send notices to this address (replacing one given before).
    NoticesTo(&'a str),
    /// Stop notices: the address is deleted.
    StopNotices,
    /// Rate the service (a closed case); `None` for answers that did not parse.
    Survey(Option<&'a crate::domain::survey::SurveyAnswers>),
}

/// The receipt page's post: looks the receipt up (one hash, whatever follows) and makes the
/// `change`, if any. Only an unknown or malformed receipt is an `Err`, so that a throttle
/// around this counts exactly the guesses, whichever way the change goes.
pub async fn check_receipt(
    db: &DatabaseConnection,
    hasher: &Hasher,
    receipt: &str,
    limits: EvidenceLimits,
    change: Option<Change<'_>>,
) -> Result<Checked, AppError> {
    let stored = find_by_receipt(db, hasher, receipt).await?;
    let added = match change {
        None => return Ok(Checked { status: status_of(db, hasher, stored, limits).await?, added: false, addition_error: None }),
        Some(Change::Information(text, keys)) => {
            let evidence = Evidence { keys, limits };
            match valid_information(text, &evidence) {
                Ok(text) => add_to(db, hasher, stored.clone(), text, evidence).await,
                Err(e) => Err(e),
            }
        }
        Some(Change::NoticesTo(address)) => set_notices(db, hasher, &stored, Some(address), limits).await,
        Some(Change::StopNotices) => set_notices(db, hasher, &stored, None, limits).await,
        Some(Change::Survey(None)) => Err(AppError::InvalidSurvey),
        Some(Change::Survey(Some(answers))) => match super::survey::answer(db, hasher, &stored, answers, OffsetDateTime::now_utc()).await {
            Ok(()) => status_of(db, hasher, stored.clone(), limits).await,
            Err(e) => Err(e),
        },
    };
    match added {
        Ok(status) => Ok(Checked { status, added: true, addition_error: None }),
        Err(e @ (AppError::Internal | AppError::Unavailable)) => Err(e),
        Err(e) => Ok(Checked { status: status_of(db, hasher, stored, limits).await?, added: false, addition_error: Some(e) }),
    }
}

/// Gives (or with `None` deletes) the address for notices, sealed. A closed case takes none:
/// there is no news left to send.
async fn set_notices(db: &DatabaseConnection, hasher: &Hasher, stored: &report::Model, address: Option<&str>, limits: EvidenceLimits) -> Result<ReportStatus, AppError> {
    let Some(address) = address else {
        let updated = report::Entity::update(report::ActiveModel { id: Set(stored.id), notify_email: Set(None), ..Default::default() }).exec(db).await?;
        return status_of(db, hasher, updated, limits).await;
    };
    let address = super::mail::valid_address(address).ok_or(AppError::InvalidNoticeAddress)?;
    let sealed_address = hasher.sealer().seal(sealed::REPORT_NOTIFY_EMAIL, &address)?;
    // Checked in the update itself: a closing being committed holds the case's row, so an
    // address given meanwhile waits for it and is refused, rather than stored with no
    // closing notice left to delete it.
    let set = report::Entity::update_many()
        .col_expr(report::Column::NotifyEmail, sea_orm::sea_query::Expr::value(Some(sealed_address)))
        .filter(report::Column::Id.eq(stored.id))
        .filter(report::Column::State.ne(CaseState::Selesai))
        .exec(db)
        .await?;
    if set.rows_affected == 0 {
        return Err(AppError::CaseClosed);
    }
    let updated = report::Entity::find_by_id(stored.id).one(db).await?.ok_or(AppError::ReceiptUnknown)?;
    status_of(db, hasher, updated, limits).await
}

fn valid_information<'t>(text: &'t str, evidence: &Evidence<'_>) -> Result<&'t str, AppError> {
    let text = text.trim();
    if (text.is_empty() && evidence.keys.is_empty())
        || text.chars().count() > MAX_TEXT_CHARS
        || text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::InvalidInformation);
    }
    Ok(text)
}

async fn add_to(
    db: &DatabaseConnection,
    hasher: &Hasher,
    stored: report::Model,
    text: &str,
    evidence: Evidence<'_>,
) -> Result<ReportStatus, AppError> {
    if stored.state == CaseState::Selesai {
        return Err(AppError::CaseClosed);
    }
    let attachments = super::evidence::check_waiting(db, evidence.keys, Some(stored.id), &evidence.limits).await?;
    let now = OffsetDateTime::now_utc();
    let txn = db.begin().await?;
    let body = if text.is_empty() { None } else { Some(hasher.sealer().seal(EVENT_BODY, text)?) };
    add_event(&txn, stored.id, EventKind::InfoAdded, body, now).await?;
    super::evidence::join(&txn, stored.id, &attachments).await?;
    let mut update = report::ActiveModel { id: Set(stored.id), updated_at: Set(now), ..Default::default() };
    // The reporter's answer to a clarification returns the case to verification.
    if stored.state == CaseState::Klarifikasi {
        update.state = Set(CaseState::Verifikasi);
        let calendar = super::deadlines::calendar(&txn).await?;
        super::deadlines::record_move(&mut update, &stored, CaseState::Verifikasi, now, &calendar);
        add_event(&txn, stored.id, EventKind::StateChanged, Some(CaseState::Verifikasi.code().to_owned()), now).await?;
        super::staff_notices::notify(&txn, NoticeKind::ReporterAnswered, Audience::Workers, stored.id, None, None, now).await?;
    }
    let updated = report::Entity::update(update).exec(&txn).await?;
    txn.commit().await?;
    status_of(db, hasher, updated, evidence.limits).await
}
