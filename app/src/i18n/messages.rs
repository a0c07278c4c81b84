//! Every fixed text, as `Msg` constants holding Indonesian and English side by side.
use super::Lang;

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
