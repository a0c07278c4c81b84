//! Numbers for supervisors (the dashboard) and for the public (the transparency page), from
//! the statistical columns only: state, category, work unit, channel, outcome and dates.
//! No sealed text is opened here.
use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use time::{Date, Month, OffsetDateTime, Time};

use super::deadlines::{calendar, day_of, due_of};
use crate::domain::deadline::Calendar;
use crate::domain::report::Channel;
use crate::access::Permission;
use crate::domain::stats::{public_count, public_rows, PublicRow, Spread, PUBLIC_MIN_COUNT};
use crate::domain::workflow::{CaseState, EventKind, Outcome};
use crate::entities::{category, report, report_event, work_unit};
use crate::errors::AppError;
use crate::i18n::Lang;
use crate::model::{Dashboard, MonthCount, PublicStats, StaffUser};

/// The cases received in a period of days (Western Indonesian Time), both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// The twelve months up to and including `today`'s month.
    pub fn last_twelve_months(today: Date) -> Self {
        let (mut year, mut month) = (today.year(), today.month());
        for _ in 0..11 {
            month = month.previous();
            if month == Month::December {
                year -= 1;
            }
        }
        let from = Date::from_calendar_date(year, month, 1).unwrap_or(today);
        Self { from, to: today }
    }

    /// A period from two `YYYY-MM-DD` texts; `None` when unreadable, reversed, or longer
    /// than ten years.
    pub fn parse(from: &str, to: &str) -> Option<Self> {
        let (from, to) = (crate::domain::deadline::parse_day(from)?, crate::domain::deadline::parse_day(to)?);
        (from <= to && (to - from).whole_days() <= 3660).then_some(Self { from, to })
    }

    fn bounds(&self) -> (OffsetDateTime, OffsetDateTime) {
        let wib = super::display::wib();
        let start = self.from.with_time(Time::MIDNIGHT).assume_offset(wib);
        let end = self.to.next_day().unwrap_or(self.to).with_time(Time::MIDNIGHT).assume_offset(wib);
        (start, end)
    }

    /// Every month the period touches, `2026-01` …
    fn months(&self) -> Vec<String> {
        let mut out = Vec::new();
        let (mut y, mut m) = (self.from.year(), self.from.month());
        loop {
            out.push(format!("{y}-{:02}", u8::from(m)));
            if (y, u8::from(m)) >= (self.to.year(), u8::from(self.to.month())) || out.len() > 130 {
                return out;
            }
            m = m.next();
            if m == Month::January {
                y += 1;
            }
        }
    }
}

fn month_of(t: OffsetDateTime) -> String {
    let d = day_of(t);
    format!("{}-{:02}", d.year(), u8::from(d.month()))
}

/// What each case of the period contributes.
struct Facts {
    cases: Vec<report::Model>,
    /// Report id → when verification ended.
    verified_at: BTreeMap<i32, OffsetDateTime>,
    calendar: Calendar,
}

/// The cases received from `start` to `end` with their statistical columns only: every
/// sealed column (per the registry), the receipt hash and the verdict are read as empty
/// text. `/statistik` is anonymous and runs this for a year of reports on each visit.
fn statistical_cases(start: OffsetDateTime, end: OffsetDateTime) -> sea_orm::Select<report::Entity> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{IdenStatic, Iterable, QuerySelect};
    let mut query = report::Entity::find().select_only();
    for column in report::Column::iter() {
        let name = column.as_str();
        let text = super::sealed::is_sealed("report", name) || matches!(name, "receipt_hash" | "verdict");
        query = if text { query.column_as(Expr::value(""), name) } else { query.column(column) };
    }
    query
        .filter(report::Column::CreatedAt.gte(start))
        .filter(report::Column::CreatedAt.lt(end))
        .order_by_asc(report::Column::Id)
}

async fn facts(db: &impl ConnectionTrait, period: Period) -> Result<Facts, AppError> {
    let (start, end) = period.bounds();
    let cases = statistical_cases(start, end).into_model::<report::Model>().all(db).await?;
    // The first move out of verification and clarification ends verification.
    let done = [CaseState::Telaah, CaseState::Pemeriksaan, CaseState::Selesai].map(CaseState::code);
    let moves = report_event::Entity::find()
        .filter(report_event::Column::Kind.eq(EventKind::StateChanged))
        .filter(report_event::Column::CreatedAt.gte(start))
        .filter(report_event::Column::Body.is_in(done))
        .order_by_asc(report_event::Column::Id)
        .all(db)
        .await?;
    let mut verified_at = BTreeMap::new();
    for m in moves {
        verified_at.entry(m.report_id).or_insert(m.created_at);
    }
    Ok(Facts { cases, verified_at, calendar: calendar(db).await? })
}

fn days_between(from: OffsetDateTime, to: OffsetDateTime) -> u32 {
    u32::try_from((day_of(to) - day_of(from)).whole_days()).unwrap_or(0)
}

impl Facts {
    fn closed(&self) -> impl Iterator<Item = &report::Model> {
        self.cases.iter().filter(|c| c.state == CaseState::Selesai)
    }

    fn closed_at(c: &report::Model) -> OffsetDateTime {
        c.state_since.unwrap_or(c.updated_at)
    }

    /// Received and closed cases in each month of `period`.
    fn per_month(&self, period: Period) -> Vec<MonthCount> {
        let received = self.count_by(|c| month_of(c.created_at));
        let mut closed: BTreeMap<String, u32> = BTreeMap::new();
        for c in self.closed() {
            *closed.entry(month_of(Self::closed_at(c))).or_insert(0) += 1;
        }
        period
            .months()
            .into_iter()
            .map(|m| MonthCount { received: received.get(&m).copied().unwrap_or(0), closed: closed.get(&m).copied().unwrap_or(0), month: m })
            .collect()
    }

    fn days_to_close(&self) -> Vec<u32> {
        self.closed().map(|c| days_between(c.created_at, Self::closed_at(c))).collect()
    }

    /// Closed within verification plus resolution time, in working days, the paused days
    /// (waiting for the reporter) not counted.
    fn closed_in_time_pct(&self) -> Option<u8> {
        let rules = &self.calendar.rules;
        let closed: Vec<bool> = self
            .closed()
            .map(|c| {
                let clock = super::deadlines::clock_of(c);
                let took = self.calendar.working_days_between(clock.received, day_of(Self::closed_at(c)));
                let allowed = rules.verification_days + rules.resolution_days + u16::try_from(c.paused_days).unwrap_or(0);
                took <= allowed
            })
            .collect();
        if closed.is_empty() {
            return None;
        }
        let in_time = closed.iter().filter(|ok| **ok).count();
        u8::try_from(in_time * 100 / closed.len()).ok()
    }

    fn count_by<K: Ord + Clone>(&self, key: impl Fn(&report::Model) -> K) -> BTreeMap<K, u32> {
        let mut m = BTreeMap::new();
        for c in &self.cases {
            *m.entry(key(c)).or_insert(0) += 1;
        }
        m
    }
}

/// The dashboard for `period`, for supervisors.
pub async fn dashboard(db: &impl ConnectionTrait, sealer: &super::sealing::Sealer, user: &StaffUser, period: Period, lang: Lang) -> Result<Dashboard, AppError> {
    user.require(Permission::SeeAllCases)?;
    let (from, to) = (crate::domain::deadline::format_day(period.from), crate::domain::deadline::format_day(period.to));
    // The survey by the months the period touches (a rating keeps its month only).
    let survey = super::survey::summary(db, sealer, from.get(..7).unwrap_or(""), to.get(..7).unwrap_or(""), 20).await?;
    let f = facts(db, period).await?;
    let today = day_of(OffsetDateTime::now_utc());
    let categories = category::Entity::find().order_by_asc(category::Column::Sort).all(db).await?;
    let units = work_unit::Entity::find().all(db).await?;

    let states = f.count_by(|c| c.state.code());
    let by_state = CaseState::ALL.into_iter().map(|s| (s, states.get(s.code()).copied().unwrap_or(0))).collect();
    let per_category = f.count_by(|c| c.category_id);
    let by_category: Vec<_> = categories
        .iter()
        .map(|c| (crate::domain::category::CategoryOption::from(c.clone()), per_category.get(&c.id).copied().unwrap_or(0)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let per_unit = f.count_by(|c| c.work_unit_id);
    let mut by_work_unit: Vec<(Option<String>, u32)> = per_unit
        .iter()
        .map(|(id, n)| (id.and_then(|id| units.iter().find(|u| u.id == id)).map(|u| u.name.clone()), *n))
        .collect();
    by_work_unit.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let channels = f.count_by(|c| c.channel.code());
    let by_channel = Channel::ALL.into_iter().map(|ch| (ch, channels.get(ch.code()).copied().unwrap_or(0))).filter(|(_, n)| *n > 0).collect();
    let per_month = f.per_month(period);
    let outcomes_count = f.count_by(|c| c.outcome.map(Outcome::code));
    let outcomes = Outcome::ALL.into_iter().map(|o| (o, outcomes_count.get(&Some(o.code())).copied().unwrap_or(0))).filter(|(_, n)| *n > 0).collect();
    let to_verification: Vec<u32> = f.cases.iter().filter_map(|c| f.verified_at.get(&c.id).map(|at| days_between(c.created_at, *at))).collect();
    let overdue = f.cases.iter().filter(|c| due_of(c, &f.calendar, today).is_some_and(|d| d.overdue)).count();
    let closed = f.closed().count();
    let total = f.cases.len();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);

    let cat_name = |c: &crate::domain::category::CategoryOption| match lang {
        Lang::Id => c.name_id.clone(),
        Lang::En => c.name_en.clone(),
    };
    let month_chart = super::charts::months(&per_month, lang);
    let category_chart = super::charts::bars(&by_category.iter().map(|(c, n)| (cat_name(c), *n)).collect::<Vec<_>>());
    Ok(Dashboard {
        from: crate::domain::deadline::format_day(period.from),
        to: crate::domain::deadline::format_day(period.to),
        total: count(total),
        open: count(total - closed),
        closed: count(closed),
        overdue: count(overdue),
        by_state,
        by_category,
        by_work_unit,
        by_channel,
        per_month,
        outcomes,
        to_verification: Spread::of(&to_verification),
        to_close: Spread::of(&f.days_to_close()),
        closed_in_time_pct: f.closed_in_time_pct(),
        month_chart,
        category_chart,
        survey,
    })
}

/// The public page: the last twelve months, small cells merged or hidden.
pub async fn public(db: &impl ConnectionTrait, period: Period, lang: Lang) -> Result<PublicStats, AppError> {
    let f = facts(db, period).await?;
    let categories = category::Entity::find().order_by_asc(category::Column::Sort).all(db).await?;
    let units = work_unit::Entity::find().order_by_asc(work_unit::Column::Name).all(db).await?;
    let per_category = f.count_by(|c| c.category_id);
    let category_cells: Vec<(String, u32)> = categories
        .iter()
        .map(|c| (if lang == Lang::En { c.name_en.clone() } else { c.name_id.clone() }, per_category.get(&c.id).copied().unwrap_or(0)))
        .collect();
    let per_unit = f.count_by(|c| c.work_unit_id);
    let unit_cells: Vec<(String, u32)> = units.iter().map(|u| (u.name.clone(), per_unit.get(&Some(u.id)).copied().unwrap_or(0))).collect();
    // Each month's counts under the small-count rule: a month with 1–4 is neither in the
    // table nor drawn (its bar stays at nothing; the table says "fewer than 5").
    let per_month = f.per_month(period);
    let by_month = per_month.iter().map(|m| (m.month.clone(), public_count(m.received))).collect();
    let months: Vec<MonthCount> = per_month
        .into_iter()
        .map(|m| MonthCount { received: public_count(m.received).unwrap_or(0), closed: public_count(m.closed).unwrap_or(0), month: m.month })
        .collect();
    let by_category = public_rows(&category_cells);
    let drawn_categories: Vec<(String, u32)> = by_category
        .iter()
        .filter_map(|r| match r {
            PublicRow::Shown { label, count } => Some((label.clone(), *count)),
            PublicRow::Others { count } => Some((crate::i18n::Msg::PublicOthers.t(lang).to_owned(), *count)),
            PublicRow::Few => None,
        })
        .collect();
    let closed_days = f.days_to_close();
    let enough_closed = u32::try_from(closed_days.len()).unwrap_or(u32::MAX) >= PUBLIC_MIN_COUNT;
    let n = |v: usize| public_count(u32::try_from(v).unwrap_or(u32::MAX));
    Ok(PublicStats {
        from: crate::domain::deadline::format_day(period.from),
        to: crate::domain::deadline::format_day(period.to),
        received: n(f.cases.len()),
        closed: n(closed_days.len()),
        month_chart: super::charts::months(&months, lang),
        category_chart: super::charts::bars(&drawn_categories),
        by_category,
        by_work_unit: public_rows(&unit_cells),
        by_month,
        closed_in_time_pct: if enough_closed { f.closed_in_time_pct() } else { None },
        median_days_to_close: if enough_closed { Spread::of(&closed_days).median } else { None },
        satisfaction: super::survey::public(db, OffsetDateTime::now_utc()).await?,
    })
}

#[cfg(test)]
mod tests {
    use sea_orm::{DbBackend, QueryTrait};

    use super::*;

    /// The review found the anonymous statistics loading every column of a year of reports,
    /// sealed texts included, on each visit.
    #[test]
    fn the_statistics_read_no_sealed_column() {
        let now = OffsetDateTime::now_utc();
        let sql = statistical_cases(now, now).build(DbBackend::Sqlite).to_string();
        let sealed: Vec<_> = super::super::sealed::SEALED.iter().filter(|c| c.table == "report").collect();
        assert!(sealed.len() >= 9);
        for c in sealed.iter().map(|c| c.column).chain(["receipt_hash", "verdict"]) {
            assert!(!sql.contains(&format!("\"report\".\"{c}\"")), "{c} is read: {sql}");
            assert!(sql.contains(&format!("'' AS \"{c}\"")), "{c} is read as empty: {sql}");
        }
        assert!(sql.contains("\"report\".\"state\"") && sql.contains("\"report\".\"category_id\""), "{sql}");
    }
}
