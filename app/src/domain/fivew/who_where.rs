//! *Who* (a name or a position, and the work unit) and *where* (a recognisable place).
use std::collections::HashSet;

use super::tokens::{in_list, tokenize, Kind, Tok};
use super::words::{
    DAYS, HONORIFICS, INSTITUTION_WORDS, MONTHS, PLACES, PLACE_STOP, POSITIONS,
    POSITIONS_WITH_UNIT, STOP, UNITS_GENERIC_EN, UNITS_GENERIC_ID, UNITS_SPECIFIC,
};
use super::{ElementState, Hint};

// ---------------------------------------------------------------------------------------
// Who
// ---------------------------------------------------------------------------------------

/// No list separator between two tokens: "Dinas Kependudukan", not "Dinas, Budi".
fn joined(text: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    text.get(a.end..b.start)
        .is_some_and(|gap| !gap.contains([',', ';', '!', '?', ':', '\n']))
}

fn only_space_between(text: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    text.get(a.end..b.start)
        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
}

fn is_unit_word(w: &str) -> bool {
    in_list(UNITS_SPECIFIC, w) || in_list(UNITS_GENERIC_ID, w) || in_list(UNITS_GENERIC_EN, w)
}

/// A word that says *which* unit: not a filler word, not an honorific, and (for the
/// English unit words, whose name may come first) not a position.
fn specifies(t: &Tok<'_>, strict: bool) -> bool {
    let w = t.low.as_str();
    !(in_list(STOP, w) || in_list(HONORIFICS, w) || (strict && in_list(POSITIONS, w)))
}

fn unit_at(text: &str, toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.low.as_str();
    if in_list(UNITS_SPECIFIC, w) {
        return true;
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let id = in_list(UNITS_GENERIC_ID, w)
        || in_list(POSITIONS_WITH_UNIT, w)
        || (w == "sakit" && prev.is_some_and(|p| p.is("rumah")));
    let en = in_list(UNITS_GENERIC_EN, w);
    if !id && !en {
        return false;
    }
    let strict = en || in_list(POSITIONS_WITH_UNIT, w);
    let after = toks
        .get(i + 1)
        .is_some_and(|n| joined(text, t, n) && specifies(n, strict));
    let before = en && prev.is_some_and(|p| joined(text, p, t) && specifies(p, true));
    after || before
}

fn name_excluded(w: &str) -> bool {
    in_list(STOP, w)
        || in_list(HONORIFICS, w)
        || in_list(POSITIONS, w)
        || is_unit_word(w)
        || in_list(INSTITUTION_WORDS, w)
        || in_list(PLACES, w)
        || in_list(MONTHS, w)
        || in_list(DAYS, w)
}

fn looks_like_name_word(t: &Tok<'_>) -> bool {
    t.kind == Kind::Word
        && t.raw.chars().next().is_some_and(char::is_uppercase)
        && t.raw.chars().count() >= 2
        && !name_excluded(&t.low)
}

fn has_name(text: &str, toks: &[Tok<'_>]) -> bool {
    toks.windows(2).any(|pair| {
        let [a, b] = pair else { return false };
        let honorific_name = a.word_in(HONORIFICS)
            && b.kind == Kind::Word
            && joined(text, a, b)
            && !in_list(STOP, &b.low)
            && !in_list(HONORIFICS, &b.low)
            && !is_unit_word(&b.low)
            && !b.is("kota");
        let two_capitalised =
            looks_like_name_word(a) && looks_like_name_word(b) && only_space_between(text, a, b);
        honorific_name || two_capitalised
    })
}

pub(super) fn check_who(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhoMissing);
    }
    let toks = tokenize(s);
    let person = has_name(s, &toks) || toks.iter().any(|t| t.word_in(POSITIONS));
    let unit = (0..toks.len()).any(|i| unit_at(s, &toks, i));
    match (person, unit) {
        (true, true) => (ElementState::Met, Hint::Ok),
        (true, false) => (ElementState::Weak, Hint::WhoNeedsUnit),
        (false, true) => (ElementState::Weak, Hint::WhoNeedsNameOrPosition),
        (false, false) => (ElementState::Weak, Hint::WhoTooVague),
    }
}

// ---------------------------------------------------------------------------------------
// Where
// ---------------------------------------------------------------------------------------

pub(super) fn check_where(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhereMissing);
    }
    let toks = tokenize(s);
    let place = toks.iter().any(|t| t.word_in(PLACES));
    let content: HashSet<&str> = toks
        .iter()
        .map(|t| t.low.as_str())
        .filter(|w| !in_list(PLACE_STOP, w))
        .collect();
    if place && content.len() >= 2 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhereVague)
    }
}
