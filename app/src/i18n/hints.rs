//! Words for the 5W+2H checker's elements, states and hints, in both languages.
use crate::domain::fivew::{Element, ElementState, Hint};
use crate::i18n::Lang;

pub fn hint_text(hint: Hint, lang: Lang) -> &'static str {
    let (id, en) = match hint {
        Hint::Ok => ("Sudah jelas. Terima kasih.", "Clear. Thank you."),
        Hint::WhatMissing => ("Ceritakan perbuatan yang Anda duga melanggar.", "Describe the act you suspect is misconduct."),
        Hint::WhatTooShort => ("Ceritakan lebih lengkap dalam satu atau dua kalimat.", "Say a little more, in a sentence or two."),
        Hint::WhoMissing => ("Sebutkan nama atau jabatan pegawai dan unit kerjanya.", "Give the employee's name or position and their work unit."),
        Hint::WhoTooVague => ("Sebutkan nama atau jabatan, serta unit kerja/OPD, misalnya \"petugas loket 3 Dinas Kependudukan\".", "Give a name or position and the work unit, e.g. \"counter 3 officer, Population Office\"."),
        Hint::WhoNeedsUnit => ("Sebutkan juga unit kerja/OPD tempat pegawai itu bekerja, misalnya \"Dinas Kependudukan\".", "Also give the work unit where this person works, e.g. \"Population Office\"."),
        Hint::WhoNeedsNameOrPosition => ("Sebutkan juga nama atau jabatan pegawai itu, misalnya \"petugas loket\" atau \"Kepala Seksi\".", "Also give the person's name or position, e.g. \"counter officer\" or \"section head\"."),
        Hint::WhereMissing => ("Sebutkan tempat kejadian: kantor, loket, atau alamat.", "Give the place: office, counter or address."),
        Hint::WhereVague => ("Sebutkan tempat lebih jelas, misalnya nama kantor dan loketnya, atau alamat.", "Name the place more precisely, e.g. the office and counter, or an address."),
        Hint::WhenMissing => ("Sebutkan kapan terjadi: tanggal, atau paling tidak bulan dan tahun.", "Say when it happened: a date, or at least month and year."),
        Hint::WhenNoDate => ("Kami belum menemukan tanggal. Tulis misalnya \"12 Januari 2025\", \"bulan lalu\", atau \"Senin kemarin\".", "We found no date. Write e.g. \"12 January 2025\", \"last month\" or \"last Monday\"."),
        Hint::WhenOnlyYear => ("Tambahkan bulannya, misalnya \"Maret 2024\".", "Add the month, e.g. \"March 2024\"."),
        Hint::WhyMissing => ("Tidak wajib, tetapi membantu: aturan atau standar pelayanan apa yang dilanggar?", "Optional but helpful: which rule or service standard was broken?"),
        Hint::WhyTooShort => ("Jelaskan sedikit lebih lengkap mengapa itu salah.", "Explain a little more why it is wrong."),
        Hint::HowMissing => ("Ceritakan urutan kejadian dan caranya dilakukan.", "Describe the sequence of events and how it was done."),
        Hint::HowTooShort => ("Ceritakan urutan kejadian lebih rinci: apa yang dikatakan dan dilakukan.", "Give the sequence in more detail: what was said and done."),
        Hint::HowMuchMissing => ("Untuk pungutan, suap, atau pengadaan, sebutkan jumlah uangnya, misalnya \"Rp 200.000\".", "For levies, bribes or procurement, give the amount, e.g. \"Rp 200,000\"."),
        Hint::HowMuchNoAmount => ("Tulis jumlahnya dalam rupiah, misalnya \"Rp 1,5 juta\" atau \"500 ribu\".", "Write the amount in rupiah, e.g. \"Rp 1.5 million\" or \"500 thousand\"."),
        Hint::HowMuchNotNeeded => ("Hanya perlu diisi bila ada uang atau kerugian.", "Only needed when money or a loss is involved."),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

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
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

pub fn state_label(s: ElementState, lang: Lang) -> &'static str {
    let (id, en) = match s {
        ElementState::Met => ("Lengkap", "Met"),
        ElementState::Weak => ("Kurang jelas", "Weak"),
        ElementState::Missing => ("Belum diisi", "Missing"),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}
