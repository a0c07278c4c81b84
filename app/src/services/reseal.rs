//! Key rotation: seals every report text, timeline text and evidence file under the current data key
//! (values under a previous key, or written before sealing existed). Run by
//! `lentera admin reseal` after a new `LENTERA_DATA_KEY` is set with the old one in
//! `LENTERA_DATA_KEY_PREVIOUS`; afterwards the old key can be retired.
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use super::reports::EVENT_BODY;
use super::sealing::Sealer;
use super::evidence::CONTENT;
use crate::entities::{attachment, report, report_event};
use crate::errors::AppError;

const BATCH: u64 = 200;
const FILE_BATCH: u64 = 10;

/// The value sealed under the current key, or `None` when it already is.
fn resealed(sealer: &Sealer, column: &str, stored: &str) -> Result<Option<String>, AppError> {
    if sealer.is_current(stored) {
        return Ok(None);
    }
    sealer.seal(column, &sealer.open(column, stored)?).map(Some)
}

/// Reseals everything, a batch per transaction; returns how many values changed.
pub async fn reseal_all(db: &DatabaseConnection, sealer: &Sealer) -> Result<u64, AppError> {
    let mut changed = 0u64;
    let mut after = 0;
    loop {
        let batch = report::Entity::find()
            .filter(report::Column::Id.gt(after))
            .order_by_asc(report::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        let txn = db.begin().await?;
        for r in batch {
            let mut row = report::ActiveModel { id: Set(r.id), ..Default::default() };
            let mut any = false;
            macro_rules! column {
                ($field:ident, $name:literal) => {
                    if let Some(v) = resealed(sealer, $name, &r.$field)? {
                        row.$field = Set(v);
                        any = true;
                        changed += 1;
                    }
                };
            }
            column!(what, "report.what");
            column!(who, "report.who");
            column!(place, "report.place");
            column!(time, "report.time");
            column!(why, "report.why");
            column!(how, "report.how");
            column!(how_much, "report.how_much");
            column!(evidence, "report.evidence");
            if let Some(contact) = &r.contact {
                if let Some(v) = resealed(sealer, "report.contact", contact)? {
                    row.contact = Set(Some(v));
                    any = true;
                    changed += 1;
                }
            }
            if any {
                row.update(&txn).await?;
            }
        }
        txn.commit().await?;
    }
    let mut after = 0;
    loop {
        let batch = report_event::Entity::find()
            .filter(report_event::Column::Id.gt(after))
            .filter(report_event::Column::Kind.is_in(["info_added", "message", "note"]))
            .order_by_asc(report_event::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        let txn = db.begin().await?;
        for e in batch {
            if let Some(v) = e.body.as_deref().map(|b| resealed(sealer, EVENT_BODY, b)).transpose()?.flatten() {
                report_event::ActiveModel { id: Set(e.id), body: Set(Some(v)), ..Default::default() }.update(&txn).await?;
                changed += 1;
            }
        }
        txn.commit().await?;
    }
    // Files are large: a few per transaction.
    let mut after = 0;
    loop {
        let batch = attachment::Entity::find()
            .filter(attachment::Column::Id.gt(after))
            .order_by_asc(attachment::Column::Id)
            .limit(FILE_BATCH)
            .all(db)
            .await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        let txn = db.begin().await?;
        for file in batch.into_iter().filter(|f| !sealer.is_current_bytes(&f.content)) {
            let content = sealer.seal_bytes(CONTENT, &sealer.open_bytes(CONTENT, &file.content)?)?;
            attachment::ActiveModel { id: Set(file.id), content: Set(content), ..Default::default() }.update(&txn).await?;
            changed += 1;
        }
        txn.commit().await?;
    }
    Ok(changed)
}
