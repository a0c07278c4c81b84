//! Closing a case (SPEC "Case workflow", "Telling people"). A supervisor closes at once. An
//! inspector's closing is a proposal: the outcome and the message to the reporter wait,
//! sealed, until a supervisor approves them (the reporter then reads the inspector's
//! message) or sends them back with a reason. A supervisor may reopen a closed case with a
//! reason: it returns to verification, its outcome cleared, and the reporter's timeline shows
//! the case moving out of "closed". Every step is audited in the transaction that makes it.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait};
use time::OffsetDateTime;

use super::audit;
use super::case_moves::{actor_tag, clean_message, clean_reason, set_state};
use super::reports::add_event_by;
use super::sealed::{EVENT_BODY, PROPOSAL_MESSAGE};
use super::sealing::Sealer;
use crate::access::{workable_case_locked, Permission};
use crate::domain::workflow::{check_close, CaseState, EventKind, Outcome};
use crate::entities::{closing_proposal, report};
use crate::errors::AppError;
use crate::model::{Closing, StaffUser};

/// Closes a case with an outcome and the message the reporter reads with the receipt (no
/// report ends unanswered: the message is mandatory), or — for a role that may not approve
/// closings — proposes to, replacing an earlier proposal of the case.
pub async fn close(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    report_id: i32,
    outcome: Outcome,
    detail: &str,
    message: &str,
) -> Result<Closing, AppError> {
    if !user.may(Permission::ProposeClosing) {
        return Err(AppError::Forbidden);
    }
    let message = clean_message(message)?;
    let detail = detail.trim();
    if matches!(outcome, Outcome::Dilimpahkan | Outcome::Duplikat) && detail.is_empty() {
        return Err(AppError::OutcomeDetailRequired);
    }
    let detail = (!detail.is_empty()).then(|| detail.to_owned());
    let txn = db.begin().await?;
    let case = workable_case_locked(&txn, user, report_id).await?;
    check_close(case.state, outcome).map_err(|_| AppError::IllegalMove)?;
    let now = OffsetDateTime::now_utc();
    // Whatever waited is superseded: by this proposal, or by the supervisor's own closing.
    let superseded = closing_proposal::Entity::delete_many().filter(closing_proposal::Column::ReportId.eq(case.id)).exec(&txn).await?;
    if superseded.rows_affected > 0 {
        audit::record(&txn, Some(user.id), Some(case.id), "closing_superseded", None).await?;
    }
    let done = if user.may(Permission::ApproveClosings) {
        finish(&txn, sealer, user, &case, (outcome, detail), &message, &actor_tag(user.id), now).await?;
        Closing::Closed
    } else {
        closing_proposal::ActiveModel {
            report_id: Set(case.id),
            outcome: Set(outcome),
            outcome_detail: Set(detail),
            message: Set(sealer.seal(PROPOSAL_MESSAGE, &message)?),
            proposed_by: Set(user.id),
            proposed_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        add_event_by(&txn, case.id, EventKind::ClosingProposed, &actor_tag(user.id), Some(outcome.code().to_owned()), now).await?;
        audit::record(&txn, Some(user.id), Some(case.id), "closing_proposed", Some(outcome.code().to_owned())).await?;
        Closing::Proposed
    };
    txn.commit().await?;
    Ok(done)
}

/// A supervisor approves the case's proposed closing — the one they read (`proposal_id`): the
/// case closes with the proposed outcome, and the reporter reads the inspector's message.
/// Refused (nothing changes) when no proposal waits, when the inspector has replaced it since
/// the supervisor read it, or when the case has since moved where that outcome is not allowed.
pub async fn approve(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, report_id: i32, proposal_id: i32) -> Result<(), AppError> {
    let txn = approver_txn(db, user).await?;
    let case = workable_case_locked(&txn, user, report_id).await?;
    let proposal = waiting(&txn, case.id).await?;
    if proposal.id != proposal_id {
        return Err(AppError::ProposalChanged);
    }
    let outcome = proposal.outcome;
    check_close(case.state, outcome).map_err(|_| AppError::IllegalMove)?;
    let message = sealer.open(PROPOSAL_MESSAGE, &proposal.message)?;
    let now = OffsetDateTime::now_utc();
    let writer = actor_tag(proposal.proposed_by);
    closing_proposal::Entity::delete_by_id(proposal.id).exec(&txn).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "closing_approved", Some(outcome.code().to_owned())).await?;
    finish(&txn, sealer, user, &case, (outcome, proposal.outcome_detail), &message, &writer, now).await?;
    txn.commit().await?;
    Ok(())
}

/// A supervisor sends the proposed closing back with a reason (kept sealed in the case's
/// internal timeline); the case stays where it is, for the inspector to go on.
pub async fn send_back(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, report_id: i32, reason: &str) -> Result<(), AppError> {
    let reason = clean_reason(reason)?;
    let txn = approver_txn(db, user).await?;
    let case = workable_case_locked(&txn, user, report_id).await?;
    let proposal = waiting(&txn, case.id).await?;
    let now = OffsetDateTime::now_utc();
    closing_proposal::Entity::delete_by_id(proposal.id).exec(&txn).await?;
    add_event_by(&txn, case.id, EventKind::ClosingReturned, &actor_tag(user.id), Some(sealer.seal(EVENT_BODY, &reason)?), now).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "closing_returned", Some(proposal.outcome.code().to_owned())).await?;
    txn.commit().await?;
    Ok(())
}

/// A supervisor reopens a closed case with a reason: back to verification, outcome cleared.
/// The reason stays internal (it may name people); the reporter's timeline shows the case
/// leaving "closed", and the receipt takes additions again.
pub async fn reopen(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, report_id: i32, reason: &str) -> Result<(), AppError> {
    let reason = clean_reason(reason)?;
    let txn = approver_txn(db, user).await?;
    let case = workable_case_locked(&txn, user, report_id).await?;
    if case.state != CaseState::Selesai {
        return Err(AppError::IllegalMove);
    }
    if case.purged_at.is_some() {
        return Err(AppError::CasePurged);
    }
    let now = OffsetDateTime::now_utc();
    report::ActiveModel { id: Set(case.id), outcome: Set(None), outcome_detail: Set(None), ..Default::default() }.update(&txn).await?;
    add_event_by(&txn, case.id, EventKind::Reopened, &actor_tag(user.id), Some(sealer.seal(EVENT_BODY, &reason)?), now).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "reopened", None).await?;
    if super::letters::withdraw(&txn, case.id).await? {
        audit::record(&txn, Some(user.id), Some(case.id), "letter_withdrawn", None).await?;
    }
    set_state(&txn, user, &case, CaseState::Verifikasi, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The proposal waiting on a case, as a supervisor reviews it; `names` are the staff's
/// display names by id, which the case page has loaded already.
pub async fn proposal_of(
    db: &impl sea_orm::ConnectionTrait,
    sealer: &Sealer,
    report_id: i32,
    names: &std::collections::HashMap<i32, String>,
) -> Result<Option<crate::model::ClosingProposal>, AppError> {
    let Some(p) = closing_proposal::Entity::find().filter(closing_proposal::Column::ReportId.eq(report_id)).one(db).await? else {
        return Ok(None);
    };
    let by = names.get(&p.proposed_by).cloned().unwrap_or_default();
    Ok(Some(crate::model::ClosingProposal {
        id: p.id,
        outcome: p.outcome,
        outcome_detail: p.outcome_detail,
        message: sealer.open(PROPOSAL_MESSAGE, &p.message)?,
        by,
        at: super::display::display_date(p.proposed_at),
    }))
}

/// The ids among `ids` of cases whose closing waits for approval (for the board).
pub async fn waiting_among(db: &impl sea_orm::ConnectionTrait, ids: Vec<i32>) -> Result<std::collections::HashSet<i32>, AppError> {
    use sea_orm::QuerySelect;
    Ok(closing_proposal::Entity::find()
        .select_only()
        .column(closing_proposal::Column::ReportId)
        .filter(closing_proposal::Column::ReportId.is_in(ids))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

async fn approver_txn(db: &DatabaseConnection, user: &StaffUser) -> Result<DatabaseTransaction, AppError> {
    user.require(Permission::ApproveClosings)?;
    Ok(db.begin().await?)
}

async fn waiting(txn: &DatabaseTransaction, report_id: i32) -> Result<closing_proposal::Model, AppError> {
    closing_proposal::Entity::find().filter(closing_proposal::Column::ReportId.eq(report_id)).one(txn).await?.ok_or(AppError::IllegalMove)
}

/// The closing itself: outcome, the message to the reporter (written by `writer`), the audit
/// record, the move to `selesai` by `closer`, and the reply letter.
#[allow(clippy::too_many_arguments)]
async fn finish(
    txn: &DatabaseTransaction,
    sealer: &Sealer,
    closer: &StaffUser,
    case: &report::Model,
    (outcome, detail): (Outcome, Option<String>),
    message: &str,
    writer: &str,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    report::ActiveModel { id: Set(case.id), outcome: Set(Some(outcome)), outcome_detail: Set(detail.clone()), ..Default::default() }
        .update(txn)
        .await?;
    add_event_by(txn, case.id, EventKind::Message, writer, Some(sealer.seal(EVENT_BODY, message)?), now).await?;
    audit::record(txn, Some(closer.id), Some(case.id), "closed", Some(outcome.code().to_owned())).await?;
    set_state(txn, closer, case, CaseState::Selesai, now).await?;
    super::letters::issue(txn, sealer, closer.id, case, (outcome, detail.as_deref()), message, now).await?;
    // Every reporter is told: one who gave an address is also sent a notice.
    super::outbox::notify_reporter(txn, case, crate::domain::notice::NoticeKind::Closed, None, now).await?;
    Ok(())
}
