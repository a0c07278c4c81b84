//! Staff notices (issue 17): a new report (supervisors), a case assigned to me, the reporter
//! answered, a deadline within two working days, a case overdue. Each staff member chooses per
//! kind: at once (an outbox row in the event's transaction), in the daily digest at their hour
//! (WIB; a digest item now, one message then), or not at all. What is written names the case
//! only; the words are made when the message is sent (`message`), from case numbers and links.
//! Nobody is told what they did themselves.
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use time::OffsetDateTime;

use super::display::case_number;
use crate::access::Permission;
use crate::domain::notice::{staff_notice, DeliveryState, NoticeKind, NoticeMode, StaffPrefs};
use crate::domain::workflow::CaseState;
use crate::entities::{case_assignment, outbox, report, staff_account, staff_digest_item};
use crate::errors::AppError;
use crate::model::StaffUser;

/// An outbox row's recipient: the staff account with this id.
pub const STAFF: &str = "staff";

/// Who is told of an event.
#[derive(Clone, Copy, Debug)]
pub enum Audience {
    /// Every active supervisor.
    Supervisors,
    /// The staff assigned to the case; its supervisors when nobody is.
    Workers,
    /// One account.
    One(i32),
}

/// The choices stored for an account (defaults when none or unreadable).
pub fn prefs_of(account: &staff_account::Model) -> StaffPrefs {
    account.notice_prefs.as_deref().and_then(|p| serde_json::from_str(p).ok()).unwrap_or_default()
}

async fn recipients(db: &impl ConnectionTrait, audience: Audience, case_id: i32) -> Result<Vec<staff_account::Model>, AppError> {
    let active = staff_account::Entity::find().filter(staff_account::Column::Active.eq(true));
    let supervisors = || async {
        Ok::<_, AppError>(active.clone().all(db).await?.into_iter().filter(|a| a.role.may(Permission::SeeAllCases)).collect::<Vec<_>>())
    };
    let all = match audience {
        Audience::Supervisors => supervisors().await?,
        Audience::One(id) => active.clone().filter(staff_account::Column::Id.eq(id)).all(db).await?,
        Audience::Workers => {
            // Assigned is assigned, whether or not the assignees take e-mail: supervisors hear
            // of a case only when nobody works it.
            let assigned = active.clone().filter(staff_account::Column::Id.in_subquery(assignees_of(case_id))).all(db).await?;
            if assigned.is_empty() { supervisors().await? } else { assigned }
        }
    };
    Ok(all.into_iter().filter(|a| a.email.is_some()).collect())
}

/// Whether `account` may still work case `case_id` (a notice queued before an unassignment
/// names no case its recipient can no longer open).
async fn may_work(db: &impl ConnectionTrait, account: &staff_account::Model, case_id: i32) -> Result<bool, AppError> {
    if account.role.may(Permission::SeeAllCases) {
        return Ok(true);
    }
    Ok(account.role.may(Permission::WorkAssignedCases) && case_assignment::Entity::find_by_id((case_id, account.id)).one(db).await?.is_some())
}

fn assignees_of(case_id: i32) -> sea_orm::sea_query::SelectStatement {
    use sea_orm::sea_query::Query;
    Query::select().column(case_assignment::Column::StaffId).from(case_assignment::Entity).and_where(case_assignment::Column::ReportId.eq(case_id)).to_owned()
}

/// Tells `audience` of `kind` about case `case_id`, in the caller's transaction, each as they
/// chose; `actor` (who caused it) is not told. `dedupe` names a notice that must exist once
/// however often it is found (a deadline's, per day).
pub async fn notify(
    txn: &impl ConnectionTrait,
    kind: NoticeKind,
    audience: Audience,
    case_id: i32,
    actor: Option<i32>,
    dedupe: Option<&str>,
    now: OffsetDateTime,
) -> Result<u32, AppError> {
    let mut told = 0;
    for account in recipients(txn, audience, case_id).await? {
        if Some(account.id) == actor {
            continue;
        }
        match prefs_of(&account).mode(kind) {
            NoticeMode::Off => {}
            NoticeMode::Immediate => {
                let key = dedupe.map(|d| format!("{}:{d}:{}", kind.code(), account.id));
                told += u32::from(insert_row(txn, kind, account.id, Some(case_id), key, DeliveryState::Pending, now).await?);
            }
            NoticeMode::Digest => {
                // A deadline's item waits once per day and case, however many instances find
                // it (its key holds the day); an event's item once per event.
                let key = dedupe.map(|d| format!("{}:{d}:{}", kind.code(), account.id));
                let item = staff_digest_item::ActiveModel {
                    staff_id: Set(account.id),
                    kind: Set(kind),
                    case_id: Set(case_id),
                    outbox_id: Set(None),
                    dedupe_key: Set(key),
                    created_at: Set(now),
                    ..Default::default()
                };
                let done = staff_digest_item::Entity::insert(item)
                    .on_conflict_do_nothing_on([staff_digest_item::Column::DedupeKey])
                    .exec_without_returning(txn)
                    .await?;
                told += u32::from(matches!(done, sea_orm::TryInsertResult::Inserted(n) if n > 0));
            }
        }
    }
    Ok(told)
}

/// Writes an outbox row to a staff member; whether it was written (not there already).
async fn insert_row(txn: &impl ConnectionTrait, kind: NoticeKind, staff_id: i32, case_id: Option<i32>, dedupe: Option<String>, state: DeliveryState, now: OffsetDateTime) -> Result<bool, AppError> {
    Ok(outbox::insert_once(txn, outbox::new_row(kind, (STAFF, staff_id), case_id, dedupe, state, now)).await?)
}

/// The deadlines' notices due at `now`: every open case within two working days of its
/// deadline, or past it, to the staff working it (idempotent: once per case, kind and day,
/// however many instances run it how often).
pub async fn queue_deadlines(db: &DatabaseConnection, now: OffsetDateTime) -> Result<u32, AppError> {
    let open = report::Entity::find().filter(report::Column::State.ne(CaseState::Selesai)).all(db).await?;
    let calendar = super::deadlines::calendar(db).await?;
    let today = super::deadlines::day_of(now);
    let day = crate::domain::deadline::format_day(today);
    let mut told = 0;
    for case in open {
        let Some(due) = super::deadlines::due_of(&case, &calendar, today) else { continue };
        let kind = if due.overdue {
            NoticeKind::Overdue
        } else if due.soon {
            NoticeKind::DueSoon
        } else {
            continue;
        };
        told += notify(db, kind, Audience::Workers, case.id, None, Some(&format!("{}:{day}", case.id)), now).await?;
    }
    Ok(told)
}

/// Each staff member's digest, once a day from their hour (WIB) on: one message listing what
/// waited for it. A day with nothing waiting is marked done all the same (a dropped row), so a
/// case arriving in the afternoon waits for the next morning's digest.
pub async fn queue_digests(db: &DatabaseConnection, now: OffsetDateTime) -> Result<u32, AppError> {
    let local = now.to_offset(super::display::wib());
    let day = crate::domain::deadline::format_day(local.date());
    let accounts = staff_account::Entity::find().filter(staff_account::Column::Active.eq(true)).filter(staff_account::Column::Email.is_not_null()).all(db).await?;
    let mut queued = 0;
    for account in accounts {
        if local.hour() < prefs_of(&account).digest_hour {
            continue;
        }
        let key = format!("digest:{}:{day}", account.id);
        if outbox::Entity::find().filter(outbox::Column::DedupeKey.eq(key.as_str())).one(db).await?.is_some() {
            continue;
        }
        let txn = db.begin().await?;
        let waiting = staff_digest_item::Entity::find()
            .filter(staff_digest_item::Column::StaffId.eq(account.id))
            .filter(staff_digest_item::Column::OutboxId.is_null())
            .all(&txn)
            .await?;
        let state = if waiting.is_empty() { DeliveryState::Dropped } else { DeliveryState::Pending };
        // Another instance wrote this day's digest first: it took what waited.
        if !insert_row(&txn, NoticeKind::Digest, account.id, None, Some(key.clone()), state, now).await? {
            continue;
        }
        let Some(row) = outbox::Entity::find().filter(outbox::Column::DedupeKey.eq(key.as_str())).one(&txn).await? else {
            continue;
        };
        staff_digest_item::Entity::update_many()
            .col_expr(staff_digest_item::Column::OutboxId, Expr::value(row.id))
            .filter(staff_digest_item::Column::Id.is_in(waiting.iter().map(|w| w.id)))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        queued += u32::from(!waiting.is_empty());
    }
    Ok(queued)
}

/// The address and words of a staff row, made now: `None` when the account has no address
/// any more or was deactivated (the row is dropped).
pub async fn message(db: &DatabaseConnection, row: &outbox::Model, inspectorate: &str, site: &str) -> Result<Option<(String, String, String)>, AppError> {
    let Some(account) = staff_account::Entity::find_by_id(row.recipient_id).one(db).await? else { return Ok(None) };
    let Some(address) = account.email.clone().filter(|_| account.active) else { return Ok(None) };
    let cases: Vec<(NoticeKind, i32)> = if row.kind == NoticeKind::Digest {
        staff_digest_item::Entity::find()
            .filter(staff_digest_item::Column::OutboxId.eq(row.id))
            .order_by_asc(staff_digest_item::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|i| (i.kind, i.case_id))
            .collect()
    } else {
        row.case_id.map(|c| vec![(row.kind, c)]).unwrap_or_default()
    };
    // A digest names a case's deadline once, as it stands at the latest (an item of yesterday
    // may say "due soon" of a case overdue today).
    let mut cases = cases;
    let deadline = |k: NoticeKind| matches!(k, NoticeKind::DueSoon | NoticeKind::Overdue);
    let mut seen = std::collections::HashSet::new();
    cases.reverse();
    cases.retain(|(k, id)| !deadline(*k) || seen.insert(*id));
    cases.reverse();
    let mut items = Vec::with_capacity(cases.len());
    for (kind, id) in cases {
        // A case gone since, a deadline's case closed since, or one the recipient no longer
        // works: left out.
        let case = report::Entity::find_by_id(id).one(db).await?;
        let settled = |c: &report::Model| deadline(kind) && c.state == CaseState::Selesai;
        let Some(case) = case.filter(|c| !settled(c)) else { continue };
        if may_work(db, &account, case.id).await? {
            items.push((kind, case_number(case.id, case.created_at), format!("{}/staf/kasus/{}", site.trim_end_matches('/'), case.id)));
        }
    }
    if items.is_empty() {
        return Ok(None);
    }
    let (subject, body) = staff_notice(row.kind, inspectorate, &items);
    Ok(Some((address, subject, body)))
}

/// A staff member's address and choices, as the staff page shows them.
pub async fn own(db: &DatabaseConnection, user: &StaffUser) -> Result<crate::model::NoticeSettings, AppError> {
    let account = staff_account::Entity::find_by_id(user.id).one(db).await?.ok_or(AppError::NotSignedIn)?;
    Ok(crate::model::NoticeSettings { email: account.email.clone().unwrap_or_default(), prefs: prefs_of(&account) })
}

/// Saves a staff member's own address and choices (an empty address: no e-mail at all).
pub async fn save_own(db: &DatabaseConnection, user: &StaffUser, settings: &crate::model::NoticeSettings) -> Result<(), AppError> {
    let email = valid_email(&settings.email)?;
    if !settings.prefs.valid() {
        return Err(AppError::InvalidNoticePrefs);
    }
    let prefs = serde_json::to_string(&settings.prefs).map_err(|e| AppError::internal(e))?;
    let txn = db.begin().await?;
    staff_account::ActiveModel { id: Set(user.id), email: Set(email), notice_prefs: Set(Some(prefs)), ..Default::default() }.update(&txn).await?;
    super::audit::record(&txn, Some(user.id), None, "notice_settings_changed", None).await?;
    txn.commit().await?;
    Ok(())
}

/// An administrator sets a staff member's address (audited).
pub async fn set_email(db: &DatabaseConnection, admin: &StaffUser, staff_id: i32, email: &str) -> Result<(), AppError> {
    admin.require(Permission::ManageAccounts)?;
    let email = valid_email(email)?;
    let txn = db.begin().await?;
    let updated = staff_account::Entity::update_many()
        .col_expr(staff_account::Column::Email, Expr::value(email))
        .filter(staff_account::Column::Id.eq(staff_id))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(AppError::AccountNotFound);
    }
    super::audit::record(&txn, Some(admin.id), None, "staff_email_set", Some(staff_id.to_string())).await?;
    txn.commit().await?;
    Ok(())
}

fn valid_email(text: &str) -> Result<Option<String>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    super::mail::valid_address(text).map(Some).ok_or(AppError::InvalidStaffEmail)
}
