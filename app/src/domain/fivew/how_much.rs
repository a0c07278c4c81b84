//! *How much*: amounts of rupiah and, in the answer itself, foreign currency or one bare
//! number; or, where no money is expected, saying that none was involved.
use super::tokens::{is_year, tokenize, Kind, Tok};
use super::{ElementState, Hint};

const CURRENCY_BEFORE: &[&str] = &["rp", "idr", "rupiah"];
const CURRENCY_AFTER: &[&str] = &["rupiah", "rp", "idr"];
const FOREIGN: &[&str] = &[
    "usd", "us", "sgd", "eur", "euro", "dolar", "dollar", "dollars",
];
/// Multipliers that make a number an amount of money on their own.
const MULTIPLIERS: &[&str] = &[
    "juta", "jt", "jta", "ribu", "rb", "rbu", "rebu", "k", "miliar", "milyar", "mlyr", "mily",
    "ribuan", "jutaan", "ratusan", "triliun", "trilyun", "million", "mio", "thousand", "billion",
    "bn", "trillion",
];
/// Multipliers that could also be units ("2 m" may be two metres): need a currency too.
const SHORT_MULTIPLIERS: &[&str] = &["m", "t"];
const NUMBER_WORDS: &[&str] = &[
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "seratus", "seribu", "setengah", "belas", "puluh", "ratus", "belasan", "puluhan",
    "ratusan", "beberapa", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "a", "half", "several",
];
const AMOUNT_WORDS: &[&str] = &["sejuta", "semiliar", "jutaan", "miliaran"];
/// Answers that say no money was involved.
const NONE_WORDS: &[&str] = &[
    "tidak",
    "tdk",
    "ada",
    "nihil",
    "none",
    "no",
    "nothing",
    "tanpa",
    "uang",
    "kerugian",
    "bukan",
    "soal",
    "masalah",
    "money",
    "loss",
    "not",
    "applicable",
    "na",
    "n",
    "a",
    "nol",
    "zero",
    "involved",
    "terkait",
];
const NONE_MARKERS: &[&str] = &[
    "tidak", "tdk", "nihil", "none", "no", "nothing", "tanpa", "bukan", "nol", "zero", "na",
];

/// Digits with `.` or `,` only, not a phone number (leading zero) and not zero.
fn amount_shaped(t: &Tok<'_>) -> bool {
    let s = t.low.as_str();
    let b = s.as_bytes();
    t.kind == Kind::Number
        && s.bytes()
            .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
        && s.bytes().filter(u8::is_ascii_digit).count() <= 18
        && s.bytes().any(|c| (b'1'..=b'9').contains(&c))
        && !(b.first() == Some(&b'0') && b.get(1).is_some_and(u8::is_ascii_digit))
}

/// "1.500.000", "200,000", "1.500.000,00": grouped in thousands, so clearly an amount.
fn thousands_grouped(s: &str) -> bool {
    let body = match s.rfind(',') {
        Some(p) if s.contains('.') && s.len() - p - 1 <= 2 => s.get(..p).unwrap_or(s),
        _ => s,
    };
    let Some(sep) = body.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    let groups: Vec<&str> = body.split(sep).collect();
    match groups.split_first() {
        Some((first, rest)) => {
            !rest.is_empty()
                && (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && rest
                    .iter()
                    .all(|g| g.len() == 3 && g.bytes().all(|c| c.is_ascii_digit()))
        }
        None => false,
    }
}

pub(super) fn amount_in(text: &str, toks: &[Tok<'_>], foreign: bool) -> bool {
    let at = |k: usize| toks.get(k);
    toks.iter().enumerate().any(|(i, t)| {
        let prev = i.checked_sub(1).and_then(at);
        // "300an ribu": the suffix -an ("about") sits between number and multiplier.
        let skip = usize::from(t.kind == Kind::Number && at(i + 1).is_some_and(|n| n.is("an")));
        let next = at(i + 1 + skip);
        let after_next = at(i + 2 + skip);
        if t.kind == Kind::Word {
            if t.word_in(AMOUNT_WORDS) {
                return true;
            }
            // "dua juta", "lima ratus ribu", "a million".
            return t.word_in(NUMBER_WORDS) && next.is_some_and(|n| n.word_in(MULTIPLIERS));
        }
        if !amount_shaped(t) {
            return false;
        }
        let currency_before = prev.is_some_and(|p| p.word_in(CURRENCY_BEFORE));
        let foreign_before = foreign
            && (prev.is_some_and(|p| p.word_in(FOREIGN))
                || text
                    .get(..t.start)
                    .is_some_and(|b| b.trim_end().ends_with(['$', '€'])));
        let multiplier = next.is_some_and(|n| n.word_in(MULTIPLIERS));
        let hundreds = next.is_some_and(|n| n.word_in(&["ratus", "hundred"]))
            && after_next.is_some_and(|n| n.word_in(MULTIPLIERS) || n.word_in(CURRENCY_AFTER));
        let currency_after = next.is_some_and(|n| n.word_in(CURRENCY_AFTER))
            || (next.is_some_and(|n| n.word_in(SHORT_MULTIPLIERS))
                && after_next.is_some_and(|n| n.word_in(CURRENCY_AFTER)));
        let foreign_after = foreign && next.is_some_and(|n| n.word_in(FOREIGN));
        currency_before
            || foreign_before
            || multiplier
            || hundreds
            || currency_after
            || foreign_after
            || thousands_grouped(&t.low)
    })
}

/// "tidak ada", "nihil", "-", "none": nothing to count, said on purpose.
fn says_no_money(s: &str, toks: &[Tok<'_>]) -> bool {
    if toks.is_empty() {
        return matches!(s.trim(), "-" | "--" | "—" | "–");
    }
    toks.iter().all(|t| t.word_in(NONE_WORDS) || t.is("0"))
        && toks.iter().any(|t| t.word_in(NONE_MARKERS) || t.is("0"))
}

/// What the *how much* answer accepts beyond rupiah: foreign currency ("USD 100", "$100")
/// and, since the question is about money, an answer holding one bare whole number of at
/// least 1000 that is not a year or a phone number ("200000", "sekitar 150000").
fn how_much_amount(s: &str, toks: &[Tok<'_>]) -> bool {
    let mut numbers = toks.iter().filter(|t| t.kind == Kind::Number);
    let lone_number = match (numbers.next(), numbers.next()) {
        (Some(t), None) => {
            let l = t.low.as_str();
            (4..=12).contains(&l.len())
                && l.bytes().all(|b| b.is_ascii_digit())
                && !l.starts_with('0')
                && !is_year(t)
        }
        _ => false,
    };
    lone_number || amount_in(s, toks, true)
}

pub(super) fn check_how_much(s: &str, financial: bool) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return if financial {
            (ElementState::Missing, Hint::HowMuchMissing)
        } else {
            (ElementState::Missing, Hint::HowMuchNotNeeded)
        };
    }
    let toks = tokenize(s);
    if how_much_amount(s, &toks) || (!financial && says_no_money(s, &toks)) {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::HowMuchNoAmount)
    }
}
