//! The inspectorate's identity (issue 17): the name citizens see on every page, slip, letter
//! and e-mail, how to reach it, and who signs its letters. A fresh installation has neutral
//! defaults until an administrator fills it in.
use serde::{Deserialize, Serialize};

/// The identity profile, as administrators edit it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The official name, e.g. "Inspektorat Daerah Kota Sukabumi".
    pub name: String,
    /// For the header and page titles, e.g. "Inspektorat Kota Sukabumi"; the name if empty.
    pub short_name: String,
    pub region: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub office_hours: String,
    pub signatory_name: String,
    pub signatory_position: String,
    /// The signatory's NIP (civil servant number): 18 digits.
    pub signatory_nip: String,
    /// How reply letters are numbered, e.g. `700/{seq}/Inspektorat/{year}` (see `letter`).
    pub letter_number_format: String,
}

/// The name a fresh installation goes by until the profile is filled in.
pub const DEFAULT_NAME: &str = "Inspektorat Daerah";

impl Default for Profile {
    fn default() -> Self {
        Self {
            name: DEFAULT_NAME.to_owned(),
            short_name: String::new(),
            region: String::new(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            website: String::new(),
            office_hours: String::new(),
            signatory_name: String::new(),
            signatory_position: String::new(),
            signatory_nip: String::new(),
            letter_number_format: super::letter::DEFAULT_NUMBER_FORMAT.to_owned(),
        }
    }
}

/// A field of the profile, to say which one is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfileField {
    Name,
    ShortName,
    Region,
    Address,
    Phone,
    Email,
    Website,
    OfficeHours,
    SignatoryName,
    SignatoryPosition,
    SignatoryNip,
    LetterNumberFormat,
}

impl ProfileField {
    pub const ALL: [ProfileField; 12] = [
        Self::Name,
        Self::ShortName,
        Self::Region,
        Self::Address,
        Self::Phone,
        Self::Email,
        Self::Website,
        Self::OfficeHours,
        Self::SignatoryName,
        Self::SignatoryPosition,
        Self::SignatoryNip,
        Self::LetterNumberFormat,
    ];

    /// The most characters a field holds.
    pub const fn max_chars(self) -> usize {
        match self {
            Self::ShortName => 60,
            Self::Phone | Self::SignatoryNip => 40,
            Self::Address => 300,
            Self::LetterNumberFormat => super::letter::MAX_FORMAT_CHARS,
            _ => 160,
        }
    }
}

impl Profile {
    /// Whether an administrator has filled the profile in (the defaults ask them to).
    pub fn is_default(&self) -> bool {
        self.name == DEFAULT_NAME && self.address.is_empty() && self.signatory_name.is_empty()
    }

    /// The name for the header and titles.
    pub fn short(&self) -> &str {
        if self.short_name.is_empty() { &self.name } else { &self.short_name }
    }

    pub fn fields(&self) -> [(ProfileField, &str); 12] {
        use ProfileField as F;
        [
            (F::Name, &self.name),
            (F::ShortName, &self.short_name),
            (F::Region, &self.region),
            (F::Address, &self.address),
            (F::Phone, &self.phone),
            (F::Email, &self.email),
            (F::Website, &self.website),
            (F::OfficeHours, &self.office_hours),
            (F::SignatoryName, &self.signatory_name),
            (F::SignatoryPosition, &self.signatory_position),
            (F::SignatoryNip, &self.signatory_nip),
            (F::LetterNumberFormat, &self.letter_number_format),
        ]
    }

    /// Sets one field (loading the profile field by field).
    pub fn set(&mut self, field: ProfileField, value: String) {
        use ProfileField as F;
        let slot = match field {
            F::Name => &mut self.name,
            F::ShortName => &mut self.short_name,
            F::Region => &mut self.region,
            F::Address => &mut self.address,
            F::Phone => &mut self.phone,
            F::Email => &mut self.email,
            F::Website => &mut self.website,
            F::OfficeHours => &mut self.office_hours,
            F::SignatoryName => &mut self.signatory_name,
            F::SignatoryPosition => &mut self.signatory_position,
            F::SignatoryNip => &mut self.signatory_nip,
            F::LetterNumberFormat => &mut self.letter_number_format,
        };
        *slot = value;
    }

    /// Every field trimmed (inner spaces of the NIP removed: it is often written in groups).
    pub fn trimmed(&self) -> Self {
        let t = |s: &str| s.trim().to_owned();
        Self {
            name: t(&self.name),
            short_name: t(&self.short_name),
            region: t(&self.region),
            address: t(&self.address),
            phone: t(&self.phone),
            email: t(&self.email),
            website: t(&self.website),
            office_hours: t(&self.office_hours),
            signatory_name: t(&self.signatory_name),
            signatory_position: t(&self.signatory_position),
            signatory_nip: self.signatory_nip.chars().filter(|c| !c.is_whitespace()).collect(),
            letter_number_format: t(&self.letter_number_format),
        }
    }

    /// The first field that is wrong, if any (on a trimmed profile): the name is required
    /// (at least 3 characters); every field within its length, on one line (the address may
    /// have several); the e-mail an address, the website an http(s) address, the NIP 18 digits,
    /// the letter number format one that numbers letters.
    pub fn problem(&self) -> Option<ProfileField> {
        use ProfileField as F;
        for (field, value) in self.fields() {
            let lines_ok = field == F::Address || !value.contains('\n');
            let chars_ok = !value.chars().any(|c| c.is_control() && c != '\n' && c != '\r');
            if value.chars().count() > field.max_chars() || !lines_ok || !chars_ok {
                return Some(field);
            }
        }
        if self.name.chars().count() < 3 {
            return Some(F::Name);
        }
        if !self.email.is_empty() && super::notice::plausible_address(&self.email).is_none() {
            return Some(F::Email);
        }
        let web = self.website.strip_prefix("https://").or_else(|| self.website.strip_prefix("http://"));
        if !self.website.is_empty() && !web.is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace)) {
            return Some(F::Website);
        }
        if !self.signatory_nip.is_empty() && (self.signatory_nip.len() != 18 || !self.signatory_nip.bytes().all(|b| b.is_ascii_digit())) {
            return Some(F::SignatoryNip);
        }
        if !super::letter::valid_number_format(&self.letter_number_format) {
            return Some(F::LetterNumberFormat);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> Profile {
        Profile {
            name: "Inspektorat Daerah Kota Sukabumi".into(),
            short_name: "Inspektorat Kota Sukabumi".into(),
            region: "Kota Sukabumi".into(),
            address: "Jl. Syamsudin SH No. 25\nSukabumi 43111".into(),
            phone: "(0266) 221234".into(),
            email: "inspektorat@sukabumikota.go.id".into(),
            website: "https://inspektorat.sukabumikota.go.id".into(),
            office_hours: "Senin–Jumat 08.00–16.00 WIB".into(),
            signatory_name: "Drs. H. Ahmad Fauzi, M.Si.".into(),
            signatory_position: "Inspektur".into(),
            signatory_nip: "19700101 199003 1 005".into(),
            letter_number_format: "700/{seq}/Itda/{month}/{year}".into(),
        }
    }

    #[test]
    fn a_filled_in_profile_is_accepted_with_its_nip_written_in_groups() {
        let p = filled().trimmed();
        assert_eq!(p.problem(), None);
        assert_eq!(p.signatory_nip, "197001011990031005");
        assert!(!p.is_default());
        assert_eq!(p.short(), "Inspektorat Kota Sukabumi");
    }

    #[test]
    fn every_field_is_listed_once_and_set_where_it_is_read() {
        let mut p = Profile::default();
        for (i, field) in ProfileField::ALL.into_iter().enumerate() {
            p.set(field, format!("value {i}"));
        }
        let read: Vec<(ProfileField, String)> = p.fields().iter().map(|(f, v)| (*f, (*v).to_owned())).collect();
        let expected: Vec<(ProfileField, String)> = ProfileField::ALL.into_iter().enumerate().map(|(i, f)| (f, format!("value {i}"))).collect();
        assert_eq!(read, expected);
    }

    #[test]
    fn the_defaults_are_valid_and_ask_to_be_filled_in() {
        let p = Profile::default();
        assert_eq!(p.problem(), None);
        assert!(p.is_default());
        assert_eq!(p.short(), DEFAULT_NAME);
    }

    #[test]
    fn each_wrong_field_is_named() {
        type Spoil = fn(&mut Profile);
        let cases: [(Spoil, ProfileField); 9] = [
            (|p| p.name = "  ".into(), ProfileField::Name),
            (|p| p.short_name = "x".repeat(61), ProfileField::ShortName),
            (|p| p.phone = "0266\n221234".into(), ProfileField::Phone),
            (|p| p.email = "inspektorat".into(), ProfileField::Email),
            (|p| p.website = "javascript:alert(1)".into(), ProfileField::Website),
            (|p| p.signatory_nip = "12345".into(), ProfileField::SignatoryNip),
            (|p| p.signatory_nip = "19700101199003100X".into(), ProfileField::SignatoryNip),
            (|p| p.region = "Kota\u{0}".into(), ProfileField::Region),
            (|p| p.letter_number_format = "700/Inspektorat/{year}".into(), ProfileField::LetterNumberFormat),
        ];
        for (spoil, field) in cases {
            let mut p = filled();
            spoil(&mut p);
            assert_eq!(p.trimmed().problem(), Some(field), "{p:?}");
        }
    }
}
