//! The 5W+2H completeness checker (SPEC "5W+2H"). It runs in the browser on every keystroke
//! (wasm) and again on the server, whose verdict is stored. Each element gets a state
//! (met / weak / missing) and a hint; the checks look for substance (an Indonesian date, a
//! rupiah amount, a position plus a work unit), not merely for a non-empty field.
use std::sync::LazyLock;

use regex_lite::Regex;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Element {
    What,
    Who,
    Where,
    When,
    Why,
    How,
    HowMuch,
}

impl Element {
    pub const ALL: [Element; 7] = [
        Element::What,
        Element::Who,
        Element::Where,
        Element::When,
        Element::Why,
        Element::How,
        Element::HowMuch,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Element::What => "what",
            Element::Who => "who",
            Element::Where => "where",
            Element::When => "when",
            Element::Why => "why",
            Element::How => "how",
            Element::HowMuch => "how_much",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ElementState {
    Met,
    Weak,
    Missing,
}

/// One piece of advice; `crate::i18n::hints` words it in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hint {
    Ok,
    WhatMissing,
    WhatTooShort,
    WhoMissing,
    WhoTooVague,
    WhoNeedsUnit,
    WhoNeedsNameOrPosition,
    WhereMissing,
    WhereVague,
    WhenMissing,
    WhenNoDate,
    WhenOnlyYear,
    WhyMissing,
    WhyTooShort,
    HowMissing,
    HowTooShort,
    HowMuchMissing,
    HowMuchNoAmount,
    HowMuchNotNeeded,
}

/// The seven answers, borrowed from the form.
pub struct ReportText<'a> {
    pub what: &'a str,
    pub who: &'a str,
    pub place: &'a str,
    pub time: &'a str,
    pub why: &'a str,
    pub how: &'a str,
    pub how_much: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementCheck {
    pub element: Element,
    pub state: ElementState,
    pub hint: Hint,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Always seven, in [`Element::ALL`] order.
    pub elements: Vec<ElementCheck>,
}

impl Verdict {
    /// Every required element is met.
    pub fn complete(&self) -> bool {
        self.elements.iter().all(|e| !e.required || e.state == ElementState::Met)
    }

    pub fn met_count(&self) -> u8 {
        let n = self.elements.iter().filter(|e| e.state == ElementState::Met).count();
        u8::try_from(n).unwrap_or(u8::MAX)
    }

    pub fn get(&self, e: Element) -> Option<&ElementCheck> {
        self.elements.iter().find(|c| c.element == e)
    }
}

/// Checks a report. `financial` (illegal levy, bribery, procurement) makes *How much* required.
pub fn check(text: &ReportText<'_>, financial: bool) -> Verdict {
    let results = [
        (Element::What, true, check_what(text.what)),
        (Element::Who, true, check_who(text.who)),
        (Element::Where, true, check_where(text.place)),
        (Element::When, true, check_when(text.time)),
        (Element::Why, false, check_why(text.why)),
        (Element::How, true, check_how(text.how)),
        (Element::HowMuch, financial, check_how_much(text.how_much, financial)),
    ];
    Verdict {
        elements: results
            .into_iter()
            .map(|(element, required, (state, hint))| ElementCheck { element, state, hint, required })
            .collect(),
    }
}

type Outcome = (ElementState, Hint);
const MET: Outcome = (ElementState::Met, Hint::Ok);

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Lower-case words without punctuation ("Jum'at," → "jumat").
fn tokens(s: &str) -> Vec<String> {
    s.to_lowercase()
        .replace(['\'', '’'], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn any_in(tokens: &[String], list: &[&str]) -> bool {
    tokens.iter().any(|t| list.contains(&t.as_str()))
}

fn check_what(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        (ElementState::Missing, Hint::WhatMissing)
    } else if words(s) < 5 || s.chars().count() < 20 {
        (ElementState::Weak, Hint::WhatTooShort)
    } else {
        MET
    }
}

const POSITIONS: &[&str] = &[
    "kepala", "kabid", "kasi", "kasie", "kasubag", "kasubbag", "kabag", "kadis", "kadin",
    "sekretaris", "sekdis", "sekda", "bendahara", "staf", "staff", "pegawai", "petugas",
    "operator", "lurah", "camat", "kades", "sekdes", "guru", "dokter", "perawat", "bidan",
    "satpam", "pejabat", "direktur", "asn", "pns", "honorer", "pppk", "kasir", "kepsek",
    "ketua", "pengawas", "inspektur", "auditor", "admin", "juru", "pelaksana", "plt", "plh",
    "head", "officer", "clerk", "manager", "director", "employee", "official", "secretary",
    "treasurer", "teacher", "doctor", "nurse", "chief", "supervisor", "cashier", "guard",
];

const UNITS: &[&str] = &[
    "dinas", "badan", "kantor", "kelurahan", "kecamatan", "desa", "puskesmas", "rsud", "rs",
    "sekolah", "sd", "smp", "sma", "smk", "sdn", "smpn", "sman", "smkn", "bagian", "seksi",
    "bidang", "subbagian", "opd", "disdukcapil", "dukcapil", "satpol", "samsat", "bpn", "setda",
    "bappeda", "bpkad", "uptd", "upt", "bapenda", "dispenda", "dishub", "dinkes", "disdik",
    "dpmptsp", "pemkot", "pemkab", "pemda", "inspektorat", "sekretariat", "kemenag", "kua",
    "pdam", "bpbd", "dprd", "disnaker", "dinsos", "dlh", "pupr", "perizinan", "kependudukan",
    "department", "office", "agency", "hospital", "school", "unit", "division", "district",
    "ministry", "bureau", "clinic", "directorate",
];

const HONORIFICS: &[&str] = &[
    "pak", "bapak", "bu", "ibu", "sdr", "sdri", "saudara", "saudari", "mr", "mrs", "ms", "mas",
    "mbak", "bang", "kak", "tuan", "nyonya", "haji", "hj",
];

/// A name: an honorific followed by a word, or two capitalised words that are not unit or
/// position words ("Budi Santoso").
fn has_name(s: &str) -> bool {
    let toks = tokens(s);
    let honorific = toks.windows(2).any(|w| {
        HONORIFICS.contains(&w[0].as_str())
            && w[1].chars().count() >= 2
            && w[1].chars().all(char::is_alphabetic)
            && !POSITIONS.contains(&w[1].as_str())
            && !UNITS.contains(&w[1].as_str())
    });
    if honorific {
        return true;
    }
    let raw: Vec<&str> = s
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    raw.windows(2).any(|w| w.iter().all(|x| is_capitalised_name_word(x)))
}

fn is_capitalised_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let starts_upper = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = chars.clone().count() >= 2 && chars.all(|c| !c.is_uppercase());
    let lower = w.to_lowercase();
    starts_upper
        && rest_lower
        && !POSITIONS.contains(&lower.as_str())
        && !UNITS.contains(&lower.as_str())
        && !HONORIFICS.contains(&lower.as_str())
        && !is_month(&lower)
        && !DAYS.contains(&lower.as_str())
}

fn check_who(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        return (ElementState::Missing, Hint::WhoMissing);
    }
    let toks = tokens(s);
    let person = has_name(s) || any_in(&toks, POSITIONS);
    let unit = any_in(&toks, UNITS) || toks.iter().any(|t| t.starts_with("dinas"));
    match (person, unit) {
        (true, true) => MET,
        (true, false) => (ElementState::Weak, Hint::WhoNeedsUnit),
        (false, true) => (ElementState::Weak, Hint::WhoNeedsNameOrPosition),
        (false, false) => (ElementState::Weak, Hint::WhoTooVague),
    }
}

const PLACES: &[&str] = &[
    "kantor", "jalan", "jl", "jln", "alamat", "loket", "ruang", "ruangan", "gedung", "lantai",
    "kelurahan", "kecamatan", "desa", "kota", "kabupaten", "puskesmas", "rsud", "rumah",
    "sekolah", "balai", "pasar", "terminal", "stasiun", "lapangan", "gang", "gg", "rt", "rw",
    "komplek", "kompleks", "perumahan", "aula", "parkiran", "halaman", "pos", "pelabuhan",
    "bandara", "dinas", "samsat", "office", "street", "road", "counter", "room", "building",
    "floor", "village", "district", "city", "hospital", "school", "market", "hall", "desk",
    "address", "station",
];

fn check_where(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        return (ElementState::Missing, Hint::WhereMissing);
    }
    let toks = tokens(s);
    let indicator = any_in(&toks, PLACES) || any_in(&toks, UNITS);
    if indicator && toks.len() >= 2 {
        MET
    } else {
        (ElementState::Weak, Hint::WhereVague)
    }
}

const MONTHS_FULL: &[&str] = &[
    "januari", "january", "februari", "pebruari", "february", "maret", "march", "april", "mei",
    "juni", "june", "juli", "july", "agustus", "august", "september", "oktober", "october",
    "november", "nopember", "desember", "december",
];
/// Abbreviations (and the English "may") count only next to a number: "12 Jan 2025".
const MONTHS_SHORT: &[&str] = &[
    "jan", "feb", "peb", "mar", "apr", "may", "jun", "jul", "agu", "agt", "ags", "aug", "sep",
    "sept", "okt", "oct", "nov", "nop", "des", "dec",
];
const DAYS: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
];
const RELATIVE_WORDS: &[&str] = &[
    "kemarin", "kemaren", "barusan", "tadi", "yesterday", "today", "tonight", "ago", "lalu",
];
const PERIOD_WORDS: &[&str] = &[
    "awal", "akhir", "pertengahan", "semester", "triwulan", "kuartal", "early", "late", "mid",
    "beginning", "end", "quarter",
];

fn is_month(t: &str) -> bool {
    MONTHS_FULL.contains(&t)
}

static NUMERIC_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b").ok()
});
static ISO_DATE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").ok());
static YEAR: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(19|20)\d{2}\b").ok());
static RELATIVE_PHRASE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(hari|minggu|pekan|bulan|tahun) (ini|lalu|kemarin|kemaren)\b",
        r"|\b\d+ (hari|minggu|pekan|bulan|tahun) (yang )?(lalu|silam)\b",
        r"|\b\d+ (days?|weeks?|months?|years?) ago\b",
        r"|\b(last|this|past) (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning)\b",
        r"|\btadi (pagi|siang|sore|malam)\b|\bhari ini\b|\bpagi ini\b",
    ))
    .ok()
});

fn matches(re: &LazyLock<Option<Regex>>, s: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(s))
}

fn valid_day_month(day: &str, month: &str) -> bool {
    let d: u32 = day.parse().unwrap_or(0);
    let m: u32 = month.parse().unwrap_or(0);
    (1..=31).contains(&d) && (1..=12).contains(&m)
}

/// Recognises a date, a month, or a period in Indonesian or English.
pub fn recognises_date(s: &str) -> bool {
    let lower = s.to_lowercase();
    if let Some(re) = NUMERIC_DATE.as_ref() {
        if re.captures_iter(&lower).any(|c| valid_day_month(&c[1], &c[2])) {
            return true;
        }
    }
    if let Some(re) = ISO_DATE.as_ref() {
        if re.captures_iter(&lower).any(|c| valid_day_month(&c[3], &c[2])) {
            return true;
        }
    }
    if matches(&RELATIVE_PHRASE, &lower) {
        return true;
    }
    let toks = tokens(s);
    let is_number = |t: &String| t.chars().all(|c| c.is_ascii_digit());
    for (i, t) in toks.iter().enumerate() {
        let prev_num = i > 0 && is_number(&toks[i - 1]);
        let next_num = toks.get(i + 1).is_some_and(is_number);
        let next_rel = toks.get(i + 1).is_some_and(|n| RELATIVE_WORDS.contains(&n.as_str()) || n == "ini");
        if is_month(t) {
            return true;
        }
        if MONTHS_SHORT.contains(&t.as_str()) && (prev_num || next_num) {
            return true;
        }
        // "Senin kemarin", "Selasa lalu", "Monday"; "minggu" alone means "week".
        if DAYS.contains(&t.as_str()) && (t != "minggu" || next_rel || (i > 0 && toks[i - 1] == "hari")) {
            return true;
        }
        if RELATIVE_WORDS.contains(&t.as_str()) && t != "lalu" && t != "ago" {
            return true;
        }
    }
    // A year with a period word: "akhir tahun 2024", "awal 2025".
    matches(&YEAR, &lower) && any_in(&toks, PERIOD_WORDS)
}

fn check_when(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        (ElementState::Missing, Hint::WhenMissing)
    } else if recognises_date(s) {
        MET
    } else if matches(&YEAR, &s.to_lowercase()) {
        (ElementState::Weak, Hint::WhenOnlyYear)
    } else {
        (ElementState::Weak, Hint::WhenNoDate)
    }
}

fn check_why(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        (ElementState::Missing, Hint::WhyMissing)
    } else if words(s) < 4 {
        (ElementState::Weak, Hint::WhyTooShort)
    } else {
        MET
    }
}

fn check_how(s: &str) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        (ElementState::Missing, Hint::HowMissing)
    } else if words(s) < 8 && s.chars().count() < 40 {
        (ElementState::Weak, Hint::HowTooShort)
    } else {
        MET
    }
}

static AMOUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(rp|idr|usd)\.?\s*\d",
        r"|\$\s*\d",
        r"|\b\d+([.,]\d+)?\s*(juta|jt|ribu|rb|rebu|miliar|milyar|triliun|million|thousand|billion|k)\b",
        r"|\b\d[\d.,]*\s*(rupiah|perak)\b",
        r"|\b\d{1,3}([.,]\d{3})+(,-|\.-)?(\s|$)",
    ))
    .ok()
});

/// Recognises an amount of money: "Rp 1,5 juta", "Rp1.500.000", "1,5 jt", "500rb", "IDR 200,000".
pub fn recognises_rupiah(s: &str) -> bool {
    let lower = s.to_lowercase();
    let lower = format!("{} ", lower.trim());
    // Dates and phone numbers look numeric too but are not amounts.
    let without_dates = NUMERIC_DATE
        .as_ref()
        .map_or(lower.clone(), |re| re.replace_all(&lower, " ").into_owned());
    matches(&AMOUNT, &without_dates)
}

fn check_how_much(s: &str, financial: bool) -> Outcome {
    let s = s.trim();
    if s.is_empty() {
        if financial {
            (ElementState::Missing, Hint::HowMuchMissing)
        } else {
            (ElementState::Missing, Hint::HowMuchNotNeeded)
        }
    } else if recognises_rupiah(s) {
        MET
    } else {
        (ElementState::Weak, Hint::HowMuchNoAmount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(s: &str) -> Outcome {
        check_when(s)
    }

    #[test]
    fn indonesian_and_english_dates_are_recognised() {
        for s in [
            "12 Januari 2025",
            "12 Jan 2025",
            "3 Agustus 2024",
            "12/01/2025",
            "12-01-2025",
            "2025-01-12",
            "Januari 2025",
            "sekitar tanggal 5 Pebruari 2024 pukul 10 pagi",
            "12 January 2025",
            "March 3, 2025",
            "sejak Maret 2024",
            "Kamis, 7 Nov 2024",
        ] {
            assert_eq!(when(s), MET, "{s}");
        }
    }

    #[test]
    fn relative_dates_and_periods_are_recognised() {
        for s in [
            "bulan lalu",
            "minggu lalu",
            "pekan lalu",
            "tahun lalu",
            "kemarin",
            "hari ini",
            "tadi pagi",
            "Senin kemarin",
            "Selasa lalu",
            "Jum'at kemarin",
            "2 hari yang lalu",
            "3 minggu lalu",
            "Maret lalu",
            "awal bulan ini",
            "akhir tahun 2024",
            "yesterday",
            "last week",
            "last month",
            "last Monday",
            "3 days ago",
        ] {
            assert_eq!(when(s), MET, "{s}");
        }
    }

    #[test]
    fn a_bare_year_is_weak_and_asks_for_the_month() {
        assert_eq!(when("2024"), (ElementState::Weak, Hint::WhenOnlyYear));
        assert_eq!(when("tahun 2024"), (ElementState::Weak, Hint::WhenOnlyYear));
    }

    #[test]
    fn vague_times_and_impossible_dates_are_weak() {
        for s in ["dulu", "beberapa waktu", "sering", "minggu", "may be"] {
            assert_eq!(when(s), (ElementState::Weak, Hint::WhenNoDate), "{s}");
        }
        assert_eq!(when("32/13/2025").0, ElementState::Weak, "no such day or month");
        assert_eq!(when("  "), (ElementState::Missing, Hint::WhenMissing));
    }

    #[test]
    fn rupiah_amounts_are_recognised_in_their_everyday_forms() {
        for s in [
            "Rp 1,5 juta",
            "Rp1.500.000",
            "Rp. 50.000",
            "Rp 500.000,-",
            "1,5 jt",
            "1.5 juta",
            "500 ribu",
            "500rb",
            "diminta 200 rb",
            "2 juta rupiah",
            "IDR 200,000",
            "Rp 2 M",
            "2 miliar",
            "1.5 million rupiah",
            "50.000 rupiah",
            "sekitar 150.000",
        ] {
            assert_eq!(check_how_much(s, true), MET, "{s}");
        }
    }

    #[test]
    fn words_without_an_amount_are_weak_not_met() {
        for s in ["banyak", "mahal", "tidak tahu", "12/01/2025", "2024", "0812 3456 7890"] {
            assert_eq!(check_how_much(s, true), (ElementState::Weak, Hint::HowMuchNoAmount), "{s}");
        }
    }

    #[test]
    fn how_much_is_required_only_for_financial_categories() {
        assert_eq!(check_how_much("", true), (ElementState::Missing, Hint::HowMuchMissing));
        assert_eq!(check_how_much("", false), (ElementState::Missing, Hint::HowMuchNotNeeded));
        let text = ReportText {
            what: "Pegawai kecamatan datang terlambat setiap hari kerja.",
            who: "Pak Joko, staf Kecamatan Baros",
            place: "Kantor Kecamatan Baros, ruang pelayanan",
            time: "minggu lalu",
            why: "",
            how: "Loket baru dibuka pukul sepuluh sehingga antrean warga menumpuk sampai siang.",
            how_much: "",
        };
        assert!(check(&text, false).complete());
        assert!(!check(&text, true).complete());
    }

    #[test]
    fn who_needs_a_person_and_a_work_unit() {
        for s in [
            "Pak Budi, petugas loket 3 Dinas Kependudukan",
            "Kepala Seksi Perizinan, DPMPTSP",
            "Budi Santoso dari Kelurahan Cikole",
            "Ibu Sri, bendahara Puskesmas Sukabumi",
            "the head of the licensing office",
            "staf honorer Disdukcapil",
        ] {
            assert_eq!(check_who(s), MET, "{s}");
        }
    }

    #[test]
    fn who_without_a_unit_asks_for_the_unit() {
        for s in ["Pak Budi", "Budi Santoso", "seorang petugas loket", "the officer"] {
            assert_eq!(check_who(s), (ElementState::Weak, Hint::WhoNeedsUnit), "{s}");
        }
    }

    #[test]
    fn who_with_only_a_unit_asks_for_a_name_or_position() {
        for s in ["Dinas Kependudukan", "orang dari kelurahan", "someone at the district office"] {
            assert_eq!(check_who(s), (ElementState::Weak, Hint::WhoNeedsNameOrPosition), "{s}");
        }
    }

    #[test]
    fn who_that_names_nobody_is_too_vague() {
        for s in ["dia", "orang itu", "mereka semua"] {
            assert_eq!(check_who(s), (ElementState::Weak, Hint::WhoTooVague), "{s}");
        }
        assert_eq!(check_who(""), (ElementState::Missing, Hint::WhoMissing));
    }

    #[test]
    fn where_needs_a_recognisable_place() {
        for s in [
            "Kantor Kecamatan Cikole, loket pelayanan",
            "Jl. Veteran No. 10",
            "Puskesmas Sukabumi ruang 2",
            "the service counter on the second floor",
            "Samsat Kota Sukabumi",
        ] {
            assert_eq!(check_where(s), MET, "{s}");
        }
        for s in ["di sana", "kantor", "tempat biasa"] {
            assert_eq!(check_where(s), (ElementState::Weak, Hint::WhereVague), "{s}");
        }
        assert_eq!(check_where(" "), (ElementState::Missing, Hint::WhereMissing));
    }

    #[test]
    fn what_and_how_want_sentences_not_single_words() {
        assert_eq!(check_what("pungli"), (ElementState::Weak, Hint::WhatTooShort));
        assert_eq!(check_what("Petugas meminta uang"), (ElementState::Weak, Hint::WhatTooShort));
        assert_eq!(check_what("Petugas loket meminta uang tambahan untuk KTP."), MET);
        assert_eq!(check_what(""), (ElementState::Missing, Hint::WhatMissing));
        assert_eq!(check_how("minta uang"), (ElementState::Weak, Hint::HowTooShort));
        assert_eq!(
            check_how("Berkas ditahan, lalu petugas meminta uang rokok di luar loket."),
            MET
        );
        assert_eq!(check_how(""), (ElementState::Missing, Hint::HowMissing));
    }

    #[test]
    fn why_is_a_warning_never_a_requirement() {
        assert_eq!(check_why(""), (ElementState::Missing, Hint::WhyMissing));
        assert_eq!(check_why("salah"), (ElementState::Weak, Hint::WhyTooShort));
        assert_eq!(check_why("KTP gratis menurut Perpres."), MET);
        let v = check(&full_levy(), true);
        assert!(!v.get(Element::Why).is_some_and(|e| e.required));
    }

    fn full_levy() -> ReportText<'static> {
        ReportText {
            what: "Petugas loket meminta uang tambahan agar KTP elektronik saya cepat dicetak.",
            who: "Pak Budi, petugas loket 3 Dinas Kependudukan",
            place: "Kantor Disdukcapil Kota Sukabumi, loket 3",
            time: "12 Januari 2025",
            why: "Pembuatan KTP elektronik gratis menurut aturan.",
            how: "Berkas saya ditahan dua minggu, lalu petugas berkata bisa cepat kalau ada uang rokok.",
            how_much: "Rp 200.000",
        }
    }

    #[test]
    fn a_whole_financial_report_with_every_element_is_complete() {
        let v = check(&full_levy(), true);
        assert!(v.complete());
        assert_eq!(v.met_count(), 7);
        assert_eq!(v.elements.len(), 7);
        let keys: Vec<_> = v.elements.iter().map(|e| e.element.key()).collect();
        assert_eq!(keys, ["what", "who", "where", "when", "why", "how", "how_much"]);
    }

    #[test]
    fn a_report_that_says_only_what_happened_is_incomplete() {
        let text = ReportText {
            what: "Ada pungutan liar waktu saya mengurus surat pindah.",
            who: "",
            place: "",
            time: "",
            why: "",
            how: "",
            how_much: "",
        };
        let v = check(&text, true);
        assert!(!v.complete());
        assert_eq!(v.met_count(), 1);
        assert_eq!(v.get(Element::Who).map(|e| e.state), Some(ElementState::Missing));
    }

    #[test]
    fn an_english_report_is_checked_as_well() {
        let text = ReportText {
            what: "The clerk refused to process my building permit without a payment.",
            who: "Mr Andi, clerk at the licensing office",
            place: "Licensing office, counter 2, Jl. Pelabuhan",
            time: "last Monday",
            why: "The permit service is free by regulation.",
            how: "He kept my papers and said they would be lost unless I paid him in cash.",
            how_much: "Rp 750,000",
        };
        assert!(check(&text, true).complete());
    }

    #[test]
    fn odd_input_never_panics() {
        let long = "é".repeat(10_000);
        for s in ["", " ", "\u{0}", "🙂🙂🙂", "Rp", "rp.", "12/", "//--..", long.as_str(), "٣/٤/٢٠٢٥"] {
            let text = ReportText { what: s, who: s, place: s, time: s, why: s, how: s, how_much: s };
            let v = check(&text, true);
            assert_eq!(v.elements.len(), 7);
        }
    }
}
