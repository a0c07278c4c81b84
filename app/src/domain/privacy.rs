//! The privacy lint: an anonymous reporter who writes their own national ID number (NIK),
//! phone number or e-mail address into the report is warned before sending. It only
//! warns; it never changes the text. Rupiah amounts, dates, years and case numbers are
//! not identifiers and are not flagged.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Identifier {
    Nik,
    Phone,
    Email,
}

/// The kinds of identifier found in `text`, each at most once, in the order Nik, Phone,
/// Email.
pub fn find_identifiers(text: &str) -> Vec<Identifier> {
    let (nik, phone) = find_numbers(text);
    let found = [
        (nik, Identifier::Nik),
        (phone, Identifier::Phone),
        (has_email(text), Identifier::Email),
    ];
    found
        .into_iter()
        .filter(|(hit, _)| *hit)
        .map(|(_, id)| id)
        .collect()
}

/// A maximal run of ASCII digits, as byte offsets.
#[derive(Clone, Copy, Debug)]
struct Run {
    start: usize,
    end: usize,
}

impl Run {
    fn len(self) -> usize {
        self.end - self.start
    }
}

/// Between the groups of one written number: "0812-3456", "3273 0101", "(022) 765".
fn is_group_separator(gap: &str) -> bool {
    let n = gap.chars().count();
    (1..=2).contains(&n)
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
}

/// Words that make a number an amount of money: "Rp 62.500.000", "6250000 rupiah".
const MONEY_BEFORE: &[&str] = &["rp", "idr"];
const MONEY_AFTER: &[&str] = &[
    "rupiah", "rp", "juta", "jt", "ribu", "rb", "miliar", "milyar",
];

fn word_before(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or_default();
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':'));
    let word: Vec<char> = trimmed
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    word.into_iter()
        .rev()
        .flat_map(char::to_lowercase)
        .collect()
}

fn word_after(text: &str, at: usize) -> String {
    let after = text.get(at..).unwrap_or_default();
    let trimmed = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-'));
    trimmed
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Returns (a NIK was found, a phone number was found).
fn find_numbers(text: &str) -> (bool, bool) {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i).is_some_and(u8::is_ascii_digit) {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            runs.push(Run { start, end: i });
        } else {
            i += 1;
        }
    }

    // Runs written as one number: "0812 3456 7890", "3273.0101.0101.0001".
    let mut chains: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        let joins = chains.last().and_then(|c| c.last()).is_some_and(|prev| {
            text.get(prev.end..run.start)
                .is_some_and(is_group_separator)
        });
        match chains.last_mut() {
            Some(chain) if joins => chain.push(run),
            _ => chains.push(vec![run]),
        }
    }

    let (mut nik, mut phone) = (false, false);
    for chain in &chains {
        if is_money(text, chain) {
            continue;
        }
        // The groups of a NIK are not also read as a phone number ("0101 0101 0001").
        let mut in_nik = vec![false; chain.len()];
        for s in 0..chain.len() {
            for e in s..chain.len().min(s + 5) {
                if chain.get(s..=e).is_some_and(|w| is_nik(text, w)) {
                    nik = true;
                    in_nik
                        .iter_mut()
                        .take(e + 1)
                        .skip(s)
                        .for_each(|c| *c = true);
                }
            }
        }
        for s in 0..chain.len() {
            for e in s..chain.len().min(s + 6) {
                let free = in_nik.get(s..=e).is_some_and(|c| c.iter().all(|x| !x));
                phone = phone || (free && chain.get(s..=e).is_some_and(|w| is_phone(text, w)));
            }
        }
        if nik && phone {
            break;
        }
    }
    (nik, phone)
}

/// An amount: after "Rp", before "juta"/"rupiah", or grouped in thousands with dots
/// ("15.000.000").
fn is_money(text: &str, chain: &[Run]) -> bool {
    let (Some(first), Some(last)) = (chain.first(), chain.last()) else {
        return false;
    };
    if MONEY_BEFORE.contains(&word_before(text, first.start).as_str())
        || MONEY_AFTER.contains(&word_after(text, last.end).as_str())
    {
        return true;
    }
    let dotted = chain
        .windows(2)
        .all(|w| matches!(w, [a, b] if text.get(a.end..b.start) == Some(".")));
    chain.len() >= 2
        && dotted
        && (1..=3).contains(&first.len())
        && chain.iter().skip(1).all(|r| r.len() == 3)
}

fn digits_of(text: &str, window: &[Run]) -> String {
    window
        .iter()
        .filter_map(|r| text.get(r.start..r.end))
        .collect()
}

/// Sixteen digits, either in one run or grouped as NIKs are printed: 4-4-4-4, 6-6-4 or
/// 2-2-2-6-4. A NIK starts with a province code, never with 0.
fn is_nik(text: &str, window: &[Run]) -> bool {
    let lens: Vec<usize> = window.iter().map(|r| r.len()).collect();
    let shaped = matches!(
        lens.as_slice(),
        [16] | [4, 4, 4, 4] | [6, 6, 4] | [2, 2, 2, 6, 4]
    );
    shaped && !digits_of(text, window).starts_with('0')
}

/// 0 or (+)62, then 8 to 13 digits. Groups after the first have at least three digits,
/// so dates and times ("01-02-2025 10.30") are not phone numbers.
fn is_phone(text: &str, window: &[Run]) -> bool {
    let Some(first) = window.first() else {
        return false;
    };
    if window.len() > 1 && (first.len() < 2 || window.iter().skip(1).any(|r| r.len() < 3)) {
        return false;
    }
    let plus = first
        .start
        .checked_sub(1)
        .and_then(|p| text.as_bytes().get(p))
        .is_some_and(|&b| b == b'+');
    let digits = digits_of(text, window);
    let rest = if let Some(rest) = digits.strip_prefix("62") {
        // Without "+", only mobile numbers (62 8…) are taken, to spare other numbers.
        if plus || rest.starts_with('8') {
            rest
        } else {
            return false;
        }
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest
    } else {
        return false;
    };
    !rest.starts_with('0') && (8..=13).contains(&rest.len())
}

fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// An ordinary address: name@domain.tld, with a top-level domain of two or more letters.
fn has_email(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .filter(|(_, &c)| c == b'@')
        .any(|(at, _)| {
            let mut s = at;
            while s > 0 && b.get(s - 1).copied().is_some_and(is_local_char) {
                s -= 1;
            }
            let mut e = at + 1;
            while b.get(e).copied().is_some_and(is_domain_char) {
                e += 1;
            }
            let local = text.get(s..at).unwrap_or_default().trim_start_matches('.');
            let domain = text
                .get(at + 1..e)
                .unwrap_or_default()
                .trim_end_matches(['.', '-']);
            let labels: Vec<&str> = domain.split('.').collect();
            let tld_ok = labels
                .last()
                .is_some_and(|t| t.len() >= 2 && t.bytes().all(|c| c.is_ascii_alphabetic()));
            local.bytes().any(|c| c.is_ascii_alphanumeric())
                && labels.len() >= 2
                && labels
                    .iter()
                    .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
                && tld_ok
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Identifier::{Email, Nik, Phone};

    #[test]
    fn a_sixteen_digit_nik_is_flagged() {
        assert_eq!(find_identifiers("NIK saya 3273010101010001"), vec![Nik]);
        assert_eq!(find_identifiers("3273010101010001"), vec![Nik]);
    }

    #[test]
    fn a_nik_written_in_groups_with_spaces_dots_or_dashes_is_flagged() {
        assert_eq!(find_identifiers("NIK: 3273 0101 0101 0001"), vec![Nik]);
        assert_eq!(find_identifiers("3273.0101.0101.0001"), vec![Nik]);
        assert_eq!(find_identifiers("3273-0101-0101-0001"), vec![Nik]);
        assert_eq!(find_identifiers("327301 010101 0001"), vec![Nik]);
        assert_eq!(find_identifiers("32 73 01 010101 0001"), vec![Nik]);
    }

    #[test]
    fn a_digit_run_longer_or_shorter_than_sixteen_is_not_a_nik() {
        assert!(
            find_identifiers("32730101010100015").is_empty(),
            "17 digits"
        );
        assert!(find_identifiers("327301010101000").is_empty(), "15 digits");
        assert!(find_identifiers("nomor rekening 1234567890123456789012").is_empty());
    }

    #[test]
    fn a_plain_indonesian_mobile_number_is_flagged() {
        assert_eq!(find_identifiers("hubungi 08123456789"), vec![Phone]);
        assert_eq!(find_identifiers("081234567890"), vec![Phone]);
    }

    #[test]
    fn a_mobile_number_written_with_dashes_spaces_or_dots_is_flagged() {
        assert_eq!(find_identifiers("WA 0812-3456-7890"), vec![Phone]);
        assert_eq!(find_identifiers("0812 3456 7890"), vec![Phone]);
        assert_eq!(find_identifiers("0812.3456.7890"), vec![Phone]);
    }

    #[test]
    fn a_number_with_the_country_code_is_flagged() {
        assert_eq!(find_identifiers("+62 812 3456 7890"), vec![Phone]);
        assert_eq!(find_identifiers("+6281234567890"), vec![Phone]);
        assert_eq!(find_identifiers("6281234567890"), vec![Phone]);
        assert_eq!(find_identifiers("(+62) 812-3456-7890"), vec![Phone]);
    }

    #[test]
    fn a_landline_number_with_an_area_code_is_flagged() {
        assert_eq!(find_identifiers("telp (022) 7654321"), vec![Phone]);
        assert_eq!(find_identifiers("021-1234567"), vec![Phone]);
    }

    #[test]
    fn numbers_too_short_or_too_long_for_a_phone_are_not_flagged() {
        assert!(find_identifiers("0812345").is_empty(), "7 digits after 0");
        assert!(
            find_identifiers("08123456789012345").is_empty(),
            "16 digits after 0"
        );
        assert!(find_identifiers("62123").is_empty());
    }

    #[test]
    fn an_ordinary_email_address_is_flagged() {
        assert_eq!(
            find_identifiers("email: budi.santoso@gmail.com"),
            vec![Email]
        );
        assert_eq!(
            find_identifiers("Kirim ke rina+lapor@mail.example.co.id."),
            vec![Email]
        );
        assert_eq!(find_identifiers("BUDI_99@YAHOO.CO.ID"), vec![Email]);
    }

    #[test]
    fn handles_and_at_signs_that_are_not_addresses_are_not_flagged() {
        assert!(find_identifiers("follow @lenterainspektorat").is_empty());
        assert!(find_identifiers("saya@rumah").is_empty());
        assert!(find_identifiers("harga @ Rp 5.000").is_empty());
        assert!(
            find_identifiers("a@b.c").is_empty(),
            "one-letter top-level domain"
        );
        assert!(find_identifiers("@").is_empty());
    }

    #[test]
    fn rupiah_amounts_are_not_flagged() {
        for text in [
            "Rp1.500.000",
            "Rp 15.000.000",
            "Rp 625.000.000.000",
            "Rp 6250000000",
            "sebesar 6281234567 rupiah",
            "IDR 200,000,000",
            "1.500.000.000.000.000",
            "Rp 3.273.010.101.010.001",
        ] {
            assert!(find_identifiers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn dates_times_and_years_are_not_flagged() {
        for text in [
            "12/01/2025",
            "12-01-2025",
            "2025-01-12",
            "01-02-2025 10.30",
            "01-02-2025 08.00 - 09.00",
            "12-01-2025 12-02-2025",
            "tahun 2024 dan 2025",
            "pukul 08:30",
        ] {
            assert!(find_identifiers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn case_and_letter_numbers_are_not_flagged() {
        for text in [
            "Surat No. 800/123/Inspektorat/2024",
            "perkara 12/Pid.Sus-TPK/2024/PN Bdg",
            "LP/B/0812/IV/2024",
            "LTR-2025-000123",
            "SK 188.45/Kep.123-Huk/2024",
        ] {
            assert!(find_identifiers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn each_kind_is_reported_once_in_a_fixed_order() {
        let text = "e-mail saya budi@gmail.com, HP 0812-3456-7890 atau 0813 1111 2222, \
                    NIK 3273010101010001, lagi budi@gmail.com";
        assert_eq!(find_identifiers(text), vec![Nik, Phone, Email]);
    }

    #[test]
    fn a_report_without_identifiers_gives_no_warning() {
        assert!(find_identifiers("").is_empty());
        assert!(find_identifiers(
            "Petugas loket 3 meminta Rp 200.000 pada 12 Januari 2025 di Jl. Veteran No. 10."
        )
        .is_empty());
    }

    #[test]
    fn odd_input_never_panics() {
        let long = "9".repeat(100_000);
        for text in [
            "😀@😀.😀",
            "+",
            "+62",
            "0",
            "@@@",
            long.as_str(),
            "..--  ((",
            "a@b.",
            "@b.com",
        ] {
            assert!(find_identifiers(text).is_empty(), "{text:.20}");
        }
        assert_eq!(find_identifiers("é08123456789é"), vec![Phone]);
        assert_eq!(find_identifiers("🙂 budi@gmail.com 🙂"), vec![Email]);
    }
}
