//! E-mail notices (issue 17): what kinds there are, how a delivery is retried, and the words
//! of the notice a reporter receives. I/O-free; the outbox service stores and sends them.
//!
//! A reporter's notice says only that there is news and where to read it: no case number, no
//! word of the report, no receipt, no name. Whoever else reads the reporter's mailbox learns
//! that they wrote to the inspectorate, which they were told when they gave the address.

/// Why a message was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "NoticeKind::parse_code", to_str = "NoticeKind::stored_code"))]
pub enum NoticeKind {
    /// Staff asked the reporter a question.
    QuestionAsked,
    /// The answer to a question is due within two working days.
    AnswerDue,
    /// The case was closed: the outcome waits on the receipt page.
    Closed,
    /// To staff: a new report arrived (supervisors).
    NewReport,
    /// To staff: a case was assigned to them.
    Assigned,
    /// To staff: the reporter answered their question.
    ReporterAnswered,
    /// To staff: a case's deadline is within two working days.
    DueSoon,
    /// To staff: a case is past its deadline.
    Overdue,
    /// To staff: the day's digest of the kinds they chose to receive so.
    Digest,
}

impl NoticeKind {
    pub const ALL: [Self; 9] = [
        Self::QuestionAsked,
        Self::AnswerDue,
        Self::Closed,
        Self::NewReport,
        Self::Assigned,
        Self::ReporterAnswered,
        Self::DueSoon,
        Self::Overdue,
        Self::Digest,
    ];
    /// What a staff member chooses to receive, and how.
    pub const STAFF: [Self; 5] = [Self::NewReport, Self::Assigned, Self::ReporterAnswered, Self::DueSoon, Self::Overdue];

    pub const fn code(self) -> &'static str {
        match self {
            Self::QuestionAsked => "question_asked",
            Self::AnswerDue => "answer_due",
            Self::Closed => "closed",
            Self::NewReport => "new_report",
            Self::Assigned => "assigned",
            Self::ReporterAnswered => "reporter_answered",
            Self::DueSoon => "due_soon",
            Self::Overdue => "overdue",
            Self::Digest => "digest",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Where a message is on its way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "DeliveryState::parse_code", to_str = "DeliveryState::stored_code"))]
pub enum DeliveryState {
    /// Waiting to be sent (again).
    Pending,
    /// Accepted by the mail server.
    Sent,
    /// Given up: refused for good by the mail server, or still failing after
    /// [`MAX_ATTEMPTS`] tries. Administrators see it.
    Failed,
    /// No longer wanted: the reporter removed their address (or retention emptied the case)
    /// before it went out.
    Dropped,
}

impl DeliveryState {
    pub const ALL: [Self; 4] = [Self::Pending, Self::Sent, Self::Failed, Self::Dropped];

    pub const fn code(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::Dropped => "dropped",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// How a staff member receives one kind of notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeMode {
    Immediate,
    Digest,
    Off,
}

/// A staff member's choices: a mode per kind, and the hour (WIB, 0–23) of the daily digest.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct StaffPrefs {
    pub new_report: NoticeMode,
    pub assigned: NoticeMode,
    pub reporter_answered: NoticeMode,
    pub due_soon: NoticeMode,
    pub overdue: NoticeMode,
    pub digest_hour: u8,
}

impl Default for StaffPrefs {
    /// What needs a reaction comes at once; the deadlines' state, once a day at 07:00.
    fn default() -> Self {
        Self {
            new_report: NoticeMode::Immediate,
            assigned: NoticeMode::Immediate,
            reporter_answered: NoticeMode::Immediate,
            due_soon: NoticeMode::Digest,
            overdue: NoticeMode::Digest,
            digest_hour: 7,
        }
    }
}

impl StaffPrefs {
    /// How `kind` is received (`Off` for a kind that is not a staff member's).
    pub fn mode(&self, kind: NoticeKind) -> NoticeMode {
        match kind {
            NoticeKind::NewReport => self.new_report,
            NoticeKind::Assigned => self.assigned,
            NoticeKind::ReporterAnswered => self.reporter_answered,
            NoticeKind::DueSoon => self.due_soon,
            NoticeKind::Overdue => self.overdue,
            _ => NoticeMode::Off,
        }
    }

    /// Sets how `kind` is received (a kind that is not a staff member's is left alone).
    pub fn set(&mut self, kind: NoticeKind, mode: NoticeMode) {
        let slot = match kind {
            NoticeKind::NewReport => &mut self.new_report,
            NoticeKind::Assigned => &mut self.assigned,
            NoticeKind::ReporterAnswered => &mut self.reporter_answered,
            NoticeKind::DueSoon => &mut self.due_soon,
            NoticeKind::Overdue => &mut self.overdue,
            _ => return,
        };
        *slot = mode;
    }

    pub fn valid(&self) -> bool {
        self.digest_hour < 24
    }
}

/// The subject and text of a staff notice: what happened, and the cases it concerns as their
/// numbers and links (`items`: the kind, the case number and its address; a digest holds
/// several kinds, listed kind by kind). Never a word of a report, the reported person or
/// anything about the reporter: the e-mail may be read on a shared phone, and it leaves the
/// inspectorate's systems.
pub fn staff_notice(kind: NoticeKind, inspectorate: &str, items: &[(NoticeKind, String, String)]) -> (String, String) {
    let what = |k: NoticeKind| match k {
        NoticeKind::NewReport => "Laporan baru masuk / New reports",
        NoticeKind::Assigned => "Kasus ditugaskan kepada Anda / Cases assigned to you",
        NoticeKind::ReporterAnswered => "Pelapor menjawab pertanyaan / Reporters answered",
        NoticeKind::DueSoon => "Batas waktu dalam 2 hari kerja / Due within 2 working days",
        NoticeKind::Overdue => "Melewati batas waktu / Overdue",
        NoticeKind::Digest => "Ringkasan harian / Daily digest",
        _ => "Lentera",
    };
    let subject = match items {
        [(_, number, _)] if kind != NoticeKind::Digest => format!("[{inspectorate}] {}: {number}", what(kind)),
        _ => format!("[{inspectorate}] {} ({})", what(kind), items.len()),
    };
    let mut body = String::new();
    for k in NoticeKind::STAFF {
        let of_kind: Vec<_> = items.iter().filter(|(ik, ..)| *ik == k).collect();
        if of_kind.is_empty() {
            continue;
        }
        body.push_str(what(k));
        body.push('\n');
        for (_, number, link) in of_kind {
            body.push_str(&format!("- {number}: {link}\n"));
        }
        body.push('\n');
    }
    body.push_str("Atur surel ini di halaman staf (Pemberitahuan). / Choose these e-mails on the staff page (Notifications).\n");
    (subject, body)
}

super::code::stored_as_code!(NoticeKind);
super::code::stored_as_code!(DeliveryState);

/// Tries before a message is marked failed. With [`retry_delay`] they span about a day, so a
/// mail server down over a night loses nothing.
pub const MAX_ATTEMPTS: i32 = 30;

/// How long to wait after the `attempts`-th failed try: one minute, doubling, at most an
/// hour.
pub fn retry_delay_secs(attempts: i32) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 6)).unwrap_or(0);
    (60_i64 << doublings).min(3600)
}

/// The subject and text of a reporter's notice, in both languages (their language is not
/// known): that there is news about their report to `inspectorate`, and that they read it
/// at `site`/cek with their receipt. The same words whatever the news is.
pub fn reporter_notice(inspectorate: &str, site: &str) -> (String, String) {
    let check = format!("{}/cek", site.trim_end_matches('/'));
    let subject = format!("Kabar baru tentang laporan Anda / News about your report — {inspectorate}");
    let body = format!(
        "Ada kabar baru tentang laporan Anda kepada {inspectorate}.\n\
         Buka {check} dan masukkan kode resi Anda untuk membacanya.\n\
         Surel ini tidak memuat isi laporan Anda. Anda dapat berhenti menerima kabar di halaman yang sama.\n\
         \n\
         There is news about your report to {inspectorate}.\n\
         Open {check} and enter your receipt code to read it.\n\
         This e-mail holds nothing of your report. You can stop these notices on the same page.\n"
    );
    (subject, body)
}

/// The checks of an address a reporter gives for notices, before the mail library parses it:
/// trimmed, at most 254 characters, one `@` with text on both sides, a dot in the domain, no
/// spaces or control characters. `None` when it is not an address.
pub fn plausible_address(text: &str) -> Option<String> {
    let text = text.trim();
    let (local, domain) = text.split_once('@')?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && text.len() <= 254
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| text.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour_and_span_about_a_day() {
        assert_eq!(retry_delay_secs(1), 60);
        assert_eq!(retry_delay_secs(2), 120);
        assert_eq!(retry_delay_secs(3), 240);
        assert_eq!(retry_delay_secs(7), 3600);
        assert_eq!(retry_delay_secs(29), 3600);
        let total: i64 = (1..MAX_ATTEMPTS).map(retry_delay_secs).sum();
        assert!((20 * 3600..=30 * 3600).contains(&total), "{total} s of retries");
    }

    #[test]
    fn a_notice_names_the_inspectorate_and_the_page_and_nothing_else() {
        let (subject, body) = reporter_notice("Inspektorat Daerah Kota Sukabumi", "https://wbs.example.go.id/");
        assert!(subject.contains("Inspektorat Daerah Kota Sukabumi"));
        assert!(body.contains("https://wbs.example.go.id/cek"), "{body}");
        assert!(!body.contains("WBS-"), "no case number");
        assert!(body.contains("There is news") && body.contains("Ada kabar baru"));
    }

    #[test]
    fn a_staff_notice_lists_case_numbers_and_links_by_kind() {
        let item = |k, n: &str| (k, n.to_owned(), format!("https://wbs.example.go.id/staf/kasus/{}", &n[9..]));
        let (subject, body) = staff_notice(NoticeKind::Assigned, "Inspektorat Kota Uji", &[item(NoticeKind::Assigned, "WBS-2026-00042")]);
        assert_eq!(subject, "[Inspektorat Kota Uji] Kasus ditugaskan kepada Anda / Cases assigned to you: WBS-2026-00042");
        assert!(body.contains("- WBS-2026-00042: https://wbs.example.go.id/staf/kasus/00042"), "{body}");
        let digest = [item(NoticeKind::Overdue, "WBS-2026-00007"), item(NoticeKind::NewReport, "WBS-2026-00043"), item(NoticeKind::NewReport, "WBS-2026-00044")];
        let (subject, body) = staff_notice(NoticeKind::Digest, "Inspektorat Kota Uji", &digest);
        assert!(subject.ends_with("Ringkasan harian / Daily digest (3)"), "{subject}");
        let new = body.find("Laporan baru").unwrap();
        let late = body.find("Melewati batas").unwrap();
        assert!(new < late && body[new..late].contains("WBS-2026-00044") && body[late..].contains("WBS-2026-00007"), "{body}");
    }

    #[test]
    fn addresses_are_checked_for_their_shape() {
        assert_eq!(plausible_address("  warga.sukabumi@example.id "), Some("warga.sukabumi@example.id".into()));
        for bad in ["", "warga", "warga@", "@example.id", "warga@example", "wa rga@example.id", "a@b@c.id", "warga@.id", "warga@example.id.", "x\n@example.id"] {
            assert_eq!(plausible_address(bad), None, "{bad:?}");
        }
        assert_eq!(plausible_address(&format!("{}@example.id", "a".repeat(250))), None, "too long");
    }
}
