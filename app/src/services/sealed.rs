//! Every sealed column, in one list: what key rotation reseals and what the tests that read
//! the raw database check. A column that is sealed on insert but missing here would stay
//! under the old key after a rotation (as the two-factor secrets did, locking their owners
//! out once the old key was retired), so a sealed value is written through one of these.

use crate::domain::workflow::EventKind;

/// How a column's values are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `s1.<key id>.<hex>` text.
    Text,
    /// `s1.<key id>.` then raw bytes (files).
    Bytes,
}

/// A sealed column: its table and column, the associated data it is sealed with (the
/// column's name as the sealing code spells it), its form, and — where only some rows of a
/// column are sealed — the rows that are (a column and the values it may hold).
#[derive(Clone, Copy, Debug)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub context: &'static str,
    pub form: Form,
    pub only_where: Option<(&'static str, &'static [&'static str])>,
}

const fn text(table: &'static str, column: &'static str, context: &'static str) -> SealedColumn {
    SealedColumn { table, column, context, form: Form::Text, only_where: None }
}

pub const REPORT_WHAT: &str = "report.what";
pub const REPORT_WHO: &str = "report.who";
pub const REPORT_PLACE: &str = "report.place";
pub const REPORT_TIME: &str = "report.time";
pub const REPORT_WHY: &str = "report.why";
pub const REPORT_HOW: &str = "report.how";
pub const REPORT_HOW_MUCH: &str = "report.how_much";
pub const REPORT_EVIDENCE: &str = "report.evidence";
pub const REPORT_CONTACT: &str = "report.contact";
/// The address a reporter gave for notices: shown to no one, read only to send them.
pub const REPORT_NOTIFY_EMAIL: &str = "report.notify_email";
/// Timeline texts: the reporter's answers and additions, messages to them, internal notes.
pub const EVENT_BODY: &str = "report_event.body";
/// The timeline entries whose body is a text (a state change's body is its state code, a
/// proposed closing's its outcome code): the reasons for sending a closing back and for
/// reopening a case are texts (they may name people).
pub const TEXT_EVENTS: &[&str] = &[
    EventKind::InfoAdded.code(),
    EventKind::Message.code(),
    EventKind::Note.code(),
    EventKind::ClosingReturned.code(),
    EventKind::Reopened.code(),
];
pub const ATTACHMENT_CONTENT: &str = "attachment.content";
/// An inspector's reason for overriding the 5W+2H verdict (it may name people).
pub const OVERRIDE_REASON: &str = "element_override.reason";
/// A staff member's TOTP secret, confirmed or pending (one context for both: confirming
/// moves the pending value into the secret column as it is).
pub const TOTP_SECRET: &str = "staff_account.totp";
/// The message to the reporter of a closing that waits for a supervisor's approval.
pub const PROPOSAL_MESSAGE: &str = "closing_proposal.message";
/// The closing message as the reply letter carries it.
pub const LETTER_MESSAGE: &str = "reply_letter.message";
/// A reporter's comment in the satisfaction survey (it may name people).
pub const SURVEY_COMMENT: &str = "survey_response.comment";

/// Whether `table.column` is sealed.
pub fn is_sealed(table: &str, column: &str) -> bool {
    SEALED.iter().any(|c| c.table == table && c.column == column)
}

pub const SEALED: &[SealedColumn] = &[
    text("report", "what", REPORT_WHAT),
    text("report", "who", REPORT_WHO),
    text("report", "place", REPORT_PLACE),
    text("report", "time", REPORT_TIME),
    text("report", "why", REPORT_WHY),
    text("report", "how", REPORT_HOW),
    text("report", "how_much", REPORT_HOW_MUCH),
    text("report", "evidence", REPORT_EVIDENCE),
    text("report", "contact", REPORT_CONTACT),
    text("report", "notify_email", REPORT_NOTIFY_EMAIL),
    SealedColumn { only_where: Some(("kind", TEXT_EVENTS)), ..text("report_event", "body", EVENT_BODY) },
    SealedColumn { form: Form::Bytes, ..text("attachment", "content", ATTACHMENT_CONTENT) },
    text("element_override", "reason", OVERRIDE_REASON),
    text("staff_account", "totp_secret", TOTP_SECRET),
    text("staff_account", "totp_pending", TOTP_SECRET),
    text("closing_proposal", "message", PROPOSAL_MESSAGE),
    text("reply_letter", "message", LETTER_MESSAGE),
    text("survey_response", "comment", SURVEY_COMMENT),
];
