//! Tests of *when*: dates, months, periods and what is not a date.
use super::*;

// ----- when -------------------------------------------------------------------------

fn assert_dates(list: &[&str]) {
    for s in list {
        assert!(recognises_date(s), "{s} should be a date");
        assert_eq!(when(s), (Met, Hint::Ok), "{s}");
    }
}

#[test]
fn a_date_with_an_indonesian_month_name_is_recognised() {
    assert_dates(&[
        "12 Januari 2025",
        "3 Agustus 2024",
        "tanggal 17 Agustus 2024",
        "1 Mei",
    ]);
}

#[test]
fn abbreviated_indonesian_month_names_are_recognised() {
    assert_dates(&["12 Jan 2025"]);
    for m in [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept", "Okt",
        "Nov", "Des",
    ] {
        let s = format!("5 {m} 2024");
        assert!(recognises_date(&s), "{s}");
        assert!(recognises_date(&format!("{m}. 2024")), "{m}. 2024");
    }
}

#[test]
fn numeric_dates_in_common_orders_are_recognised() {
    assert_dates(&[
        "12/01/2025",
        "12-01-2025",
        "2025-01-12",
        "12.01.2025",
        "5/3/25",
        "01/2025",
    ]);
}

#[test]
fn impossible_numeric_dates_are_not_dates() {
    for s in [
        "32/13/2025",
        "30/02/2025",
        "29/02/2025",
        "00/01/2025",
        "12/00/2025",
        "12/01/3025",
    ] {
        assert!(!recognises_date(s), "{s}");
        assert_eq!(when(s).0, Weak, "{s}");
    }
    assert!(recognises_date("29/02/2024"), "a leap day");
    assert!(
        recognises_date("12/31/2025"),
        "US order when the Indonesian one is impossible"
    );
}

#[test]
fn a_month_and_year_is_recognised() {
    assert_dates(&[
        "Januari 2025",
        "bulan Maret 2024",
        "January 2025",
        "Jan, 2025",
    ]);
}

#[test]
fn a_recent_period_is_recognised() {
    assert_dates(&[
        "Maret lalu",
        "bulan lalu",
        "minggu lalu",
        "pekan lalu",
        "tahun lalu",
    ]);
    assert_dates(&[
        "bulan kemarin",
        "Maret tahun lalu",
        "setahun yang lalu",
        "tahun ini",
    ]);
}

#[test]
fn a_recent_day_is_recognised() {
    assert_dates(&[
        "kemarin",
        "hari ini",
        "tadi pagi",
        "kemaren sore",
        "semalam",
        "pagi ini",
    ]);
    assert_dates(&[
        "Senin kemarin",
        "Selasa lalu",
        "hari Rabu kemarin",
        "Sabtu ini",
        "Senin 12/1",
    ]);
    assert!(
        !recognises_date("12/1"),
        "a day and month alone could be a fraction"
    );
}

#[test]
fn every_indonesian_day_name_is_recognised_with_lalu() {
    for d in [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu", "Ahad",
    ] {
        let s = format!("{d} lalu");
        assert!(recognises_date(&s), "{s}");
        assert!(!recognises_date(d), "{d} alone could be any week");
    }
}

#[test]
fn a_count_of_days_or_weeks_ago_is_recognised() {
    assert_dates(&[
        "2 hari yang lalu",
        "3 minggu lalu",
        "dua bulan lalu",
        "beberapa hari lalu",
        "5 hari yg lalu",
    ]);
    assert_dates(&["2 bulan terakhir"]);
}

#[test]
fn the_start_or_end_of_a_period_is_recognised() {
    assert_dates(&[
        "awal bulan ini",
        "akhir tahun 2024",
        "sejak Maret 2024",
        "pertengahan 2023",
        "awal Maret",
    ]);
}

#[test]
fn english_dates_and_periods_are_recognised() {
    assert_dates(&[
        "yesterday",
        "last week",
        "last month",
        "January 2025",
        "12 January 2025",
        "March 3, 2025",
        "3rd of March 2025",
        "last Monday",
        "3 days ago",
        "a week ago",
        "this morning",
        "end of 2024",
    ]);
}

#[test]
fn minggu_as_week_or_sunday_is_recognised_only_with_a_reference() {
    assert_dates(&[
        "Minggu lalu",
        "minggu kemarin",
        "Minggu, 12 Januari 2025",
        "minggu ini",
    ]);
    assert_eq!(when("Minggu"), (Weak, Hint::WhenNoDate));
    assert_eq!(when("setiap minggu"), (Weak, Hint::WhenNoDate));
    assert_eq!(when("tiap hari Minggu"), (Weak, Hint::WhenNoDate));
}

#[test]
fn a_bare_year_is_weak_and_asks_for_the_month() {
    for s in ["2024", "tahun 2024", "sekitar 2023", "sejak 2024"] {
        assert!(!recognises_date(s), "{s}");
        assert_eq!(when(s), (Weak, Hint::WhenOnlyYear), "{s}");
    }
}

#[test]
fn a_month_without_a_year_asks_for_the_year() {
    for s in ["Januari", "bulan Maret", "in August"] {
        assert!(!recognises_date(s), "{s}");
        assert_eq!(when(s), (Weak, Hint::WhenNeedsYear), "{s}");
    }
}

#[test]
fn text_without_a_recognisable_time_is_weak() {
    for s in [
        "dulu",
        "beberapa waktu",
        "beberapa waktu lalu",
        "sering",
        "setiap hari",
        "lupa",
        "it may happen again",
        "this may be late",
    ] {
        assert!(!recognises_date(s), "{s}");
        assert_eq!(when(s), (Weak, Hint::WhenNoDate), "{s}");
    }
}

#[test]
fn dates_are_read_regardless_of_case_spacing_and_punctuation() {
    assert_dates(&[
        "  12   JANUARI   2025  ",
        "(senin kemarin)",
        "tgl. 12-01-2025!",
        "KEMARIN...",
    ]);
}
