//! Property tests: the parsers and checkers that read what strangers type never panic, and
//! keep their promises on any input.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

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
