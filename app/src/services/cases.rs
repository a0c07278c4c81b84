//! Staff work on a case: assignment, workflow moves, questions to the reporter (closing is
//! in `closing.rs`).
//! Every function checks the actor's role and assignment itself (never trust the UI) and
//! writes its audit event in the same transaction as the change.
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection,
    EntityTrait, QueryFilter, TransactionTrait,
};
use time::OffsetDateTime;

use super::audit;
use super::case_moves::{actor_tag, clean_message, clean_reason, set_state};
use super::reports::{add_event_by, EVENT_BODY};
use super::sealing::Sealer;
use crate::domain::report::{Channel, MAX_TEXT_CHARS};
use crate::access::{workable_case, Permission};
use crate::domain::workflow::{check_transition, CaseState, EventKind};
use crate::entities::{case_assignment, report, staff_account};
use super::sealed;
use crate::errors::AppError;
use crate::model::StaffUser;

/// A supervisor assigns an inspector (or supervisor) to a case.
pub async fn assign(db: &DatabaseConnection, user: &StaffUser, report_id: i32, staff_id: i32) -> Result<(), AppError> {
    if !user.may(Permission::AssignCases) {
        return Err(AppError::Forbidden);
    }
    let txn = db.begin().await?;
    report::Entity::find_by_id(report_id).one(&txn).await?.ok_or(AppError::CaseNotFound)?;
    let staff = staff_account::Entity::find_by_id(staff_id).one(&txn).await?.ok_or(AppError::AssigneeUnavailable)?;
    if !staff.active || !staff.role.may(Permission::WorkAssignedCases) {
        return Err(AppError::AssigneeUnavailable);
    }
    if case_assignment::Entity::find_by_id((report_id, staff_id)).one(&txn).await?.is_none() {
        case_assignment::ActiveModel {
            report_id: Set(report_id),
            staff_id: Set(staff_id),
            assigned_at: Set(OffsetDateTime::now_utc()),
        }
        .insert(&txn)
        .await?;
        audit::record(&txn, Some(user.id), Some(report_id), "assigned", Some(staff.username)).await?;
        let assigned = super::staff_notices::Audience::One(staff_id);
        super::staff_notices::notify(&txn, crate::domain::notice::NoticeKind::Assigned, assigned, report_id, Some(user.id), None, OffsetDateTime::now_utc()).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Moves a case along the workflow (not into clarification or closed: those need a
/// message, see [`ask_reporter`] and [`close`]).
pub async fn move_case(db: &DatabaseConnection, user: &StaffUser, report_id: i32, to: CaseState) -> Result<(), AppError> {
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    let from = case.state;
    if to == CaseState::Klarifikasi || check_transition(from, to).is_err() {
        return Err(AppError::IllegalMove);
    }
    set_state(&txn, user, &case, to, OffsetDateTime::now_utc()).await?;
    txn.commit().await?;
    Ok(())
}

/// Sends questions to the reporter: the case waits in `klarifikasi` until they answer with
/// the receipt (which returns it to `verifikasi`).
pub async fn ask_reporter(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    report_id: i32,
    question: &str,
) -> Result<(), AppError> {
    let question = clean_message(question)?;
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    check_transition(case.state, CaseState::Klarifikasi).map_err(|_| AppError::IllegalMove)?;
    let now = OffsetDateTime::now_utc();
    add_event_by(&txn, case.id, EventKind::Message, &actor_tag(user.id), Some(sealer.seal(EVENT_BODY, &question)?), now).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "message_to_reporter", None).await?;
    set_state(&txn, user, &case, CaseState::Klarifikasi, now).await?;
    super::outbox::notify_reporter(&txn, &case, crate::domain::notice::NoticeKind::QuestionAsked, None, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The ids of the staff assigned to a case.
pub async fn assignees(db: &DatabaseConnection, report_id: i32) -> Result<Vec<i32>, AppError> {
    Ok(case_assignment::Entity::find()
        .filter(case_assignment::Column::ReportId.eq(report_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.staff_id)
        .collect())
}

/// How many cards a column shows at most: the oldest open cases (the most urgent) or the
/// newest closed ones. The column header tells how many there are in all.
pub const BOARD_COLUMN_LIMIT: u64 = 200;

/// The board `user` may see: supervisors every case, inspectors their assigned ones, intake
/// officers what they entered. Filters run in SQL; a fixed number of queries (two per
/// column plus four) whatever the number of cases or cards. Each column shows its first
/// [`BOARD_COLUMN_LIMIT`] cards (and its total).
pub async fn board(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    filter: &crate::model::BoardFilter,
) -> Result<crate::model::Board, AppError> {
    board_with(db, sealer, user, filter, Some(BOARD_COLUMN_LIMIT)).await
}

/// [`board`] with at most `per_column` cards a column, or every card (`None`, the export).
pub(crate) async fn board_with(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    filter: &crate::model::BoardFilter,
    per_column: Option<u64>,
) -> Result<crate::model::Board, AppError> {
    use sea_orm::{PaginatorTrait, QueryOrder, QuerySelect};
    let Some(mut query) = crate::access::visible_cases(user)? else {
        return Ok(crate::model::Board::default());
    };
    let categories = crate::entities::category::Entity::find().all(db).await?;
    if !filter.category.is_empty() {
        let ids: Vec<i32> = categories.iter().filter(|c| c.code == filter.category).map(|c| c.id).collect();
        query = query.filter(report::Column::CategoryId.is_in(ids));
    }
    if let Some(channel) = Channel::from_code(&filter.channel) {
        query = query.filter(report::Column::Channel.eq(channel));
    }
    if let Some(staff_id) = filter.assignee {
        query = query.filter(report::Column::Id.in_subquery(crate::access::assigned_to(staff_id)));
    }
    if let Some(ids) = text_matches(db, sealer, &query, &filter.text).await? {
        query = query.filter(report::Column::Id.is_in(ids));
    }
    let states: Vec<CaseState> = match CaseState::from_code(&filter.state) {
        Some(only) => vec![only],
        None => CaseState::ALL.to_vec(),
    };
    let mut cases = Vec::new();
    let mut totals = Vec::new();
    for state in states {
        let column = query.clone().filter(report::Column::State.eq(state));
        totals.push((state, column.clone().count(db).await?));
        let ordered = if state == CaseState::Selesai {
            column.order_by_desc(report::Column::Id)
        } else {
            column.order_by_asc(report::Column::Id)
        };
        cases.extend(ordered.limit(per_column).all(db).await?);
    }
    let ids: Vec<i32> = cases.iter().map(|c| c.id).collect();
    let assignments = case_assignment::Entity::find()
        .filter(case_assignment::Column::ReportId.is_in(ids.clone()))
        .all(db)
        .await?;
    // The reporter's answer arrived when their latest text follows the latest question.
    let exchanges = crate::entities::report_event::Entity::find()
        .filter(crate::entities::report_event::Column::ReportId.is_in(ids))
        .filter(crate::entities::report_event::Column::Kind.is_in([EventKind::Message, EventKind::InfoAdded]))
        .order_by_asc(crate::entities::report_event::Column::Id)
        .all(db)
        .await?;
    let mut last_exchange: std::collections::HashMap<i32, (bool, bool)> = std::collections::HashMap::new();
    for e in &exchanges {
        let entry = last_exchange.entry(e.report_id).or_insert((false, false));
        if e.kind == EventKind::Message {
            *entry = (true, false);
        } else if entry.0 {
            entry.1 = true;
        }
    }
    let proposed = super::closing::waiting_among(db, cases.iter().map(|c| c.id).collect()).await?;
    let staff_ids: Vec<i32> = assignments.iter().map(|a| a.staff_id).collect();
    let names: std::collections::HashMap<i32, String> = staff_account::Entity::find()
        .filter(staff_account::Column::Id.is_in(staff_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let now = OffsetDateTime::now_utc();
    let calendar = super::deadlines::calendar(db).await?;
    let today = super::deadlines::day_of(now);
    let mut cards = Vec::with_capacity(cases.len());
    for case in cases {
        let due = super::deadlines::due_of(&case, &calendar, today);
        // Deadlines are working-day arithmetic, so this one filter runs here, over the
        // oldest open cases each column loaded: the ones that can be overdue.
        if (filter.overdue && !due.as_ref().is_some_and(|d| d.overdue))
            || (filter.due_soon && !due.as_ref().is_some_and(|d| d.soon))
        {
            continue;
        }
        let category = categories.iter().find(|c| c.id == case.category_id).cloned().ok_or_else(|| AppError::internal("missing"))?;
        cards.push(crate::model::BoardCard {
            due,
            id: case.id,
            case_number: super::display::case_number(case.id, case.created_at),
            category: category.into(),
            state: case.state,
            channel: case.channel,
            received_at: super::display::display_date(case.created_at),
            age_days: i32::try_from((now - case.created_at).whole_days()).unwrap_or(i32::MAX),
            met_count: u8::try_from(case.met_count).unwrap_or(0),
            assignees: assignments
                .iter()
                .filter(|a| a.report_id == case.id)
                .filter_map(|a| names.get(&a.staff_id).cloned())
                .collect(),
            answer_arrived: last_exchange.get(&case.id).is_some_and(|(_, answered)| *answered)
                && case.state != CaseState::Selesai,
            closing_proposed: proposed.contains(&case.id),
        });
    }
    Ok(crate::model::Board { cards, totals })
}

/// Free text matches the case number (`WBS-2026-00042`, `00042` or `42`) or, in any case of
/// letters, the report's "what happened". That text is sealed in the database, so it is
/// opened and searched here, over the cases the other filters and the user's view leave
/// (one query of two columns); `None` when there is no text to search for.
async fn text_matches(
    db: &DatabaseConnection,
    sealer: &Sealer,
    visible: &sea_orm::Select<report::Entity>,
    text: &str,
) -> Result<Option<Vec<i32>>, AppError> {
    use sea_orm::QuerySelect;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let needle = text.to_lowercase();
    let number = text.rsplit('-').next().unwrap_or_default();
    let wanted_id = (!number.is_empty() && number.len() <= 9 && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| number.parse::<i32>().ok())
        .flatten();
    let candidates: Vec<(i32, String)> = visible
        .clone()
        .select_only()
        .column(report::Column::Id)
        .column(report::Column::What)
        .into_tuple()
        .all(db)
        .await?;
    let mut ids = Vec::new();
    for (id, what) in candidates {
        if Some(id) == wanted_id || sealer.open(sealed::REPORT_WHAT, &what)?.to_lowercase().contains(&needle) {
            ids.push(id);
        }
    }
    Ok(Some(ids))
}

/// Staff a supervisor can assign: active inspectors and supervisors.
pub async fn workers(db: &DatabaseConnection, user: &StaffUser) -> Result<Vec<(i32, String)>, AppError> {
    if !user.may(Permission::AssignCases) {
        return Err(AppError::Forbidden);
    }
    Ok(staff_account::Entity::find()
        .filter(staff_account::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|s| s.role.may(Permission::WorkAssignedCases))
        .map(|s| (s.id, s.display_name))
        .collect())
}

/// Opens a case for `user` (an audited view) with everything needed to work it.
pub async fn detail(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    report_id: i32,
) -> Result<crate::model::CaseDetail, AppError> {
    use sea_orm::QueryOrder;
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "viewed", None).await?;
    txn.commit().await?;

    let category = crate::entities::category::Entity::find_by_id(case.category_id).one(db).await?.ok_or_else(|| AppError::internal("missing"))?;
    let events = crate::entities::report_event::Entity::find()
        .filter(crate::entities::report_event::Column::ReportId.eq(case.id))
        .order_by_asc(crate::entities::report_event::Column::Id)
        .all(db)
        .await?;
    let assigned = assignees(db, case.id).await?;
    let staff: std::collections::HashMap<i32, String> = staff_account::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let actor_name = |actor: &str| match actor.strip_prefix("staf:").and_then(|id| id.parse::<i32>().ok()) {
        Some(id) => staff.get(&id).cloned().unwrap_or_else(|| actor.to_owned()),
        None => actor.to_owned(),
    };
    let workers = if user.may(Permission::AssignCases) { workers(db, user).await? } else { Vec::new() };
    let category_code = category.code.clone();
    let mut overrides: Vec<crate::model::ElementOverride> = Vec::new();
    for o in crate::entities::element_override::Entity::find()
        .filter(crate::entities::element_override::Column::ReportId.eq(case.id))
        .order_by_desc(crate::entities::element_override::Column::Id)
        .all(db)
        .await?
    {
        let Some(element) = crate::domain::fivew::Element::ALL.into_iter().find(|e| e.key() == o.element) else {
            continue;
        };
        if overrides.iter().all(|x| x.element != element) {
            overrides.push(crate::model::ElementOverride {
                element,
                met: o.met,
                reason: sealer.open(sealed::OVERRIDE_REASON, &o.reason)?,
                by: staff.get(&o.staff_id).cloned().unwrap_or_default(),
                at: super::display::display_date(o.created_at),
            });
        }
    }
    let attachments = super::evidence::for_staff(db, case.id).await?;
    let due = super::deadlines::due_of(&case, &super::deadlines::calendar(db).await?, super::deadlines::day_of(OffsetDateTime::now_utc()));
    let work_units = super::work_units::list(db).await?.into_iter().filter(|u| u.active || Some(u.id) == case.work_unit_id).collect();
    Ok(crate::model::CaseDetail {
        proposal: super::closing::proposal_of(db, sealer, case.id, &staff).await?,
        may_approve: user.may(Permission::ApproveClosings),
        work_unit: case.work_unit_id,
        work_units,
        attachments,
        due,
        overrides,
        id: case.id,
        case_number: super::display::case_number(case.id, case.created_at),
        state: case.state,
        outcome: case.outcome,
        outcome_detail: case.outcome_detail.clone(),
        category: category.into(),
        channel: case.channel,
        received_at: super::display::display_date(case.created_at),
        verdict: serde_json::from_str(&case.verdict).map_err(|e| AppError::internal(e))?,
        assignees: assigned.iter().filter_map(|id| staff.get(id).cloned()).collect(),
        timeline: events
            .into_iter()
            .map(|e| {
                Ok(crate::model::StaffTimelineEntry {
                    at: super::display::display_date(e.created_at),
                    body: sealer.open_opt(EVENT_BODY, e.body.as_deref())?,
                    kind: e.kind,
                    actor: actor_name(&e.actor),
                })
            })
            .collect::<Result<_, AppError>>()?,
        workers,
        report: crate::domain::report::ReportInput {
            category: category_code,
            what: sealer.open(sealed::REPORT_WHAT, &case.what)?,
            who: sealer.open(sealed::REPORT_WHO, &case.who)?,
            place: sealer.open(sealed::REPORT_PLACE, &case.place)?,
            time: sealer.open(sealed::REPORT_TIME, &case.time)?,
            why: sealer.open(sealed::REPORT_WHY, &case.why)?,
            how: sealer.open(sealed::REPORT_HOW, &case.how)?,
            how_much: sealer.open(sealed::REPORT_HOW_MUCH, &case.how_much)?,
            evidence: sealer.open(sealed::REPORT_EVIDENCE, &case.evidence)?,
            contact: sealer.open_opt(sealed::REPORT_CONTACT, case.contact.as_deref())?.unwrap_or_default(),
        },
    })
}

/// Sets (or clears) the work unit (OPD) a case concerns; audited.
pub async fn set_work_unit(db: &DatabaseConnection, user: &StaffUser, report_id: i32, unit: Option<i32>) -> Result<(), AppError> {
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    let name = match unit {
        Some(id) => {
            let u = crate::entities::work_unit::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::InvalidName)?;
            if !u.active {
                return Err(AppError::InvalidName);
            }
            Some(u.name)
        }
        None => None,
    };
    report::Entity::update(report::ActiveModel { id: Set(case.id), work_unit_id: Set(unit), ..Default::default() }).exec(&txn).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "work_unit_set", name).await?;
    txn.commit().await?;
    Ok(())
}

/// An internal note: staff only, never shown to the reporter.
pub async fn add_note(db: &DatabaseConnection, sealer: &Sealer, user: &StaffUser, report_id: i32, text: &str) -> Result<(), AppError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::NoteRequired);
    }
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    add_event_by(&txn, case.id, EventKind::Note, &actor_tag(user.id), Some(sealer.seal(EVENT_BODY, text)?), OffsetDateTime::now_utc()).await?;
    audit::record(&txn, Some(user.id), Some(case.id), "note", None).await?;
    txn.commit().await?;
    Ok(())
}

/// How and when a report reached the desk: by letter, in person or by phone, on a date.
#[derive(Clone, Copy, Debug)]
pub struct Received<'a> {
    pub channel: crate::domain::report::Channel,
    /// `YYYY-MM-DD`, not in the future.
    pub on: &'a str,
}

/// An intake officer (or supervisor) types in a report that came by letter, walk-in or
/// phone: same form, same checker; the channel, the date received and the officer are kept.
pub async fn enter_report(
    db: &DatabaseConnection,
    hasher: &super::secrets::Hasher,
    user: &StaffUser,
    token: &str,
    received: Received<'_>,
    input: &crate::domain::report::ReportInput,
    evidence: super::reports::Evidence<'_>,
) -> Result<crate::model::Submitted, AppError> {
    let Received { channel, on: received_on } = received;
    if !user.may(Permission::EnterReports) {
        return Err(AppError::Forbidden);
    }
    let today = super::display::display_date(OffsetDateTime::now_utc());
    // The portal is not a channel staff type in from (only a forged form sends it).
    if channel == crate::domain::report::Channel::Portal {
        return Err(AppError::FormExpired);
    }
    if !crate::domain::report::valid_received_on(received_on, &today) {
        return Err(AppError::InvalidReceivedDate);
    }
    let origin = super::reports::Origin {
        channel,
        entered_by: Some(user.id),
        received_on: Some(received_on.to_owned()),
    };
    super::reports::submit_via(db, hasher, token, input, origin, evidence).await
}

/// The inspector's verdict on one element (met / not met) with a short reason; the
/// automatic verdict stays as it was.
pub async fn override_element(
    db: &DatabaseConnection,
    sealer: &Sealer,
    user: &StaffUser,
    report_id: i32,
    element: crate::domain::fivew::Element,
    met: bool,
    reason: &str,
) -> Result<(), AppError> {
    let reason = clean_reason(reason)?;
    let txn = db.begin().await?;
    let case = workable_case(&txn, user, report_id).await?;
    crate::entities::element_override::ActiveModel {
        report_id: Set(case.id),
        element: Set(element.key().to_owned()),
        met: Set(met),
        reason: Set(sealer.seal(sealed::OVERRIDE_REASON, &reason)?),
        staff_id: Set(user.id),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(&txn, Some(user.id), Some(case.id), "element_override", Some(format!("{} = {met}", element.key()))).await?;
    txn.commit().await?;
    Ok(())
}
