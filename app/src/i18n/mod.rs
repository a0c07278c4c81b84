//! The translation layer: every text shown to a user comes from here. Bahasa Indonesia is
//! the default; English is complete. Each message holds both languages side by side (the
//! `messages!` list takes exactly two texts per line), and the other lookups are exhaustive
//! `match`es, so a missing translation does not compile.
use serde::{Deserialize, Serialize};

use crate::domain::deadline::DeadlineKind;
use crate::domain::privacy::Identifier;
use crate::domain::report::{Field, InputProblem};
use crate::domain::workflow::{CaseState, Outcome};
use crate::errors::AppError;
use crate::model::TimelineKind;

pub mod hints;

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

/// [`channel_name`] of a stored code (the code itself if it is unknown).
pub fn channel_code_name(code: &str, lang: Lang) -> String {
    crate::domain::report::Channel::from_code(code).map_or_else(|| code.to_owned(), |c| channel_name(c, lang).to_owned())
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

macro_rules! messages {
    ($($key:ident => $id:literal, $en:literal;)*) => {
        /// A text in both languages. Each message is a constant holding its own two strings,
        /// so a build keeps only the texts its code names: the citizen's bundle carries the
        /// report form's texts and not the staff pages'. (One `match` over every message, as
        /// this was, put all 239 pairs into every bundle that showed any one of them.)
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Msg {
            id: &'static str,
            en: &'static str,
        }

        #[allow(non_upper_case_globals)]
        impl Msg {
            $(pub const $key: Msg = Msg { id: $id, en: $en };)*

            /// Every message, for the completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            pub fn t(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::Id => self.id,
                    Lang::En => self.en,
                }
            }
        }
    };
}

messages! {
    AppName => "Lentera", "Lentera";
    AppSubtitle => "Saluran Pengaduan Inspektorat Daerah", "Regional Inspectorate Whistleblowing Channel";
    SkipToContent => "Langsung ke isi", "Skip to content";
    SwitchLanguage => "English", "Bahasa Indonesia";
    NavHome => "Beranda", "Home";
    HomeTitle => "Laporkan dugaan pelanggaran ASN dengan aman", "Report suspected misconduct by civil servants, safely";
    HomeIntro => "Pungutan liar, suap, pelayanan yang dilambatkan, penyalahgunaan wewenang? Ceritakan kepada Inspektorat. Setiap laporan dibaca, diperiksa, dan dijawab.", "Illegal levies, bribes, services held back, abuse of authority? Tell the Inspectorate. Every report is read, examined and answered.";
    PromiseTitle => "Janji kerahasiaan kami", "Our confidentiality promise";
    PromiseNoName => "Anda tidak perlu menyebut nama dan tidak perlu membuat akun.", "You do not need to give your name or create an account.";
    PromiseSecret => "Identitas pelapor dan identitas orang yang dilaporkan dirahasiakan; hanya pemeriksa yang menangani kasus yang dapat melihat orang yang dilaporkan.", "Neither who reported nor who was reported is revealed; only the inspectors handling the case can see who was reported.";
    PromiseNoIp => "Kami tidak menyimpan alamat IP, jenis perangkat, atau jejak lain dari pelapor.", "We do not store the reporter's IP address, device type or any other trace.";
    PromiseReceipt => "Anda mendapat kode tanda terima 16 angka untuk memantau laporan dan menjawab pertanyaan pemeriksa.", "You get a 16-digit receipt code to follow your report and answer the inspectors' questions.";
    ActionReport => "Buat laporan", "Make a report";
    ActionCheck => "Cek laporan", "Check a report";
    FormTitle => "Buat laporan", "Make a report";
    FormIntro => "Jawab pertanyaan di bawah sejelas mungkin. Laporan yang memuat unsur 5W+2H lebih cepat ditindaklanjuti. Anda tidak perlu menyebut nama.", "Answer the questions below as clearly as you can. Reports with all 5W+2H elements are acted on faster. You do not need to give your name.";
    CategoryLabel => "Jenis pelanggaran", "Kind of misconduct";
    CategoryChoose => "— Pilih jenis —", "— Choose a kind —";
    WhatLabel => "Apa yang terjadi?", "What happened?";
    WhatExample => "Contoh: Petugas loket meminta uang Rp 200.000 agar KTP cepat jadi.", "Example: The counter officer asked for Rp 200,000 to speed up an ID card.";
    WhoLabel => "Siapa yang melakukannya?", "Who did it?";
    WhoExample => "Nama dan/atau jabatan, serta unit kerja. Contoh: Pak Budi, petugas loket 3 Dinas Kependudukan.", "Name and/or position, and work unit. Example: Mr Budi, counter 3 officer, Population Office.";
    WhereLabel => "Di mana kejadiannya?", "Where did it happen?";
    WhereExample => "Contoh: Kantor Kecamatan Cikole, loket pelayanan, Jl. Veteran No. 10.", "Example: Cikole District Office, service counter, Jl. Veteran No. 10.";
    WhenLabel => "Kapan kejadiannya?", "When did it happen?";
    WhenExample => "Tanggal, atau paling tidak bulan dan tahun. Contoh: 12 Januari 2025, atau Senin kemarin.", "A date, or at least month and year. Example: 12 January 2025, or last Monday.";
    WhyLabel => "Mengapa menurut Anda ini salah?", "Why do you think it is wrong?";
    WhyExample => "Aturan, standar pelayanan, atau janji apa yang dilanggar. Contoh: Pembuatan KTP gratis menurut aturan.", "Which rule, service standard or promise was broken. Example: ID cards are free by law.";
    HowLabel => "Bagaimana caranya?", "How was it done?";
    HowExample => "Urutan kejadian dan modusnya. Contoh: Berkas saya ditahan, lalu petugas berkata bisa cepat kalau ada uang rokok.", "The sequence of events and the method. Example: My file was held back, then the officer said it could be quick with some 'cigarette money'.";
    HowMuchLabel => "Berapa nilainya?", "How much money was involved?";
    HowMuchExample => "Jika ada uang, pungutan, atau kerugian. Contoh: Rp 200.000.", "If money, a levy or a loss is involved. Example: Rp 200,000.";
    EvidenceLabel => "Bukti (tidak wajib)", "Evidence (optional)";
    FilesLabel => "Lampirkan foto atau dokumen (tidak wajib)", "Attach photos or documents (optional)";
    FilesNoScript => "Lampiran foto atau PDF membutuhkan JavaScript. Tanpa itu, sebutkan bukti Anda di atas; pemeriksa dapat memintanya nanti lewat kode tanda terima.", "Attaching photos or PDFs needs JavaScript. Without it, describe your evidence above; the inspectors can ask for it later through your receipt code.";
    FilesUploading => "Mengunggah", "Uploading";
    FilesAttached => "Terlampir", "Attached";
    FilesRemove => "Lepas", "Remove";
    FilesWait => "Tunggu sampai semua lampiran selesai diunggah.", "Wait until every attachment has finished uploading.";
    FilesFailedNote => "Berkas yang gagal tidak ikut terkirim; isian Anda tetap ada.", "Files that failed are not sent; what you typed is kept.";
    FilesReceived => "Lampiran yang sudah diterima", "Attachments received";
    FilesStaffTitle => "Lampiran bukti", "Evidence files";
    FilesDownload => "Unduh", "Download";
    FilesFromReporter => "dari pelapor", "from the reporter";
    FilesFromIntake => "pindaian petugas", "scanned by staff";
    FilesNone => "Tidak ada lampiran.", "No attachments.";
    ChartCases => "Jumlah laporan", "Number of reports";
    ChartReceived => "Diterima", "Received";
    ChartClosed => "Selesai", "Closed";
    CsvCase => "Nomor laporan", "Case number";
    CsvReceived => "Diterima", "Received";
    CsvState => "Tahap", "Stage";
    CsvCategory => "Jenis", "Category";
    CsvChannel => "Saluran", "Channel";
    CsvWorkUnit => "Unit kerja", "Work unit";
    CsvMet => "Unsur 5W+2H", "5W+2H elements";
    CsvAssignees => "Pemeriksa", "Inspectors";
    CsvDeadline => "Batas berjalan", "Running deadline";
    CsvDue => "Tanggal batas", "Due date";
    CsvOverdue => "Terlambat", "Overdue";
    Yes => "ya", "yes";
    No => "tidak", "no";
    DashboardTitle => "Dasbor pengawasan", "Oversight dashboard";
    DashboardMonth => "Laporan bulanan", "Monthly report";
    DashboardFrom => "Dari", "From";
    DashboardTo => "Sampai", "To";
    DashboardApply => "Tampilkan", "Show";
    DashboardPrint => "Cetak", "Print";
    DashboardPeriod => "Laporan yang diterima", "Reports received";
    DashboardTotal => "Laporan diterima", "Reports received";
    DashboardOpen => "Masih berjalan", "Still open";
    DashboardClosed => "Selesai", "Closed";
    DashboardOverdue => "Melewati batas waktu", "Past their deadline";
    DashboardToVerify => "Hari sampai terverifikasi (median / 90%)", "Days to verification (median / 90%)";
    DashboardToClose => "Hari sampai selesai (median / 90%)", "Days to closing (median / 90%)";
    DashboardInTime => "Selesai tepat waktu", "Closed within the deadline";
    DashboardSpreadHelp => "Median: separuh laporan lebih cepat dari angka ini. 90%: sembilan dari sepuluh laporan lebih cepat. Hari kalender sejak laporan diterima.", "Median: half of the reports were faster than this. 90%: nine in ten were faster. Calendar days since the report was received.";
    DashboardPerMonth => "Laporan per bulan", "Reports per month";
    DashboardByCategory => "Menurut jenis", "By category";
    DashboardByState => "Menurut tahap", "By stage";
    DashboardByUnit => "Menurut unit kerja (OPD)", "By work unit (OPD)";
    DashboardByChannel => "Menurut saluran", "By channel";
    DashboardOutcomes => "Hasil penanganan", "Outcomes";
    DashboardExport => "Unduh CSV", "Download CSV";
    WorkUnitUnset => "Belum ditentukan", "Not set yet";
    WorkUnitLabel => "Unit kerja terlapor (OPD)", "Work unit concerned (OPD)";
    WorkUnitsTitle => "Unit kerja (OPD)", "Work units (OPD)";
    WorkUnitName => "Nama unit kerja", "Work unit name";
    WorkUnitNew => "Unit kerja baru", "New work unit";
    WorkUnitAdd => "Tambah", "Add";
    WorkUnitActive => "aktif", "active";
    WorkUnitInactive => "nonaktif", "inactive";
    WorkUnitActivate => "Aktifkan", "Activate";
    WorkUnitDeactivate => "Nonaktifkan", "Deactivate";
    SettingsTitle => "Pengaturan", "Settings";
    SettingsSaved => "Pengaturan tersimpan.", "Settings saved.";
    SettingsDeadlines => "Batas waktu dan retensi", "Deadlines and retention";
    SettingsVerify => "Verifikasi (hari kerja)", "Verification (working days)";
    SettingsAnswer => "Jawaban pelapor atas pertanyaan (hari kerja)", "Reporter's answer to a question (working days)";
    SettingsResolve => "Penyelesaian setelah laporan lengkap (hari kerja)", "Resolution after the report is complete (working days)";
    SettingsRetention => "Retensi setelah selesai (tahun)", "Retention after closing (years)";
    SettingsRetentionHelp => "Setelah masa retensi, isi laporan, kontak, pesan, dan lampiran dihapus; hanya baris statistik yang tersisa. Paling lama 5 tahun.", "When retention ends, the report's text, contact, messages and files are deleted; only the statistical row remains. At most 5 years.";
    SettingsSave => "Simpan", "Save";
    CategoriesTitle => "Jenis pelanggaran", "Kinds of misconduct";
    CategoriesHelp => "Jenis yang bersifat keuangan membuat unsur \"berapa nilainya\" diharapkan dalam pemeriksaan 5W+2H.", "Financial kinds make \"how much\" an expected element of the 5W+2H check.";
    CategoryNameId => "Nama (Indonesia)", "Name (Indonesian)";
    CategoryNameEn => "Nama (Inggris)", "Name (English)";
    CategoryFinancial => "keuangan", "financial";
    CategoryAdd => "Tambah jenis", "Add kind";
    PublicTitle => "Statistik pengaduan", "Report statistics";
    PublicIntro => "Berapa laporan yang diterima dan dijawab Inspektorat dalam dua belas bulan terakhir. Tanpa isi laporan, tanpa nama.", "How many reports the Inspectorate received and answered in the last twelve months. No report text, no names.";
    PublicReceived => "Laporan diterima", "Reports received";
    PublicClosed => "Laporan selesai", "Reports closed";
    PublicMedianClose => "Median hari sampai selesai", "Median days to closing";
    PublicOthers => "Lainnya (digabung)", "Others (merged)";
    PublicFew => "kurang dari 5", "fewer than 5";
    PublicNone => "Belum ada data.", "No data yet.";
    PublicSmallRule => "Angka di bawah 5 tidak ditampilkan sendiri dan digabung, agar tidak ada pelapor atau unit kerja yang dapat dikenali.", "Numbers under 5 are not shown on their own but merged, so that no reporter or work unit can be recognised.";
    NavStats => "Statistik", "Statistics";
    EvidenceHelp => "Sebutkan bukti yang Anda punya: kuitansi, foto, pesan, saksi. Jangan tulis nama Anda sendiri.", "Describe the evidence you have: receipts, photos, messages, witnesses. Do not write your own name.";
    ContactLabel => "Kontak Anda (tidak wajib)", "Your contact (optional)";
    ContactHelp => "Kosongkan agar tetap anonim. Jika diisi, kontak hanya dapat dilihat oleh pemeriksa yang ditugaskan pada laporan ini.", "Leave empty to stay anonymous. If you fill it in, only the inspectors assigned to this report can see it.";
    Optional => "tidak wajib", "optional";
    ReceiptWarningBefore => "Setelah dikirim, Anda mendapat kode tanda terima. Simpan baik-baik: kode itu tidak dapat dipulihkan jika hilang, karena kami tidak menyimpan kode aslinya.", "After sending you get a receipt code. Keep it safe: it cannot be recovered if lost, because we do not store the code itself.";
    Submit => "Kirim laporan", "Send report";
    Submitting => "Mengirim…", "Sending…";
    CompletenessTitle => "Kelengkapan laporan (5W+2H)", "Report completeness (5W+2H)";
    CompletenessOf => "unsur lengkap dari 7", "of 7 elements met";
    CompleteYes => "Laporan sudah memenuhi unsur.", "The report has all required elements.";
    CompleteNo => "Laporan tetap dapat dikirim, tetapi unsur yang kurang membuat pemeriksa perlu bertanya kepada Anda.", "You can still send it, but missing elements mean the inspectors will need to ask you.";
    PrivacyTitle => "Perhatian: laporan anonim Anda tampaknya memuat data diri", "Careful: your anonymous report seems to contain personal data";
    PrivacyAdvice => "Jika itu data Anda sendiri, hapus agar Anda tetap anonim. Anda tetap dapat mengirim laporan.", "If it is your own, remove it to stay anonymous. You can still send the report.";
    FixProblems => "Laporan belum terkirim. Periksa isian berikut:", "The report was not sent. Please check:";
    SubmittedTitle => "Laporan terkirim", "Report sent";
    CaseNumberLabel => "Nomor laporan", "Case number";
    ReceiptLabelOnce => "Kode tanda terima Anda", "Your receipt code";
    ReceiptWarningAfter => "Catat atau cetak kode ini sekarang. Kode ini hanya ditampilkan sekali dan tidak dapat dipulihkan. Siapa pun yang memegang kode ini dapat melihat laporan Anda.", "Write down or print this code now. It is shown only once and cannot be recovered. Anyone holding it can see your report.";
    CopyReceipt => "Salin kode", "Copy code";
    Copied => "Tersalin", "Copied";
    PrintReceipt => "Cetak", "Print";
    WhatNext => "Pemeriksa akan memverifikasi laporan Anda dalam 3 hari kerja. Gunakan kode ini di halaman Cek laporan untuk melihat status dan menjawab pertanyaan.", "Inspectors will verify your report within 3 working days. Use this code on the Check a report page to see its status and answer questions.";
    NewReport => "Buat laporan lain", "Make another report";
    CheckTitle => "Cek laporan", "Check a report";
    CheckIntro => "Masukkan kode tanda terima 16 angka. Spasi atau tanda hubung boleh.", "Enter your 16-digit receipt code. Spaces or dashes are fine.";
    ReceiptInputLabel => "Kode tanda terima", "Receipt code";
    CheckButton => "Cek", "Check";
    StatusLabel => "Status", "Status";
    OutcomeLabel => "Hasil", "Outcome";
    ReceivedAtLabel => "Diterima", "Received";
    CategoryShort => "Jenis", "Kind";
    TimelineTitle => "Riwayat", "History";
    VerdictStoredTitle => "Kelengkapan saat diterima", "Completeness when received";
    AddInfoTitle => "Tambah informasi", "Add information";
    AddInfoHelp => "Tambahkan keterangan atau jawaban untuk pemeriksa. Tulisan Anda masuk ke laporan ini.", "Add details or answers for the inspectors. Your text joins this report.";
    AddInfoButton => "Kirim informasi", "Send information";
    InfoAddedOk => "Informasi Anda sudah ditambahkan.", "Your information was added.";
    TlReceived => "Laporan diterima", "Report received";
    TlInfoAdded => "Anda menambahkan informasi", "You added information";
    TlStateChanged => "Status berubah", "Status changed";
    TlMessage => "Pesan dari pemeriksa", "Message from the inspectors";
    StaffTitle => "Ruang petugas", "Staff area";
    SignedInAs => "Masuk sebagai", "Signed in as";
    SignIn => "Masuk", "Sign in";
    SignOut => "Keluar", "Sign out";
    Username => "Nama pengguna", "User name";
    Password => "Kata sandi", "Password";
    MustChangePassword => "Anda masuk dengan kata sandi sementara. Buat kata sandi baru (paling sedikit 12 karakter) sebelum melanjutkan.", "You signed in with a temporary password. Choose a new one (at least 12 characters) before going on.";
    CurrentPassword => "Kata sandi sekarang", "Current password";
    NewPassword => "Kata sandi baru", "New password";
    SavePassword => "Simpan kata sandi", "Save password";
    BoardTitle => "Papan kasus", "Case board";
    BoardSearch => "Cari nomor laporan", "Search case number";
    MoveTo => "Pindahkan ke", "Move to";
    Unassigned => "Belum ditugaskan", "Not assigned";
    Days => "hari", "days";
    CaseTitle => "Kasus", "Case";
    ReportTitle => "Isi laporan", "The report";
    Channel => "Saluran", "Channel";
    Assignees => "Pemeriksa", "Inspectors";
    AssignLabel => "Tugaskan pemeriksa", "Assign an inspector";
    AssignButton => "Tugaskan", "Assign";
    AskLabel => "Pertanyaan untuk pelapor (dibaca pelapor dengan kode tanda terima)", "Questions for the reporter (read with the receipt code)";
    AskButton => "Kirim pertanyaan", "Send questions";
    CloseTitle => "Tutup kasus", "Close the case";
    OutcomeDetailLabel => "Instansi penerima limpahan / nomor laporan yang digabung", "Receiving agency / case merged into";
    MessageLabel => "Pesan untuk pelapor (wajib)", "Message to the reporter (required)";
    CloseButton => "Tutup dan kirim jawaban", "Close and answer the reporter";
    ProposeCloseButton => "Usulkan penutupan kepada Irban", "Propose closing to the supervisor";
    ProposeCloseHint => "Penutupan oleh pemeriksa disetujui dulu oleh Inspektur Pembantu; pelapor membaca pesan Anda setelah disetujui.", "A supervisor approves an inspector's closing; the reporter reads your message once it is approved.";
    ProposalTitle => "Usulan penutupan menunggu persetujuan", "Proposed closing awaiting approval";
    ProposedBy => "Diusulkan oleh", "Proposed by";
    ApproveButton => "Setujui dan tutup", "Approve and close";
    SendBackLabel => "Alasan dikembalikan (hanya untuk petugas)", "Reason for sending it back (staff only)";
    SendBackButton => "Kembalikan ke pemeriksa", "Send back to the inspector";
    ReopenTitle => "Buka kembali kasus", "Reopen the case";
    ReopenLabel => "Alasan dibuka kembali (hanya untuk petugas; pelapor melihat laporannya diverifikasi lagi)", "Reason for reopening (staff only; the reporter sees the report under verification again)";
    ReopenButton => "Buka kembali", "Reopen";
    ClosingProposedBadge => "Menunggu persetujuan penutupan", "Closing awaits approval";
    NoteLabel => "Catatan internal (tidak terlihat oleh pelapor)", "Internal note (never shown to the reporter)";
    NoteButton => "Simpan catatan", "Save note";
    IntakeTitle => "Catat laporan (surat, datang langsung, telepon)", "Enter a report (letter, walk-in, phone)";
    ReceivedOnLabel => "Tanggal diterima", "Date received";
    OverrideTitle => "Penilaian pemeriksa atas unsur 5W+2H", "Inspector's verdict on the 5W+2H elements";
    OverrideElement => "Unsur", "Element";
    OverrideMet => "terpenuhi", "met";
    OverrideNotMet => "tidak terpenuhi", "not met";
    OverrideReason => "Alasan singkat", "Short reason";
    OverrideButton => "Simpan penilaian", "Save verdict";
    AccountsTitle => "Akun petugas", "Staff accounts";
    OneTimePassword => "Kata sandi sekali pakai (hanya ditampilkan sekarang, wajib diganti saat masuk):", "One-time password (shown only now, must be changed at sign-in):";
    DisplayName => "Nama", "Name";
    RoleLabel => "Peran", "Role";
    CreateAccount => "Buat akun", "Create account";
    Active => "aktif", "active";
    Inactive => "nonaktif", "inactive";
    ResetPassword => "Atur ulang sandi", "Reset password";
    Deactivate => "Nonaktifkan", "Deactivate";
    AuditTitle => "Jejak audit", "Audit trail";
    AllStates => "Semua status", "All states";
    AllChannels => "Semua saluran", "All channels";
    AllCategories => "Semua jenis", "All kinds";
    AllAssignees => "Semua pemeriksa", "All inspectors";
    AnswerArrived => "Jawaban pelapor masuk", "Reporter's answer arrived";
    Of => "dari", "of";
    HolidaysTitle => "Hari libur", "Holidays";
    HolidaysHelp => "Tenggat dihitung dalam hari kerja: Senin–Jumat kecuali hari di bawah. Tambahkan libur nasional, cuti bersama, atau libur daerah begitu ditetapkan; tenggat kasus langsung mengikuti.", "Deadlines count working days: Monday to Friday except the days below. Add national holidays, cuti bersama or regional days off as soon as they are decided; case deadlines follow at once.";
    HolidayDay => "Tanggal", "Date";
    HolidayName => "Keterangan", "Name";
    HolidaySave => "Simpan hari libur", "Save holiday";
    HolidayRemove => "Hapus", "Remove";
    TwoFactorTitle => "Verifikasi dua langkah", "Two-step verification";
    TwoFactorOn => "Aktif: setiap kali masuk, Anda memasukkan kode dari aplikasi autentikator.", "On: every sign-in asks for a code from your authenticator app.";
    TwoFactorOff => "Belum aktif. Dengan verifikasi dua langkah, sandi yang bocor saja tidak cukup untuk masuk.", "Off. With two-step verification a leaked password alone is not enough to sign in.";
    TwoFactorStart => "Aktifkan verifikasi dua langkah", "Turn on two-step verification";
    TwoFactorScan => "Pindai kode QR ini dengan aplikasi autentikator (misalnya Google Authenticator, FreeOTP, Aegis), atau ketik kuncinya.", "Scan this QR code with an authenticator app (e.g. Google Authenticator, FreeOTP, Aegis), or type the key.";
    TwoFactorKey => "Kunci:", "Key:";
    TwoFactorCode => "Kode verifikasi", "Verification code";
    TwoFactorConfirm => "Konfirmasi", "Confirm";
    RecoveryCodesOnce => "Verifikasi dua langkah aktif. Simpan kode pemulihan ini di tempat aman; masing-masing hanya berlaku sekali, dan kode ini tidak akan ditampilkan lagi.", "Two-step verification is on. Keep these recovery codes somewhere safe; each works once, and they will not be shown again.";
    TwoFactorRequire => "Wajibkan 2 langkah", "Require 2-step";
    TwoFactorReset => "Reset 2 langkah", "Reset 2-step";
    PaperSize => "Ukuran kertas slip", "Slip paper size";
    OnlyOverdue => "Hanya yang terlambat", "Overdue only";
    Overdue => "terlambat", "overdue";
    OnlyDueSoon => "Segera jatuh tempo", "Due soon";
    DueSoon => "segera", "soon";
    MayCloseIncomplete => "Pelapor tidak menjawab dalam batas waktu: kasus dapat ditutup sebagai tidak lengkap (tetap tulis pesan kepada pelapor).", "The reporter did not answer in time: the case may be closed as incomplete (still write the reporter a message).";
    NotFoundTitle => "Halaman tidak ditemukan", "Page not found";
    Loading => "Memuat…", "Loading…";
    FooterNote => "Lentera tidak memakai huruf, skrip, atau analitik pihak ketiga.", "Lentera uses no third-party fonts, scripts or analytics.";
}

/// The deadline running on a case, as "… by <date>".
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

/// A case timeline entry's kind as staff read it (the stored code otherwise).
pub fn staff_event_name(kind: &str, lang: Lang) -> String {
    let (id, en) = match kind {
        "received" => ("Laporan diterima", "Report received"),
        "info_added" => ("Pelapor menambahkan informasi", "The reporter added information"),
        "state_changed" => ("Status berubah", "Status changed"),
        "message" => ("Pesan kepada pelapor", "Message to the reporter"),
        "note" => ("Catatan internal", "Internal note"),
        "closing_proposed" => ("Penutupan diusulkan", "Closing proposed"),
        "closing_returned" => ("Usulan penutupan dikembalikan", "Proposed closing sent back"),
        "reopened" => ("Kasus dibuka kembali", "Case reopened"),
        other => return other.to_owned(),
    };
    pick(lang, id, en).to_owned()
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

fn field_name(field: Field, lang: Lang) -> &'static str {
    match field {
        Field::Category => Msg::CategoryLabel,
        Field::What => Msg::WhatLabel,
        Field::Who => Msg::WhoLabel,
        Field::Place => Msg::WhereLabel,
        Field::Time => Msg::WhenLabel,
        Field::Why => Msg::WhyLabel,
        Field::How => Msg::HowLabel,
        Field::HowMuch => Msg::HowMuchLabel,
        Field::Evidence => Msg::EvidenceLabel,
        Field::Contact => Msg::ContactLabel,
    }
    .t(lang)
}

pub fn problem_text(problem: InputProblem, lang: Lang) -> String {
    match problem {
        InputProblem::CategoryMissing => pick(lang, "Pilih jenis pelanggaran.", "Choose the kind of misconduct.").to_owned(),
        InputProblem::WhatMissing => pick(lang, "Ceritakan apa yang terjadi.", "Say what happened.").to_owned(),
        InputProblem::TooLong(f) => format!(
            "{}: {}",
            field_name(f, lang),
            pick(lang, "terlalu panjang (paling banyak 4.000 karakter).", "too long (at most 4,000 characters).")
        ),
        InputProblem::InvalidCharacters(f) => format!(
            "{}: {}",
            field_name(f, lang),
            pick(lang, "memuat karakter yang tidak sah.", "contains characters that are not allowed.")
        ),
    }
}

/// The message a user sees for an error: clear, in their language, without internals.
/// The file picker's help: kinds, limits, and that location data is removed.
pub fn files_help(limits: &crate::domain::evidence::EvidenceLimits, lang: Lang) -> String {
    let (file, report, count) = (limits.file_mb(), limits.report_mb(), limits.files_per_report);
    match lang {
        Lang::Id => format!("Foto (JPEG, PNG, WebP) atau PDF, paling besar {file} MB per berkas dan {report} MB seluruhnya, paling banyak {count} berkas. Lokasi GPS, data kamera, dan nama pembuat dihapus sebelum disimpan."),
        Lang::En => format!("Photos (JPEG, PNG, WebP) or PDF, at most {file} MB per file and {report} MB in all, up to {count} files. GPS location, camera data and author names are removed before storing."),
    }
}

pub fn error_text(error: &AppError, lang: Lang) -> String {
    let (id, en) = match error {
        AppError::InvalidReport(problems) => {
            return problems.iter().map(|p| problem_text(*p, lang)).collect::<Vec<_>>().join(" ");
        }
        AppError::TooManyAttempts { retry_after_secs } => {
            // Whole minutes, rounded up: "1 menit" rather than "37 detik".
            let minutes = (retry_after_secs + 59) / 60;
            return match lang {
                Lang::Id => format!("Terlalu banyak percobaan dari perangkat ini. Tidak ada yang diproses; coba lagi dalam {minutes} menit."),
                Lang::En => format!("Too many attempts from this device. Nothing was processed; try again in {minutes} minute{}.", if minutes == 1 { "" } else { "s" }),
            };
        }
        AppError::EvidenceTooLarge { limit_mb } => {
            return match lang {
                Lang::Id => format!("Berkas ini lebih dari {limit_mb} MB dan tidak dilampirkan. Kecilkan atau pilih berkas lain; isian Anda tetap ada."),
                Lang::En => format!("This file is over {limit_mb} MB and was not attached. Make it smaller or choose another; what you typed is kept."),
            };
        }
        AppError::EvidenceReportFull { limit_mb, limit_files } => {
            return match lang {
                Lang::Id => format!("Satu laporan paling banyak {limit_files} berkas dan {limit_mb} MB seluruhnya. Lepaskan salah satu lampiran."),
                Lang::En => format!("A report takes at most {limit_files} files and {limit_mb} MB in all. Remove one of the attachments."),
            };
        }
        AppError::EvidenceUnsupported => ("Hanya foto (JPEG, PNG, WebP) dan dokumen PDF yang bisa dilampirkan. Berkas ini tidak dilampirkan.", "Only photos (JPEG, PNG, WebP) and PDF documents can be attached. This file was not attached."),
        AppError::EvidenceUnreadable => ("Berkas ini tidak bisa dibaca (rusak, terlalu besar ukuran gambarnya, atau PDF berkata sandi). Berkas ini tidak dilampirkan.", "This file could not be read (damaged, too many pixels, or a password-protected PDF). It was not attached."),
        AppError::EvidenceTooComplex => ("Berkas ini terlalu besar isinya untuk dibersihkan dengan aman (gambar lebih dari 40 juta piksel, atau PDF yang isinya sangat banyak). Kecilkan atau pilih berkas lain; isian Anda tetap ada.", "This file holds too much to be cleaned safely (an image of more than 40 million pixels, or a PDF whose content unpacks very large). Make it smaller or choose another; what you typed is kept."),
        AppError::EvidenceExpired => ("Lampiran tidak ditemukan lagi (diunggah lebih dari sehari lalu?). Lampirkan lagi; isian Anda tetap ada.", "An attachment is no longer there (uploaded more than a day ago?). Attach it again; what you typed is kept."),
        AppError::ReceiptMalformed => ("Kode tanda terima terdiri dari 16 angka. Periksa kembali kode Anda.", "A receipt code has 16 digits. Please check your code."),
        AppError::ReceiptUnknown => ("Kode tanda terima tidak ditemukan. Periksa kembali angka-angkanya.", "No report has this receipt code. Please check the digits."),
        AppError::FormExpired => ("Formulir ini sudah tidak berlaku. Muat ulang halaman; isian Anda masih ada di bawah.", "This form is no longer valid. Reload the page; what you typed is still below."),
        AppError::InvalidInformation => ("Tulis informasi tambahan (paling banyak 4.000 karakter).", "Write the additional information (at most 4,000 characters)."),
        AppError::CaseClosed => ("Laporan ini sudah selesai dan tidak menerima informasi baru. Buat laporan baru bila perlu.", "This case is closed and takes no new information. Make a new report if needed."),
        AppError::Unavailable => ("Layanan sedang sibuk. Tidak ada yang tersimpan; coba kirim lagi sebentar lagi.", "The service is busy. Nothing was saved; please try again in a moment."),
        AppError::Network(_) => ("Koneksi terputus. Periksa sinyal Anda lalu kirim lagi; isian Anda tidak hilang.", "The connection failed. Check your signal and send again; what you typed is kept."),
        AppError::Internal => INTERNAL,
        other => staff_error_text(other).unwrap_or(INTERNAL),
    };
    pick(lang, id, en).to_owned()
}

const INTERNAL: (&str, &str) = ("Terjadi kesalahan pada sistem. Coba lagi; jika berulang, hubungi Inspektorat.", "Something went wrong on our side. Please try again; if it persists, contact the Inspectorate.");

/// The words of errors only staff meet. The citizen's bundle leaves them out (its pages never
/// get these errors, and every byte reaches a phone on slow mobile data); there any of them
/// would read as an internal error.
#[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
fn staff_error_text(error: &AppError) -> Option<(&'static str, &'static str)> {
    Some(match error {
        AppError::InvalidSettings => ("Periksa isian: verifikasi 1–30 hari kerja, jawaban pelapor 1–60, penyelesaian 1–365, retensi 1–5 tahun.", "Check the values: verification 1–30 working days, reporter's answer 1–60, resolution 1–365, retention 1–5 years."),
        AppError::InvalidName => ("Nama wajib diisi (paling banyak 120 karakter) dan belum dipakai.", "A name is required (at most 120 characters) and must not be in use already."),
        AppError::InvalidUsername => ("Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung (tanpa spasi).", "A user name has 3–32 characters: lower-case letters, digits, dots, underscores or dashes (no spaces)."),
        AppError::AccountNotFound => ("Akun staf ini tidak ada.", "This staff account does not exist."),
        AppError::AssigneeUnavailable => ("Staf ini tidak bisa ditugaskan (tidak aktif, atau perannya tidak menangani kasus).", "This staff member cannot be assigned (deactivated, or in a role that does not work cases)."),
        AppError::NoteRequired => ("Tulis catatannya (paling banyak 4.000 karakter).", "Write the note (at most 4,000 characters)."),
        AppError::InvalidReceivedDate => ("Tanggal diterima harus tanggal yang ada dan tidak di masa depan.", "The date received must be a real date and not in the future."),
        AppError::ReasonRequired => ("Tulis alasannya (paling banyak 500 karakter).", "Write the reason (at most 500 characters)."),
        AppError::InvalidHoliday => ("Hari libur perlu tanggal (tahun 2000–2100) dan nama paling banyak 100 karakter.", "A holiday needs a date (years 2000–2100) and a name of at most 100 characters."),
        AppError::HolidayNotFound => ("Hari itu tidak ada di kalender libur.", "That day is not in the holiday calendar."),
        AppError::SecondFactorRequired => ("Masukkan kode 6 angka dari aplikasi autentikator Anda (atau kode pemulihan).", "Enter the 6-digit code from your authenticator app (or a recovery code)."),
        AppError::PasswordWrong => ("Kata sandi Anda salah. Tidak ada yang diubah.", "Your password is wrong. Nothing was changed."),
        AppError::TwoFactorAlreadyOn => ("Verifikasi dua langkah sudah aktif. Untuk memindahkannya ke ponsel lain, minta administrator mengatur ulang.", "Two-step verification is on already. To move it to another phone, ask an administrator to reset it."),
        AppError::SecondFactorWrong => ("Kode verifikasi salah atau sudah dipakai.", "The verification code is wrong or was already used."),
        AppError::TwoFactorSetupRequired => ("Administrator mewajibkan verifikasi dua langkah untuk akun Anda. Aktifkan dulu di halaman staf.", "An administrator requires two-step verification for your account. Set it up on the staff page first."),
        AppError::LoginFailed => ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
        AppError::NotSignedIn => ("Sesi Anda berakhir. Silakan masuk lagi.", "Your session has ended. Please sign in again."),
        AppError::Forbidden => ("Anda tidak berwenang melakukan ini.", "You are not allowed to do this."),
        AppError::WeakPassword(crate::domain::staff::PasswordProblem::TooShort) => ("Kata sandi paling sedikit 12 karakter.", "A password needs at least 12 characters."),
        AppError::WeakPassword(crate::domain::staff::PasswordProblem::TooLong) => ("Kata sandi paling banyak 128 karakter.", "A password may have at most 128 characters."),
        AppError::WeakPassword(crate::domain::staff::PasswordProblem::TooCommon) => ("Kata sandi ini terlalu mudah ditebak. Pilih yang lain.", "This password is too easy to guess. Choose another."),
        AppError::IllegalMove => ("Langkah ini tidak diizinkan dalam alur penanganan.", "The workflow does not allow this move."),
        AppError::MessageRequired => ("Tulis pesan untuk pelapor.", "Write a message to the reporter."),
        AppError::OutcomeDetailRequired => ("Sebutkan instansi penerima limpahan atau nomor laporan yang digabung.", "Name the receiving agency or the case this one merges into."),
        AppError::CaseNotFound => ("Laporan tidak ditemukan.", "Case not found."),
        AppError::UsernameTaken => ("Nama pengguna sudah dipakai.", "This user name is already taken."),
        _ => return None,
    })
}

#[cfg(all(feature = "hydrate", not(feature = "staff-bundle")))]
fn staff_error_text(_: &AppError) -> Option<(&'static str, &'static str)> {
    None
}

fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::PasswordProblem;

    /// Texts that are the same in both languages on purpose: the name, and "Status", which
    /// is an Indonesian word too.
    const SAME_IN_BOTH: &[Msg] = &[Msg::AppName, Msg::StatusLabel];

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
        ];
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
