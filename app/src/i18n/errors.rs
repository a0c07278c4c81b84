//! What a user reads for a wrong input or an error: clear, in their language, without
//! internals. Texts only staff meet are left out of the citizen's bundle.
use super::{pick, Lang, Msg};
use crate::domain::report::{Field, InputProblem};
use crate::errors::AppError;

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

/// The file picker's help: kinds, limits, and that location data is removed.
pub fn files_help(limits: &crate::domain::evidence::EvidenceLimits, lang: Lang) -> String {
    let (file, report, count) = (limits.file_mb(), limits.report_mb(), limits.files_per_report);
    match lang {
        Lang::Id => format!("Foto (JPEG, PNG, WebP) atau PDF, paling besar {file} MB per berkas dan {report} MB seluruhnya, paling banyak {count} berkas. Lokasi GPS, data kamera, dan nama pembuat dihapus sebelum disimpan."),
        Lang::En => format!("Photos (JPEG, PNG, WebP) or PDF, at most {file} MB per file and {report} MB in all, up to {count} files. GPS location, camera data and author names are removed before storing."),
    }
}

/// The message a user sees for an error: clear, in their language, without internals.
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
/// would read as an internal error. (The receipt page's own errors are here too: that page is
/// server HTML, so the phone's bundle never words them.)
#[cfg(any(not(feature = "hydrate"), feature = "staff-bundle"))]
fn staff_error_text(error: &AppError) -> Option<(&'static str, &'static str)> {
    use crate::domain::profile::ProfileField as P;
    Some(match error {
        AppError::InvalidStaffEmail => ("Alamat surel staf tidak sah (contoh: nama@inspektorat.go.id). Kosongkan bila tidak ingin menerima surel.", "The staff e-mail address is not valid (for example name@inspektorat.go.id). Leave it empty to receive no e-mail."),
        AppError::InvalidNoticePrefs => ("Jam ringkasan harian harus 0–23 (WIB).", "The daily digest's hour must be 0–23 (WIB)."),
        AppError::NoLetter => ("Kasus ini belum punya surat jawaban: surat dibuat saat kasus diselesaikan.", "This case has no reply letter yet: the letter is made when the case is closed."),
        AppError::InvalidSurvey => ("Beri nilai 1–4 untuk setiap pertanyaan; komentar paling banyak 1.000 karakter. Penilaian belum tersimpan.", "Rate every question from 1 to 4; the comment has at most 1,000 characters. The rating was not saved."),
        AppError::SurveyNotOpen => ("Penilaian layanan dibuka setelah laporan selesai.", "The service can be rated once the report is closed."),
        AppError::SurveyClosed => ("Layanan untuk laporan ini sudah dinilai. Terima kasih.", "The service for this report has been rated already. Thank you."),
        AppError::InvalidNoticeAddress => ("Alamat surel ini tidak sah (contoh: nama@contoh.id). Tidak ada yang disimpan.", "This is not a valid e-mail address (for example name@example.id). Nothing was saved."),
        AppError::InvalidProfile(P::Name) => ("Nama resmi wajib diisi (3–160 karakter, satu baris).", "The official name is required (3–160 characters, one line)."),
        AppError::InvalidProfile(P::ShortName) => ("Nama singkat paling banyak 60 karakter, satu baris.", "The short name has at most 60 characters, on one line."),
        AppError::InvalidProfile(P::Region) => ("Wilayah paling banyak 160 karakter, satu baris.", "The region has at most 160 characters, on one line."),
        AppError::InvalidProfile(P::Address) => ("Alamat paling banyak 300 karakter.", "The address has at most 300 characters."),
        AppError::InvalidProfile(P::Phone) => ("Nomor telepon paling banyak 40 karakter, satu baris.", "The phone number has at most 40 characters, on one line."),
        AppError::InvalidProfile(P::Email) => ("Surel kantor harus alamat surel yang sah (contoh: inspektorat@contoh.go.id).", "The office e-mail must be a valid address (for example inspektorat@example.go.id)."),
        AppError::InvalidProfile(P::Website) => ("Situs web harus diawali https:// (atau http://) dan berupa alamat situs.", "The website must start with https:// (or http://) and be a site's address."),
        AppError::InvalidProfile(P::OfficeHours) => ("Jam layanan paling banyak 160 karakter, satu baris.", "The office hours have at most 160 characters, on one line."),
        AppError::InvalidProfile(P::SignatoryName) => ("Nama penanda tangan paling banyak 160 karakter, satu baris.", "The signatory's name has at most 160 characters, on one line."),
        AppError::InvalidProfile(P::SignatoryPosition) => ("Jabatan penanda tangan paling banyak 160 karakter, satu baris.", "The signatory's position has at most 160 characters, on one line."),
        AppError::InvalidProfile(P::SignatoryNip) => ("NIP terdiri dari 18 angka (spasi boleh).", "An NIP has 18 digits (spaces allowed)."),
        AppError::InvalidProfile(P::LetterNumberFormat) => ("Format nomor surat memuat {seq} tepat sekali, boleh {year} dan {month}, paling banyak 80 karakter. Contoh: 700/{seq}/Inspektorat/{year}.", "The letter number format holds {seq} exactly once, may hold {year} and {month}, and has at most 80 characters. Example: 700/{seq}/Inspektorat/{year}."),
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
        AppError::ProposalChanged => ("Pemeriksa telah mengganti usulan penutupan ini. Tidak ada yang disetujui; baca usulan terbaru di bawah.", "The inspector has replaced this proposed closing. Nothing was approved; read the latest proposal below."),
        AppError::CasePurged => ("Isi kasus ini sudah dihapus sesuai masa retensi, jadi tidak dapat dibuka kembali. Buat kasus baru bila perlu.", "This case's contents were deleted at the end of its retention, so it cannot be reopened. Enter a new case if needed."),
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
