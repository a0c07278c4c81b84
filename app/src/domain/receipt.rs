//! The receipt: the reporter's only credential. Sixteen decimal digits (≈ 53 bits, as
//! GlobaLeaks), shown in groups of four, typed back with or without spaces or dashes.
use std::fmt;

pub const RECEIPT_DIGITS: usize = 16;

/// A well-formed receipt. It can only be made by [`Receipt::parse`] or
/// [`Receipt::from_random_bytes`], so a value of this type always holds exactly 16 digits.
#[derive(Clone, PartialEq, Eq)]
pub struct Receipt(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReceiptError {
    /// Something other than digits, spaces, dashes or dots was typed.
    NotDigits,
    /// The number of digits is not sixteen.
    WrongLength,
}

impl Receipt {
    /// Accepts "1234 5678 9012 3456", "1234-5678-9012-3456", "1234567890123456" and any
    /// mixture of spaces, dashes and dots between the digits (people copy from print).
    pub fn parse(input: &str) -> Result<Self, ReceiptError> {
        let mut digits = String::with_capacity(RECEIPT_DIGITS);
        for c in input.trim().chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '\u{a0}' | '\t' => {}
                _ => return Err(ReceiptError::NotDigits),
            }
        }
        if digits.len() == RECEIPT_DIGITS {
            Ok(Self(digits))
        } else {
            Err(ReceiptError::WrongLength)
        }
    }

    /// Makes a receipt from uniformly random bytes (the caller reads them from the OS
    /// CSPRNG). Bytes of 250 and above are skipped so that every digit is equally likely;
    /// returns `None` when the bytes run out first (the caller then asks for more).
    pub fn from_random_bytes(bytes: &[u8]) -> Option<Self> {
        let digits: String = bytes
            .iter()
            .filter(|b| **b < 250)
            .take(RECEIPT_DIGITS)
            .map(|b| char::from(b'0' + b % 10))
            .collect();
        (digits.len() == RECEIPT_DIGITS).then_some(Self(digits))
    }

    /// The 16 digits without separators: what gets hashed.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The display form, `1234 5678 9012 3456`.
    pub fn grouped(&self) -> String {
        let mut out = String::with_capacity(RECEIPT_DIGITS + 3);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }
}

/// Never print a receipt by accident (logs, panics): Debug hides it.
impl fmt::Debug for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receipt(****)")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_typed_with_spaces_dashes_or_nothing_parses_to_the_same_digits() {
        let plain = Receipt::parse("1234567890123456").unwrap();
        assert_eq!(Receipt::parse("1234 5678 9012 3456").unwrap(), plain);
        assert_eq!(Receipt::parse("1234-5678-9012-3456").unwrap(), plain);
        assert_eq!(Receipt::parse("  1234 5678-9012.3456 ").unwrap(), plain);
        assert_eq!(plain.digits(), "1234567890123456");
    }

    #[test]
    fn a_receipt_is_displayed_in_groups_of_four() {
        let r = Receipt::parse("1234567890123456").unwrap();
        assert_eq!(r.grouped(), "1234 5678 9012 3456");
    }

    #[test]
    fn too_few_or_too_many_digits_are_rejected() {
        assert_eq!(Receipt::parse("1234 5678 9012 345"), Err(ReceiptError::WrongLength));
        assert_eq!(Receipt::parse("1234 5678 9012 34567"), Err(ReceiptError::WrongLength));
        assert_eq!(Receipt::parse(""), Err(ReceiptError::WrongLength));
    }

    #[test]
    fn letters_and_other_symbols_are_rejected() {
        assert_eq!(Receipt::parse("1234 5678 9012 345a"), Err(ReceiptError::NotDigits));
        assert_eq!(Receipt::parse("1234/5678/9012/3456"), Err(ReceiptError::NotDigits));
        assert_eq!(Receipt::parse("１２３４５６７８９０１２３４５６"), Err(ReceiptError::NotDigits));
    }

    #[test]
    fn random_bytes_make_sixteen_digits_and_skip_biased_bytes() {
        let bytes: Vec<u8> = (0..16).map(|i| 250 + (i % 6)).chain(0..16).collect();
        let r = Receipt::from_random_bytes(&bytes).unwrap();
        assert_eq!(r.digits(), "0123456789012345");
    }

    #[test]
    fn too_few_usable_random_bytes_make_no_receipt() {
        assert!(Receipt::from_random_bytes(&[255; 64]).is_none());
        assert!(Receipt::from_random_bytes(&[1; 15]).is_none());
    }

    #[test]
    fn digits_from_random_bytes_are_roughly_uniform() {
        // A simple linear congruential sequence stands in for random bytes here.
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..200_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        let mut counts = [0usize; 10];
        for chunk in bytes.chunks(32) {
            if let Some(r) = Receipt::from_random_bytes(chunk) {
                for c in r.digits().bytes() {
                    counts[usize::from(c - b'0')] += 1;
                }
            }
        }
        let total: usize = counts.iter().sum();
        for c in counts {
            let share = c as f64 / total as f64;
            assert!((0.09..0.11).contains(&share), "digit share {share}");
        }
    }

    #[test]
    fn debug_output_never_shows_the_digits() {
        let r = Receipt::parse("1234567890123456").unwrap();
        assert!(!format!("{r:?}").contains("1234"));
    }
}
