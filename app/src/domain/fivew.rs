//! The 5W+2H completeness checker: *what*, *who*, *where*, *when*, *why*, *how* and
//! *how much*. It reads the citizen's answers (Bahasa Indonesia or English, typed on a
//! phone) and says for each element whether it is met, weak or missing, with one piece of
//! advice. It runs on every keystroke in the browser, so it is I/O-free, allocation-light,
//! linear in the input and never panics.
//!
//! The checker nudges; it never refuses. A report can always be sent, and an inspector
//! asks the reporter for what is missing.
use std::collections::HashSet;

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

/// One piece of advice per distinct situation; the words live in `crate::i18n::hints`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hint {
    /// The element is met; nothing to add.
    Ok,
    WhatMissing,
    /// One or two words: say what happened in a sentence.
    WhatTooShort,
    WhoMissing,
    /// A name or position but no work unit (OPD).
    WhoNeedsUnit,
    /// A work unit but nobody in it.
    WhoNeedsNameOrPosition,
    /// Neither a name, a position nor a unit could be found.
    WhoTooVague,
    WhereMissing,
    /// One word, or no office, address, counter or other place.
    WhereVague,
    WhenMissing,
    /// Text without any recognisable time ("dulu", "sering").
    WhenNoDate,
    /// A year alone ("2024", "tahun 2024").
    WhenOnlyYear,
    /// A month name alone ("Januari", "bulan Maret"): which year?
    WhenNeedsYear,
    /// Not required; the hint says it helps.
    WhyMissing,
    WhyTooShort,
    HowMissing,
    HowTooShort,
    /// Money is involved (financial category) but no amount was given.
    HowMuchMissing,
    /// Text without an amount ("banyak", "mahal", "tidak tahu").
    HowMuchNoAmount,
    /// Empty in a non-financial report: only needed when money is involved.
    HowMuchNotNeeded,
}

/// The seven answers as typed.
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
    /// Whether this element must be met for the report to be complete.
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Always seven, in [`Element::ALL`] order.
    pub elements: Vec<ElementCheck>,
}

impl Verdict {
    /// Every *required* element is met.
    pub fn complete(&self) -> bool {
        self.elements
            .iter()
            .all(|c| !c.required || c.state == ElementState::Met)
    }

    /// The number of elements met, out of seven.
    pub fn met_count(&self) -> u8 {
        let n = self
            .elements
            .iter()
            .filter(|c| c.state == ElementState::Met)
            .count();
        u8::try_from(n).unwrap_or(u8::MAX)
    }

    pub fn get(&self, e: Element) -> Option<&ElementCheck> {
        self.elements.iter().find(|c| c.element == e)
    }
}

/// Checks a report. `financial` is the category's flag (illegal levy, bribery,
/// procurement): only then is *how much* required. *Why* is never required.
pub fn check(text: &ReportText<'_>, financial: bool) -> Verdict {
    let elements = Element::ALL
        .iter()
        .map(|&element| {
            let (state, hint) = match element {
                Element::What => check_what(text.what),
                Element::Who => check_who(text.who),
                Element::Where => check_where(text.place),
                Element::When => check_when(text.time),
                Element::Why => check_why(text.why),
                Element::How => check_how(text.how),
                Element::HowMuch => check_how_much(text.how_much, financial),
            };
            let required = match element {
                Element::Why => false,
                Element::HowMuch => financial,
                _ => true,
            };
            ElementCheck {
                element,
                state,
                hint,
                required,
            }
        })
        .collect();
    Verdict { elements }
}

/// Whether the text names a time precise enough for an inspector: a date, a month with a
/// year, or a recent period ("bulan lalu", "Senin kemarin", "3 days ago"). A bare year is
/// not enough, and neither is an impossible date such as "32/13/2025".
pub fn recognises_date(s: &str) -> bool {
    date_in(&tokenize(s))
}

/// Whether the text holds an amount of rupiah: "Rp 1,5 juta", "Rp1.500.000", "500rb",
/// "2 miliar", "IDR 200,000", "50.000 rupiah", "dua juta" … A date, a phone number or a
/// year is not an amount.
pub fn recognises_rupiah(s: &str) -> bool {
    amount_in(s, &tokenize(s), false)
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

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A run of letters (apostrophes inside are dropped: "Jum'at" → "jumat").
    Word,
    /// A run of ASCII digits, with single `. , / - :` between digits kept inside
    /// ("1.500.000", "12/01/2025", "0812-3456").
    Number,
}

#[derive(Debug)]
struct Tok<'a> {
    raw: &'a str,
    low: String,
    kind: Kind,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is(&self, w: &str) -> bool {
        self.low == w
    }
    fn word_in(&self, list: &[&str]) -> bool {
        self.kind == Kind::Word && list.contains(&self.low.as_str())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`')
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
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
fn distinct_words(toks: &[Tok<'_>]) -> usize {
    toks.iter()
        .map(|t| t.low.as_str())
        .collect::<HashSet<_>>()
        .len()
}

fn char_len(s: &str) -> usize {
    s.trim().chars().count()
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// All digits, parsed if short enough to matter.
fn small_number(t: &Tok<'_>) -> Option<u32> {
    if t.kind != Kind::Number || t.low.len() > 4 || !t.low.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.low.parse().ok()
}

fn is_day_number(t: &Tok<'_>) -> bool {
    t.low.len() <= 2 && small_number(t).is_some_and(|d| (1..=31).contains(&d))
}

fn is_year(t: &Tok<'_>) -> bool {
    t.low.len() == 4 && small_number(t).is_some_and(|y| (1900..=2100).contains(&y))
}

// ---------------------------------------------------------------------------------------
// Word lists (lower case)
// ---------------------------------------------------------------------------------------

/// Words that carry no content of their own.
const STOP: &[&str] = &[
    "yang", "yg", "di", "ke", "dari", "dr", "dan", "atau", "itu", "ini", "tersebut", "tsb", "pada",
    "dengan", "dgn", "untuk", "utk", "dalam", "oleh", "sebagai", "juga", "saja", "ada", "tidak",
    "tdk", "tak", "bukan", "belum", "sudah", "saya", "aku", "kami", "kita", "dia", "ia", "beliau",
    "mereka", "nya", "namanya", "nama", "bernama", "tahu", "tau", "kurang", "orang", "seorang",
    "salah", "si", "sang", "para", "lain", "kerja", "setempat", "terkait", "sana", "sini", "situ",
    "the", "a", "an", "of", "in", "at", "on", "and", "or", "from", "to", "that", "this", "who",
    "is", "was", "he", "she", "they", "it", "his", "her", "their", "i", "my", "me", "we", "our",
    "not", "don", "know", "name", "unknown", "someone", "person", "man", "woman", "named",
    "called", "by", "for", "with", "there", "here",
];

const HONORIFICS: &[&str] = &[
    "pak", "bapak", "bpk", "bp", "bu", "ibu", "sdr", "sdri", "saudara", "saudari", "mr", "mrs",
    "ms", "miss", "mas", "mbak", "mba", "bang", "kak", "tuan", "nyonya", "ny", "dr", "drg", "hj",
];

const POSITIONS: &[&str] = &[
    "kepala",
    "kabid",
    "kasi",
    "kasie",
    "kasubag",
    "kasubbag",
    "kabag",
    "kadis",
    "kaban",
    "kepsek",
    "kapus",
    "sekretaris",
    "sekdis",
    "sekda",
    "sekcam",
    "sekdes",
    "bendahara",
    "staf",
    "staff",
    "pegawai",
    "karyawan",
    "petugas",
    "operator",
    "admin",
    "kasir",
    "lurah",
    "camat",
    "kades",
    "guru",
    "dosen",
    "dokter",
    "bidan",
    "perawat",
    "apoteker",
    "satpam",
    "sopir",
    "pejabat",
    "pimpinan",
    "atasan",
    "direktur",
    "ketua",
    "wakil",
    "pengawas",
    "penyuluh",
    "pelaksana",
    "verifikator",
    "juru",
    "plt",
    "plh",
    "asn",
    "pns",
    "pppk",
    "cpns",
    "honorer",
    "head",
    "chief",
    "officer",
    "official",
    "clerk",
    "manager",
    "director",
    "employee",
    "secretary",
    "treasurer",
    "teacher",
    "principal",
    "doctor",
    "nurse",
    "midwife",
    "guard",
    "cashier",
    "supervisor",
    "administrator",
    "servant",
    "worker",
    "mayor",
    "driver",
];

/// Positions that carry their unit, so a name after them says which one: "Lurah Cikole",
/// "Kadis PU", "Kepsek SDN 3".
const POSITIONS_WITH_UNIT: &[&str] = &[
    "lurah", "camat", "kades", "sekcam", "sekdes", "kadis", "kaban", "kabag", "kabid", "kasi",
    "kasie", "kasubag", "kasubbag", "kapus", "kepsek", "sekdis",
];

/// Units that name one office on their own.
const UNITS_SPECIFIC: &[&str] = &[
    "disdukcapil",
    "dukcapil",
    "rsud",
    "samsat",
    "bpn",
    "setda",
    "setwan",
    "bappeda",
    "bapeda",
    "bpkad",
    "bpkd",
    "uptd",
    "bapenda",
    "dispenda",
    "disdik",
    "dinkes",
    "dishub",
    "dinsos",
    "disnaker",
    "disperindag",
    "dispora",
    "diskominfo",
    "dlh",
    "dpupr",
    "pupr",
    "dpmptsp",
    "bkpsdm",
    "bkd",
    "bpbd",
    "damkar",
    "pdam",
    "satpol",
    "kesbangpol",
    "pemkot",
    "pemkab",
    "pemda",
    "pemprov",
    "kemenag",
    "kua",
    "mpp",
];

/// Indonesian unit words that need a name after them ("Dinas Kependudukan", "SDN 3").
const UNITS_GENERIC_ID: &[&str] = &[
    "dinas",
    "badan",
    "kantor",
    "kelurahan",
    "kecamatan",
    "desa",
    "puskesmas",
    "pustu",
    "sekolah",
    "sd",
    "sdn",
    "smp",
    "smpn",
    "sma",
    "sman",
    "smk",
    "smkn",
    "bagian",
    "subbagian",
    "subbag",
    "seksi",
    "bidang",
    "opd",
    "balai",
    "upt",
    "rs",
    "klinik",
    "inspektorat",
    "sekretariat",
    "lapas",
    "rutan",
    "kelurahannya",
    "kecamatannya",
    "kec",
    "kel",
    "pasar",
    "terminal",
];

/// English unit words; the name may stand before ("Population Office") or after.
const UNITS_GENERIC_EN: &[&str] = &[
    "department",
    "dept",
    "office",
    "agency",
    "hospital",
    "school",
    "unit",
    "division",
    "district",
    "subdistrict",
    "bureau",
    "ministry",
    "council",
    "clinic",
    "section",
    "village",
    "directorate",
    "regency",
    "municipality",
    "centre",
    "center",
];

/// Words found in the names of offices, which are not people's names
/// ("Dinas Kependudukan dan Catatan Sipil").
const INSTITUTION_WORDS: &[&str] = &[
    "kependudukan",
    "catatan",
    "sipil",
    "pendidikan",
    "kebudayaan",
    "kesehatan",
    "perhubungan",
    "sosial",
    "pekerjaan",
    "umum",
    "penataan",
    "ruang",
    "perumahan",
    "permukiman",
    "kawasan",
    "lingkungan",
    "hidup",
    "penanaman",
    "modal",
    "pelayanan",
    "terpadu",
    "satu",
    "pintu",
    "tenaga",
    "ketenagakerjaan",
    "pertanian",
    "perikanan",
    "peternakan",
    "kelautan",
    "pangan",
    "ketahanan",
    "pariwisata",
    "pemuda",
    "olahraga",
    "komunikasi",
    "informatika",
    "statistik",
    "persandian",
    "perdagangan",
    "perindustrian",
    "koperasi",
    "usaha",
    "kecil",
    "menengah",
    "mikro",
    "pendapatan",
    "keuangan",
    "aset",
    "pengelolaan",
    "perencanaan",
    "pembangunan",
    "penelitian",
    "pengembangan",
    "kepegawaian",
    "sumber",
    "daya",
    "manusia",
    "kesatuan",
    "bangsa",
    "politik",
    "penanggulangan",
    "bencana",
    "pemadam",
    "kebakaran",
    "perpustakaan",
    "kearsipan",
    "arsip",
    "pemberdayaan",
    "masyarakat",
    "perempuan",
    "perlindungan",
    "anak",
    "keluarga",
    "berencana",
    "pengendalian",
    "penduduk",
    "daerah",
    "negeri",
    "provinsi",
    "pajak",
    "retribusi",
    "pemerintah",
    "pemerintahan",
    "rakyat",
    "agama",
    "urusan",
    "pertanahan",
    "nasional",
    "lalu",
    "lintas",
    "angkutan",
    "air",
    "minum",
    "kebersihan",
    "pertamanan",
    "tata",
    "layanan",
    "loket",
    "public",
    "works",
    "health",
    "education",
    "population",
    "civil",
    "registry",
    "registration",
    "transport",
    "transportation",
    "social",
    "affairs",
    "finance",
    "revenue",
    "planning",
    "development",
    "environment",
    "land",
    "national",
    "regional",
    "city",
    "general",
    "services",
    "service",
    "human",
    "resources",
    "fire",
    "disaster",
    "management",
    "trade",
    "industry",
    "tourism",
    "agriculture",
    "tax",
];

const PLACES: &[&str] = &[
    "kantor",
    "jalan",
    "jl",
    "jln",
    "alamat",
    "loket",
    "ruang",
    "ruangan",
    "gedung",
    "lantai",
    "lt",
    "kelurahan",
    "kecamatan",
    "desa",
    "kota",
    "kabupaten",
    "kab",
    "kampung",
    "dusun",
    "rt",
    "rw",
    "gang",
    "gg",
    "komplek",
    "kompleks",
    "perumahan",
    "blok",
    "puskesmas",
    "pustu",
    "rsud",
    "rs",
    "sakit",
    "rumah",
    "sekolah",
    "sd",
    "sdn",
    "smp",
    "smpn",
    "sma",
    "sman",
    "smk",
    "smkn",
    "balai",
    "pasar",
    "terminal",
    "stasiun",
    "pelabuhan",
    "bandara",
    "halaman",
    "parkiran",
    "lapangan",
    "aula",
    "pos",
    "dinas",
    "badan",
    "samsat",
    "disdukcapil",
    "dukcapil",
    "mpp",
    "mal",
    "mall",
    "pendopo",
    "gudang",
    "lokasi",
    "kampus",
    "masjid",
    "kafe",
    "warung",
    "restoran",
    "hotel",
    "setda",
    "bpn",
    "uptd",
    "kua",
    "klinik",
    "inspektorat",
    "sekretariat",
    "office",
    "street",
    "road",
    "avenue",
    "lane",
    "counter",
    "desk",
    "room",
    "building",
    "floor",
    "village",
    "district",
    "city",
    "regency",
    "hospital",
    "school",
    "market",
    "hall",
    "station",
    "clinic",
    "address",
    "parking",
    "lobby",
    "house",
    "yard",
    "port",
    "airport",
    "compound",
    "block",
    "centre",
    "center",
    "kec",
    "kel",
    // Misconduct by message or app happens "lewat WA", "online".
    "online",
    "daring",
    "whatsapp",
    "wa",
    "aplikasi",
    "app",
    "website",
    "situs",
    "telepon",
    "telp",
    "sms",
    "email",
    "facebook",
    "instagram",
    "phone",
];

/// Words that do not make a place more precise.
const PLACE_STOP: &[&str] = &[
    "di", "ke", "dari", "pada", "dalam", "sekitar", "dekat", "depan", "belakang", "samping",
    "sebelah", "itu", "ini", "sana", "sini", "situ", "tempat", "yang", "dan", "the", "at", "in",
    "on", "near", "there", "here", "of", "a", "an", "inside", "outside",
];

/// Month names (Indonesian and English) and their abbreviations.
const MONTHS: &[&str] = &[
    "januari",
    "january",
    "jan",
    "februari",
    "pebruari",
    "february",
    "feb",
    "peb",
    "maret",
    "march",
    "mar",
    "april",
    "apr",
    "mei",
    "may",
    "juni",
    "june",
    "jun",
    "juli",
    "july",
    "jul",
    "agustus",
    "august",
    "aug",
    "agu",
    "agt",
    "ags",
    "agst",
    "september",
    "sep",
    "sept",
    "oktober",
    "october",
    "okt",
    "oct",
    "november",
    "nov",
    "desember",
    "december",
    "des",
    "dec",
];

/// Full month names that stand alone without doubt (so not "may", "mar", "jan" …).
const MONTHS_FULL: &[&str] = &[
    "januari",
    "january",
    "februari",
    "pebruari",
    "february",
    "maret",
    "march",
    "april",
    "mei",
    "juni",
    "june",
    "juli",
    "july",
    "agustus",
    "august",
    "september",
    "oktober",
    "october",
    "november",
    "desember",
    "december",
];

/// Day names. "Minggu" is Sunday and also "week"; both readings lead to the same answer.
const DAYS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "ahad",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Stretches of time that a qualifier makes concrete ("bulan lalu", "pagi ini").
const PERIODS: &[&str] = &[
    "hari", "minggu", "pekan", "bulan", "tahun", "pagi", "siang", "sore", "malam", "jam", "sehari",
    "seminggu", "sepekan", "sebulan", "setahun", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "hour", "hours", "night", "weekend",
];

/// What makes a period or a day concrete: "lalu", "kemarin", "ini" …
const RELATIVE_AFTER: &[&str] = &[
    "lalu", "kemarin", "kemaren", "kmrn", "kmarin", "ini", "tadi", "silam", "terakhir",
];

/// Words that on their own point to a recent day.
const RECENT: &[&str] = &[
    "kemarin",
    "kemaren",
    "kmrn",
    "kmarin",
    "semalam",
    "tadi",
    "barusan",
    "yesterday",
    "today",
    "tonight",
];

/// English "last Monday", "this week" …
const ENGLISH_DEICTIC: &[&str] = &["last", "this", "past"];
const ENGLISH_DEICTIC_OBJECTS: &[&str] = &[
    "week",
    "month",
    "year",
    "night",
    "weekend",
    "morning",
    "afternoon",
    "evening",
];

/// Before a month: "sejak Maret", "awal Maret", "last March".
const MONTH_CONTEXT_BEFORE: &[&str] = &[
    "sejak",
    "semenjak",
    "awal",
    "akhir",
    "pertengahan",
    "medio",
    "since",
    "early",
    "late",
    "mid",
    "end",
    "last",
    "this",
    "past",
];

/// Before a year: "akhir tahun 2024", "end of 2024".
const YEAR_BOUNDARY: &[&str] = &[
    "awal",
    "akhir",
    "pertengahan",
    "medio",
    "early",
    "late",
    "mid",
    "end",
];

// ---------------------------------------------------------------------------------------
// What, why, how
// ---------------------------------------------------------------------------------------

fn check_what(s: &str) -> (ElementState, Hint) {
    let toks = tokenize(s);
    if s.trim().is_empty() {
        (ElementState::Missing, Hint::WhatMissing)
    } else if distinct_words(&toks) >= 5 && char_len(s) >= 25 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhatTooShort)
    }
}

fn check_why(s: &str) -> (ElementState, Hint) {
    let toks = tokenize(s);
    if s.trim().is_empty() {
        (ElementState::Missing, Hint::WhyMissing)
    } else if distinct_words(&toks) >= 4 && char_len(s) >= 15 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhyTooShort)
    }
}

fn check_how(s: &str) -> (ElementState, Hint) {
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

// ---------------------------------------------------------------------------------------
// Who
// ---------------------------------------------------------------------------------------

/// No list separator between two tokens: "Dinas Kependudukan", not "Dinas, Budi".
fn joined(text: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    text.get(a.end..b.start)
        .is_some_and(|gap| !gap.contains([',', ';', '!', '?', ':', '\n']))
}

fn only_space_between(text: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    text.get(a.end..b.start)
        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
}

fn is_unit_word(w: &str) -> bool {
    in_list(UNITS_SPECIFIC, w) || in_list(UNITS_GENERIC_ID, w) || in_list(UNITS_GENERIC_EN, w)
}

/// A word that says *which* unit: not a filler word, not an honorific, and (for the
/// English unit words, whose name may come first) not a position.
fn specifies(t: &Tok<'_>, strict: bool) -> bool {
    let w = t.low.as_str();
    !(in_list(STOP, w) || in_list(HONORIFICS, w) || (strict && in_list(POSITIONS, w)))
}

fn unit_at(text: &str, toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.low.as_str();
    if in_list(UNITS_SPECIFIC, w) {
        return true;
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let id = in_list(UNITS_GENERIC_ID, w)
        || in_list(POSITIONS_WITH_UNIT, w)
        || (w == "sakit" && prev.is_some_and(|p| p.is("rumah")));
    let en = in_list(UNITS_GENERIC_EN, w);
    if !id && !en {
        return false;
    }
    let strict = en || in_list(POSITIONS_WITH_UNIT, w);
    let after = toks
        .get(i + 1)
        .is_some_and(|n| joined(text, t, n) && specifies(n, strict));
    let before = en && prev.is_some_and(|p| joined(text, p, t) && specifies(p, true));
    after || before
}

fn name_excluded(w: &str) -> bool {
    in_list(STOP, w)
        || in_list(HONORIFICS, w)
        || in_list(POSITIONS, w)
        || is_unit_word(w)
        || in_list(INSTITUTION_WORDS, w)
        || in_list(PLACES, w)
        || in_list(MONTHS, w)
        || in_list(DAYS, w)
}

fn looks_like_name_word(t: &Tok<'_>) -> bool {
    t.kind == Kind::Word
        && t.raw.chars().next().is_some_and(char::is_uppercase)
        && t.raw.chars().count() >= 2
        && !name_excluded(&t.low)
}

fn has_name(text: &str, toks: &[Tok<'_>]) -> bool {
    toks.windows(2).any(|pair| {
        let [a, b] = pair else { return false };
        let honorific_name = a.word_in(HONORIFICS)
            && b.kind == Kind::Word
            && joined(text, a, b)
            && !in_list(STOP, &b.low)
            && !in_list(HONORIFICS, &b.low)
            && !is_unit_word(&b.low)
            && !b.is("kota");
        let two_capitalised =
            looks_like_name_word(a) && looks_like_name_word(b) && only_space_between(text, a, b);
        honorific_name || two_capitalised
    })
}

fn check_who(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhoMissing);
    }
    let toks = tokenize(s);
    let person = has_name(s, &toks) || toks.iter().any(|t| t.word_in(POSITIONS));
    let unit = (0..toks.len()).any(|i| unit_at(s, &toks, i));
    match (person, unit) {
        (true, true) => (ElementState::Met, Hint::Ok),
        (true, false) => (ElementState::Weak, Hint::WhoNeedsUnit),
        (false, true) => (ElementState::Weak, Hint::WhoNeedsNameOrPosition),
        (false, false) => (ElementState::Weak, Hint::WhoTooVague),
    }
}

// ---------------------------------------------------------------------------------------
// Where
// ---------------------------------------------------------------------------------------

fn check_where(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhereMissing);
    }
    let toks = tokenize(s);
    let place = toks.iter().any(|t| t.word_in(PLACES));
    let content: HashSet<&str> = toks
        .iter()
        .map(|t| t.low.as_str())
        .filter(|w| !in_list(PLACE_STOP, w))
        .collect();
    if place && content.len() >= 2 {
        (ElementState::Met, Hint::Ok)
    } else {
        (ElementState::Weak, Hint::WhereVague)
    }
}

// ---------------------------------------------------------------------------------------
// When
// ---------------------------------------------------------------------------------------

fn check_when(s: &str) -> (ElementState, Hint) {
    if s.trim().is_empty() {
        return (ElementState::Missing, Hint::WhenMissing);
    }
    let toks = tokenize(s);
    if date_in(&toks) {
        (ElementState::Met, Hint::Ok)
    } else if toks.iter().any(is_year) {
        (ElementState::Weak, Hint::WhenOnlyYear)
    } else if toks.iter().any(|t| t.word_in(MONTHS_FULL)) {
        (ElementState::Weak, Hint::WhenNeedsYear)
    } else {
        (ElementState::Weak, Hint::WhenNoDate)
    }
}

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(m: u32, y: Option<u32>) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn valid_day_month(d: u32, m: u32, y: Option<u32>) -> bool {
    d >= 1 && d <= days_in_month(m, y)
}

/// "12/01/2025", "12-01-2025", "12.01.2025", "2025-01-12", "01/2025" (and, after
/// "tanggal", "12/01"). US order is accepted when the Indonesian one is impossible.
fn numeric_date(t: &Tok<'_>, after_tanggal: bool) -> bool {
    if t.kind != Kind::Number {
        return false;
    }
    let Some(sep) = t.low.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    if !matches!(sep, '/' | '-' | '.') || t.low.chars().any(|c| !c.is_ascii_digit() && c != sep) {
        return false;
    }
    let parts: Vec<&str> = t.low.split(sep).collect();
    let num = |p: &str| {
        if p.len() <= 4 {
            p.parse::<u32>().ok()
        } else {
            None
        }
    };
    let year_of = |p: &str| match (p.len(), num(p)) {
        (4, Some(y)) if (1900..=2100).contains(&y) => Some(y),
        (2, Some(y)) => Some(2000 + y),
        _ => None,
    };
    match parts.as_slice() {
        [a, b, c] if a.len() == 4 && b.len() <= 2 && c.len() <= 2 => {
            match (year_of(a), num(b), num(c)) {
                (Some(y), Some(m), Some(d)) => valid_day_month(d, m, Some(y)),
                _ => false,
            }
        }
        [a, b, c] if a.len() <= 2 && b.len() <= 2 && (c.len() == 2 || c.len() == 4) => {
            match (num(a), num(b), year_of(c)) {
                (Some(x), Some(z), Some(y)) => {
                    valid_day_month(x, z, Some(y)) || valid_day_month(z, x, Some(y))
                }
                _ => false,
            }
        }
        [a, b] if sep != '.' && a.len() <= 2 && b.len() == 4 => {
            num(a).is_some_and(|m| (1..=12).contains(&m)) && year_of(b).is_some()
        }
        [a, b] if after_tanggal && a.len() <= 2 && b.len() <= 2 => match (num(a), num(b)) {
            (Some(d), Some(m)) => valid_day_month(d, m, None),
            _ => false,
        },
        _ => false,
    }
}

fn date_in(toks: &[Tok<'_>]) -> bool {
    (0..toks.len()).any(|i| date_at(toks, i))
}

fn date_at(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let at = |k: usize| toks.get(k);
    let prev = i.checked_sub(1).and_then(at);
    let next = at(i + 1);
    let next_is = |list: &[&str]| next.is_some_and(|n| n.word_in(list));

    if t.kind == Kind::Number {
        // "tanggal 12", "tgl 12/1", "Senin 12/1".
        let after_tanggal =
            prev.is_some_and(|p| p.word_in(&["tanggal", "tgl", "tg"]) || p.word_in(DAYS));
        if numeric_date(t, after_tanggal) {
            return true;
        }
        if is_day_number(t) {
            // "12 Januari", "3rd of March"; "tanggal 12".
            let mut j = i + 1;
            while at(j).is_some_and(|n| n.word_in(&["st", "nd", "rd", "th", "of"])) {
                j += 1;
            }
            if at(j).is_some_and(|n| n.word_in(MONTHS)) || after_tanggal {
                return true;
            }
        }
        return false;
    }

    let w = t.low.as_str();
    if in_list(RECENT, w) {
        return true;
    }
    if in_list(MONTHS, w) {
        // "March 3", "Januari 2025", "Maret lalu", "Maret tahun lalu".
        if next.is_some_and(|n| is_day_number(n) || is_year(n)) || next_is(RELATIVE_AFTER) {
            return true;
        }
        if next_is(&["tahun", "year"])
            && at(i + 2).is_some_and(|n| n.word_in(&["lalu", "ini", "kemarin", "kemaren"]))
        {
            return true;
        }
        if next_is(&["last", "this"]) && at(i + 2).is_some_and(|n| n.is("year")) {
            return true;
        }
        // "sejak Maret", "awal bulan Maret", "last March".
        let mut j = i;
        while let Some(p) = j.checked_sub(1).and_then(at) {
            if p.word_in(&["bulan", "month", "of", "the"]) {
                j -= 1;
                continue;
            }
            // "this may happen" is a verb, not the month.
            return p.word_in(MONTH_CONTEXT_BEFORE)
                && !(w == "may" && p.word_in(&["this", "that"]));
        }
        return false;
    }
    if in_list(PERIODS, w) || in_list(DAYS, w) {
        // "bulan lalu", "2 hari yang lalu", "Senin kemarin", "3 days ago".
        let mut j = i + 1;
        if at(j).is_some_and(|n| n.word_in(&["yang", "yg"])) {
            j += 1;
        }
        if at(j).is_some_and(|n| n.word_in(RELATIVE_AFTER) || n.is("ago")) {
            return true;
        }
        return false;
    }
    if in_list(ENGLISH_DEICTIC, w) {
        return next.is_some_and(|n| {
            n.word_in(ENGLISH_DEICTIC_OBJECTS)
                || n.word_in(DAYS)
                || (n.word_in(MONTHS) && !(w == "this" && n.is("may")))
        });
    }
    if in_list(YEAR_BOUNDARY, w) {
        // "akhir tahun 2024", "end of 2024", "mid-2024".
        let mut j = i + 1;
        while at(j).is_some_and(|n| n.word_in(&["tahun", "year", "of", "the"])) {
            j += 1;
        }
        return at(j).is_some_and(is_year);
    }
    false
}

// ---------------------------------------------------------------------------------------
// How much
// ---------------------------------------------------------------------------------------

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

fn amount_in(text: &str, toks: &[Tok<'_>], foreign: bool) -> bool {
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

fn check_how_much(s: &str, financial: bool) -> (ElementState, Hint) {
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
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
        let hints: Vec<(ElementState, Hint)> =
            v.elements.iter().map(|c| (c.state, c.hint)).collect();
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

    // ----- when -------------------------------------------------------------------------

    fn assert_dates(list: &[&str]) {
        for s in list {
            assert!(recognises_date(s), "{s} should be a date");
            assert_eq!(when(s), (Met, Hint::Ok), "{s}");
        }
    }

    #[test]
    fn a_date_with_an_indonesian_month_name_is_recognised() {
        assert_dates(&[
            "12 Januari 2025",
            "3 Agustus 2024",
            "tanggal 17 Agustus 2024",
            "1 Mei",
        ]);
    }

    #[test]
    fn abbreviated_indonesian_month_names_are_recognised() {
        assert_dates(&["12 Jan 2025"]);
        for m in [
            "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept",
            "Okt", "Nov", "Des",
        ] {
            let s = format!("5 {m} 2024");
            assert!(recognises_date(&s), "{s}");
            assert!(recognises_date(&format!("{m}. 2024")), "{m}. 2024");
        }
    }

    #[test]
    fn numeric_dates_in_common_orders_are_recognised() {
        assert_dates(&[
            "12/01/2025",
            "12-01-2025",
            "2025-01-12",
            "12.01.2025",
            "5/3/25",
            "01/2025",
        ]);
    }

    #[test]
    fn impossible_numeric_dates_are_not_dates() {
        for s in [
            "32/13/2025",
            "30/02/2025",
            "29/02/2025",
            "00/01/2025",
            "12/00/2025",
            "12/01/3025",
        ] {
            assert!(!recognises_date(s), "{s}");
            assert_eq!(when(s).0, Weak, "{s}");
        }
        assert!(recognises_date("29/02/2024"), "a leap day");
        assert!(
            recognises_date("12/31/2025"),
            "US order when the Indonesian one is impossible"
        );
    }

    #[test]
    fn a_month_and_year_is_recognised() {
        assert_dates(&[
            "Januari 2025",
            "bulan Maret 2024",
            "January 2025",
            "Jan, 2025",
        ]);
    }

    #[test]
    fn a_recent_period_is_recognised() {
        assert_dates(&[
            "Maret lalu",
            "bulan lalu",
            "minggu lalu",
            "pekan lalu",
            "tahun lalu",
        ]);
        assert_dates(&[
            "bulan kemarin",
            "Maret tahun lalu",
            "setahun yang lalu",
            "tahun ini",
        ]);
    }

    #[test]
    fn a_recent_day_is_recognised() {
        assert_dates(&[
            "kemarin",
            "hari ini",
            "tadi pagi",
            "kemaren sore",
            "semalam",
            "pagi ini",
        ]);
        assert_dates(&[
            "Senin kemarin",
            "Selasa lalu",
            "hari Rabu kemarin",
            "Sabtu ini",
            "Senin 12/1",
        ]);
        assert!(
            !recognises_date("12/1"),
            "a day and month alone could be a fraction"
        );
    }

    #[test]
    fn every_indonesian_day_name_is_recognised_with_lalu() {
        for d in [
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu",
            "Ahad",
        ] {
            let s = format!("{d} lalu");
            assert!(recognises_date(&s), "{s}");
            assert!(!recognises_date(d), "{d} alone could be any week");
        }
    }

    #[test]
    fn a_count_of_days_or_weeks_ago_is_recognised() {
        assert_dates(&[
            "2 hari yang lalu",
            "3 minggu lalu",
            "dua bulan lalu",
            "beberapa hari lalu",
            "5 hari yg lalu",
        ]);
        assert_dates(&["2 bulan terakhir"]);
    }

    #[test]
    fn the_start_or_end_of_a_period_is_recognised() {
        assert_dates(&[
            "awal bulan ini",
            "akhir tahun 2024",
            "sejak Maret 2024",
            "pertengahan 2023",
            "awal Maret",
        ]);
    }

    #[test]
    fn english_dates_and_periods_are_recognised() {
        assert_dates(&[
            "yesterday",
            "last week",
            "last month",
            "January 2025",
            "12 January 2025",
            "March 3, 2025",
            "3rd of March 2025",
            "last Monday",
            "3 days ago",
            "a week ago",
            "this morning",
            "end of 2024",
        ]);
    }

    #[test]
    fn minggu_as_week_or_sunday_is_recognised_only_with_a_reference() {
        assert_dates(&[
            "Minggu lalu",
            "minggu kemarin",
            "Minggu, 12 Januari 2025",
            "minggu ini",
        ]);
        assert_eq!(when("Minggu"), (Weak, Hint::WhenNoDate));
        assert_eq!(when("setiap minggu"), (Weak, Hint::WhenNoDate));
        assert_eq!(when("tiap hari Minggu"), (Weak, Hint::WhenNoDate));
    }

    #[test]
    fn a_bare_year_is_weak_and_asks_for_the_month() {
        for s in ["2024", "tahun 2024", "sekitar 2023", "sejak 2024"] {
            assert!(!recognises_date(s), "{s}");
            assert_eq!(when(s), (Weak, Hint::WhenOnlyYear), "{s}");
        }
    }

    #[test]
    fn a_month_without_a_year_asks_for_the_year() {
        for s in ["Januari", "bulan Maret", "in August"] {
            assert!(!recognises_date(s), "{s}");
            assert_eq!(when(s), (Weak, Hint::WhenNeedsYear), "{s}");
        }
    }

    #[test]
    fn text_without_a_recognisable_time_is_weak() {
        for s in [
            "dulu",
            "beberapa waktu",
            "beberapa waktu lalu",
            "sering",
            "setiap hari",
            "lupa",
            "it may happen again",
            "this may be late",
        ] {
            assert!(!recognises_date(s), "{s}");
            assert_eq!(when(s), (Weak, Hint::WhenNoDate), "{s}");
        }
    }

    #[test]
    fn dates_are_read_regardless_of_case_spacing_and_punctuation() {
        assert_dates(&[
            "  12   JANUARI   2025  ",
            "(senin kemarin)",
            "tgl. 12-01-2025!",
            "KEMARIN...",
        ]);
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
            "Saya sudah menunggu lama di ruang tunggu dan banyak warga lain juga menunggu. "
                .repeat(50);
        let how = format!("{filler} Akhirnya petugas minta uang.");
        let text = ReportText {
            how: &how,
            ..PUNGLI_KTP
        };
        let v = check(&text, true);
        assert!(v.complete());
        assert_eq!(v.met_count(), 7);
    }
}
