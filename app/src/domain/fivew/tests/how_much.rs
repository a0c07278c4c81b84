//! Tests of *how much*: rupiah, other amounts, and what is not an amount.
use super::*;

// ----- how much ---------------------------------------------------------------------

#[test]
fn every_common_way_of_writing_rupiah_is_recognised() {
    for s in [
        "Rp 1,5 juta",
        "Rp1.500.000",
        "Rp. 50.000",
        "Rp 500.000,-",
        "1,5 jt",
        "1.5 juta",
        "500 ribu",
        "500rb",
        "200 rb",
        "2 juta rupiah",
        "IDR 200,000",
        "Rp 2 M",
        "2 miliar",
        "1.5 million rupiah",
        "50.000 rupiah",
        "sekitar 1.500.000",
        "Rp 1.500.000,00",
        "dua juta",
        "lima ratus ribu rupiah",
        "5 ratus ribu",
        "puluhan juta",
        "sejuta",
        "50k",
        "sekitar 500 ribuan",
        "300an ribu",
    ] {
        assert!(recognises_rupiah(s), "{s}");
        assert_eq!(how_much(s, true), (Met, Hint::Ok), "{s}");
    }
}

#[test]
fn foreign_currency_counts_as_an_amount_but_not_as_rupiah() {
    for s in ["USD 100", "$100", "100 dolar"] {
        assert!(!recognises_rupiah(s), "{s}");
        assert_eq!(how_much(s, true), (Met, Hint::Ok), "{s}");
    }
}

#[test]
fn a_bare_whole_number_is_an_amount_in_the_how_much_answer_only() {
    assert_eq!(how_much("200000", true), (Met, Hint::Ok));
    assert_eq!(how_much("sekitar 150000 per orang", true), (Met, Hint::Ok));
    assert!(
        !recognises_rupiah("200000"),
        "out of context it could be anything"
    );
    for s in ["2024", "081234567890", "999", "1234 5678"] {
        assert_eq!(how_much(s, true), (Weak, Hint::HowMuchNoAmount), "{s}");
    }
}

#[test]
fn words_without_an_amount_are_weak() {
    for s in [
        "banyak",
        "mahal",
        "tidak tahu",
        "lumayan besar",
        "seikhlasnya",
    ] {
        assert!(!recognises_rupiah(s), "{s}");
        assert_eq!(how_much(s, true), (Weak, Hint::HowMuchNoAmount), "{s}");
    }
}

#[test]
fn dates_phone_numbers_and_years_are_not_amounts() {
    for s in [
        "12/01/2025",
        "12 Januari 2025",
        "0812-3456-7890",
        "08123456789",
        "+62 812 3456 7890",
        "2025",
        "2 m",
        "loket 3",
        "0",
        "Rp 0",
    ] {
        assert!(!recognises_rupiah(s), "{s}");
        assert_eq!(how_much(s, true), (Weak, Hint::HowMuchNoAmount), "{s}");
    }
}

#[test]
fn an_empty_amount_is_missing_and_required_only_for_money_matters() {
    assert_eq!(how_much("", true), (Missing, Hint::HowMuchMissing));
    assert_eq!(how_much("", false), (Missing, Hint::HowMuchNotNeeded));
    let v = check(
        &ReportText {
            how_much: "",
            ..PUNGLI_KTP
        },
        false,
    );
    assert!(v.complete());
}

#[test]
fn saying_no_money_was_involved_is_enough_only_when_no_money_is_expected() {
    for s in ["tidak ada", "Nihil", "-", "tidak ada kerugian", "none"] {
        assert_eq!(how_much(s, false), (Met, Hint::Ok), "{s}");
        assert_eq!(how_much(s, true), (Weak, Hint::HowMuchNoAmount), "{s}");
    }
}

#[test]
fn rupiah_is_read_regardless_of_case_and_spacing() {
    for s in ["RP 1.500.000", "rp1,5JT", "  500   RIBU  ", "idr 2 m"] {
        assert!(recognises_rupiah(s), "{s}");
    }
}
