//! What a citizen submits, with the limits every channel enforces.
use serde::{Deserialize, Serialize};

use super::fivew::ReportText;
use super::privacy::{find_identifiers, Identifier};

/// Longest answer to one question, in characters: a page of text.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Longest contact line, in characters.
pub const MAX_CONTACT_CHARS: usize = 200;

/// The report form's fields. Empty strings stand for unanswered questions; the field
/// names are the HTML form names, so the same struct reads a plain (no-JavaScript) post.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    pub category: String,
    pub what: String,
    pub who: String,
    pub place: String,
    pub time: String,
    pub why: String,
    pub how: String,
    pub how_much: String,
    pub evidence: String,
    /// Optional; empty means anonymous (the default).
    pub contact: String,
}

/// How a report reached the inspectorate (SPEC "Channels").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "Channel::parse_code", to_str = "Channel::stored_code"))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Portal,
    Surat,
    Langsung,
    Telepon,
}

impl Channel {
    pub const STAFF: [Channel; 3] = [Channel::Surat, Channel::Langsung, Channel::Telepon];
    pub const ALL: [Channel; 4] = [Channel::Portal, Channel::Surat, Channel::Langsung, Channel::Telepon];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Surat => "surat",
            Channel::Langsung => "langsung",
            Channel::Telepon => "telepon",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

super::code::stored_as_code!(Channel);

/// A received-on date typed by staff, `YYYY-MM-DD` (what `<input type=date>` sends), not in
/// the future relative to `today` (also `YYYY-MM-DD`; ISO dates compare as text).
pub fn valid_received_on(date: &str, today: &str) -> bool {
    let b = date.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    // A real day of the calendar (no 31 February: the deadline would count from another).
    let real = time::Date::parse(date, time::macros::format_description!("[year]-[month]-[day]")).is_ok();
    shape && real && date >= "2000-01-01" && date <= today
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Category,
    What,
    Who,
    Place,
    Time,
    Why,
    How,
    HowMuch,
    Evidence,
    Contact,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputProblem {
    /// No category was chosen, or one that does not exist.
    CategoryMissing,
    /// Nothing at all was said about what happened: there is nothing to look into.
    WhatMissing,
    TooLong(Field),
    /// Control characters (such as NUL) that no keyboard types.
    InvalidCharacters(Field),
}

impl ReportInput {
    fn texts(&self) -> [(Field, &str, usize); 10] {
        [
            (Field::Category, self.category.as_str(), 64),
            (Field::What, &self.what, MAX_TEXT_CHARS),
            (Field::Who, &self.who, MAX_TEXT_CHARS),
            (Field::Place, &self.place, MAX_TEXT_CHARS),
            (Field::Time, &self.time, MAX_TEXT_CHARS),
            (Field::Why, &self.why, MAX_TEXT_CHARS),
            (Field::How, &self.how, MAX_TEXT_CHARS),
            (Field::HowMuch, &self.how_much, MAX_TEXT_CHARS),
            (Field::Evidence, &self.evidence, MAX_TEXT_CHARS),
            (Field::Contact, &self.contact, MAX_CONTACT_CHARS),
        ]
    }

    /// The same input with surrounding whitespace removed from every answer.
    pub fn trimmed(&self) -> Self {
        let t = |s: &String| s.trim().to_owned();
        Self {
            category: t(&self.category),
            what: t(&self.what),
            who: t(&self.who),
            place: t(&self.place),
            time: t(&self.time),
            why: t(&self.why),
            how: t(&self.how),
            how_much: t(&self.how_much),
            evidence: t(&self.evidence),
            contact: t(&self.contact),
        }
    }

    /// Everything that makes the input unacceptable, in form order. An incomplete report
    /// is acceptable (the inspector asks the reporter for more); an empty one is not.
    pub fn problems(&self) -> Vec<InputProblem> {
        let mut problems = Vec::new();
        if self.category.trim().is_empty() {
            problems.push(InputProblem::CategoryMissing);
        }
        if self.what.trim().is_empty() {
            problems.push(InputProblem::WhatMissing);
        }
        for (field, text, max) in self.texts() {
            if text.chars().count() > max {
                problems.push(InputProblem::TooLong(field));
            }
            if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
                problems.push(InputProblem::InvalidCharacters(field));
            }
        }
        problems
    }

    pub fn is_anonymous(&self) -> bool {
        self.contact.trim().is_empty()
    }

    pub fn as_text(&self) -> ReportText<'_> {
        ReportText {
            what: &self.what,
            who: &self.who,
            place: &self.place,
            time: &self.time,
            why: &self.why,
            how: &self.how,
            how_much: &self.how_much,
        }
    }

    /// The privacy lint: identifiers that look like the reporter's own, found in an
    /// anonymous report's text. A report with a contact gave its identity on purpose.
    pub fn privacy_warnings(&self) -> Vec<Identifier> {
        if !self.is_anonymous() {
            return Vec::new();
        }
        let all = [
            self.what.as_str(),
            &self.who,
            &self.place,
            &self.time,
            &self.why,
            &self.how,
            &self.how_much,
            &self.evidence,
        ]
        .join("\n");
        find_identifiers(&all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> ReportInput {
        ReportInput {
            category: "pungli".into(),
            what: "Petugas meminta uang".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_report_with_a_category_and_what_happened_is_acceptable() {
        assert!(minimal().problems().is_empty());
    }

    #[test]
    fn an_empty_report_is_refused_with_both_reasons() {
        assert_eq!(
            ReportInput::default().problems(),
            vec![InputProblem::CategoryMissing, InputProblem::WhatMissing]
        );
    }

    #[test]
    fn an_answer_longer_than_a_page_is_refused() {
        let mut input = minimal();
        input.how = "a".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(input.problems(), vec![InputProblem::TooLong(Field::How)]);
        input.how = "é".repeat(MAX_TEXT_CHARS);
        assert!(input.problems().is_empty(), "limits count characters, not bytes");
    }

    #[test]
    fn control_characters_are_refused() {
        let mut input = minimal();
        input.who = "Budi\u{0}".into();
        assert_eq!(input.problems(), vec![InputProblem::InvalidCharacters(Field::Who)]);
    }

    #[test]
    fn an_anonymous_report_mentioning_a_phone_number_gets_a_privacy_warning() {
        let mut input = minimal();
        input.how = "Hubungi saya di 0812-3456-7890".into();
        assert_eq!(input.privacy_warnings(), vec![Identifier::Phone]);
        input.contact = "0812-3456-7890".into();
        assert!(input.privacy_warnings().is_empty(), "a named report gets no warning");
    }

    #[test]
    fn a_received_on_date_must_be_a_real_past_date() {
        assert!(valid_received_on("2026-11-20", "2026-11-28"));
        assert!(valid_received_on("2026-11-28", "2026-11-28"));
        assert!(!valid_received_on("2026-11-29", "2026-11-28"), "not in the future");
        assert!(!valid_received_on("2026-13-01", "2026-11-28"));
        assert!(!valid_received_on("20-11-2026", "2026-11-28"));
        assert!(!valid_received_on("", "2026-11-28"));
        // Days a month does not have (the hostile test of main got 31 February accepted).
        for impossible in ["2026-02-29", "2026-02-31", "2026-04-31", "2026-11-00", "2026-00-10"] {
            assert!(!valid_received_on(impossible, "2026-11-28"), "{impossible}");
        }
        assert!(valid_received_on("2024-02-29", "2026-11-28"), "a leap day");
    }

    #[test]
    fn channel_codes_round_trip() {
        for c in [Channel::Portal, Channel::Surat, Channel::Langsung, Channel::Telepon] {
            assert_eq!(Channel::from_code(c.code()), Some(c));
        }
        assert_eq!(Channel::from_code("fax"), None);
    }

    #[test]
    fn trimming_removes_surrounding_whitespace_only() {
        let mut input = minimal();
        input.who = "  Pak Budi, Dinas X \n".into();
        assert_eq!(input.trimmed().who, "Pak Budi, Dinas X");
    }
}
