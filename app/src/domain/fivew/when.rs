//! *When*: dates, months with a year and recent periods, checked against the calendar.
use super::tokens::{in_list, is_day_number, is_year, tokenize, Kind, Tok};
use super::words::{
    DAYS, ENGLISH_DEICTIC, ENGLISH_DEICTIC_OBJECTS, MONTHS, MONTHS_FULL, MONTH_CONTEXT_BEFORE,
    PERIODS, RECENT, RELATIVE_AFTER, YEAR_BOUNDARY,
};
use super::{ElementState, Hint};

pub(super) fn check_when(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhenMissing);
    }
    let toks = tokenize(s);
    if date_in(&toks) {
        (ElementState::Met, Hint::Ok)
    } else if toks.iter().any(is_year) {
        (ElementState::Weak, Hint::WhenOnlyYear)
    } else if toks.iter().any(|t| t.word_in(MONTHS_FULL)) {
        (ElementState::Weak, Hint::WhenNeedsYear)
    } else {
        (ElementState::Weak, Hint::WhenNoDate)
    }
}

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(m: u32, y: Option<u32>) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn valid_day_month(d: u32, m: u32, y: Option<u32>) -> bool {
    d >= 1 && d <= days_in_month(m, y)
}

/// "12/01/2025", "12-01-2025", "12.01.2025", "2025-01-12", "01/2025" (and, after
/// "tanggal", "12/01"). US order is accepted when the Indonesian one is impossible.
fn numeric_date(t: &Tok<'_>, after_tanggal: bool) -> bool {
    if t.kind != Kind::Number {
        return false;
    }
    let Some(sep) = t.low.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    if !matches!(sep, '/' | '-' | '.') || t.low.chars().any(|c| !c.is_ascii_digit() && c != sep) {
        return false;
    }
    let parts: Vec<&str> = t.low.split(sep).collect();
    let num = |p: &str| {
        if p.len() <= 4 {
            p.parse::<u32>().ok()
        } else {
            None
        }
    };
    let year_of = |p: &str| match (p.len(), num(p)) {
        (4, Some(y)) if (1900..=2100).contains(&y) => Some(y),
        (2, Some(y)) => Some(2000 + y),
        _ => None,
    };
    match parts.as_slice() {
        [a, b, c] if a.len() == 4 && b.len() <= 2 && c.len() <= 2 => {
            match (year_of(a), num(b), num(c)) {
                (Some(y), Some(m), Some(d)) => valid_day_month(d, m, Some(y)),
                _ => false,
            }
        }
        [a, b, c] if a.len() <= 2 && b.len() <= 2 && (c.len() == 2 || c.len() == 4) => {
            match (num(a), num(b), year_of(c)) {
                (Some(x), Some(z), Some(y)) => {
                    valid_day_month(x, z, Some(y)) || valid_day_month(z, x, Some(y))
                }
                _ => false,
            }
        }
        [a, b] if sep != '.' && a.len() <= 2 && b.len() == 4 => {
            num(a).is_some_and(|m| (1..=12).contains(&m)) && year_of(b).is_some()
        }
        [a, b] if after_tanggal && a.len() <= 2 && b.len() <= 2 => match (num(a), num(b)) {
            (Some(d), Some(m)) => valid_day_month(d, m, None),
            _ => false,
        },
        _ => false,
    }
}

pub(super) fn date_in(toks: &[Tok<'_>]) -> bool {
    (0..toks.len()).any(|i| date_at(toks, i))
}

fn date_at(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let at = |k: usize| toks.get(k);
    let prev = i.checked_sub(1).and_then(at);
    let next = at(i + 1);
    let next_is = |list: &[&str]| next.is_some_and(|n| n.word_in(list));

    if t.kind == Kind::Number {
        // "tanggal 12", "tgl 12/1", "Senin 12/1".
        let after_tanggal =
            prev.is_some_and(|p| p.word_in(&["tanggal", "tgl", "tg"]) || p.word_in(DAYS));
        if numeric_date(t, after_tanggal) {
            return true;
        }
        if is_day_number(t) {
            // "12 Januari", "3rd of March"; "tanggal 12".
            let mut j = i + 1;
            while at(j).is_some_and(|n| n.word_in(&["st", "nd", "rd", "th", "of"])) {
                j += 1;
            }
            if at(j).is_some_and(|n| n.word_in(MONTHS)) || after_tanggal {
                return true;
            }
        }
        return false;
    }

    let w = t.low.as_str();
    if in_list(RECENT, w) {
        return true;
    }
    if in_list(MONTHS, w) {
        // "March 3", "Januari 2025", "Maret lalu", "Maret tahun lalu".
        if next.is_some_and(|n| is_day_number(n) || is_year(n)) || next_is(RELATIVE_AFTER) {
            return true;
        }
        if next_is(&["tahun", "year"])
            && at(i + 2).is_some_and(|n| n.word_in(&["lalu", "ini", "kemarin", "kemaren"]))
        {
            return true;
        }
        if next_is(&["last", "this"]) && at(i + 2).is_some_and(|n| n.is("year")) {
            return true;
        }
        // "sejak Maret", "awal bulan Maret", "last March".
        let mut j = i;
        while let Some(p) = j.checked_sub(1).and_then(at) {
            if p.word_in(&["bulan", "month", "of", "the"]) {
                j -= 1;
                continue;
            }
            // "this may happen" is a verb, not the month.
            return p.word_in(MONTH_CONTEXT_BEFORE)
                && !(w == "may" && p.word_in(&["this", "that"]));
        }
        return false;
    }
    if in_list(PERIODS, w) || in_list(DAYS, w) {
        // "bulan lalu", "2 hari yang lalu", "Senin kemarin", "3 days ago".
        let mut j = i + 1;
        if at(j).is_some_and(|n| n.word_in(&["yang", "yg"])) {
            j += 1;
        }
        if at(j).is_some_and(|n| n.word_in(RELATIVE_AFTER) || n.is("ago")) {
            return true;
        }
        return false;
    }
    if in_list(ENGLISH_DEICTIC, w) {
        return next.is_some_and(|n| {
            n.word_in(ENGLISH_DEICTIC_OBJECTS)
                || n.word_in(DAYS)
                || (n.word_in(MONTHS) && !(w == "this" && n.is("may")))
        });
    }
    if in_list(YEAR_BOUNDARY, w) {
        // "akhir tahun 2024", "end of 2024", "mid-2024".
        let mut j = i + 1;
        while at(j).is_some_and(|n| n.word_in(&["tahun", "year", "of", "the"])) {
            j += 1;
        }
        return at(j).is_some_and(is_year);
    }
    false
}
