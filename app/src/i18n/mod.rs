//! The translation layer: every text shown to a user comes from here. Bahasa Indonesia is
//! the default; English is complete. Each message holds both languages side by side (the
//! `messages!` list takes exactly two texts per line), and the other lookups are exhaustive
//! `match`es, so a missing translation does not compile.
use serde::{Deserialize, Serialize};

mod errors;
pub mod hints;
mod messages;
mod names;

pub use errors::*;
pub use messages::Msg;
pub use names::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Id,
    En,
}

/// The cookie that remembers the chosen language (nothing else is remembered).
pub const LANG_COOKIE: &str = "lentera_lang";

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Self {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

/// The language of the current page: on the server, provided as context by `App`; in an
/// island in the browser (which hydrates on its own, without `App`'s context), read from the
/// page's `<html lang>`, which the server set from the same cookie.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_else(page_lang)
}

fn page_lang() -> Lang {
    #[cfg(feature = "hydrate")]
    {
        leptos::prelude::document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        Lang::default()
    }
}

/// A date (`2026-08-17`, optionally followed by a time) as people write it:
/// "17 Agustus 2026" / "17 August 2026", the time kept. Anything else is shown as it is.
pub fn long_date(iso: &str, lang: Lang) -> String {
    const ID: [&str; 12] = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let (day, rest) = iso.split_at(iso.len().min(10));
    let mut parts = day.split('-');
    let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return iso.to_owned() };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u8>()) else { return iso.to_owned() };
    if y.len() != 4 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return iso.to_owned();
    }
    let month = if lang == Lang::Id { ID[m - 1] } else { EN[m - 1] };
    format!("{d} {month} {y}{rest}")
}

pub(crate) fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workflow::{CaseState, Outcome};
    use crate::errors::AppError;
    use crate::domain::staff::PasswordProblem;

    /// Texts that are the same in both languages on purpose: the name, and "Status", which
    /// is an Indonesian word too.
    const SAME_IN_BOTH: &[Msg] = &[Msg::AppName, Msg::StatusLabel, Msg::CsvIkm];

    #[test]
    fn every_message_exists_in_both_languages_and_is_translated() {
        let mut untranslated = Vec::new();
        for &m in Msg::ALL {
            assert!(!m.t(Lang::Id).trim().is_empty() && !m.t(Lang::En).trim().is_empty(), "{m:?} is empty");
            if m.t(Lang::Id) == m.t(Lang::En) && !SAME_IN_BOTH.contains(&m) {
                untranslated.push(m);
            }
        }
        assert!(untranslated.is_empty(), "the same text in both languages: {untranslated:?}");
        for s in CaseState::ALL {
            assert_ne!(state_name(s, Lang::Id), state_name(s, Lang::En), "{s:?}");
            assert_ne!(state_explained(s, Lang::Id), state_explained(s, Lang::En), "{s:?}");
        }
        for o in Outcome::ALL {
            assert_ne!(outcome_name(o, Lang::Id), outcome_name(o, Lang::En), "{o:?}");
        }
    }

    #[test]
    fn dates_are_written_per_language() {
        assert_eq!(long_date("2026-08-17", Lang::Id), "17 Agustus 2026");
        assert_eq!(long_date("2026-08-17", Lang::En), "17 August 2026");
        assert_eq!(long_date("2026-01-05 14:05", Lang::Id), "5 Januari 2026 14:05");
        assert_eq!(long_date("kemarin", Lang::Id), "kemarin");
        assert_eq!(long_date("2026-13-01", Lang::En), "2026-13-01");
    }

    #[test]
    fn every_error_has_a_message_in_both_languages_that_hides_internals() {
        let errors = [
            AppError::ReceiptMalformed,
            AppError::ReceiptUnknown,
            AppError::FormExpired,
            AppError::InvalidInformation,
            AppError::CaseClosed,
            AppError::Unavailable,
            AppError::Network("connection reset by peer 10.0.0.1".into()),
            AppError::Internal,
            AppError::LoginFailed,
            AppError::NotSignedIn,
            AppError::Forbidden,
            AppError::WeakPassword(PasswordProblem::TooShort),
            AppError::WeakPassword(PasswordProblem::TooLong),
            AppError::WeakPassword(PasswordProblem::TooCommon),
            AppError::UsernameTaken,
            AppError::IllegalMove,
            AppError::ProposalChanged,
            AppError::CasePurged,
            AppError::MessageRequired,
            AppError::OutcomeDetailRequired,
            AppError::CaseNotFound,
            AppError::TooManyAttempts { retry_after_secs: 61 },
            AppError::SecondFactorRequired,
            AppError::SecondFactorWrong,
            AppError::TwoFactorSetupRequired,
            AppError::PasswordWrong,
            AppError::TwoFactorAlreadyOn,
            AppError::EvidenceUnsupported,
            AppError::EvidenceUnreadable,
            AppError::EvidenceTooComplex,
            AppError::InvalidUsername,
            AppError::AccountNotFound,
            AppError::AssigneeUnavailable,
            AppError::NoteRequired,
            AppError::InvalidReceivedDate,
            AppError::ReasonRequired,
            AppError::InvalidHoliday,
            AppError::HolidayNotFound,
            AppError::EvidenceTooLarge { limit_mb: 10 },
            AppError::EvidenceReportFull { limit_mb: 30, limit_files: 10 },
            AppError::EvidenceExpired,
            AppError::InvalidSettings,
            AppError::InvalidName,
            AppError::InvalidNoticeAddress,
            AppError::NoLetter,
            AppError::InvalidStaffEmail,
            AppError::InvalidNoticePrefs,
            AppError::InvalidSurvey,
            AppError::SurveyClosed,
            AppError::SurveyNotOpen,
        ];
        use crate::domain::profile::ProfileField as P;
        let errors = errors.into_iter().chain(P::ALL.map(AppError::InvalidProfile));
        let mut seen = std::collections::HashMap::new();
        for e in errors {
            let id = error_text(&e, Lang::Id);
            let en = error_text(&e, Lang::En);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{e:?} is not translated");
            assert!(!id.contains("10.0.0.1") && !en.contains("10.0.0.1"));
            // Each failure its own words: "write the additional information" once answered
            // fourteen unrelated mistakes, a user name with a space among them.
            if let Some(other) = seen.insert(en.clone(), format!("{e:?}")) {
                panic!("{e:?} says the same as {other}: {en}");
            }
        }
    }
}
