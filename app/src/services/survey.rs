//! The satisfaction survey (issue 17): a reporter whose case is closed rates the service
//! once, on the receipt page. What a rating says is kept apart from whose it is: the mark that
//! a report was rated is a digest of its id keyed with the installation secret (a copy of the
//! database cannot tell which report a mark is of, even by the transaction that wrote it with
//! the scores), and the scores keep the month only, so the index and comments lead back to
//! no case.
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use time::OffsetDateTime;

use super::display::wib;
use super::sealed::SURVEY_COMMENT;
use super::sealing::Sealer;
use super::secrets::Hasher;
use crate::domain::survey::{Index, SurveyAnswers, ELEMENTS};
use crate::domain::workflow::CaseState;
use crate::entities::{report, survey_response, survey_taken};
use crate::errors::AppError;

/// The mark that report `report_id` was rated.
fn mark(hasher: &Hasher, report_id: i32) -> String {
    hasher.keyed_digest("survey_taken", &report_id.to_string())
}

/// Whether the report's reporter has rated the service.
pub async fn rated(db: &impl ConnectionTrait, hasher: &Hasher, report_id: i32) -> Result<bool, AppError> {
    Ok(survey_taken::Entity::find_by_id(mark(hasher, report_id)).one(db).await?.is_some())
}

/// The month a time falls in, `2026-12` (WIB): the only time a response keeps.
pub fn period_of(t: OffsetDateTime) -> String {
    let t = t.to_offset(wib());
    format!("{:04}-{:02}", t.year(), u8::from(t.month()))
}

/// Stores a closed case's reporter's rating: refused (nothing stored) when the case is not
/// closed — checked in the transaction, so a reopening just committed is seen — or was rated
/// already: the mark and the scores are written together, and the mark's key lets only one
/// of two ratings at once through.
pub async fn answer(db: &DatabaseConnection, hasher: &Hasher, case: &report::Model, answers: &SurveyAnswers, now: OffsetDateTime) -> Result<(), AppError> {
    let txn = db.begin().await?;
    let state = report::Entity::find_by_id(case.id).one(&txn).await?.map(|c| c.state);
    if state != Some(CaseState::Selesai) {
        return Err(AppError::SurveyNotOpen);
    }
    let marked = survey_taken::Entity::insert(survey_taken::ActiveModel { mark: Set(mark(hasher, case.id)) })
        .on_conflict_do_nothing_on([survey_taken::Column::Mark])
        .exec_without_returning(&txn)
        .await?;
    if !matches!(marked, sea_orm::TryInsertResult::Inserted(n) if n > 0) {
        return Err(AppError::SurveyClosed);
    }
    let s = answers.scores.map(i16::from);
    let comment = if answers.comment.is_empty() { None } else { Some(hasher.sealer().seal(SURVEY_COMMENT, &answers.comment)?) };
    survey_response::Entity::insert(survey_response::ActiveModel {
        period: Set(period_of(now)),
        q1: Set(s[0]),
        q2: Set(s[1]),
        q3: Set(s[2]),
        q4: Set(s[3]),
        q5: Set(s[4]),
        q6: Set(s[5]),
        q7: Set(s[6]),
        q8: Set(s[7]),
        q9: Set(s[8]),
        comment: Set(comment),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The responses of the months `from..=to` (`2026-01`; empty for no bound), oldest first.
async fn responses(db: &impl ConnectionTrait, from: &str, to: &str) -> Result<Vec<survey_response::Model>, AppError> {
    let mut q = survey_response::Entity::find().order_by_asc(survey_response::Column::Period).order_by_asc(survey_response::Column::Id);
    if !from.is_empty() {
        q = q.filter(survey_response::Column::Period.gte(from));
    }
    if !to.is_empty() {
        q = q.filter(survey_response::Column::Period.lte(to));
    }
    Ok(q.all(db).await?)
}

fn scores_of(r: &survey_response::Model) -> [u8; ELEMENTS] {
    r.scores().map(|s| u8::try_from(s).unwrap_or(0))
}

/// The index over the months `from..=to`, each month's, and the newest comments (at most
/// `comments`, opened), for the dashboard, the CSV and the monthly print.
pub async fn summary(db: &impl ConnectionTrait, sealer: &Sealer, from: &str, to: &str, comments: usize) -> Result<crate::model::SurveySummary, AppError> {
    let rows = responses(db, from, to).await?;
    let all: Vec<[u8; ELEMENTS]> = rows.iter().map(scores_of).collect();
    let mut months: Vec<(String, Index)> = Vec::new();
    for chunk in rows.chunk_by(|a, b| a.period == b.period) {
        let scores: Vec<[u8; ELEMENTS]> = chunk.iter().map(scores_of).collect();
        if let (Some(first), Some(index)) = (chunk.first(), Index::of(&scores)) {
            months.push((first.period.clone(), index));
        }
    }
    let mut texts = Vec::new();
    for r in rows.iter().rev().filter(|r| r.comment.is_some()).take(comments) {
        if let Some(text) = sealer.open_opt(SURVEY_COMMENT, r.comment.as_deref())? {
            texts.push((r.period.clone(), text));
        }
    }
    Ok(crate::model::SurveySummary { index: Index::of(&all), months, comments: texts })
}

/// What the public page shows of the survey: the index and its grade over the finished months
/// that each had at least five ratings (the small-count rule: a month with one rating, seen
/// joining the index, would tell what that reporter gave). `None` until there is such a month.
pub async fn public(db: &impl ConnectionTrait, now: OffsetDateTime) -> Result<Option<(u32, crate::domain::survey::Grade)>, AppError> {
    let this_month = period_of(now);
    let rows = responses(db, "", "").await?;
    let mut counted: Vec<[u8; ELEMENTS]> = Vec::new();
    for month in rows.chunk_by(|a, b| a.period == b.period) {
        let finished = month.first().is_some_and(|r| r.period < this_month);
        if finished && u64::try_from(month.len()).unwrap_or(0) >= crate::domain::survey::PUBLIC_MIN_RESPONSES {
            counted.extend(month.iter().map(scores_of));
        }
    }
    Ok(Index::of(&counted).map(|i| (i.value, i.grade)))
}

/// Retention: comments of ratings older than the retention period are deleted (a comment may
/// name someone); the scores stay, as a closed case's statistical row does.
pub async fn forget_comments_before(db: &impl ConnectionTrait, cutoff: OffsetDateTime) -> Result<u64, AppError> {
    use sea_orm::sea_query::Expr;
    let done = survey_response::Entity::update_many()
        .col_expr(survey_response::Column::Comment, Expr::value(Option::<String>::None))
        .filter(survey_response::Column::Period.lt(period_of(cutoff)))
        .filter(survey_response::Column::Comment.is_not_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
