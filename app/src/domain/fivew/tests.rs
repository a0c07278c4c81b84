//! Tests of the checker through its public API: the verdict as a whole, *what*, *why*
//! and *how*, and robustness. *Who*, *where*, *when* and *how much* are in `tests/`.
mod how_much;
mod when;
mod who_where;

use super::*;
use ElementState::{Met, Missing, Weak};

const EMPTY: ReportText<'static> = ReportText {
    what: "",
    who: "",
    place: "",
    time: "",
    why: "",
    how: "",
    how_much: "",
};

/// The check of one element when only that answer is filled in.
fn one(element: Element, answer: &str, financial: bool) -> (ElementState, Hint) {
    let mut text = EMPTY;
    match element {
        Element::What => text.what = answer,
        Element::Who => text.who = answer,
        Element::Where => text.place = answer,
        Element::When => text.time = answer,
        Element::Why => text.why = answer,
        Element::How => text.how = answer,
        Element::HowMuch => text.how_much = answer,
    }
    let c = check(&text, financial).get(element).cloned().unwrap();
    (c.state, c.hint)
}

fn who(s: &str) -> (ElementState, Hint) {
    one(Element::Who, s, false)
}
fn place(s: &str) -> (ElementState, Hint) {
    one(Element::Where, s, false)
}
fn when(s: &str) -> (ElementState, Hint) {
    one(Element::When, s, false)
}
fn how_much(s: &str, financial: bool) -> (ElementState, Hint) {
    one(Element::HowMuch, s, financial)
}

const PUNGLI_KTP: ReportText<'static> = ReportText {
    what: "Petugas loket meminta uang Rp 200.000 agar KTP elektronik saya cepat jadi.",
    who: "Pak Budi, petugas loket 3 Dinas Kependudukan dan Catatan Sipil",
    place: "Kantor Disdukcapil, Jl. Veteran No. 10, loket 3",
    time: "Senin, 12 Januari 2025 sekitar pukul 10.00",
    why: "Menurut aturan, pembuatan KTP elektronik gratis dan tanpa pungutan.",
    how: "Berkas saya ditahan dua minggu, lalu petugas berkata bisa selesai hari itu juga kalau ada uang rokok. Saya membayar di meja loket.",
    how_much: "Rp 200.000",
};

// ----- the verdict as a whole ------------------------------------------------------

#[test]
fn an_empty_report_has_every_element_missing_and_is_not_complete() {
    let v = check(&EMPTY, true);
    assert_eq!(v.elements.len(), 7);
    assert!(v.elements.iter().all(|c| c.state == Missing));
    assert_eq!(v.met_count(), 0);
    assert!(!v.complete());
    let hints: Vec<Hint> = v.elements.iter().map(|c| c.hint).collect();
    assert_eq!(
        hints,
        vec![
            Hint::WhatMissing,
            Hint::WhoMissing,
            Hint::WhereMissing,
            Hint::WhenMissing,
            Hint::WhyMissing,
            Hint::HowMissing,
            Hint::HowMuchMissing
        ]
    );
}

#[test]
fn the_verdict_lists_the_seven_elements_in_order_and_finds_each_one() {
    let v = check(&PUNGLI_KTP, false);
    let order: Vec<Element> = v.elements.iter().map(|c| c.element).collect();
    assert_eq!(order, Element::ALL.to_vec());
    for e in Element::ALL {
        assert_eq!(v.get(e).unwrap().element, e);
    }
    let keys: Vec<&str> = Element::ALL.iter().map(|e| e.key()).collect();
    assert_eq!(
        keys,
        ["what", "who", "where", "when", "why", "how", "how_much"]
    );
}

#[test]
fn why_is_never_required_and_how_much_only_for_money_matters() {
    for financial in [false, true] {
        let v = check(&EMPTY, financial);
        let required: Vec<bool> = v.elements.iter().map(|c| c.required).collect();
        assert_eq!(
            required,
            vec![true, true, true, true, false, true, financial]
        );
    }
}

#[test]
fn whitespace_only_answers_count_as_missing() {
    let blank = ReportText {
        what: "   ",
        who: "\n\t",
        place: " ",
        time: "\u{a0}",
        why: "  ",
        how: "\r\n",
        how_much: " ",
    };
    let v = check(&blank, true);
    assert!(v.elements.iter().all(|c| c.state == Missing), "{v:?}");
}

#[test]
fn a_realistic_illegal_levy_report_is_complete_with_all_seven_met() {
    let v = check(&PUNGLI_KTP, true);
    assert!(
        v.elements
            .iter()
            .all(|c| c.state == Met && c.hint == Hint::Ok),
        "{v:?}"
    );
    assert_eq!(v.met_count(), 7);
    assert!(v.complete());
}

#[test]
fn the_reports_typed_in_the_integration_and_browser_tests_are_complete() {
    let service = ReportText {
        what: "Petugas loket meminta uang tambahan agar KTP elektronik saya cepat dicetak.",
        who: "Pak Budi, petugas loket 3 Dinas Kependudukan dan Pencatatan Sipil",
        place: "Kantor Disdukcapil Kota Sukabumi, loket pelayanan 3, Jl. Veteran No. 10",
        time: "12 Januari 2025",
        why: "Menurut aturan pembuatan KTP elektronik tidak dipungut biaya apa pun.",
        how: "Berkas saya ditahan dua minggu, lalu petugas berkata bisa selesai hari itu juga kalau saya membayar uang rokok di luar loket.",
        how_much: "Rp 200.000",
    };
    let v = check(&service, true);
    assert!(v.complete() && v.met_count() == 7, "{v:?}");
    let browser = ReportText {
        who: "Pak Budi, petugas loket 3 Dinas Kependudukan",
        place: "Kantor Disdukcapil Kota Sukabumi, loket 3, Jl. Veteran No. 10",
        why: "Menurut aturan pembuatan KTP elektronik tidak dipungut biaya.",
        how: "Berkas saya ditahan dua minggu, lalu petugas berkata bisa selesai hari itu kalau saya membayar uang rokok.",
        ..service
    };
    assert_eq!(check(&browser, true).met_count(), 7);
    assert_eq!(when("dulu sekali"), (Weak, Hint::WhenNoDate));
    let gratification = ReportText {
        what: "Kepala seksi meminta hadiah agar izin usaha saya disetujui.",
        who: "Kepala Seksi Perizinan, Dinas Penanaman Modal",
        place: "Kantor DPMPTSP, ruang perizinan lantai 2",
        time: "Senin kemarin",
        why: "",
        how: "Saat berkas diperiksa, ia berkata izin akan lama kecuali saya memberi amplop.",
        how_much: "Rp 1,5 juta",
    };
    let v = check(&gratification, true);
    assert!(v.complete(), "{v:?}");
    assert_eq!(v.met_count(), 6);
}

#[test]
fn a_bribery_report_without_an_amount_is_not_complete() {
    let text = ReportText {
        how_much: "",
        ..PUNGLI_KTP
    };
    let v = check(&text, true);
    assert!(!v.complete());
    assert_eq!(v.met_count(), 6);
    let c = v.get(Element::HowMuch).unwrap();
    assert_eq!(
        (c.state, c.hint, c.required),
        (Missing, Hint::HowMuchMissing, true)
    );
}

#[test]
fn a_service_complaint_without_money_is_complete_without_how_much_or_why() {
    let text = ReportText {
        what: "Petugas puskesmas menolak melayani pasien BPJS dan menyuruh kami pulang.",
        who: "Bu Rina, perawat jaga Puskesmas Cikole",
        place: "Puskesmas Cikole, ruang pendaftaran",
        time: "Selasa lalu, pagi hari",
        why: "",
        how: "Kami datang pukul delapan, kartu BPJS ditolak tanpa alasan, lalu perawat itu menyuruh kami datang lagi minggu depan.",
        how_much: "",
    };
    let v = check(&text, false);
    assert!(v.complete(), "{v:?}");
    assert_eq!(v.met_count(), 5);
    assert_eq!(v.get(Element::Why).unwrap().hint, Hint::WhyMissing);
    let hm = v.get(Element::HowMuch).unwrap();
    assert_eq!(
        (hm.state, hm.hint, hm.required),
        (Missing, Hint::HowMuchNotNeeded, false)
    );
}

#[test]
fn a_vague_report_gets_specific_hints_for_each_weak_element() {
    let text = ReportText {
        what: "ada pungli",
        who: "orang dinas",
        place: "di sana",
        time: "dulu",
        why: "salah",
        how: "minta uang",
        how_much: "banyak",
    };
    let v = check(&text, true);
    assert!(!v.complete());
    assert_eq!(v.met_count(), 0);
    let hints: Vec<(ElementState, Hint)> = v.elements.iter().map(|c| (c.state, c.hint)).collect();
    assert_eq!(
        hints,
        vec![
            (Weak, Hint::WhatTooShort),
            (Weak, Hint::WhoTooVague),
            (Weak, Hint::WhereVague),
            (Weak, Hint::WhenNoDate),
            (Weak, Hint::WhyTooShort),
            (Weak, Hint::HowTooShort),
            (Weak, Hint::HowMuchNoAmount),
        ]
    );
}

#[test]
fn a_realistic_english_procurement_report_is_complete() {
    let text = ReportText {
        what: "The head of procurement awarded a road contract to his brother's company without a tender.",
        who: "Mr Hendra Wijaya, head of the procurement section, Public Works Department",
        place: "Public Works Department office, 2nd floor, Jl. Merdeka 5",
        time: "March 3, 2025",
        why: "Contracts above the threshold must be tendered openly.",
        how: "The tender was announced for one day only, then the contract was signed with the only bidder, owned by his brother.",
        how_much: "IDR 1,200,000,000",
    };
    let v = check(&text, true);
    assert!(v.complete(), "{v:?}");
    assert_eq!(v.met_count(), 7);
}

#[test]
fn a_weak_required_element_blocks_completeness_but_a_weak_why_does_not() {
    let weak_why = ReportText {
        why: "pungli",
        ..PUNGLI_KTP
    };
    let v = check(&weak_why, true);
    assert!(v.complete());
    assert_eq!(v.get(Element::Why).unwrap().hint, Hint::WhyTooShort);
    let weak_when = ReportText {
        time: "2024",
        ..PUNGLI_KTP
    };
    assert!(!check(&weak_when, true).complete());
}

// ----- what -------------------------------------------------------------------------

#[test]
fn what_with_a_real_sentence_is_met() {
    assert_eq!(
        one(
            Element::What,
            "Petugas loket meminta uang agar berkas cepat diproses.",
            false
        ),
        (Met, Hint::Ok)
    );
    assert_eq!(
        one(
            Element::What,
            "The clerk asked me for money to process my permit.",
            false
        ),
        (Met, Hint::Ok)
    );
}

#[test]
fn what_with_one_or_two_words_is_weak_and_asks_for_more() {
    for s in ["pungli", "Ada pungli", "suap!!", "Petugas meminta uang"] {
        assert_eq!(
            one(Element::What, s, false),
            (Weak, Hint::WhatTooShort),
            "{s}"
        );
    }
}

#[test]
fn one_long_word_or_a_repeated_word_does_not_pass_as_a_sentence() {
    let long = "a".repeat(60);
    assert_eq!(one(Element::What, &long, false), (Weak, Hint::WhatTooShort));
    assert_eq!(
        one(Element::What, "uang uang uang uang uang uang uang", false),
        (Weak, Hint::WhatTooShort)
    );
}

// ----- why and how ------------------------------------------------------------------

#[test]
fn why_with_a_sentence_is_met_and_a_short_why_is_weak_but_never_required() {
    assert_eq!(
        one(
            Element::Why,
            "Menurut Perda, pembuatan KTP tidak dipungut biaya.",
            false
        ),
        (Met, Hint::Ok)
    );
    assert_eq!(
        one(Element::Why, "It breaks the service standard.", false),
        (Met, Hint::Ok)
    );
    assert_eq!(
        one(Element::Why, "melanggar aturan", false),
        (Weak, Hint::WhyTooShort)
    );
    let v = check(
        &ReportText {
            why: "",
            ..PUNGLI_KTP
        },
        true,
    );
    let c = v.get(Element::Why).unwrap();
    assert_eq!(
        (c.state, c.hint, c.required),
        (Missing, Hint::WhyMissing, false)
    );
    assert!(v.complete());
}

#[test]
fn how_with_a_sequence_of_events_is_met() {
    assert_eq!(
        one(
            Element::How,
            "Berkas ditahan, lalu petugas minta uang rokok supaya cepat.",
            false
        ),
        (Met, Hint::Ok)
    );
    assert_eq!(
        one(
            Element::How,
            "He held my file back and said it would be quick if I paid.",
            false
        ),
        (Met, Hint::Ok)
    );
}

#[test]
fn a_short_how_is_weak() {
    for s in [
        "minta uang",
        "lewat WA",
        "Berkas ditahan, lalu diminta uang.",
    ] {
        assert_eq!(
            one(Element::How, s, false),
            (Weak, Hint::HowTooShort),
            "{s}"
        );
    }
}

// ----- robustness -------------------------------------------------------------------

#[test]
fn odd_input_never_panics_and_stays_weak() {
    let long = "Ⓐ😀 ".repeat(20_000);
    let digits = "9".repeat(50_000);
    let seps = "1./-,:".repeat(10_000);
    for s in [
        "😀",
        "🙈🙉🙊",
        "\u{0}\u{1f}",
        "\u{202e}kemarin",
        "١٢ يناير ٢٠٢٥",
        "12.",
        "./-,:",
        "'''",
        "Jum'",
        "9999999999999999999999/99/99",
        "1/1/1",
        long.as_str(),
        digits.as_str(),
        seps.as_str(),
    ] {
        let text = ReportText {
            what: s,
            who: s,
            place: s,
            time: s,
            why: s,
            how: s,
            how_much: s,
        };
        let v = check(&text, true);
        assert_eq!(v.elements.len(), 7);
        assert!(!v.complete(), "{s:.30}");
        assert_ne!(v.get(Element::Who).unwrap().state, Met, "{s:.30}");
        assert_ne!(v.get(Element::When).unwrap().state, Missing, "{s:.30}");
    }
}

#[test]
fn a_long_realistic_report_is_still_recognised() {
    let filler =
        "Saya sudah menunggu lama di ruang tunggu dan banyak warga lain juga menunggu. ".repeat(50);
    let how = format!("{filler} Akhirnya petugas minta uang.");
    let text = ReportText {
        how: &how,
        ..PUNGLI_KTP
    };
    let v = check(&text, true);
    assert!(v.complete());
    assert_eq!(v.met_count(), 7);
}
