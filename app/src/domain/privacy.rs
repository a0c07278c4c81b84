//! The privacy lint: in an anonymous report, text that looks like the reporter's own
//! identifiers (a national ID number, a phone number, an e-mail address) earns a warning
//! before sending. It only warns; the citizen decides.
use std::sync::LazyLock;

use regex_lite::Regex;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Identifier {
    /// Nomor Induk Kependudukan: 16 digits.
    Nik,
    Phone,
    Email,
}

static NIK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.,])(\d{16}|\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}|\d{6}[ .-]\d{6}[ .-]\d{4})(?:$|[^\d])").ok()
});
static MOBILE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:\+62|\b62|\b0)[\s.-]?8[\d\s.-]{6,16}\d").ok());
static LANDLINE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:\+62[\s.-]?|\(0|\b0)[2-9]\d{1,2}\)?[\s.-]?\d{5,8}\b").ok());
static EMAIL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").ok()
});

fn digits(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

fn has_phone(text: &str) -> bool {
    let mobile = MOBILE.as_ref().is_some_and(|re| {
        re.find_iter(text).any(|m| {
            let s = m.as_str();
            // After the 0 or 62 prefix an Indonesian mobile number has 9 to 12 digits.
            let prefix = if s.starts_with('0') { 1 } else { 2 };
            (9..=12).contains(&(digits(s) - prefix))
        })
    });
    mobile || LANDLINE.as_ref().is_some_and(|re| re.is_match(text))
}

/// Identifiers found in `text`, deduplicated, in the order NIK, phone, e-mail.
pub fn find_identifiers(text: &str) -> Vec<Identifier> {
    let mut found = Vec::new();
    if NIK.as_ref().is_some_and(|re| re.is_match(text)) {
        found.push(Identifier::Nik);
    }
    if has_phone(text) {
        found.push(Identifier::Phone);
    }
    if EMAIL.as_ref().is_some_and(|re| re.is_match(text)) {
        found.push(Identifier::Email);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::Identifier::*;
    use super::*;

    #[test]
    fn a_sixteen_digit_nik_is_found_written_plain_or_grouped() {
        assert_eq!(find_identifiers("NIK saya 3273010101010001"), vec![Nik]);
        assert_eq!(find_identifiers("3273 0101 0101 0001"), vec![Nik]);
        assert_eq!(find_identifiers("327301.010101.0001"), vec![Nik]);
    }

    #[test]
    fn a_longer_or_shorter_digit_run_is_not_a_nik() {
        assert!(find_identifiers("nomor 32730101010100011").is_empty());
        assert!(find_identifiers("nomor 327301010101000").is_empty());
    }

    #[test]
    fn indonesian_mobile_numbers_are_found_in_their_usual_forms() {
        for s in [
            "hubungi 08123456789",
            "WA 0812-3456-7890",
            "0812 3456 7890",
            "+62 812 3456 7890",
            "+6281234567890",
            "6281234567890",
        ] {
            assert_eq!(find_identifiers(s), vec![Phone], "{s}");
        }
    }

    #[test]
    fn landline_numbers_with_an_area_code_are_found() {
        assert_eq!(find_identifiers("telepon (0266) 221234"), vec![Phone]);
        assert_eq!(find_identifiers("022-7654321"), vec![Phone]);
    }

    #[test]
    fn email_addresses_are_found() {
        assert_eq!(find_identifiers("warga.sukabumi@example.com"), vec![Email]);
        assert_eq!(find_identifiers("kirim ke a_b+c@mail.co.id ya"), vec![Email]);
    }

    #[test]
    fn amounts_dates_years_and_case_numbers_are_not_flagged() {
        for s in [
            "Rp1.500.000",
            "Rp 15.000.000",
            "Rp 200.000,-",
            "12/01/2025",
            "2025-01-12",
            "tahun 2024",
            "WBS-2026-00042",
            "loket 3, antrean nomor 0815",
            "1,5 juta",
        ] {
            assert!(find_identifiers(s).is_empty(), "{s}: {:?}", find_identifiers(s));
        }
    }

    #[test]
    fn several_identifiers_are_listed_once_each_in_a_fixed_order() {
        let text = "a@b.co 08123456789 3273010101010001 0812-9999-8888 c@d.id";
        assert_eq!(find_identifiers(text), vec![Nik, Phone, Email]);
    }

    #[test]
    fn odd_input_never_panics() {
        for s in ["", "+", "+62", "0", "@", "@@.", "🙂", &"9".repeat(10_000)] {
            let _ = find_identifiers(s);
        }
    }
}
