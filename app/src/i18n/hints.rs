//! The words of the 5W+2H panel: element names, states and one piece of advice per hint,
//! in Bahasa Indonesia and English. Every `match` is exhaustive, so a new hint without a
//! translation does not compile.
use crate::domain::fivew::{Element, ElementState, Hint};
use crate::i18n::Lang;

fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A short, friendly, concrete sentence telling the citizen what would make the answer
/// clearer.
pub fn hint_text(hint: Hint, lang: Lang) -> &'static str {
    let (id, en) = match hint {
        Hint::Ok => ("Sudah jelas. Terima kasih.", "Clear. Thank you."),
        Hint::WhatMissing => (
            "Ceritakan apa yang terjadi dalam satu atau dua kalimat, misalnya \"Petugas loket meminta uang Rp 200.000 agar KTP cepat jadi.\"",
            "Say in a sentence or two what happened, for example \"The counter officer asked for Rp 200,000 to speed up my ID card.\"",
        ),
        Hint::WhatTooShort => (
            "Ceritakan sedikit lebih lengkap dalam satu kalimat: siapa berbuat apa.",
            "Please say a little more, in a full sentence: who did what.",
        ),
        Hint::WhoMissing => (
            "Sebutkan siapa pelakunya: nama atau jabatannya, dan unit kerjanya. Jika tidak tahu namanya, jabatan saja sudah membantu.",
            "Say who did it: their name or position, and where they work. If you do not know the name, the position helps.",
        ),
        Hint::WhoNeedsUnit => (
            "Sebutkan unit kerja/OPD tempat pegawai itu bekerja, misalnya \"Dinas Kependudukan, loket 3\".",
            "Say which office or unit the person works in, for example \"Population Office, counter 3\".",
        ),
        Hint::WhoNeedsNameOrPosition => (
            "Sebutkan nama atau jabatan orangnya, misalnya \"Pak Budi\" atau \"petugas loket\".",
            "Add the person's name or position, for example \"Mr Budi\" or \"the counter officer\".",
        ),
        Hint::WhoTooVague => (
            "Sebutkan nama atau jabatan pegawai itu, serta unit kerjanya, misalnya \"Pak Budi, petugas loket Dinas Kependudukan\".",
            "Give the person's name or position and their unit, for example \"Mr Budi, counter officer at the Population Office\".",
        ),
        Hint::WhereMissing => (
            "Sebutkan di mana kejadiannya: nama kantor atau unit, alamat, atau loket.",
            "Say where it happened: the office or unit, the address, or the counter.",
        ),
        Hint::WhereVague => (
            "Sebutkan tempatnya lebih jelas, misalnya \"Kantor Kecamatan Cikole, loket 2\" atau \"Jl. Veteran No. 10\".",
            "Describe the place more precisely, for example \"Cikole District Office, counter 2\" or \"Jl. Veteran No. 10\".",
        ),
        Hint::WhenMissing => (
            "Sebutkan kapan kejadiannya: tanggal, atau paling tidak bulan dan tahunnya.",
            "Say when it happened: the date, or at least the month and year.",
        ),
        Hint::WhenNoDate => (
            "Waktunya belum jelas. Tulis tanggal, atau paling tidak bulan dan tahun, misalnya \"12 Januari 2025\" atau \"Senin kemarin\".",
            "The time is not clear yet. Write a date, or at least month and year, for example \"12 January 2025\" or \"last Monday\".",
        ),
        Hint::WhenOnlyYear => (
            "Tahun saja belum cukup. Tambahkan bulannya, atau tanggalnya bila ingat.",
            "A year alone is not enough. Add the month, or the date if you remember it.",
        ),
        Hint::WhenNeedsYear => (
            "Tambahkan tahunnya, misalnya \"Januari 2025\".",
            "Add the year, for example \"January 2025\".",
        ),
        Hint::WhyMissing => (
            "Tidak wajib, tetapi membantu: aturan, standar pelayanan, atau janji apa yang dilanggar?",
            "Optional, but it helps: which rule, service standard or promise was broken?",
        ),
        Hint::WhyTooShort => (
            "Jelaskan sedikit lagi mengapa ini salah, misalnya \"Menurut aturan, pembuatan KTP gratis.\"",
            "Say a little more about why it is wrong, for example \"By law, ID cards are free.\"",
        ),
        Hint::HowMissing => (
            "Ceritakan bagaimana kejadiannya, langkah demi langkah: apa yang dikatakan atau diminta, lalu apa yang terjadi.",
            "Tell how it happened, step by step: what was said or asked for, then what happened.",
        ),
        Hint::HowTooShort => (
            "Ceritakan urutan kejadiannya sedikit lebih lengkap: apa yang dikatakan, diminta, atau dilakukan, lalu apa yang terjadi.",
            "Describe the sequence a little more: what was said, asked for or done, and then what happened.",
        ),
        Hint::HowMuchMissing => (
            "Sebutkan jumlah uangnya, misalnya \"Rp 200.000\". Perkiraan juga boleh.",
            "Give the amount of money, for example \"Rp 200,000\". An estimate is fine.",
        ),
        Hint::HowMuchNoAmount => (
            "Tulis jumlahnya dalam angka, misalnya \"Rp 500.000\" atau \"1,5 juta\". Perkiraan juga boleh.",
            "Write the amount as a number, for example \"Rp 500,000\" or \"1.5 million rupiah\". An estimate is fine.",
        ),
        Hint::HowMuchNotNeeded => (
            "Hanya perlu diisi bila ada uang, pungutan, atau kerugian.",
            "Only needed if money, a levy or a loss is involved.",
        ),
    };
    pick(lang, id, en)
}

/// The name of an element as the panel shows it.
pub fn element_label(e: Element, lang: Lang) -> &'static str {
    let (id, en) = match e {
        Element::What => ("Apa yang terjadi", "What happened"),
        Element::Who => ("Siapa pelakunya", "Who did it"),
        Element::Where => ("Di mana", "Where"),
        Element::When => ("Kapan", "When"),
        Element::Why => ("Mengapa ini salah", "Why it is wrong"),
        Element::How => ("Bagaimana caranya", "How it was done"),
        Element::HowMuch => ("Berapa nilainya", "How much"),
    };
    pick(lang, id, en)
}

pub fn state_label(s: ElementState, lang: Lang) -> &'static str {
    let (id, en) = match s {
        ElementState::Met => ("Lengkap", "Met"),
        ElementState::Weak => ("Kurang jelas", "Weak"),
        ElementState::Missing => ("Belum diisi", "Missing"),
    };
    pick(lang, id, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_HINTS: [Hint; 20] = [
        Hint::Ok,
        Hint::WhatMissing,
        Hint::WhatTooShort,
        Hint::WhoMissing,
        Hint::WhoNeedsUnit,
        Hint::WhoNeedsNameOrPosition,
        Hint::WhoTooVague,
        Hint::WhereMissing,
        Hint::WhereVague,
        Hint::WhenMissing,
        Hint::WhenNoDate,
        Hint::WhenOnlyYear,
        Hint::WhenNeedsYear,
        Hint::WhyMissing,
        Hint::WhyTooShort,
        Hint::HowMissing,
        Hint::HowTooShort,
        Hint::HowMuchMissing,
        Hint::HowMuchNoAmount,
        Hint::HowMuchNotNeeded,
    ];

    #[test]
    fn every_hint_has_its_own_short_sentence_in_both_languages() {
        let mut seen = std::collections::HashSet::new();
        for h in ALL_HINTS {
            let id = hint_text(h, Lang::Id);
            let en = hint_text(h, Lang::En);
            assert!(!id.is_empty() && !en.is_empty(), "{h:?} has no text");
            assert_ne!(id, en, "{h:?} is not translated");
            assert!(
                id.chars().count() <= 160 && en.chars().count() <= 160,
                "{h:?} is too long"
            );
            assert!(
                id.ends_with(['.', '?', '"']) && en.ends_with(['.', '?', '"']),
                "{h:?}"
            );
            assert!(
                seen.insert(id) && seen.insert(en),
                "{h:?} repeats another hint"
            );
        }
    }

    #[test]
    fn the_unit_hint_gives_a_concrete_indonesian_example() {
        assert!(hint_text(Hint::WhoNeedsUnit, Lang::Id).contains("Dinas Kependudukan, loket 3"));
        assert!(hint_text(Hint::HowMuchNotNeeded, Lang::En).contains("money"));
    }

    #[test]
    fn element_and_state_labels_are_distinct_and_translated() {
        let mut ids: Vec<&str> = Element::ALL
            .iter()
            .map(|e| element_label(*e, Lang::Id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 7);
        assert_eq!(element_label(Element::Who, Lang::Id), "Siapa pelakunya");
        assert_eq!(element_label(Element::HowMuch, Lang::En), "How much");
        assert_eq!(state_label(ElementState::Weak, Lang::Id), "Kurang jelas");
        assert_eq!(state_label(ElementState::Missing, Lang::En), "Missing");
        for s in [ElementState::Met, ElementState::Weak, ElementState::Missing] {
            assert_ne!(state_label(s, Lang::Id), state_label(s, Lang::En));
        }
    }
}
