//! *What*, *why* and *how*: free prose, judged by how much it says.
use super::tokens::{char_len, distinct_words, tokenize};
use super::{ElementState, Hint};

pub(super) fn check_what(s: &str) -> (ElementState, Hint) {
    let toks = tokenize(s);
    if s.trim().is_empty() {
        (ElementState::Missing, Hint::WhatMissing)
    } else if distinct_words(&toks) >= 5 && char_len(s) >= 25 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhatTooShort)
    }
}

pub(super) fn check_why(s: &str) -> (ElementState, Hint) {
    let toks = tokenize(s);
    if s.trim().is_empty() {
        (ElementState::Missing, Hint::WhyMissing)
    } else if distinct_words(&toks) >= 4 && char_len(s) >= 15 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhyTooShort)
    }
}

pub(super) fn check_how(s: &str) -> (ElementState, Hint) {
    let toks = tokenize(s);
    let words = distinct_words(&toks);
    if s.trim().is_empty() {
        (ElementState::Missing, Hint::HowMissing)
    } else if words >= 8 || (words >= 5 && char_len(s) >= 40) {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::HowTooShort)
    }
}
