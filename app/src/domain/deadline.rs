//! Deadlines in working days (SPEC "Deadlines"): weekends and public holidays do not count,
//! and the verification clock stops while a case waits for the reporter's answer.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::{Date, Weekday};

use super::workflow::CaseState;

/// How many working days each stage may take. Defaults from SPEC: verification within 3
/// working days of receipt, 10 for the reporter to answer a question, 60 to resolve a
/// complete report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineRules {
    pub verification_days: u16,
    pub clarification_days: u16,
    pub resolution_days: u16,
}

impl Default for DeadlineRules {
    fn default() -> Self {
        Self { verification_days: 3, clarification_days: 10, resolution_days: 60 }
    }
}

impl DeadlineRules {
    /// The bounds an administrator may set, in working days.
    pub const VERIFICATION_MAX: u16 = 30;
    pub const CLARIFICATION_MAX: u16 = 60;
    pub const RESOLUTION_MAX: u16 = 365;

    pub fn valid(&self) -> bool {
        (1..=Self::VERIFICATION_MAX).contains(&self.verification_days)
            && (1..=Self::CLARIFICATION_MAX).contains(&self.clarification_days)
            && (1..=Self::RESOLUTION_MAX).contains(&self.resolution_days)
    }
}

/// The inspectorate's working days: Monday to Friday, except the holidays (national
/// holidays and the civil service's *cuti bersama*) it is given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    holidays: BTreeSet<Date>,
    /// The deadline lengths in force with this calendar.
    pub rules: DeadlineRules,
}

impl Calendar {
    pub fn new(holidays: impl IntoIterator<Item = Date>) -> Self {
        Self { holidays: holidays.into_iter().collect(), rules: DeadlineRules::default() }
    }

    pub fn with_rules(self, rules: DeadlineRules) -> Self {
        Self { rules, ..self }
    }

    pub fn is_working_day(&self, day: Date) -> bool {
        !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !self.holidays.contains(&day)
    }

    /// The day on which `n` working days after `start` have passed; `start` itself does not
    /// count (received on a Friday, 3 working days: due the next Wednesday).
    pub fn add_working_days(&self, start: Date, n: u16) -> Date {
        let mut day = start;
        let mut left = n;
        while left > 0 {
            let Some(next) = day.next_day() else { return day };
            day = next;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Working days after `from` up to and including `to`; none when `to` is not later.
    pub fn working_days_between(&self, from: Date, to: Date) -> u16 {
        let mut count: u16 = 0;
        let mut day = from;
        while day < to {
            let Some(next) = day.next_day() else { break };
            day = next;
            if self.is_working_day(day) {
                count = count.saturating_add(1);
            }
        }
        count
    }
}

/// When a case's clocks started, as the case record keeps them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// The day the inspectorate received the report.
    pub received: Date,
    /// The day the case entered its current state.
    pub state_since: Date,
    /// The day the case first went to desk review (`telaah`): the report was complete.
    pub complete_since: Option<Date>,
    /// Working days spent waiting for the reporter, which do not count against verification.
    pub paused_days: u16,
}

impl Clock {
    pub fn new(received: Date) -> Self {
        Self { received, state_since: received, complete_since: None, paused_days: 0 }
    }

    /// The clock after a move from `from` to `to` on `today`: leaving `klarifikasi` adds the
    /// days waited to the pause; the first move to `telaah` starts the resolution clock; a
    /// closed case reopened starts afresh (verification counts from the day it reopened, and
    /// the resolution clock starts at its next desk review), or it would be overdue at once.
    pub fn after_move(self, from: CaseState, to: CaseState, today: Date, calendar: &Calendar) -> Self {
        let mut next = self;
        if from == CaseState::Selesai {
            next.paused_days = calendar.working_days_between(self.received, today);
            next.complete_since = None;
        } else if from == CaseState::Klarifikasi && to != CaseState::Klarifikasi {
            next.paused_days = next.paused_days.saturating_add(calendar.working_days_between(self.state_since, today));
        }
        if to == CaseState::Telaah && next.complete_since.is_none() {
            next.complete_since = Some(today);
        }
        next.state_since = today;
        next
    }
}

/// A deadline this close (in working days) counts as "due soon".
pub const SOON_WORKING_DAYS: u16 = 2;

/// Which deadline is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    Verification,
    /// The reporter's answer; when it passes the case may be closed as `tidak_lengkap`.
    ReporterAnswer,
    Resolution,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub kind: DeadlineKind,
    pub date: Date,
}

impl Due {
    /// Overdue from the day after the due date.
    pub fn overdue_on(&self, today: Date) -> bool {
        today > self.date
    }

    /// Not overdue, and at most [`SOON_WORKING_DAYS`] working days left on `today`.
    pub fn soon_on(&self, today: Date, calendar: &Calendar) -> bool {
        !self.overdue_on(today) && calendar.working_days_between(today, self.date) <= SOON_WORKING_DAYS
    }
}

/// The deadline running for a case in `state`; closed cases have none.
pub fn due(state: CaseState, clock: &Clock, rules: &DeadlineRules, calendar: &Calendar) -> Option<Due> {
    let (kind, start, days) = match state {
        CaseState::Diterima | CaseState::Verifikasi => (
            DeadlineKind::Verification,
            clock.received,
            rules.verification_days.saturating_add(clock.paused_days),
        ),
        CaseState::Klarifikasi => (DeadlineKind::ReporterAnswer, clock.state_since, rules.clarification_days),
        CaseState::Telaah | CaseState::Pemeriksaan => (
            DeadlineKind::Resolution,
            clock.complete_since.unwrap_or(clock.state_since),
            rules.resolution_days,
        ),
        CaseState::Selesai => return None,
    };
    Some(Due { kind, date: calendar.add_working_days(start, days) })
}

/// `2026-11-20` as a date.
pub fn parse_day(text: &str) -> Option<Date> {
    Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// A date as `2026-11-20`.
pub fn format_day(day: Date) -> String {
    day.format(time::macros::format_description!("[year]-[month]-[day]")).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::date;

    /// Part of the 2026 holidays as the migration seeds them.
    fn seeded() -> Calendar {
        let days = ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23",
            "2026-03-24", "2026-08-17", "2026-12-24", "2026-12-25", "2027-01-01"];
        Calendar::new(days.iter().map(|d| parse_day(d).unwrap()))
    }

    #[test]
    fn a_reopened_case_gets_its_verification_days_again_from_the_day_it_reopened() {
        let cal = Calendar::default();
        let rules = DeadlineRules::default();
        // Received Monday 2 November 2026, closed long ago, reopened Monday 7 December.
        let mut clock = Clock::new(date!(2026 - 11 - 02)).after_move(CaseState::Verifikasi, CaseState::Telaah, date!(2026 - 11 - 03), &cal);
        clock = clock.after_move(CaseState::Telaah, CaseState::Selesai, date!(2026 - 11 - 10), &cal);
        let reopened = clock.after_move(CaseState::Selesai, CaseState::Verifikasi, date!(2026 - 12 - 07), &cal);
        let d = due(CaseState::Verifikasi, &reopened, &rules, &cal).unwrap();
        assert_eq!(d.date, date!(2026 - 12 - 10), "three working days from the reopening");
        assert!(!d.overdue_on(date!(2026 - 12 - 07)));
        let reviewed = reopened.after_move(CaseState::Verifikasi, CaseState::Telaah, date!(2026 - 12 - 08), &cal);
        assert_eq!(reviewed.complete_since, Some(date!(2026 - 12 - 08)), "the resolution clock starts again");
    }

    #[test]
    fn weekends_do_not_count() {
        let cal = Calendar::default();
        // Friday + 3 working days: Monday, Tuesday, Wednesday.
        assert_eq!(cal.add_working_days(date!(2026 - 11 - 27), 3), date!(2026 - 12 - 02));
        // Saturday + 1: Monday.
        assert_eq!(cal.add_working_days(date!(2026 - 11 - 28), 1), date!(2026 - 11 - 30));
        assert_eq!(cal.add_working_days(date!(2026 - 11 - 30), 0), date!(2026 - 11 - 30));
    }

    #[test]
    fn holidays_do_not_count_and_the_lebaran_week_is_skipped() {
        let cal = seeded();
        // Tuesday 17 March 2026 + 3: the 18th to the 24th are Nyepi, Idulfitri and cuti
        // bersama, so 25, 26, 27 March.
        assert_eq!(cal.add_working_days(date!(2026 - 03 - 17), 3), date!(2026 - 03 - 27));
        assert!(!cal.is_working_day(date!(2026 - 08 - 17)));
        assert!(cal.is_working_day(date!(2026 - 08 - 18)));
    }

    #[test]
    fn deadlines_cross_the_year_end() {
        let cal = seeded();
        // Wednesday 23 Dec 2026 + 3: the 24th and 25th are off, then 28, 29, 30 Dec.
        assert_eq!(cal.add_working_days(date!(2026 - 12 - 23), 3), date!(2026 - 12 - 30));
        // Wednesday 30 Dec + 3: 31 Dec, then 1 Jan 2027 is a holiday: 4, 5 Jan.
        assert_eq!(cal.add_working_days(date!(2026 - 12 - 30), 3), date!(2027 - 01 - 05));
    }

    #[test]
    fn working_days_between_counts_only_working_days_after_the_start() {
        let cal = seeded();
        assert_eq!(cal.working_days_between(date!(2026 - 11 - 27), date!(2026 - 12 - 02)), 3);
        assert_eq!(cal.working_days_between(date!(2026 - 12 - 02), date!(2026 - 11 - 27)), 0);
        assert_eq!(cal.working_days_between(date!(2026 - 03 - 17), date!(2026 - 03 - 24)), 0);
        for n in [0, 1, 5, 10, 60] {
            let start = date!(2026 - 12 - 18);
            assert_eq!(cal.working_days_between(start, cal.add_working_days(start, n)), n);
        }
    }

    #[test]
    fn each_state_runs_its_own_deadline() {
        let cal = Calendar::default();
        let rules = DeadlineRules::default();
        let clock = Clock::new(date!(2026 - 11 - 27));
        let d = due(CaseState::Diterima, &clock, &rules, &cal).unwrap();
        assert_eq!((d.kind, d.date), (DeadlineKind::Verification, date!(2026 - 12 - 02)));
        assert!(!d.overdue_on(date!(2026 - 12 - 02)), "due today is not yet overdue");
        assert!(!d.soon_on(date!(2026 - 11 - 27), &cal), "three working days left");
        assert!(d.soon_on(date!(2026 - 11 - 30), &cal), "two left");
        assert!(d.soon_on(date!(2026 - 12 - 02), &cal), "due today");
        assert!(!d.soon_on(date!(2026 - 12 - 03), &cal), "overdue is not soon");
        assert!(d.overdue_on(date!(2026 - 12 - 03)));

        let asked = clock.after_move(CaseState::Verifikasi, CaseState::Klarifikasi, date!(2026 - 11 - 30), &cal);
        let d = due(CaseState::Klarifikasi, &asked, &rules, &cal).unwrap();
        assert_eq!((d.kind, d.date), (DeadlineKind::ReporterAnswer, date!(2026 - 12 - 14)));

        let complete = clock.after_move(CaseState::Verifikasi, CaseState::Telaah, date!(2026 - 12 - 01), &cal);
        let d = due(CaseState::Telaah, &complete, &rules, &cal).unwrap();
        assert_eq!(d.kind, DeadlineKind::Resolution);
        assert_eq!(cal.working_days_between(date!(2026 - 12 - 01), d.date), 60);
        let deeper = complete.after_move(CaseState::Telaah, CaseState::Pemeriksaan, date!(2026 - 12 - 10), &cal);
        assert_eq!(due(CaseState::Pemeriksaan, &deeper, &rules, &cal).unwrap().date, d.date, "the resolution clock keeps running");

        assert_eq!(due(CaseState::Selesai, &clock, &rules, &cal), None);
    }

    #[test]
    fn waiting_for_the_reporter_pauses_the_verification_clock() {
        let cal = Calendar::default();
        let rules = DeadlineRules::default();
        // Received Monday 30 Nov, due Thursday 3 Dec; question asked on Tuesday 1 Dec, the
        // reporter answers Friday 4 Dec: three working days waited, so due Tuesday 8 Dec.
        let clock = Clock::new(date!(2026 - 11 - 30));
        let asked = clock.after_move(CaseState::Verifikasi, CaseState::Klarifikasi, date!(2026 - 12 - 01), &cal);
        let answered = asked.after_move(CaseState::Klarifikasi, CaseState::Verifikasi, date!(2026 - 12 - 04), &cal);
        assert_eq!(answered.paused_days, 3);
        assert_eq!(due(CaseState::Verifikasi, &answered, &rules, &cal).unwrap().date, date!(2026 - 12 - 08));
    }

    #[test]
    fn days_read_and_print_as_iso_dates() {
        assert_eq!(parse_day("2026-02-29"), None, "2026 is no leap year");
        assert_eq!(parse_day("29-11-2026"), None);
        assert_eq!(format_day(parse_day("2026-11-29").unwrap()), "2026-11-29");
    }
}
