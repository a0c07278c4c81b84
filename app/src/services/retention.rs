//! Retention (SPEC: at most five years after closing): a closed case past its retention
//! loses everything that could identify anyone — the report's answers, the reporter's
//! contact, every timeline text, the inspectors' override reasons, the evidence files and the
//! reply letter — and keeps its statistical row (category, work unit, channel, states,
//! outcome, dates), marked `purged_at`. Run daily by the server and idempotent, so several instances may run
//! it at once.
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use time::{Duration, OffsetDateTime};

use crate::domain::workflow::CaseState;
use crate::entities::{attachment, element_override, report, report_event};
use crate::errors::AppError;

/// The closing time before which cases are emptied, `years` before `now` (leap days
/// counted generously: never earlier than the setting says).
pub fn cutoff(now: OffsetDateTime, years: u16) -> OffsetDateTime {
    now - Duration::days(365 * i64::from(years) + (i64::from(years) + 3) / 4)
}

/// Empties every closed case whose retention ended by `now`; returns how many.
pub async fn purge_expired(db: &DatabaseConnection, now: OffsetDateTime) -> Result<u64, AppError> {
    let years = super::settings::load(db).await?.retention_years;
    super::survey::forget_comments_before(db, cutoff(now, years)).await?;
    let due = report::Entity::find()
        .filter(report::Column::State.eq(CaseState::Selesai))
        .filter(report::Column::PurgedAt.is_null())
        .filter(report::Column::StateSince.lt(cutoff(now, years)))
        .all(db)
        .await?;
    let mut purged = 0;
    for case in due {
        let txn = db.begin().await?;
        let emptied = report::Entity::update_many()
            .set(report::ActiveModel {
            what: Set(String::new()),
            who: Set(String::new()),
            place: Set(String::new()),
            time: Set(String::new()),
            why: Set(String::new()),
            how: Set(String::new()),
            how_much: Set(String::new()),
            evidence: Set(String::new()),
            contact: Set(None),
            notify_email: Set(None),
            outcome_detail: Set(None),
            purged_at: Set(Some(now)),
            ..Default::default()
        })
        .filter(report::Column::Id.eq(case.id))
        .filter(report::Column::PurgedAt.is_null())
        // Reopened since it was picked: not emptied.
        .filter(report::Column::State.eq(CaseState::Selesai))
        .exec(&txn)
        .await?;
        if emptied.rows_affected == 0 {
            continue;
        }
        // State changes keep their state code (statistics); every written text goes.
        report_event::Entity::update_many()
            .col_expr(report_event::Column::Body, Expr::value(Option::<String>::None))
            .filter(report_event::Column::ReportId.eq(case.id))
            .filter(report_event::Column::Kind.ne(crate::domain::workflow::EventKind::StateChanged))
            .exec(&txn)
            .await?;
        element_override::Entity::update_many()
            .col_expr(element_override::Column::Reason, Expr::value(String::new()))
            .filter(element_override::Column::ReportId.eq(case.id))
            .exec(&txn)
            .await?;
        attachment::Entity::delete_many().filter(attachment::Column::ReportId.eq(case.id)).exec(&txn).await?;
        // Its notices too: what was sent to whom and when is the case's, and goes with it.
        super::outbox::forget_case(&txn, case.id).await?;
        // The letter repeats the closing message; the reporter has had years to print it.
        super::letters::withdraw(&txn, case.id).await?;
        super::audit::record(&txn, None, Some(case.id), "retention_purged", Some(format!("{years} tahun"))).await?;
        txn.commit().await?;
        purged += 1;
    }
    Ok(purged)
}
