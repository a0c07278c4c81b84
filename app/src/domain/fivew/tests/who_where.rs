//! Tests of *who* and *where*.
use super::*;

// ----- who --------------------------------------------------------------------------

#[test]
fn who_with_an_honorific_name_and_a_unit_is_met() {
    assert_eq!(
        who("Pak Budi, petugas loket 3 Dinas Kependudukan"),
        (Met, Hint::Ok)
    );
    assert_eq!(who("ibu siti dari kelurahan sukamaju"), (Met, Hint::Ok));
    assert_eq!(who("Sdr. Andi, UPTD Pasar"), (Met, Hint::Ok));
}

#[test]
fn who_with_a_position_and_a_unit_but_no_name_is_met() {
    assert_eq!(who("Kepala Seksi Pelayanan, Disdukcapil"), (Met, Hint::Ok));
    assert_eq!(who("bendahara SDN 3 Cikole"), (Met, Hint::Ok));
    assert_eq!(who("satpam RSUD"), (Met, Hint::Ok));
    assert_eq!(who("operator Samsat"), (Met, Hint::Ok));
    assert_eq!(who("staf honorer Satpol PP"), (Met, Hint::Ok));
    assert_eq!(who("dokter jaga rumah sakit umum daerah"), (Met, Hint::Ok));
}

#[test]
fn who_with_a_capitalised_full_name_and_a_unit_is_met() {
    assert_eq!(who("Budi Santoso dari Kelurahan Cikole"), (Met, Hint::Ok));
    assert_eq!(who("Hendra Wijaya, Bappeda"), (Met, Hint::Ok));
}

#[test]
fn who_with_only_a_name_or_a_position_needs_the_unit() {
    for s in [
        "Pak Budi",
        "Budi Santoso",
        "petugas loket",
        "Pak Kabid",
        "seorang ASN",
        "Lurah",
    ] {
        assert_eq!(who(s), (Weak, Hint::WhoNeedsUnit), "{s}");
    }
}

#[test]
fn a_position_that_carries_its_unit_is_met_when_the_unit_is_named() {
    for s in [
        "Lurah Cikole",
        "Camat Sukajadi",
        "Kadis PU",
        "kepsek SMPN 2 Garut",
        "Kabid Pelayanan",
    ] {
        assert_eq!(who(s), (Met, Hint::Ok), "{s}");
    }
    assert_eq!(who("camat itu"), (Weak, Hint::WhoNeedsUnit));
}

#[test]
fn a_unit_word_that_does_not_say_which_unit_does_not_count() {
    assert_eq!(who("staf kelurahan"), (Weak, Hint::WhoNeedsUnit));
    assert_eq!(who("kepala sekolah"), (Weak, Hint::WhoNeedsUnit));
    assert_eq!(who("pegawai dinas"), (Weak, Hint::WhoNeedsUnit));
    assert_eq!(who("orang dinas"), (Weak, Hint::WhoTooVague));
}

#[test]
fn who_with_only_a_unit_needs_a_name_or_position() {
    assert_eq!(
        who("Dinas Perhubungan"),
        (Weak, Hint::WhoNeedsNameOrPosition)
    );
    assert_eq!(who("Disdukcapil"), (Weak, Hint::WhoNeedsNameOrPosition));
}

#[test]
fn the_name_of_an_office_is_not_mistaken_for_a_person() {
    assert_eq!(
        who("Dinas Kependudukan dan Catatan Sipil"),
        (Weak, Hint::WhoNeedsNameOrPosition)
    );
    assert_eq!(
        who("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        (Weak, Hint::WhoNeedsNameOrPosition)
    );
}

#[test]
fn who_in_english_is_recognised() {
    assert_eq!(
        who("Mr Smith, head of the Population Office"),
        (Met, Hint::Ok)
    );
    assert_eq!(who("a clerk at the district hospital"), (Met, Hint::Ok));
    assert_eq!(who("the nurse at Cikole Health Centre"), (Met, Hint::Ok));
    assert_eq!(who("the clerk"), (Weak, Hint::WhoNeedsUnit));
    assert_eq!(
        who("the Health Department"),
        (Weak, Hint::WhoNeedsNameOrPosition)
    );
}

#[test]
fn who_that_names_nobody_is_weak_and_asks_for_name_position_and_unit() {
    for s in ["tidak tahu", "Saya Tidak Tahu", "dia", "ibu kota", "🤷"] {
        assert_eq!(who(s), (Weak, Hint::WhoTooVague), "{s}");
    }
}

// ----- where ------------------------------------------------------------------------

#[test]
fn where_with_an_office_and_a_counter_is_met() {
    assert_eq!(place("Kantor Kecamatan Cikole, loket 2"), (Met, Hint::Ok));
    assert_eq!(
        place("Puskesmas Sukajadi, ruang pendaftaran"),
        (Met, Hint::Ok)
    );
    assert_eq!(place("lantai 2 gedung Setda"), (Met, Hint::Ok));
}

#[test]
fn where_with_a_street_address_is_met() {
    assert_eq!(place("Jl. Veteran No. 10, Bandung"), (Met, Hint::Ok));
    assert_eq!(place("jln merdeka"), (Met, Hint::Ok));
    assert_eq!(place("Desa Sukamaju, Kabupaten Garut"), (Met, Hint::Ok));
    assert_eq!(place("Kec. Cikole"), (Met, Hint::Ok));
}

#[test]
fn where_in_english_is_met() {
    assert_eq!(place("Population Office, counter 3"), (Met, Hint::Ok));
    assert_eq!(place("the city hospital, second floor"), (Met, Hint::Ok));
    assert_eq!(place("Cikole Health Centre"), (Met, Hint::Ok));
}

#[test]
fn misconduct_by_message_or_app_has_a_place_too() {
    assert_eq!(place("lewat WA"), (Met, Hint::Ok));
    assert_eq!(place("online, aplikasi perizinan"), (Met, Hint::Ok));
    assert_eq!(place("online"), (Weak, Hint::WhereVague));
}

#[test]
fn a_single_word_or_a_bare_place_word_is_vague() {
    for s in ["Kantor", "di kantor", "loket", "at the office", "Bandung"] {
        assert_eq!(place(s), (Weak, Hint::WhereVague), "{s}");
    }
}

#[test]
fn where_without_any_place_indicator_is_vague() {
    for s in [
        "di sana",
        "tempat biasa",
        "dekat situ",
        "somewhere near there",
    ] {
        assert_eq!(place(s), (Weak, Hint::WhereVague), "{s}");
    }
}
