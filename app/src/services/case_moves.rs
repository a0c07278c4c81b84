//! The one way a case changes state — the state, its deadlines' clock, the timeline entry
//! and the audit record, in the caller's transaction — and the checks of what staff type
//! into a move (messages to the reporter, reasons). Used by `cases.rs` and `closing.rs`.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseTransaction};
use time::OffsetDateTime;

use super::audit;
use super::reports::add_event_by;
use crate::domain::report::MAX_TEXT_CHARS;
use crate::domain::workflow::{CaseState, EventKind};
use crate::entities::report;
use crate::errors::AppError;
use crate::model::StaffUser;

/// How a staff member is named as the actor of a timeline entry.
pub(super) fn actor_tag(staff_id: i32) -> String {
    format!("staf:{staff_id}")
}

pub(super) fn clean_message(text: &str) -> Result<String, AppError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
        Err(AppError::MessageRequired)
    } else {
        Ok(text.to_owned())
    }
}

/// A staff member's reason (for an override, a closing sent back, a reopening): 1 to 500
/// characters once trimmed.
pub(super) fn clean_reason(text: &str) -> Result<String, AppError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 {
        Err(AppError::ReasonRequired)
    } else {
        Ok(text.to_owned())
    }
}

pub(super) async fn set_state(
    txn: &DatabaseTransaction,
    user: &StaffUser,
    case: &report::Model,
    to: CaseState,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let mut update =
        report::ActiveModel { id: Set(case.id), state: Set(to), updated_at: Set(now), ..Default::default() };
    super::deadlines::record_move(&mut update, case, to, now, &super::deadlines::calendar(txn).await?);
    update.update(txn).await?;
    add_event_by(txn, case.id, EventKind::StateChanged, &actor_tag(user.id), Some(to.code().to_owned()), now).await?;
    audit::record(txn, Some(user.id), Some(case.id), "transition", Some(format!("{} -> {}", case.state.code(), to.code())))
        .await?;
    Ok(())
}

