//! What server functions return to pages: plain serialisable views, no database types.
use serde::{Deserialize, Serialize};

use crate::domain::category::CategoryOption;
use crate::domain::deadline::DeadlineKind;
use crate::domain::fivew::{Element, Verdict};
use crate::domain::report::ReportInput;
use crate::domain::staff::Role;
use crate::domain::workflow::{CaseState, Outcome};
use crate::errors::AppError;

/// A report was stored (or had been stored already under the same form token).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submitted {
    pub case_number: String,
    /// Grouped for display, `1234 5678 9012 3456`. Shown once, never stored in clear.
    pub receipt: String,
    pub verdict: Verdict,
}

/// Everything the report page needs to render: the categories, a fresh one-time token,
/// and — after a plain (no-JavaScript) post — what was posted and what came of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportFormState {
    pub categories: Vec<CategoryOption>,
    pub token: String,
    /// What the evidence picker may take, to refuse a too-large file before sending it.
    pub evidence: crate::domain::evidence::EvidenceLimits,
    pub posted: Option<PostedReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostedReport {
    pub input: ReportInput,
    pub token: String,
    pub result: Result<Submitted, AppError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// Date and time in Western Indonesian Time, `2026-11-28 14:05`.
    pub at: String,
    pub kind: TimelineKind,
    /// For a state change: the new state.
    pub state: Option<CaseState>,
    /// The reporter's own added text, or a message to the reporter.
    pub body: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Received,
    InfoAdded,
    StateChanged,
    MessageToReporter,
}

/// What a reporter sees with the receipt: never staff names, notes or other reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportStatus {
    pub case_number: String,
    pub state: CaseState,
    pub outcome: Option<Outcome>,
    pub category: CategoryOption,
    pub received_at: String,
    pub verdict: Verdict,
    pub timeline: Vec<TimelineEntry>,
    /// What happens next and by when (none once closed).
    pub next_by: Option<DueDate>,
    /// The evidence files the reporter sent (their contents are for staff only).
    pub attachments: Vec<AttachedFile>,
    pub evidence: crate::domain::evidence::EvidenceLimits,
    /// The reporter gave an address for notices (it is never shown back).
    pub notices: bool,
    /// The reply letter, once the case is closed.
    pub letter: Option<ReplyLetter>,
    /// The reporter has rated the service (the survey is offered once per report).
    pub rated: bool,
}

/// A staff member's address for notices and their choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct NoticeSettings {
    pub email: String,
    pub prefs: crate::domain::notice::StaffPrefs,
}

/// The satisfaction survey over a period: the index, each month's, and the newest comments
/// (with their month only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SurveySummary {
    pub index: Option<crate::domain::survey::Index>,
    pub months: Vec<(String, crate::domain::survey::Index)>,
    pub comments: Vec<(String, String)>,
}

/// A closed case's reply letter (*surat jawaban*), as issued: every text it prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyLetter {
    pub number: String,
    /// The day it was issued, `2026-12-08` (WIB).
    pub date: String,
    pub case_number: String,
    /// The day the report was received, `2026-12-01`.
    pub received_on: String,
    pub outcome: Outcome,
    /// What became of the report, in the letter's words.
    pub outcome_paragraph: String,
    /// The closing message to the reporter.
    pub message: String,
    /// The letterhead and signatory it was issued under.
    pub profile: crate::domain::profile::Profile,
}

/// An evidence file as its sender sees it in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedFile {
    pub kind: crate::domain::evidence::EvidenceKind,
    pub size_bytes: u64,
    pub at: String,
}

/// An evidence file received, cleaned and waiting for its report: the one-time key joins
/// it to the report when the form is sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedFile {
    pub key: String,
    pub kind: crate::domain::evidence::EvidenceKind,
    pub size_bytes: u64,
}

/// The check page after a plain post: the typed receipt (to keep it in the field on
/// error, and to add information) and the lookup result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostedCheck {
    pub receipt: String,
    pub result: Result<ReportStatus, AppError>,
    /// Set when the post added information.
    pub added: bool,
    pub info_error: Option<AppError>,
    pub info_text: String,
    /// Set when the post gave or removed the address for notices.
    pub notices_changed: bool,
    pub notices_error: Option<AppError>,
    /// A refused address, to correct (never kept once accepted).
    pub typed_address: String,
    /// Set when the post rated the service, or why the rating was refused.
    pub rated_now: bool,
    pub survey_error: Option<AppError>,
}

/// A signed-in staff member as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: i32,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub must_change_password: bool,
    /// Signs in with an authenticator code as well.
    pub two_factor: bool,
    /// An administrator requires two-factor sign-in and it is not set up yet: nothing
    /// else works until it is.
    pub must_set_up_two_factor: bool,
}

/// Setting up two-factor sign-in: the secret as text and as a QR code (SVG markup made on
/// the server from the `otpauth://` address; no third party sees it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    pub secret: String,
    pub url: String,
    pub qr_svg: String,
}

/// A card on the case board: never the reporter's contact or the reported person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardCard {
    pub id: i32,
    pub case_number: String,
    pub category: CategoryOption,
    pub state: CaseState,
    pub channel: crate::domain::report::Channel,
    pub received_at: String,
    pub age_days: i32,
    pub met_count: u8,
    pub assignees: Vec<String>,
    /// The reporter answered the inspectors' last question (or added information after it).
    pub answer_arrived: bool,
    /// The deadline running now; none once closed.
    pub due: Option<DueDate>,
    /// An inspector proposed closing it; a supervisor's approval is awaited.
    pub closing_proposed: bool,
}

/// The case board: the cards loaded, and how many cases each column holds in all (a
/// column loads at most its oldest open, or newest closed, cases).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub cards: Vec<BoardCard>,
    pub totals: Vec<(CaseState, u64)>,
}

/// A day off that deadlines skip.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    /// `2026-03-21`.
    pub day: String,
    pub name: String,
}

/// A deadline as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueDate {
    /// `2026-12-02`.
    pub date: String,
    pub kind: DeadlineKind,
    pub overdue: bool,
    /// Not overdue yet, but at most [`crate::domain::deadline::SOON_WORKING_DAYS`] working days left.
    pub soon: bool,
}

/// Board filters; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoardFilter {
    pub category: String,
    /// A `CaseState` code.
    pub state: String,
    /// A `Channel` code.
    pub channel: String,
    /// Only cases assigned to this staff member.
    pub assignee: Option<i32>,
    /// Free text over the case number and the report's "what happened".
    pub text: String,
    /// Only cases whose deadline has passed.
    pub overdue: bool,
    /// Only cases due within the next two working days (the supervisor's "due soon" view).
    pub due_soon: bool,
}

/// A case as the staff working it see it, with internal notes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    pub id: i32,
    pub case_number: String,
    pub state: CaseState,
    pub outcome: Option<Outcome>,
    pub outcome_detail: Option<String>,
    pub category: CategoryOption,
    pub channel: crate::domain::report::Channel,
    pub received_at: String,
    /// The report as submitted, including the reporter's contact: only staff allowed to
    /// work the case get this far.
    pub report: ReportInput,
    pub verdict: Verdict,
    pub assignees: Vec<String>,
    pub timeline: Vec<StaffTimelineEntry>,
    /// Staff a supervisor may assign; empty for others.
    pub workers: Vec<(i32, String)>,
    /// The inspectors' verdicts in force, newest per element.
    pub overrides: Vec<ElementOverride>,
    pub due: Option<DueDate>,
    pub attachments: Vec<crate::domain::evidence::AttachmentInfo>,
    /// The work unit (OPD) the case concerns, and the active units to choose from.
    pub work_unit: Option<i32>,
    pub work_units: Vec<WorkUnitRow>,
    /// An inspector's closing that waits for a supervisor.
    pub proposal: Option<ClosingProposal>,
    /// The user may close at once, approve or send back a proposal, and reopen.
    pub may_approve: bool,
}

/// A proposed closing as the supervisor reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingProposal {
    /// What an approval names, so that it approves the text the supervisor read.
    pub id: i32,
    pub outcome: Outcome,
    pub outcome_detail: Option<String>,
    /// The message the reporter will read once it is approved.
    pub message: String,
    pub by: String,
    pub at: String,
}

/// What closing did: the case is closed, or (an inspector's) proposal waits for approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closing {
    Closed,
    Proposed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementOverride {
    pub element: Element,
    pub met: bool,
    pub reason: String,
    pub by: String,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffTimelineEntry {
    pub at: String,
    pub kind: crate::domain::workflow::EventKind,
    /// `pelapor` or a staff member's display name.
    pub actor: String,
    pub body: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i32,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub must_change_password: bool,
    pub two_factor: bool,
    pub two_factor_required: bool,
    /// Where the account's notices go (empty: none).
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub case_id: Option<i32>,
    pub action: String,
    pub detail: Option<String>,
}

/// What administrators set for oversight: deadline lengths (working days) and how many years
/// a closed case keeps its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OversightSettings {
    pub rules: crate::domain::deadline::DeadlineRules,
    pub retention_years: u16,
}

impl OversightSettings {
    /// SPEC: five years is the longest a whistleblowing system should keep a case's texts.
    pub const RETENTION_MAX_YEARS: u16 = 5;

    pub fn valid(&self) -> bool {
        self.rules.valid() && (1..=Self::RETENTION_MAX_YEARS).contains(&self.retention_years)
    }
}

impl Default for OversightSettings {
    fn default() -> Self {
        Self { rules: Default::default(), retention_years: Self::RETENTION_MAX_YEARS }
    }
}

/// A work unit (OPD) as administrators manage it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkUnitRow {
    pub id: i32,
    pub name: String,
    pub active: bool,
}

/// A month's arrivals and closings, `2026-11`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    pub month: String,
    pub received: u32,
    pub closed: u32,
}

/// The supervisor's dashboard for a period (cases received from `from` to `to`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub from: String,
    pub to: String,
    pub total: u32,
    pub open: u32,
    pub closed: u32,
    pub overdue: u32,
    pub by_state: Vec<(CaseState, u32)>,
    pub by_category: Vec<(CategoryOption, u32)>,
    /// `None`: not yet set on the case.
    pub by_work_unit: Vec<(Option<String>, u32)>,
    pub by_channel: Vec<(crate::domain::report::Channel, u32)>,
    pub per_month: Vec<MonthCount>,
    pub outcomes: Vec<(Outcome, u32)>,
    /// Calendar days from receipt until verification ended (the case moved past
    /// verification and clarification, or was closed from there).
    pub to_verification: crate::domain::stats::Spread,
    pub to_close: crate::domain::stats::Spread,
    /// Of the closed cases, the share closed within the deadlines (percent).
    pub closed_in_time_pct: Option<u8>,
    /// SVG drawings, made on the server: per month, and by category.
    pub month_chart: String,
    pub category_chart: String,
    /// The satisfaction survey of the period's months.
    pub survey: SurveySummary,
}

/// What anyone may see: totals and shares, with every small cell merged or hidden.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicStats {
    pub from: String,
    pub to: String,
    /// `None` when under the minimum.
    pub received: Option<u32>,
    pub closed: Option<u32>,
    pub by_category: Vec<crate::domain::stats::PublicRow>,
    pub by_work_unit: Vec<crate::domain::stats::PublicRow>,
    pub by_month: Vec<(String, Option<u32>)>,
    pub closed_in_time_pct: Option<u8>,
    pub median_days_to_close: Option<u32>,
    /// The satisfaction index and its grade over the finished months with at least five
    /// ratings each (see `services::survey::public`).
    pub satisfaction: Option<(u32, crate::domain::survey::Grade)>,
    /// SVG drawings, made on the server: received and closed per month, and by category
    /// (small counts left out, as in the tables).
    pub month_chart: String,
    pub category_chart: String,
}

/// The outbox as administrators see it (`services::outbox::summary`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxSummary {
    pub pending: u64,
    pub sent: u64,
    pub failed: u64,
    /// The latest messages given up.
    pub failures: Vec<OutboxFailure>,
    /// Whether a mail server is configured: without one, pending messages wait.
    pub configured: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxFailure {
    /// When the message was written (WIB).
    pub at: String,
    pub kind: crate::domain::notice::NoticeKind,
    /// The class of error (`refused`, `timeout`, `connection`, …).
    pub error: String,
}

/// What the administrators' settings page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsPageData {
    pub oversight: OversightSettings,
    pub units: Vec<WorkUnitRow>,
    pub profile: crate::domain::profile::Profile,
    pub outbox: OutboxSummary,
}
