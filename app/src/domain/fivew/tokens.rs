//! Tokens: an answer split into words and numbers, and small helpers on them.
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of letters (apostrophes inside are dropped: "Jum'at" → "jumat").
    Word,
    /// A run of ASCII digits, with single `. , / - :` between digits kept inside
    /// ("1.500.000", "12/01/2025", "0812-3456").
    Number,
}

#[derive(Debug)]
pub(super) struct Tok<'a> {
    pub(super) raw: &'a str,
    pub(super) low: String,
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok<'_> {
    pub(super) fn is(&self, w: &str) -> bool {
        self.low == w
    }
    pub(super) fn word_in(&self, list: &[&str]) -> bool {
        self.kind == Kind::Word && list.contains(&self.low.as_str())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`')
}

pub(super) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let byte_at = |k: usize| chars.get(k).map_or(s.len(), |&(b, _)| b);
    let char_at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut out = Vec::new();
    let mut k = 0;
    while k < n {
        let Some(c) = char_at(k) else { break };
        let start = k;
        let kind = if c.is_ascii_digit() {
            k += 1;
            while let Some(d) = char_at(k) {
                if d.is_ascii_digit() {
                    k += 1;
                } else if matches!(d, '.' | ',' | '/' | '-' | ':')
                    && char_at(k + 1).is_some_and(|e| e.is_ascii_digit())
                {
                    k += 2;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            k += 1;
            while let Some(d) = char_at(k) {
                if d.is_alphabetic() {
                    k += 1;
                } else if is_apostrophe(d) && char_at(k + 1).is_some_and(char::is_alphabetic) {
                    k += 2;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            k += 1;
            continue;
        };
        let (a, b) = (byte_at(start), byte_at(k));
        let raw = s.get(a..b).unwrap_or_default();
        let low = match kind {
            Kind::Number => raw.to_owned(),
            Kind::Word => raw
                .chars()
                .filter(|c| !is_apostrophe(*c))
                .flat_map(char::to_lowercase)
                .collect(),
        };
        out.push(Tok {
            raw,
            low,
            kind,
            start: a,
            end: b,
        });
    }
    out
}

/// The number of different words and numbers: "uang uang uang" is one.
pub(super) fn distinct_words(toks: &[Tok<'_>]) -> usize {
    toks.iter()
        .map(|t| t.low.as_str())
        .collect::<HashSet<_>>()
        .len()
}

pub(super) fn char_len(s: &str) -> usize {
    s.trim().chars().count()
}

pub(super) fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// All digits, parsed if short enough to matter.
fn small_number(t: &Tok<'_>) -> Option<u32> {
    if t.kind != Kind::Number || t.low.len() > 4 || !t.low.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.low.parse().ok()
}

pub(super) fn is_day_number(t: &Tok<'_>) -> bool {
    t.low.len() <= 2 && small_number(t).is_some_and(|d| (1..=31).contains(&d))
}

pub(super) fn is_year(t: &Tok<'_>) -> bool {
    t.low.len() == 4 && small_number(t).is_some_and(|y| (1900..=2100).contains(&y))
}
