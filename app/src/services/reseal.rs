//! Key rotation: seals every value of every sealed column ([`super::sealed::SEALED`]) under
//! the current data key (values under a previous key, or written before sealing existed).
//! Run by `lentera admin reseal` after a new `LENTERA_DATA_KEY` is set with the old one in
//! `LENTERA_DATA_KEY_PREVIOUS`; afterwards the old key can be retired.
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait, Value};

use super::sealed::{Form, SealedColumn, SEALED};
use super::sealing::Sealer;
use crate::errors::AppError;

const BATCH: u64 = 200;
/// Files are large: a few per transaction.
const FILE_BATCH: u64 = 10;

/// Reseals everything, a batch per transaction; returns how many values changed.
pub async fn reseal_all(db: &DatabaseConnection, sealer: &Sealer) -> Result<u64, AppError> {
    let mut changed = 0;
    for column in SEALED {
        changed += reseal_column(db, sealer, column).await?;
    }
    Ok(changed)
}

/// The value sealed under the current key, or `None` when it already is.
fn resealed(sealer: &Sealer, c: &SealedColumn, row: &sea_orm::QueryResult) -> Result<Option<Value>, AppError> {
    Ok(match c.form {
        Form::Text => {
            let stored: String = row.try_get("", c.column)?;
            if sealer.is_current(&stored) {
                return Ok(None);
            }
            Some(sealer.seal(c.context, &sealer.open(c.context, &stored)?)?.into())
        }
        Form::Bytes => {
            let stored: Vec<u8> = row.try_get("", c.column)?;
            if sealer.is_current_bytes(&stored) {
                return Ok(None);
            }
            Some(sealer.seal_bytes(c.context, &sealer.open_bytes(c.context, &stored)?)?.into())
        }
    })
}

async fn reseal_column(db: &DatabaseConnection, sealer: &Sealer, c: &SealedColumn) -> Result<u64, AppError> {
    let (id, column) = (Alias::new("id"), Alias::new(c.column));
    let batch = if c.form == Form::Bytes { FILE_BATCH } else { BATCH };
    let (mut changed, mut after) = (0u64, 0i32);
    loop {
        let mut select = Query::select();
        select
            .columns([id.clone(), column.clone()])
            .from(Alias::new(c.table))
            .and_where(Expr::col(id.clone()).gt(after))
            .and_where(Expr::col(column.clone()).is_not_null())
            .order_by(id.clone(), Order::Asc)
            .limit(batch);
        if let Some((filter, values)) = c.only_where {
            select.and_where(Expr::col(Alias::new(filter)).is_in(values.iter().copied()));
        }
        let rows = db.query_all(&select).await?;
        if rows.is_empty() {
            return Ok(changed);
        }
        let txn = db.begin().await?;
        for row in rows {
            after = row.try_get("", "id")?;
            if let Some(value) = resealed(sealer, c, &row)? {
                let mut update = Query::update();
                update.table(Alias::new(c.table)).value(column.clone(), value).and_where(Expr::col(id.clone()).eq(after));
                txn.execute(&update).await?;
                changed += 1;
            }
        }
        txn.commit().await?;
    }
}
