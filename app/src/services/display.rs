//! How stored times and ids are shown: dates in Western Indonesian Time, case numbers.
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

/// The public case number, e.g. `WBS-2026-00042`.
pub fn case_number(id: i32, created_at: OffsetDateTime) -> String {
    format!("WBS-{}-{id:05}", created_at.to_offset(wib()).year())
}

pub fn wib() -> UtcOffset {
    // Western Indonesian Time, UTC+7, has no daylight saving.
    UtcOffset::from_hms(7, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// The date in Western Indonesian Time, `2026-11-28`.
pub fn display_date(t: OffsetDateTime) -> String {
    t.to_offset(wib()).format(format_description!("[year]-[month]-[day]")).unwrap_or_default()
}

pub fn display_time(t: OffsetDateTime) -> String {
    t.to_offset(wib())
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

