//! Due dates of cases: the holiday calendar from the database, the case's clock from its
//! record, and the domain's working-day arithmetic in between.
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use time::{Date, OffsetDateTime};

use crate::domain::deadline::{due, parse_day, Calendar, Clock};
use crate::domain::workflow::CaseState;
use crate::entities::{holiday, report};
use crate::model::DueDate;

/// The working-day calendar with the deadline lengths administrators set.
pub async fn calendar(db: &impl ConnectionTrait) -> Result<Calendar, DbErr> {
    let days = holiday::Entity::find().all(db).await?;
    let rules = super::settings::load(db).await?.rules;
    Ok(Calendar::new(days.iter().filter_map(|h| parse_day(&h.day))).with_rules(rules))
}

/// The inspectorate's calendar day (Western Indonesian Time) of an instant.
pub fn day_of(t: OffsetDateTime) -> Date {
    t.to_offset(super::display::wib()).date()
}

/// The case's clock: staff-entered reports count from the day the letter or visit arrived.
pub fn clock_of(case: &report::Model) -> Clock {
    let received = case.received_on.as_deref().and_then(parse_day).unwrap_or_else(|| day_of(case.created_at));
    Clock {
        received,
        state_since: day_of(case.state_since.unwrap_or(case.updated_at)),
        complete_since: case.complete_since.map(day_of),
        paused_days: u16::try_from(case.paused_days).unwrap_or(0),
    }
}

/// The due date running for `case` as staff see it, and whether it passed on `today`.
pub fn due_of(case: &report::Model, calendar: &Calendar, today: Date) -> Option<DueDate> {
    let state = case.state;
    let d = due(state, &clock_of(case), &calendar.rules, calendar)?;
    Some(DueDate {
        date: crate::domain::deadline::format_day(d.date),
        kind: d.kind,
        overdue: d.overdue_on(today),
        soon: d.soon_on(today, calendar),
    })
}

/// Sets the clock columns of `update` for a move of `case` to `to` at `now`.
pub fn record_move(
    update: &mut report::ActiveModel,
    case: &report::Model,
    to: CaseState,
    now: OffsetDateTime,
    calendar: &Calendar,
) {
    let from = case.state;
    let before = clock_of(case);
    let after = before.after_move(from, to, day_of(now), calendar);
    update.state_since = Set(Some(now));
    update.paused_days = Set(i32::from(after.paused_days));
    if before.complete_since.is_none() && after.complete_since.is_some() {
        update.complete_since = Set(Some(now));
    }
}

/// The holiday calendar as administrators manage it, in date order.
pub async fn holidays(db: &sea_orm::DatabaseConnection) -> Result<Vec<crate::model::Holiday>, crate::errors::AppError> {
    use sea_orm::QueryOrder;
    Ok(holiday::Entity::find()
        .order_by_asc(holiday::Column::Day)
        .all(db)
        .await?
        .into_iter()
        .map(|h| crate::model::Holiday { day: h.day, name: h.name })
        .collect())
}

/// An administrator adds a holiday (or renames one: the day is the key). Deadlines follow
/// at once; the change is audited.
pub async fn save_holiday(
    db: &sea_orm::DatabaseConnection,
    admin: &crate::model::StaffUser,
    day: &str,
    name: &str,
) -> Result<(), crate::errors::AppError> {
    use crate::errors::AppError;
    use sea_orm::{sea_query::OnConflict, TransactionTrait};
    admin.require(crate::access::Permission::ManageAccounts)?;
    let name = name.trim();
    let Some(date) = parse_day(day.trim()) else { return Err(AppError::InvalidHoliday) };
    if name.is_empty() || name.chars().count() > 100 || !(2000..=2100).contains(&date.year()) {
        return Err(AppError::InvalidHoliday);
    }
    let day = crate::domain::deadline::format_day(date);
    let txn = db.begin().await?;
    holiday::Entity::insert(holiday::ActiveModel { day: Set(day.clone()), name: Set(name.to_owned()) })
        .on_conflict(OnConflict::column(holiday::Column::Day).update_column(holiday::Column::Name).to_owned())
        .exec(&txn)
        .await?;
    super::audit::record(&txn, Some(admin.id), None, "holiday_saved", Some(format!("{day} {name}"))).await?;
    txn.commit().await?;
    Ok(())
}

/// An administrator removes a holiday; audited.
pub async fn remove_holiday(
    db: &sea_orm::DatabaseConnection,
    admin: &crate::model::StaffUser,
    day: &str,
) -> Result<(), crate::errors::AppError> {
    use crate::errors::AppError;
    use sea_orm::TransactionTrait;
    admin.require(crate::access::Permission::ManageAccounts)?;
    let txn = db.begin().await?;
    let removed = holiday::Entity::delete_by_id(day.trim().to_owned()).exec(&txn).await?;
    if removed.rows_affected == 0 {
        return Err(AppError::HolidayNotFound);
    }
    super::audit::record(&txn, Some(admin.id), None, "holiday_removed", Some(day.trim().to_owned())).await?;
    txn.commit().await?;
    Ok(())
}
