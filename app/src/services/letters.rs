//! The reply letter (*surat jawaban*, issue 17): issued in the transaction that closes a case,
//! withdrawn when the case is reopened, read by the reporter with the receipt and by the staff
//! who may work the case. Numbers run per year (WIB) and are never given twice: the closing
//! adds one to its year's counter row, which a second closing at once waits for.
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use time::OffsetDateTime;

use super::display::{case_number, display_date, wib};
use super::sealed::LETTER_MESSAGE;
use super::sealing::Sealer;
use crate::access::workable_case;
use crate::domain::letter::{letter_number, outcome_paragraph};
use crate::domain::workflow::Outcome;
use crate::entities::{letter_counter, reply_letter, report};
use crate::errors::AppError;
use crate::model::{ReplyLetter, StaffUser};

/// Issues the case's reply letter as the case closes (`txn` is the closing's): the next
/// number of the year, the outcome, the message, and the profile of the day. Returns the
/// number.
pub async fn issue(
    txn: &impl ConnectionTrait,
    sealer: &Sealer,
    closer: i32,
    case: &report::Model,
    (outcome, detail): (Outcome, Option<&str>),
    message: &str,
    now: OffsetDateTime,
) -> Result<String, AppError> {
    let profile = super::profile::load(txn).await?;
    let day = now.to_offset(wib());
    let year = day.year();
    letter_counter::Entity::insert(letter_counter::ActiveModel { year: Set(year), last: Set(0) })
        .on_conflict_do_nothing_on([letter_counter::Column::Year])
        .exec_without_returning(txn)
        .await?;
    // The update holds the year's row until the closing commits: the next closing's update
    // waits for it and counts on from its number.
    letter_counter::Entity::update_many()
        .col_expr(letter_counter::Column::Last, Expr::col(letter_counter::Column::Last).add(1))
        .filter(letter_counter::Column::Year.eq(year))
        .exec(txn)
        .await?;
    let seq = letter_counter::Entity::find_by_id(year).one(txn).await?.ok_or_else(|| AppError::internal("letter counter"))?.last;
    let number = letter_number(&profile.letter_number_format, u32::try_from(seq).unwrap_or(0), year, u8::from(day.month()));
    withdraw(txn, case.id).await?;
    reply_letter::ActiveModel {
        report_id: Set(case.id),
        year: Set(year),
        seq: Set(seq),
        number: Set(number.clone()),
        outcome: Set(outcome),
        outcome_detail: Set(detail.map(str::to_owned)),
        message: Set(sealer.seal(LETTER_MESSAGE, message)?),
        profile: Set(serde_json::to_string(&profile).map_err(|_| AppError::internal("profile"))?),
        issued_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    super::audit::record(txn, Some(closer), Some(case.id), "letter_issued", Some(number.clone())).await?;
    Ok(number)
}

/// Withdraws the case's letter (a reopened case's answer is no longer the last word; closing
/// again issues a new letter with a new number). Retention deletes it the same way.
pub async fn withdraw(txn: &impl ConnectionTrait, report_id: i32) -> Result<bool, AppError> {
    let gone = reply_letter::Entity::delete_many().filter(reply_letter::Column::ReportId.eq(report_id)).exec(txn).await?;
    Ok(gone.rows_affected > 0)
}

/// The case's letter as its reporter reads it, if it has one.
pub async fn of_case(db: &impl ConnectionTrait, sealer: &Sealer, case: &report::Model) -> Result<Option<ReplyLetter>, AppError> {
    let Some(row) = reply_letter::Entity::find().filter(reply_letter::Column::ReportId.eq(case.id)).one(db).await? else {
        return Ok(None);
    };
    let received_on = case.received_on.clone().unwrap_or_else(|| display_date(case.created_at));
    Ok(Some(ReplyLetter {
        number: row.number,
        date: display_date(row.issued_at),
        case_number: case_number(case.id, case.created_at),
        received_on,
        outcome: row.outcome,
        outcome_paragraph: outcome_paragraph(row.outcome, row.outcome_detail.as_deref()),
        message: sealer.open(LETTER_MESSAGE, &row.message)?,
        profile: serde_json::from_str(&row.profile).map_err(|_| AppError::internal("letter profile"))?,
    }))
}

/// The letter of a case `user` may work, for printing (letters and walk-ins get it by post).
/// Audited, as reading the case is.
pub async fn for_staff(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, report_id: i32) -> Result<ReplyLetter, AppError> {
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    let letter = of_case(&txn, sealer, &case).await?.ok_or(AppError::NoLetter)?;
    super::audit::record(&txn, Some(user.id), Some(case.id), "letter_viewed", None).await?;
    txn.commit().await?;
    Ok(letter)
}
