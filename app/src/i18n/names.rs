//! Names of stored codes, in words: states, outcomes, channels, deadlines, timeline
//! entries and the identifiers the privacy lint finds.
use super::{pick, Lang, Msg};
use crate::domain::deadline::DeadlineKind;
use crate::domain::privacy::Identifier;
use crate::domain::workflow::{CaseState, EventKind, Outcome};
use crate::model::TimelineKind;

/// How a report came in, in words (the stored codes `surat`, `langsung`… are not).
pub fn channel_name(c: crate::domain::report::Channel, lang: Lang) -> &'static str {
    match (c, lang) {
        (crate::domain::report::Channel::Portal, _) => "Portal",
        (crate::domain::report::Channel::Surat, Lang::Id) => "Surat",
        (crate::domain::report::Channel::Surat, Lang::En) => "Letter",
        (crate::domain::report::Channel::Langsung, Lang::Id) => "Datang langsung",
        (crate::domain::report::Channel::Langsung, Lang::En) => "Walk-in",
        (crate::domain::report::Channel::Telepon, Lang::Id) => "Telepon",
        (crate::domain::report::Channel::Telepon, Lang::En) => "Phone",
    }
}

pub fn deadline_name(kind: DeadlineKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        DeadlineKind::Verification => ("Batas verifikasi", "Verification due"),
        DeadlineKind::ReporterAnswer => ("Batas jawaban pelapor", "Reporter's answer due"),
        DeadlineKind::Resolution => ("Batas penyelesaian", "Resolution due"),
    };
    pick(lang, id, en)
}

/// The running deadline as the reporter reads it: what happens next, and by when.
pub fn reporter_deadline(kind: DeadlineKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        DeadlineKind::Verification => ("Pemeriksa memverifikasi laporan Anda paling lambat", "The inspectors verify your report by"),
        DeadlineKind::ReporterAnswer => ("Mohon jawab pertanyaan pemeriksa paling lambat", "Please answer the inspectors' question by"),
        DeadlineKind::Resolution => ("Target penyelesaian penanganan laporan:", "The case is due to be resolved by"),
    };
    pick(lang, id, en)
}

pub fn state_name(state: CaseState, lang: Lang) -> &'static str {
    let (id, en) = match state {
        CaseState::Diterima => ("Diterima", "Received"),
        CaseState::Verifikasi => ("Sedang diverifikasi", "Being verified"),
        CaseState::Klarifikasi => ("Menunggu jawaban Anda", "Waiting for your answer"),
        CaseState::Telaah => ("Sedang ditelaah", "Under review"),
        CaseState::Pemeriksaan => ("Sedang diperiksa", "Under investigation"),
        CaseState::Selesai => ("Selesai", "Closed"),
    };
    pick(lang, id, en)
}

/// A state as staff read it: the same names as the reporter's, but a clarification waits
/// for the reporter, not for "you".
pub fn staff_state_name(state: CaseState, lang: Lang) -> &'static str {
    match (state, lang) {
        (CaseState::Klarifikasi, Lang::Id) => "Menunggu jawaban pelapor",
        (CaseState::Klarifikasi, Lang::En) => "Waiting for the reporter",
        (other, _) => state_name(other, lang),
    }
}

/// A case timeline entry's kind as staff read it.
pub fn staff_event_name(kind: EventKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        EventKind::Received => ("Laporan diterima", "Report received"),
        EventKind::InfoAdded => ("Pelapor menambahkan informasi", "The reporter added information"),
        EventKind::StateChanged => ("Status berubah", "Status changed"),
        EventKind::Message => ("Pesan kepada pelapor", "Message to the reporter"),
        EventKind::Note => ("Catatan internal", "Internal note"),
        EventKind::ClosingProposed => ("Penutupan diusulkan", "Closing proposed"),
        EventKind::ClosingReturned => ("Usulan penutupan dikembalikan", "Proposed closing sent back"),
        EventKind::Reopened => ("Kasus dibuka kembali", "Case reopened"),
    };
    pick(lang, id, en)
}

pub fn state_explained(state: CaseState, lang: Lang) -> &'static str {
    let (id, en) = match state {
        CaseState::Diterima => ("Laporan Anda sudah masuk dan menunggu diverifikasi oleh pemeriksa (paling lambat 3 hari kerja).", "Your report has arrived and waits for an inspector to verify it (within 3 working days)."),
        CaseState::Verifikasi => ("Pemeriksa sedang memeriksa kelengkapan laporan dan kewenangan Inspektorat.", "An inspector is checking the report's completeness and whether it is within our authority."),
        CaseState::Klarifikasi => ("Pemeriksa membutuhkan keterangan tambahan. Jawab di bawah dalam 10 hari kerja.", "The inspectors need more information. Answer below within 10 working days."),
        CaseState::Telaah => ("Laporan lengkap dan sedang ditelaah.", "The report is complete and under desk review."),
        CaseState::Pemeriksaan => ("Laporan sedang ditindaklanjuti dengan pemeriksaan.", "The report is being investigated."),
        CaseState::Selesai => ("Penanganan laporan selesai. Lihat pesan pemeriksa di riwayat.", "The case is closed. See the inspectors' message in the history."),
    };
    pick(lang, id, en)
}

pub fn outcome_name(outcome: Outcome, lang: Lang) -> &'static str {
    let (id, en) = match outcome {
        Outcome::Terbukti => ("Terbukti", "Substantiated"),
        Outcome::TidakTerbukti => ("Tidak terbukti", "Not substantiated"),
        Outcome::Dilimpahkan => ("Dilimpahkan ke instansi yang berwenang", "Forwarded to the competent authority"),
        Outcome::TidakLengkap => ("Ditutup: data tidak dilengkapi", "Closed: the information was never completed"),
        Outcome::Duplikat => ("Digabung dengan laporan lain", "Merged into another report"),
    };
    pick(lang, id, en)
}

pub fn timeline_label(kind: TimelineKind, lang: Lang) -> &'static str {
    match kind {
        TimelineKind::Received => Msg::TlReceived,
        TimelineKind::InfoAdded => Msg::TlInfoAdded,
        TimelineKind::StateChanged => Msg::TlStateChanged,
        TimelineKind::MessageToReporter => Msg::TlMessage,
    }
    .t(lang)
}

pub fn identifier_name(id: Identifier, lang: Lang) -> &'static str {
    let (i, e) = match id {
        Identifier::Nik => ("Nomor yang mirip NIK (16 angka)", "A number that looks like a national ID (NIK, 16 digits)"),
        Identifier::Phone => ("Nomor telepon", "A phone number"),
        Identifier::Email => ("Alamat e-mail", "An e-mail address"),
    };
    pick(lang, i, e)
}

/// The survey's statements (SKM elements adapted to complaint handling, in the regulation's
/// order: requirements, procedure, time, cost, product, competence, conduct, handling of
/// complaints, facilities), `i` from 0.
pub fn survey_statement(i: usize, lang: Lang) -> &'static str {
    const S: [(&str, &str); 9] = [
        ("Persyaratan untuk melapor mudah dipenuhi.", "The requirements to report were easy to meet."),
        ("Cara melapor dan memantau laporan mudah dipahami.", "How to report and follow the report was easy to understand."),
        ("Laporan ditangani dalam waktu yang dijanjikan.", "The report was handled within the promised time."),
        ("Layanan ini tidak dipungut biaya apa pun.", "Nothing was charged for this service."),
        ("Jawaban yang Anda terima sesuai dengan yang dijanjikan layanan ini.", "The answer you received matches what this service promises."),
        ("Pemeriksa memahami laporan Anda dan menanganinya dengan cakap.", "The inspectors understood your report and handled it competently."),
        ("Pemeriksa bersikap sopan dan menjaga kerahasiaan Anda.", "The inspectors were courteous and kept your confidentiality."),
        ("Pertanyaan dan tambahan informasi Anda ditanggapi.", "Your questions and additional information were answered."),
        ("Situs ini mudah dipakai di perangkat Anda.", "This site was easy to use on your device."),
    ];
    let (id, en) = S.get(i).copied().unwrap_or(("", ""));
    pick(lang, id, en)
}

/// The survey's elements by their short names (the dashboard's rows), `i` from 0.
pub fn survey_element(i: usize, lang: Lang) -> &'static str {
    const E: [(&str, &str); 9] = [
        ("Persyaratan", "Requirements"),
        ("Prosedur", "Procedure"),
        ("Waktu penyelesaian", "Time taken"),
        ("Biaya", "Cost"),
        ("Hasil layanan", "Outcome of the service"),
        ("Kompetensi pelaksana", "Staff competence"),
        ("Perilaku pelaksana", "Staff conduct"),
        ("Penanganan pengaduan", "Handling of questions"),
        ("Sarana", "Facilities"),
    ];
    let (id, en) = E.get(i).copied().unwrap_or(("", ""));
    pick(lang, id, en)
}

/// A score of the survey's scale, 1–4.
pub fn survey_scale(score: u8, lang: Lang) -> &'static str {
    let (id, en) = match score {
        1 => ("Tidak sesuai", "Does not apply"),
        2 => ("Kurang sesuai", "Partly applies"),
        3 => ("Sesuai", "Applies"),
        _ => ("Sangat sesuai", "Fully applies"),
    };
    pick(lang, id, en)
}

/// What an e-mail notice is about: to a reporter (the outbox's list) or to staff (their choices).
pub fn notice_kind_name(kind: crate::domain::notice::NoticeKind, lang: Lang) -> &'static str {
    use crate::domain::notice::NoticeKind as K;
    let (id, en) = match kind {
        K::QuestionAsked => ("Pelapor: ada pertanyaan", "Reporter: a question"),
        K::AnswerDue => ("Pelapor: batas jawaban", "Reporter: answer due"),
        K::Closed => ("Pelapor: laporan selesai", "Reporter: report closed"),
        K::NewReport => ("Laporan baru (penyelia)", "A new report (supervisors)"),
        K::Assigned => ("Kasus ditugaskan kepada saya", "A case assigned to me"),
        K::ReporterAnswered => ("Pelapor menjawab pertanyaan", "The reporter answered"),
        K::DueSoon => ("Batas waktu dalam 2 hari kerja", "Due within 2 working days"),
        K::Overdue => ("Kasus melewati batas waktu", "Overdue cases"),
        K::Digest => ("Ringkasan harian", "Daily digest"),
    };
    pick(lang, id, en)
}

/// How a staff member receives a kind of notice.
pub fn notice_mode_name(mode: crate::domain::notice::NoticeMode, lang: Lang) -> &'static str {
    use crate::domain::notice::NoticeMode as M;
    let (id, en) = match mode {
        M::Immediate => ("Segera", "At once"),
        M::Digest => ("Dalam ringkasan harian", "In the daily digest"),
        M::Off => ("Tidak", "Off"),
    };
    pick(lang, id, en)
}
