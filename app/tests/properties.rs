//! Property tests: the parsers and checkers that read what strangers type never panic, and
//! keep their promises on any input.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::fivew::{check, ReportText};
use app::domain::privacy::find_identifiers;
use app::domain::receipt::Receipt;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_receipt_parser_takes_any_text_without_panicking(input in ".{0,200}") {
        if let Ok(r) = Receipt::parse(&input) {
            prop_assert_eq!(r.digits().len(), 16);
            prop_assert!(r.digits().bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn any_receipt_reads_back_however_it_is_separated(
        digits in "[0-9]{16}",
        seps in proptest::collection::vec(prop::sample::select(vec!["", " ", "-", ".", "  ", "\u{a0}"]), 16),
    ) {
        let typed: String = digits.chars().zip(seps).map(|(d, s)| format!("{d}{s}")).collect();
        let r = Receipt::parse(&format!("  {typed} ")).unwrap();
        prop_assert_eq!(r.digits(), digits.as_str());
        prop_assert_eq!(Receipt::parse(&r.grouped()).unwrap(), r);
    }

    #[test]
    fn the_5w2h_checker_judges_any_text_into_seven_elements(
        fields in proptest::collection::vec("\\PC{0,300}", 7),
        financial in any::<bool>(),
    ) {
        let text = ReportText {
            what: &fields[0], who: &fields[1], place: &fields[2], time: &fields[3],
            why: &fields[4], how: &fields[5], how_much: &fields[6],
        };
        let verdict = check(&text, financial);
        prop_assert_eq!(verdict.elements.len(), 7);
        prop_assert!(usize::from(verdict.met_count()) <= 7);
    }

    #[test]
    fn any_text_sealed_for_storage_opens_to_itself_and_only_there(text in "\\PC{0,300}") {
        let sealer = app::services::sealing::Sealer::new([3; 32], &[]);
        let sealed = sealer.seal("report.what", &text).unwrap();
        prop_assert_eq!(sealer.open("report.what", &sealed).unwrap(), text);
        prop_assert!(sealer.open("report.who", &sealed).is_err());
    }

    #[test]
    fn identifier_detection_takes_any_text(text in "\\PC{0,500}") {
        for found in find_identifiers(&text) {
            let _ = format!("{found:?}");
        }
    }
}

const FIXTURES: [&[u8]; 4] = [
    include_bytes!("fixtures/photo.jpg"),
    include_bytes!("fixtures/photo.webp"),
    include_bytes!("fixtures/scan.png"),
    include_bytes!("fixtures/scan.pdf"),
];

proptest! {
    // Decoding is slower than parsing text: fewer cases, still every fixture many times.
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_metadata_stripper_takes_any_bytes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = app::services::scrub::scrub(&bytes);
    }

    /// Real files with a few bytes changed or cut short: refused or cleaned, never a panic,
    /// and what comes out is again a file of the kind it claims. (That the metadata is gone
    /// is shown on the intact fixtures: a byte flipped inside a key's name can make any
    /// stripper miss what that key was.)
    #[test]
    fn damaged_real_files_are_refused_or_cleaned_never_a_panic(
        which in 0usize..4,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = FIXTURES[which].to_vec();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        bytes.truncate(cut.index(bytes.len() + 1).max(1));
        if let Ok((kind, clean)) = app::services::scrub::scrub(&bytes) {
            prop_assert_eq!(app::services::scrub::kind_of(&clean), Some(kind));
        }
    }
}
