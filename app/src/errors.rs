//! The one error type of Lentera's server functions. It crosses to the browser as JSON and
//! carries only what the user may see; details stay in the server log.
use serde::{Deserialize, Serialize};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::domain::report::InputProblem;
use crate::domain::staff::PasswordProblem;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The report form was filled in wrongly; each problem is shown at its field.
    #[error("invalid report: {0:?}")]
    InvalidReport(Vec<InputProblem>),
    /// The typed receipt is not sixteen digits.
    #[error("malformed receipt")]
    ReceiptMalformed,
    /// No report has this receipt. Deliberately the same for every wrong receipt.
    #[error("unknown receipt")]
    ReceiptUnknown,
    /// The form's one-time token is missing or malformed (an old or forged page).
    #[error("form token invalid")]
    FormExpired,
    /// Additional information was empty or too long.
    #[error("invalid additional information")]
    InvalidInformation,
    /// The case is closed; it takes no more information.
    #[error("case closed")]
    CaseClosed,
    /// Wrong user name or password (deliberately not saying which), or a deactivated account.
    #[error("login failed")]
    LoginFailed,
    /// The password was right; the account also needs its authenticator code.
    #[error("second factor required")]
    SecondFactorRequired,
    /// The authenticator or recovery code is wrong, or was used already.
    #[error("second factor wrong")]
    SecondFactorWrong,
    /// A signed-in staff member's own password, asked again before a sensitive change (a new
    /// password, setting up two-factor sign-in), is wrong.
    #[error("password wrong")]
    PasswordWrong,
    /// Two-factor sign-in is on already; moving it to another phone goes through an
    /// administrator's reset (a stolen session must not replace it).
    #[error("two-factor already on")]
    TwoFactorAlreadyOn,
    /// An administrator requires two-factor sign-in and it is not set up yet.
    #[error("two-factor setup required")]
    TwoFactorSetupRequired,
    /// No valid staff session: never signed in, logged out, or expired.
    #[error("not signed in")]
    NotSignedIn,
    /// Signed in, but this role or this case is not allowed.
    #[error("forbidden")]
    Forbidden,
    /// The workflow does not allow this move (SPEC "Case workflow").
    #[error("illegal move")]
    IllegalMove,
    /// Closing and asking the reporter always need a message to the reporter.
    #[error("message to the reporter required")]
    MessageRequired,
    /// Forwarding needs the receiving agency; a duplicate needs the case it merges into.
    #[error("outcome detail required")]
    OutcomeDetailRequired,
    /// No such case (or, for staff, none they may see: the same answer).
    #[error("case not found")]
    CaseNotFound,
    #[error("weak password: {0:?}")]
    WeakPassword(PasswordProblem),
    #[error("user name taken")]
    UsernameTaken,
    /// Too many attempts from this device (wrong receipts or passwords, or reports): wait.
    #[error("too many attempts; retry after {retry_after_secs} s")]
    TooManyAttempts { retry_after_secs: i64 },
    /// Not a JPEG, PNG, WebP or PDF by its content (whatever its name says).
    #[error("evidence type not accepted")]
    EvidenceUnsupported,
    /// A damaged image, one too large in pixels, or a password-protected PDF.
    #[error("evidence unreadable")]
    EvidenceUnreadable,
    /// A file whose content would take too much to clean: an image of more pixels than a
    /// phone photo has, or a PDF that unpacks into too many objects or bytes.
    #[error("evidence too complex to clean")]
    EvidenceTooComplex,
    /// One file over the per-file limit.
    #[error("evidence file over {limit_mb} MB")]
    EvidenceTooLarge { limit_mb: u64 },
    /// The report's files together would pass the per-report size or count limit.
    #[error("report evidence over {limit_mb} MB or {limit_files} files")]
    EvidenceReportFull { limit_mb: u64, limit_files: usize },
    /// An attached upload is unknown or waited more than a day; attach it again.
    #[error("evidence upload expired")]
    EvidenceExpired,
    /// A user name of 3-32 lower-case letters, digits, dots, dashes, underscores.
    #[error("invalid user name")]
    InvalidUsername,
    /// No staff account with this id.
    #[error("account not found")]
    AccountNotFound,
    /// The staff member to assign is unknown, deactivated, or in a role that does not work cases.
    #[error("assignee unavailable")]
    AssigneeUnavailable,
    /// An internal note that is empty or over 4,000 characters.
    #[error("note required")]
    NoteRequired,
    /// A received-on date that is no real day, or in the future.
    #[error("invalid received-on date")]
    InvalidReceivedDate,
    /// A reason that is empty or over 500 characters: for overriding the 5W+2H verdict,
    /// sending a proposed closing back, or reopening a case.
    #[error("reason required")]
    ReasonRequired,
    /// Approving a proposed closing that the inspector has replaced since the page showed it.
    #[error("proposal changed")]
    ProposalChanged,
    /// Reopening a case whose texts retention has already emptied.
    #[error("case purged")]
    CasePurged,
    /// A holiday without a date in 2000-2100 or with an empty or over-long name.
    #[error("invalid holiday")]
    InvalidHoliday,
    /// Removing a day that is not in the calendar.
    #[error("holiday not found")]
    HolidayNotFound,
    /// Deadline lengths or retention outside their bounds.
    #[error("invalid settings")]
    InvalidSettings,
    /// A work unit or category name that is empty, too long, or already used.
    #[error("invalid or duplicate name")]
    InvalidName,
    // The two below never reach the citizen's bundle: one is an administrator's, the other
    // the receipt page's, which is server HTML. Left out of it, they cost a phone no bytes
    // (their names and the profile's field names would be bytes of its wasm).
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("invalid profile field: {0:?}")]
    InvalidProfile(crate::domain::profile::ProfileField),
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("invalid address for notices")]
    InvalidNoticeAddress,
    /// The case has no reply letter (it is not closed, or was reopened).
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("no reply letter")]
    NoLetter,
    /// A staff member's address for notices is not an e-mail address.
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("invalid staff e-mail")]
    InvalidStaffEmail,
    /// The digest's hour is not 0–23.
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("invalid notice choices")]
    InvalidNoticePrefs,
    /// A survey answer is missing or outside 1–4, or the comment is too long.
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("invalid survey answer")]
    InvalidSurvey,
    /// The report's reporter has rated the service already.
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("survey already taken")]
    SurveyClosed,
    /// The case is not closed (or was reopened): the survey waits for its outcome.
    #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
    #[error("survey not open")]
    SurveyNotOpen,
    /// The database is unreachable for now; nothing was saved, try again.
    #[error("temporarily unavailable")]
    Unavailable,
    /// The request did not reach the server or its answer did not come back.
    #[error("network: {0}")]
    Network(String),
    /// A bug or an unexpected failure; the details are in the server log.
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::InvalidReport(_)
            | AppError::ReceiptMalformed
            | AppError::FormExpired
            | AppError::InvalidInformation
            | AppError::WeakPassword(_)
            | AppError::MessageRequired
            | AppError::OutcomeDetailRequired => 400,
            AppError::CaseNotFound => 404,
            AppError::InvalidUsername | AppError::AssigneeUnavailable | AppError::NoteRequired | AppError::InvalidReceivedDate | AppError::ReasonRequired | AppError::InvalidHoliday => 400,
            AppError::AccountNotFound | AppError::HolidayNotFound => 404,
            AppError::EvidenceExpired | AppError::InvalidSettings | AppError::InvalidName => 400,
            #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
            AppError::InvalidProfile(_) | AppError::InvalidNoticeAddress | AppError::InvalidSurvey | AppError::InvalidStaffEmail | AppError::InvalidNoticePrefs => 400,
            #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
            AppError::NoLetter => 404,
            #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
            AppError::SurveyClosed => 409,
            #[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
            AppError::SurveyNotOpen => 409,
            AppError::EvidenceUnsupported => 415,
            AppError::EvidenceUnreadable => 422,
            AppError::EvidenceTooLarge { .. } | AppError::EvidenceReportFull { .. } | AppError::EvidenceTooComplex => 413,
            AppError::IllegalMove => 409,
            AppError::LoginFailed | AppError::NotSignedIn | AppError::SecondFactorRequired | AppError::SecondFactorWrong => 401,
            AppError::TwoFactorSetupRequired => 403,
            AppError::PasswordWrong => 403,
            AppError::TwoFactorAlreadyOn | AppError::ProposalChanged | AppError::CasePurged => 409,
            AppError::Forbidden => 403,
            AppError::UsernameTaken => 409,
            AppError::ReceiptUnknown => 404,
            AppError::CaseClosed => 409,
            AppError::Unavailable => 503,
            AppError::TooManyAttempts { .. } => 429,
            AppError::Network(_) | AppError::Internal => 500,
        }
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// An unexpected failure: logged with its cause and the line it happened at (an operator
    /// otherwise got a 500 and an empty log); the user sees only "internal error". Causes
    /// passed here are library errors, never report text.
    #[track_caller]
    pub fn internal(cause: impl std::fmt::Debug) -> Self {
        let at = std::panic::Location::caller();
        tracing::error!(?cause, %at, "internal error");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(e) | ServerFnErrorErr::Response(e) => AppError::Network(e),
            // Malformed arguments come from a broken or forged request.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::FormExpired,
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        use sea_orm::DbErr;
        match e {
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                tracing::warn!(error = %e, "database unavailable");
                AppError::Unavailable
            }
            other => {
                tracing::error!(error = %other, "database error");
                AppError::Internal
            }
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    /// An internal error is made by [`super::AppError::internal`], which logs its cause and
    /// place; a bare `AppError::Internal` from a failed call left the log empty (33 places).
    #[test]
    fn no_failed_call_becomes_an_internal_error_without_its_cause() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).expect("source folder") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source");
                    // Spelled in two halves, so that this file does not match itself.
                    for pattern in [["map_err(|_| AppError::", "Internal)"].concat(), ["ok_or(AppError::", "Internal)"].concat()] {
                        if text.contains(&pattern) {
                            found.push(format!("{}: {pattern}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(found.is_empty(), "use AppError::internal(cause): {found:#?}");
    }
}
