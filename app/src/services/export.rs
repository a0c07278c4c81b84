//! The board as CSV for supervisors: what the board shows of each case (number, dates,
//! state, category, channel, work unit, completeness, assignees, deadline), never the
//! reporter's contact, the report's text or a file; and the satisfaction index by month.
//! Every export is audited.
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, TransactionTrait};

use super::sealing::Sealer;
use crate::access::Permission;
use crate::entities::{report, work_unit};
use crate::errors::AppError;
use crate::i18n::{deadline_name, staff_state_name, Lang, Msg};
use crate::model::{BoardFilter, StaffUser};

/// A spreadsheet would run a cell starting with these as a formula: prefix them with `'`.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

pub async fn board_csv(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    filter: &BoardFilter,
    lang: Lang,
) -> Result<String, AppError> {
    user.require(Permission::SeeAllCases)?;
    // Every case the filter finds: the board's 200 cards per column are a view's limit, and
    // an export that stopped there said nothing of the rows it left out.
    let board = super::cases::board_with(db, sealer, user, filter, None).await?;
    let units = work_unit::Entity::find().all(db).await?;
    let ids: Vec<i32> = board.cards.iter().map(|c| c.id).collect();
    let unit_ids: std::collections::HashMap<i32, Option<i32>> = report::Entity::find()
        .select_only()
        .columns([report::Column::Id, report::Column::WorkUnitId])
        .filter(report::Column::Id.is_in(ids))
        .into_tuple::<(i32, Option<i32>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let unit_of = |id: i32| {
        unit_ids.get(&id).copied().flatten().and_then(|u| units.iter().find(|x| x.id == u)).map(|u| u.name.clone()).unwrap_or_default()
    };
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        Msg::CsvCase, Msg::CsvReceived, Msg::CsvState, Msg::CsvCategory, Msg::CsvChannel, Msg::CsvWorkUnit,
        Msg::CsvMet, Msg::CsvAssignees, Msg::CsvDeadline, Msg::CsvDue, Msg::CsvOverdue,
    ];
    out.write_record(header.map(|m| m.t(lang))).map_err(|e| AppError::internal(e))?;
    for card in &board.cards {
        let category = if lang == Lang::En { &card.category.name_en } else { &card.category.name_id };
        let due = card.due.as_ref();
        let record = [
            card.case_number.clone(),
            card.received_at.clone(),
            staff_state_name(card.state, lang).to_owned(),
            category.clone(),
            crate::i18n::channel_name(card.channel, lang).to_owned(),
            unit_of(card.id),
            format!("{}/7", card.met_count),
            card.assignees.join("; "),
            due.map(|d| deadline_name(d.kind, lang).to_owned()).unwrap_or_default(),
            due.map(|d| d.date.clone()).unwrap_or_default(),
            if due.is_some_and(|d| d.overdue) { Msg::Yes.t(lang) } else { Msg::No.t(lang) }.to_owned(),
        ];
        out.write_record(record.iter().map(|v| cell(v))).map_err(|e| AppError::internal(e))?;
    }
    let bytes = out.into_inner().map_err(|e| AppError::internal(e))?;
    let txn = db.begin().await?;
    super::audit::record(&txn, Some(user.id), None, "board_exported", Some(format!("{} kasus", board.cards.len()))).await?;
    txn.commit().await?;
    String::from_utf8(bytes).map_err(|e| AppError::internal(e))
}

/// The satisfaction index of the months `from..=to` (`2026-01`; empty for no bound) as CSV,
/// for supervisors: one row per month and one for the whole period, each with its number of
/// ratings, every element's value, the IKM and its grade. No comment (a comment may name
/// someone) and nothing that leads to a case. Audited.
pub async fn survey_csv(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, from: &str, to: &str, lang: Lang) -> Result<String, AppError> {
    use crate::domain::survey::{format_index, ELEMENTS};
    user.require(Permission::SeeAllCases)?;
    let summary = super::survey::summary(db, sealer, from, to, 0).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header = vec![Msg::CsvMonth.t(lang).to_owned(), Msg::CsvRatings.t(lang).to_owned()];
    header.extend((0..ELEMENTS).map(|i| format!("U{} {}", i + 1, crate::i18n::survey_element(i, lang))));
    header.extend([Msg::CsvIkm.t(lang).to_owned(), Msg::IkmGrade.t(lang).to_owned()]);
    out.write_record(&header).map_err(|e| AppError::internal(e))?;
    let comma = lang == Lang::Id;
    let total = summary.index.map(|i| (Msg::CsvWholePeriod.t(lang).to_owned(), i));
    for (label, index) in summary.months.into_iter().chain(total) {
        let mut record = vec![label, index.responses.to_string()];
        record.extend(index.elements.iter().map(|v| format_index(*v, comma)));
        record.extend([format_index(index.value, comma), index.grade.letter().to_owned()]);
        out.write_record(record.iter().map(|v| cell(v))).map_err(|e| AppError::internal(e))?;
    }
    let bytes = out.into_inner().map_err(|e| AppError::internal(e))?;
    let txn = db.begin().await?;
    super::audit::record(&txn, Some(user.id), None, "survey_exported", Some(format!("{from}..{to}"))).await?;
    txn.commit().await?;
    String::from_utf8(bytes).map_err(|e| AppError::internal(e))
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_defused() {
        assert_eq!(super::cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(super::cell("+62 812"), "'+62 812");
        assert_eq!(super::cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::cell("Dinas PU"), "Dinas PU");
    }
}
