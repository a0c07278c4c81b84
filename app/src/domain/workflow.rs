//! The case workflow (SPEC "Case workflow"): the fixed system states and which moves are
//! legal. The server enforces these; the board only offers what [`legal_targets`] returns.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "CaseState::parse_code", to_str = "CaseState::stored_code"))]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    Diterima,
    Verifikasi,
    Klarifikasi,
    Telaah,
    Pemeriksaan,
    Selesai,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "Outcome::parse_code", to_str = "Outcome::stored_code"))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Terbukti,
    TidakTerbukti,
    Dilimpahkan,
    TidakLengkap,
    Duplikat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkflowError {
    /// The move is not an arrow of the workflow diagram.
    IllegalTransition { from: CaseState, to: CaseState },
    /// This outcome cannot be reached from this state (e.g. "not substantiated" without a review).
    OutcomeNotAllowed { from: CaseState, outcome: Outcome },
}

impl CaseState {
    pub const ALL: [CaseState; 6] = [
        CaseState::Diterima,
        CaseState::Verifikasi,
        CaseState::Klarifikasi,
        CaseState::Telaah,
        CaseState::Pemeriksaan,
        CaseState::Selesai,
    ];

    /// The code stored in the database and used in URLs.
    pub fn code(self) -> &'static str {
        match self {
            CaseState::Diterima => "diterima",
            CaseState::Verifikasi => "verifikasi",
            CaseState::Klarifikasi => "klarifikasi",
            CaseState::Telaah => "telaah",
            CaseState::Pemeriksaan => "pemeriksaan",
            CaseState::Selesai => "selesai",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the reporter's clock is paused (we are waiting for the reporter).
    pub fn waits_for_reporter(self) -> bool {
        self == CaseState::Klarifikasi
    }
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Terbukti,
        Outcome::TidakTerbukti,
        Outcome::Dilimpahkan,
        Outcome::TidakLengkap,
        Outcome::Duplikat,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Terbukti => "terbukti",
            Outcome::TidakTerbukti => "tidak_terbukti",
            Outcome::Dilimpahkan => "dilimpahkan",
            Outcome::TidakLengkap => "tidak_lengkap",
            Outcome::Duplikat => "duplikat",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

super::code::stored_as_code!(CaseState);
super::code::stored_as_code!(Outcome);
super::code::stored_as_code!(EventKind);

/// What an entry of a case's timeline records. Who sees it: the reporter reads arrivals,
/// their own additions, state changes and messages to them; staff read everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "EventKind::parse_code", to_str = "EventKind::stored_code"))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Received,
    /// The reporter's answer or addition (sealed text).
    InfoAdded,
    /// The body is the new state's code.
    StateChanged,
    /// A question or the closing message to the reporter (sealed text).
    Message,
    /// An internal note (sealed text).
    Note,
    /// An inspector proposed closing; the body is the proposed outcome's code.
    ClosingProposed,
    /// A supervisor sent a proposed closing back; the body is the reason (sealed text).
    ClosingReturned,
    /// A supervisor reopened the closed case; the body is the reason (sealed text).
    Reopened,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Received,
        EventKind::InfoAdded,
        EventKind::StateChanged,
        EventKind::Message,
        EventKind::Note,
        EventKind::ClosingProposed,
        EventKind::ClosingReturned,
        EventKind::Reopened,
    ];

    /// The stored code (a `const fn`: the registry of sealed columns lists the kinds whose
    /// body is a text by it).
    pub const fn code(self) -> &'static str {
        match self {
            EventKind::Received => "received",
            EventKind::InfoAdded => "info_added",
            EventKind::StateChanged => "state_changed",
            EventKind::Message => "message",
            EventKind::Note => "note",
            EventKind::ClosingProposed => "closing_proposed",
            EventKind::ClosingReturned => "closing_returned",
            EventKind::Reopened => "reopened",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the reporter sees this entry with the receipt.
    pub fn shown_to_reporter(self) -> bool {
        matches!(self, EventKind::Received | EventKind::InfoAdded | EventKind::StateChanged | EventKind::Message)
    }
}

/// The arrows of the diagram other than closing, which goes through [`check_close`].
pub fn legal_targets(from: CaseState) -> &'static [CaseState] {
    use CaseState::*;
    match from {
        Diterima => &[Verifikasi],
        Verifikasi => &[Klarifikasi, Telaah, Selesai],
        Klarifikasi => &[Verifikasi, Selesai],
        Telaah => &[Pemeriksaan, Selesai],
        Pemeriksaan => &[Selesai],
        Selesai => &[],
    }
}

/// Checks a move that does not close the case.
pub fn check_transition(from: CaseState, to: CaseState) -> Result<(), WorkflowError> {
    if to != CaseState::Selesai && legal_targets(from).contains(&to) {
        Ok(())
    } else {
        Err(WorkflowError::IllegalTransition { from, to })
    }
}

/// Checks closing a case with an outcome. From verification a case can only be forwarded
/// (outside our authority) or merged as a duplicate; a clarification that was never answered
/// closes as incomplete; a finding on the substance needs at least a desk review.
pub fn check_close(from: CaseState, outcome: Outcome) -> Result<(), WorkflowError> {
    use CaseState::*;
    use Outcome::*;
    let allowed: &[Outcome] = match from {
        Verifikasi => &[Dilimpahkan, Duplikat],
        Klarifikasi => &[TidakLengkap],
        Telaah => &[Terbukti, TidakTerbukti, Dilimpahkan, Duplikat],
        Pemeriksaan => &[Terbukti, TidakTerbukti, Dilimpahkan],
        Diterima | Selesai => {
            return Err(WorkflowError::IllegalTransition { from, to: Selesai })
        }
    };
    if allowed.contains(&outcome) {
        Ok(())
    } else {
        Err(WorkflowError::OutcomeNotAllowed { from, outcome })
    }
}

#[cfg(test)]
mod tests {
    use super::CaseState::*;
    use super::*;

    #[test]
    fn the_workflow_follows_the_diagram() {
        let legal = [
            (Diterima, Verifikasi),
            (Verifikasi, Klarifikasi),
            (Verifikasi, Telaah),
            (Klarifikasi, Verifikasi),
            (Telaah, Pemeriksaan),
        ];
        for from in CaseState::ALL {
            for to in CaseState::ALL {
                let expected = legal.contains(&(from, to));
                assert_eq!(
                    check_transition(from, to).is_ok(),
                    expected,
                    "{from:?} -> {to:?}"
                );
            }
        }
    }

    #[test]
    fn closing_is_not_a_plain_transition() {
        assert_eq!(
            check_transition(Telaah, Selesai),
            Err(WorkflowError::IllegalTransition { from: Telaah, to: Selesai })
        );
    }

    #[test]
    fn a_new_or_closed_case_cannot_be_closed() {
        for outcome in Outcome::ALL {
            assert!(check_close(Diterima, outcome).is_err());
            assert!(check_close(Selesai, outcome).is_err());
        }
    }

    #[test]
    fn an_unanswered_clarification_closes_only_as_incomplete() {
        assert!(check_close(Klarifikasi, Outcome::TidakLengkap).is_ok());
        assert_eq!(
            check_close(Klarifikasi, Outcome::Terbukti),
            Err(WorkflowError::OutcomeNotAllowed { from: Klarifikasi, outcome: Outcome::Terbukti })
        );
    }

    #[test]
    fn verification_may_forward_or_merge_but_not_judge() {
        assert!(check_close(Verifikasi, Outcome::Dilimpahkan).is_ok());
        assert!(check_close(Verifikasi, Outcome::Duplikat).is_ok());
        assert!(check_close(Verifikasi, Outcome::Terbukti).is_err());
        assert!(check_close(Verifikasi, Outcome::TidakTerbukti).is_err());
    }

    #[test]
    fn review_and_investigation_may_close_with_a_finding() {
        for from in [Telaah, Pemeriksaan] {
            assert!(check_close(from, Outcome::Terbukti).is_ok());
            assert!(check_close(from, Outcome::TidakTerbukti).is_ok());
        }
    }

    #[test]
    fn only_clarification_waits_for_the_reporter() {
        let waiting: Vec<_> = CaseState::ALL.into_iter().filter(|s| s.waits_for_reporter()).collect();
        assert_eq!(waiting, vec![Klarifikasi]);
    }

    #[test]
    fn state_and_outcome_codes_round_trip() {
        for s in CaseState::ALL {
            assert_eq!(CaseState::from_code(s.code()), Some(s));
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::from_code(o.code()), Some(o));
        }
        assert_eq!(CaseState::from_code("hapus"), None);
    }
}
