//! The 5W+2H completeness checker: *what*, *who*, *where*, *when*, *why*, *how* and
//! *how much*. It reads the citizen's answers (Bahasa Indonesia or English, typed on a
//! phone) and says for each element whether it is met, weak or missing, with one piece of
//! advice. It runs on every keystroke in the browser, so it is I/O-free, allocation-light,
//! linear in the input and never panics.
//!
//! The checker nudges; it never refuses. A report can always be sent, and an inspector
//! asks the reporter for what is missing.
//!
//! One file per group of elements (`what_why_how.rs`, `who_where.rs`, `when.rs`,
//! `how_much.rs`), on top of the tokenizer (`tokens.rs`) and the word lists (`words.rs`).
mod how_much;
mod tokens;
mod what_why_how;
mod when;
mod who_where;
mod words;

use serde::{Deserialize, Serialize};

use how_much::{amount_in, check_how_much};
use tokens::tokenize;
use what_why_how::{check_how, check_what, check_why};
use when::{check_when, date_in};
use who_where::{check_where, check_who};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Element {
    What,
    Who,
    Where,
    When,
    Why,
    How,
    HowMuch,
}

impl Element {
    pub const ALL: [Element; 7] = [
        Element::What,
        Element::Who,
        Element::Where,
        Element::When,
        Element::Why,
        Element::How,
        Element::HowMuch,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Element::What => "what",
            Element::Who => "who",
            Element::Where => "where",
            Element::When => "when",
            Element::Why => "why",
            Element::How => "how",
            Element::HowMuch => "how_much",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ElementState {
    Met,
    Weak,
    Missing,
}

/// One piece of advice per distinct situation; the words live in `crate::i18n::hints`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hint {
    /// The element is met; nothing to add.
    Ok,
    WhatMissing,
    /// One or two words: say what happened in a sentence.
    WhatTooShort,
    WhoMissing,
    /// A name or position but no work unit (OPD).
    WhoNeedsUnit,
    /// A work unit but nobody in it.
    WhoNeedsNameOrPosition,
    /// Neither a name, a position nor a unit could be found.
    WhoTooVague,
    WhereMissing,
    /// One word, or no office, address, counter or other place.
    WhereVague,
    WhenMissing,
    /// Text without any recognisable time ("dulu", "sering").
    WhenNoDate,
    /// A year alone ("2024", "tahun 2024").
    WhenOnlyYear,
    /// A month name alone ("Januari", "bulan Maret"): which year?
    WhenNeedsYear,
    /// Not required; the hint says it helps.
    WhyMissing,
    WhyTooShort,
    HowMissing,
    HowTooShort,
    /// Money is involved (financial category) but no amount was given.
    HowMuchMissing,
    /// Text without an amount ("banyak", "mahal", "tidak tahu").
    HowMuchNoAmount,
    /// Empty in a non-financial report: only needed when money is involved.
    HowMuchNotNeeded,
}

/// The seven answers as typed.
pub struct ReportText<'a> {
    pub what: &'a str,
    pub who: &'a str,
    pub place: &'a str,
    pub time: &'a str,
    pub why: &'a str,
    pub how: &'a str,
    pub how_much: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementCheck {
    pub element: Element,
    pub state: ElementState,
    pub hint: Hint,
    /// Whether this element must be met for the report to be complete.
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Always seven, in [`Element::ALL`] order.
    pub elements: Vec<ElementCheck>,
}

impl Verdict {
    /// Every *required* element is met.
    pub fn complete(&self) -> bool {
        self.elements
            .iter()
            .all(|c| !c.required || c.state == ElementState::Met)
    }

    /// The number of elements met, out of seven.
    pub fn met_count(&self) -> u8 {
        let n = self
            .elements
            .iter()
            .filter(|c| c.state == ElementState::Met)
            .count();
        u8::try_from(n).unwrap_or(u8::MAX)
    }

    pub fn get(&self, e: Element) -> Option<&ElementCheck> {
        self.elements.iter().find(|c| c.element == e)
    }
}

/// Checks a report. `financial` is the category's flag (illegal levy, bribery,
/// procurement): only then is *how much* required. *Why* is never required.
pub fn check(text: &ReportText<'_>, financial: bool) -> Verdict {
    let elements = Element::ALL
        .iter()
        .map(|&element| {
            let (state, hint) = match element {
                Element::What => check_what(text.what),
                Element::Who => check_who(text.who),
                Element::Where => check_where(text.place),
                Element::When => check_when(text.time),
                Element::Why => check_why(text.why),
                Element::How => check_how(text.how),
                Element::HowMuch => check_how_much(text.how_much, financial),
            };
            let required = match element {
                Element::Why => false,
                Element::HowMuch => financial,
                _ => true,
            };
            ElementCheck {
                element,
                state,
                hint,
                required,
            }
        })
        .collect();
    Verdict { elements }
}

/// Whether the text names a time precise enough for an inspector: a date, a month with a
/// year, or a recent period ("bulan lalu", "Senin kemarin", "3 days ago"). A bare year is
/// not enough, and neither is an impossible date such as "32/13/2025".
pub fn recognises_date(s: &str) -> bool {
    date_in(&tokenize(s))
}

/// Whether the text holds an amount of rupiah: "Rp 1,5 juta", "Rp1.500.000", "500rb",
/// "2 miliar", "IDR 200,000", "50.000 rupiah", "dua juta" … A date, a phone number or a
/// year is not an amount.
pub fn recognises_rupiah(s: &str) -> bool {
    amount_in(s, &tokenize(s), false)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
