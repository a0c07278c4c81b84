//! The satisfaction survey (*Survei Kepuasan Masyarakat*, PermenPANRB 14/2017), adapted to
//! complaint handling: nine elements, each rated 1–4, and the index computed from them.
//!
//! The index (IKM) is the mean of the element means, weighted equally (1/9 each), times 25:
//! 25 to 100. Its grade follows the regulation's intervals: A 88.31–100, B 76.61–88.30,
//! C 65.00–76.60, D 25.00–64.99. Values are kept in hundredths, as the intervals are written.
use serde::{Deserialize, Serialize};

/// The elements of the regulation, in its order.
pub const ELEMENTS: usize = 9;
/// The most characters a comment holds.
pub const MAX_COMMENT_CHARS: usize = 1000;
/// The public page counts a finished month once it had this many ratings (the small-count rule).
pub const PUBLIC_MIN_RESPONSES: u64 = 5;

/// One reporter's answers.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SurveyAnswers {
    pub scores: [u8; ELEMENTS],
    pub comment: String,
}

impl SurveyAnswers {
    /// The answers as a form sent them (`q1`…`q9` as text; a missing one is empty), checked:
    /// every score 1–4, the comment trimmed, at most 1,000 characters, no control characters
    /// but line breaks. `None` when anything is wrong.
    pub fn parse(scores: [&str; ELEMENTS], comment: &str) -> Option<Self> {
        let mut out = [0u8; ELEMENTS];
        for (slot, text) in out.iter_mut().zip(scores) {
            *slot = text.trim().parse::<u8>().ok().filter(|s| (1..=4).contains(s))?;
        }
        let comment = comment.trim();
        let comment_ok = comment.chars().count() <= MAX_COMMENT_CHARS && !comment.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r'));
        comment_ok.then(|| Self { scores: out, comment: comment.to_owned() })
    }
}

/// The quality grade (*mutu pelayanan*) of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
}

impl Grade {
    /// The grade of an index given in hundredths (8831 is 88.31).
    pub fn of(hundredths: u32) -> Self {
        match hundredths {
            8831.. => Self::A,
            7661.. => Self::B,
            6500.. => Self::C,
            _ => Self::D,
        }
    }

    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
            Self::D => "D",
        }
    }
}

/// The index of a set of responses: overall and per element, in hundredths of the 25–100
/// scale, with the grade and how many responses it rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub responses: u64,
    pub value: u32,
    pub grade: Grade,
    /// Each element's mean times 25, in hundredths.
    pub elements: [u32; ELEMENTS],
}

impl Index {
    /// `None` for no responses. Rounded half up to hundredths, as the regulation's tables are.
    pub fn of(responses: &[[u8; ELEMENTS]]) -> Option<Self> {
        let n = u64::try_from(responses.len()).ok().filter(|n| *n > 0)?;
        let mut sums = [0u64; ELEMENTS];
        for r in responses {
            for (sum, score) in sums.iter_mut().zip(r) {
                *sum += u64::from(*score);
            }
        }
        // mean × 25 in hundredths = sum × 2500 / n, rounded.
        let scaled = |sum: u64, count: u64| u32::try_from((sum * 2500 * 2 + count) / (2 * count)).unwrap_or(u32::MAX);
        let elements = sums.map(|s| scaled(s, n));
        let value = scaled(sums.iter().sum(), n * u64::try_from(ELEMENTS).unwrap_or(9));
        Some(Self { responses: n, value, grade: Grade::of(value), elements })
    }
}

/// An index in hundredths as text: `82,45` (Indonesian) or `82.45`.
pub fn format_index(hundredths: u32, decimal_comma: bool) -> String {
    let sep = if decimal_comma { ',' } else { '.' };
    format!("{}{sep}{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_the_mean_times_25_with_the_grade_of_its_interval() {
        assert_eq!(Index::of(&[]), None);
        let all_four = Index::of(&[[4; ELEMENTS]]).unwrap();
        assert_eq!((all_four.value, all_four.grade), (10000, Grade::A));
        let all_one = Index::of(&[[1; ELEMENTS]]).unwrap();
        assert_eq!((all_one.value, all_one.grade), (2500, Grade::D));
        // Two reporters: element 1 rated 4 and 3 (mean 3.5 → 87.50), the rest 3 and 3.
        let mut a = [3; ELEMENTS];
        a[0] = 4;
        let idx = Index::of(&[a, [3; ELEMENTS]]).unwrap();
        assert_eq!(idx.elements[0], 8750);
        assert_eq!(idx.elements[1], 7500);
        // (3.5 + 8 × 3) / 9 × 25 = 76.388… → 76.39: grade C (B starts at 76.61).
        assert_eq!((idx.value, idx.grade), (7639, Grade::C));
        assert_eq!(format_index(idx.value, true), "76,39");
        assert_eq!(format_index(idx.value, false), "76.39");
    }

    #[test]
    fn the_grade_boundaries_are_the_regulations() {
        assert_eq!(Grade::of(8831), Grade::A);
        assert_eq!(Grade::of(8830), Grade::B);
        assert_eq!(Grade::of(7661), Grade::B);
        assert_eq!(Grade::of(7660), Grade::C);
        assert_eq!(Grade::of(6500), Grade::C);
        assert_eq!(Grade::of(6499), Grade::D);
    }

    #[test]
    fn answers_need_every_score_within_one_to_four() {
        let ok = ["4", "3", "2", "1", "4", "3", "2", "1", "4"];
        assert_eq!(SurveyAnswers::parse(ok, "  Cepat dan ramah. ").unwrap().comment, "Cepat dan ramah.");
        let mut missing = ok;
        missing[8] = "";
        assert_eq!(SurveyAnswers::parse(missing, ""), None);
        for bad in ["0", "5", "x", "-1", "3.5"] {
            let mut b = ok;
            b[2] = bad;
            assert_eq!(SurveyAnswers::parse(b, ""), None, "{bad}");
        }
        assert_eq!(SurveyAnswers::parse(ok, &"a".repeat(MAX_COMMENT_CHARS + 1)), None);
        assert_eq!(SurveyAnswers::parse(ok, "nol\u{0}"), None);
    }
}
