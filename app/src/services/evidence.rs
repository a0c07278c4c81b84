//! Evidence files: received one at a time (cleaned of metadata, sealed, waiting under a
//! one-time key), joined to a report when the report or the reporter's addition is sent,
//! listed for the case, and downloaded by staff who may work the case.
//!
//! Uploading before sending lets the phone show each file's progress and keeps the typed
//! report on the page whatever happens to a file; the report itself stays one small request.
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use tokio::sync::Semaphore;

use super::sealing::Sealer;
use super::scrub::{scrub, ScrubError};
use crate::domain::evidence::{AttachmentInfo, EvidenceKind, EvidenceLimits};
use crate::entities::attachment;
use crate::errors::AppError;
use crate::model::{AttachedFile, StaffUser, UploadedFile};

/// The sealing context of file contents.
pub use super::sealed::ATTACHMENT_CONTENT as CONTENT;
/// How long an upload waits for its report.
const WAITING_HOURS: i64 = 24;

/// A file's size in bytes, as the limits count it.
fn byte_len(bytes: &[u8]) -> u64 {
    u64::try_from(bytes.len()).unwrap_or(u64::MAX)
}

/// Cleaning a file takes memory in proportion to its pixels (`scrub::cost_mib`): the
/// clean-ups running at once share this many MiB, off the async runtime. A 12 MP photo
/// (92 MiB) runs alone; small scans and PDFs run side by side.
const CLEANING_BUDGET_MIB: u32 = 96;
// A `static` needs a constant expression, where `usize::try_from` cannot run; 96 fits.
#[allow(clippy::as_conversions)]
static CLEANERS: Semaphore = Semaphore::const_new(CLEANING_BUDGET_MIB as usize);

impl From<ScrubError> for AppError {
    fn from(e: ScrubError) -> Self {
        match e {
            ScrubError::Unsupported => AppError::EvidenceUnsupported,
            ScrubError::Unreadable => AppError::EvidenceUnreadable,
            ScrubError::TooComplex => AppError::EvidenceTooComplex,
        }
    }
}

fn digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Receives one file: checks its size and kind, removes its metadata, seals it and keeps it
/// waiting for its report. `from_reporter` is false for an intake officer's scan.
pub async fn upload(
    db: &DatabaseConnection,
    sealer: &Sealer,
    limits: &EvidenceLimits,
    bytes: Vec<u8>,
    from_reporter: bool,
) -> Result<UploadedFile, AppError> {
    if byte_len(&bytes) > limits.file_bytes {
        return Err(AppError::EvidenceTooLarge { limit_mb: limits.file_mb() });
    }
    let (kind, clean) = {
        let cost = super::scrub::cost_mib(&bytes).min(CLEANING_BUDGET_MIB);
        let permit = CLEANERS.acquire_many(cost).await.map_err(|e| AppError::internal(e))?;
        super::blocking::spawn_holding(permit, move || scrub(&bytes)).await.map_err(|e| AppError::internal(e))??
    };
    // Cleaning writes a file afresh (a PDF's object streams unpacked, a photo encoded
    // again): what is stored keeps to the same limit as what was sent.
    if byte_len(&clean) > limits.file_bytes {
        return Err(AppError::EvidenceTooLarge { limit_mb: limits.file_mb() });
    }
    let mut key_bytes = [0u8; 32];
    super::random::random_bytes(&mut key_bytes)?;
    let key = hex::encode(key_bytes);
    let now = OffsetDateTime::now_utc();
    purge_waiting(db, now).await?;
    let size_bytes = byte_len(&clean);
    attachment::ActiveModel {
        report_id: Set(None),
        upload_key: Set(Some(digest(&key))),
        kind: Set(kind.code().to_owned()),
        size_bytes: Set(i64::try_from(size_bytes).map_err(|e| AppError::internal(e))?),
        content: Set(sealer.seal_bytes(CONTENT, &clean)?),
        from_reporter: Set(from_reporter),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(UploadedFile { key, kind, size_bytes })
}

/// Deletes uploads that waited more than a day for a report that never came.
pub async fn purge_waiting(db: &impl ConnectionTrait, now: OffsetDateTime) -> Result<u64, AppError> {
    let res = attachment::Entity::delete_many()
        .filter(attachment::Column::ReportId.is_null())
        .filter(attachment::Column::CreatedAt.lt(now - Duration::hours(WAITING_HOURS)))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// The waiting uploads behind `keys`, checked against the report's limits (counting what
/// `report_id` already has). Call before the report's transaction, for a clear error.
pub async fn check_waiting(
    db: &impl ConnectionTrait,
    keys: &[String],
    report_id: Option<i32>,
    limits: &EvidenceLimits,
) -> Result<Vec<i32>, AppError> {
    let mut digests: Vec<String> = keys.iter().map(|k| digest(k.trim())).collect();
    digests.sort();
    digests.dedup();
    if digests.is_empty() {
        return Ok(Vec::new());
    }
    if digests.len() > limits.files_per_report {
        return Err(full(limits));
    }
    let waiting: Vec<(i32, i64)> = attachment::Entity::find()
        .select_only()
        .columns([attachment::Column::Id, attachment::Column::SizeBytes])
        .filter(attachment::Column::UploadKey.is_in(digests.clone()))
        .filter(attachment::Column::ReportId.is_null())
        .into_tuple()
        .all(db)
        .await?;
    if waiting.len() != digests.len() {
        return Err(AppError::EvidenceExpired);
    }
    let (mut count, mut bytes) = (waiting.len(), waiting.iter().map(|w| w.1).sum::<i64>());
    if let Some(id) = report_id {
        let had: Vec<i64> = attachment::Entity::find()
            .select_only()
            .column(attachment::Column::SizeBytes)
            .filter(attachment::Column::ReportId.eq(id))
            .into_tuple()
            .all(db)
            .await?;
        count += had.len();
        bytes += had.iter().sum::<i64>();
    }
    if count > limits.files_per_report || u64::try_from(bytes).unwrap_or(u64::MAX) > limits.report_bytes {
        return Err(full(limits));
    }
    Ok(waiting.into_iter().map(|w| w.0).collect())
}

fn full(limits: &EvidenceLimits) -> AppError {
    AppError::EvidenceReportFull { limit_mb: limits.report_mb(), limit_files: limits.files_per_report }
}

/// Joins checked uploads to their report, inside the report's transaction. Fails (and so
/// rolls the report back) when another request took one of them in the meantime.
pub(crate) async fn join(db: &impl ConnectionTrait, report_id: i32, ids: &[i32]) -> Result<(), sea_orm::DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    let res = attachment::Entity::update_many()
        .col_expr(attachment::Column::ReportId, sea_orm::sea_query::Expr::value(report_id))
        .col_expr(attachment::Column::UploadKey, sea_orm::sea_query::Expr::value(Option::<String>::None))
        .filter(attachment::Column::Id.is_in(ids.to_vec()))
        .filter(attachment::Column::ReportId.is_null())
        .exec(db)
        .await?;
    if usize::try_from(res.rows_affected).ok() != Some(ids.len()) {
        return Err(sea_orm::DbErr::Custom("evidence joined by another request".into()));
    }
    Ok(())
}

type Row = (i32, String, i64, bool, OffsetDateTime);

/// The case's files, oldest first, without their contents.
async fn rows(db: &impl ConnectionTrait, report_id: i32) -> Result<Vec<Row>, AppError> {
    Ok(attachment::Entity::find()
        .select_only()
        .columns([
            attachment::Column::Id,
            attachment::Column::Kind,
            attachment::Column::SizeBytes,
            attachment::Column::FromReporter,
            attachment::Column::CreatedAt,
        ])
        .filter(attachment::Column::ReportId.eq(report_id))
        .order_by_asc(attachment::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// What staff see in the case's evidence list.
pub async fn for_staff(db: &impl ConnectionTrait, report_id: i32) -> Result<Vec<AttachmentInfo>, AppError> {
    Ok(rows(db, report_id)
        .await?
        .into_iter()
        .filter_map(|(id, kind, size, from_reporter, at)| {
            Some(AttachmentInfo {
                id,
                kind: EvidenceKind::from_code(&kind)?,
                size_bytes: u64::try_from(size).ok()?,
                at: super::display::display_time(at),
                from_reporter,
            })
        })
        .collect())
}

/// What the reporter sees: that their files arrived, not their contents.
pub async fn for_reporter(db: &impl ConnectionTrait, report_id: i32) -> Result<Vec<AttachedFile>, AppError> {
    Ok(rows(db, report_id)
        .await?
        .into_iter()
        .filter_map(|(_, kind, size, _, at)| {
            Some(AttachedFile {
                kind: EvidenceKind::from_code(&kind)?,
                size_bytes: u64::try_from(size).ok()?,
                at: super::display::display_time(at),
            })
        })
        .collect())
}

/// A file to download: its kind, its download name and its (metadata-free) content.
#[derive(Debug)]
pub struct Download {
    pub kind: EvidenceKind,
    pub file_name: String,
    pub content: Vec<u8>,
}

/// The file, for staff who may work its case (anyone else: "not found", as for cases).
/// Each download is audited.
pub async fn download(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, id: i32) -> Result<Download, AppError> {
    use sea_orm::TransactionTrait;
    let Some(file) = attachment::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::CaseNotFound);
    };
    let Some(report_id) = file.report_id else { return Err(AppError::CaseNotFound) };
    let txn = db.begin().await?;
    let case = crate::access::workable_case(&txn, user, report_id).await?;
    super::audit::record(&txn, Some(user.id), Some(case.id), "evidence_downloaded", Some(id.to_string())).await?;
    txn.commit().await?;
    let kind = EvidenceKind::from_code(&file.kind).ok_or_else(|| AppError::internal("missing"))?;
    let info = AttachmentInfo { id, kind, size_bytes: 0, at: String::new(), from_reporter: file.from_reporter };
    Ok(Download {
        kind,
        file_name: info.file_name(&super::display::case_number(case.id, case.created_at)),
        content: sealer.open_bytes(CONTENT, &file.content)?,
    })
}
