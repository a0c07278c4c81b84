//! The official reply letter (*surat jawaban*, issue 17): its number, written in the format an
//! administrator sets (`700/{seq}/Inspektorat/{year}`), and the outcome in the plain words of
//! an Indonesian government letter. Letters are written in Indonesian whatever language the
//! page is read in: it is the official record the inspectorate signs.
use super::workflow::Outcome;

/// The number format of a fresh installation: 700 is the archive code of supervision
/// (*pengawasan*) in the regional classification of letters.
pub const DEFAULT_NUMBER_FORMAT: &str = "700/{seq}/Inspektorat/{year}";
/// The most characters a number format holds.
pub const MAX_FORMAT_CHARS: usize = 80;

const PLACEHOLDERS: [&str; 3] = ["{seq}", "{year}", "{month}"];

/// Whether `format` makes letter numbers: one line of at most 80 characters holding `{seq}`
/// (the letter's number in its year) exactly once, and otherwise only `{year}` and `{month}`
/// (the month in Roman numerals, as Indonesian letter numbers write it) between braces.
pub fn valid_number_format(format: &str) -> bool {
    if format.chars().count() > MAX_FORMAT_CHARS || format.chars().any(char::is_control) || format.matches("{seq}").count() != 1 {
        return false;
    }
    let mut rest = format.to_owned();
    for p in PLACEHOLDERS {
        rest = rest.replace(p, "");
    }
    !rest.contains(['{', '}'])
}

/// The letter number: `format` with its placeholders filled in.
pub fn letter_number(format: &str, seq: u32, year: i32, month: u8) -> String {
    format.replace("{seq}", &seq.to_string()).replace("{year}", &year.to_string()).replace("{month}", roman_month(month))
}

/// The month in Roman numerals (`XII`), as in `700/12/Inspektorat/XII/2026`.
pub fn roman_month(month: u8) -> &'static str {
    const ROMAN: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    ROMAN.get(usize::from(month.clamp(1, 12)) - 1).copied().unwrap_or("I")
}

/// The paragraph that says what became of the report. `detail` is the agency a report was
/// forwarded to; for a duplicate it is another case's number, which is not this reporter's to
/// read, so it is left out.
pub fn outcome_paragraph(outcome: Outcome, detail: Option<&str>) -> String {
    match outcome {
        Outcome::Terbukti => "Berdasarkan hasil pemeriksaan, dugaan pelanggaran yang Saudara laporkan terbukti. Inspektorat telah menyampaikan rekomendasi tindak lanjut kepada pejabat yang berwenang sesuai ketentuan peraturan perundang-undangan.".to_owned(),
        Outcome::TidakTerbukti => "Berdasarkan hasil penelaahan dan pemeriksaan, dugaan pelanggaran yang Saudara laporkan tidak terbukti.".to_owned(),
        Outcome::Dilimpahkan => {
            let to = detail.map(str::trim).filter(|d| !d.is_empty()).unwrap_or("instansi yang berwenang");
            format!("Pengaduan Saudara berada di luar kewenangan Inspektorat dan telah dilimpahkan kepada {to} untuk ditindaklanjuti sesuai kewenangannya.")
        }
        Outcome::TidakLengkap => "Pengaduan Saudara belum dapat ditindaklanjuti karena keterangan yang kami terima belum memadai (unsur 5W+2H belum lengkap) dan tidak dilengkapi dalam batas waktu yang ditentukan. Saudara dapat menyampaikan pengaduan baru dengan keterangan yang lebih lengkap.".to_owned(),
        Outcome::Duplikat => "Pengaduan Saudara memuat hal yang sama dengan pengaduan yang telah kami terima sebelumnya, sehingga penanganannya digabungkan dengan pengaduan tersebut.".to_owned(),
    }
}

/// The opening paragraph: which report this answers.
pub fn opening(received_on_long: &str, case_number: &str) -> String {
    format!("Menindaklanjuti pengaduan Saudara melalui Whistleblowing System yang kami terima pada tanggal {received_on_long} dengan nomor {case_number}, bersama ini kami sampaikan hasil penanganannya sebagai berikut.")
}

/// The closing paragraph.
pub const CLOSING: &str = "Demikian kami sampaikan. Atas kepedulian dan partisipasi Saudara dalam pengawasan penyelenggaraan pemerintahan daerah, kami ucapkan terima kasih.";

/// The letter's subject line.
pub fn subject(case_number: &str) -> String {
    format!("Jawaban atas pengaduan {case_number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_the_format_filled_in() {
        assert_eq!(letter_number(DEFAULT_NUMBER_FORMAT, 42, 2026, 12), "700/42/Inspektorat/2026");
        assert_eq!(letter_number("700/{seq}/INSP/{month}/{year}", 7, 2027, 1), "700/7/INSP/I/2027");
        assert_eq!(roman_month(4), "IV");
        assert_eq!(roman_month(9), "IX");
    }

    #[test]
    fn a_format_needs_its_sequence_once_and_no_unknown_placeholder() {
        assert!(valid_number_format(DEFAULT_NUMBER_FORMAT));
        assert!(valid_number_format("{seq}"));
        assert!(valid_number_format("700/{seq}/Itda/{month}/{year}"));
        for bad in ["700/Inspektorat/{year}", "{seq}/{seq}", "700/{seq}/{nomor}", "700/{seq}/{year", "700/{seq}}", "700/{seq}\n/2026"] {
            assert!(!valid_number_format(bad), "{bad}");
        }
        assert!(!valid_number_format(&format!("{{seq}}{}", "x".repeat(MAX_FORMAT_CHARS))));
    }

    #[test]
    fn every_outcome_has_its_own_paragraph_and_a_duplicate_names_no_other_case() {
        let all: Vec<String> = Outcome::ALL.iter().map(|o| outcome_paragraph(*o, Some("WBS-2026-00012"))).collect();
        for (i, p) in all.iter().enumerate() {
            assert!(all.iter().skip(i + 1).all(|q| q != p), "{p}");
        }
        assert!(!outcome_paragraph(Outcome::Duplikat, Some("WBS-2026-00012")).contains("WBS-2026-00012"));
        assert!(outcome_paragraph(Outcome::Dilimpahkan, Some("Kepolisian Resor Sukabumi Kota")).contains("kepada Kepolisian Resor Sukabumi Kota untuk"));
        assert!(outcome_paragraph(Outcome::Dilimpahkan, None).contains("instansi yang berwenang"));
    }
}
