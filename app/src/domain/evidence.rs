//! Evidence files: which kinds are taken, how big they may be, and how they are named.
//! The kind is always decided from a file's content on the server, never from its name or
//! the browser's claimed type.
use serde::{Deserialize, Serialize};

/// The file kinds a report may carry (SPEC "Evidence").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 4] = [Self::Jpeg, Self::Png, Self::Webp, Self::Pdf];

    pub fn code(self) -> &'static str {
        match self {
            Self::Jpeg => "jpeg",
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Pdf => "pdf",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
            Self::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Pdf => "pdf",
        }
    }

    /// The file input's `accept` list: a hint for the phone's picker, not a check.
    pub fn accept_list() -> String {
        Self::ALL.map(Self::mime).join(",")
    }
}

/// Size limits, configurable per installation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceLimits {
    pub file_bytes: u64,
    pub report_bytes: u64,
    /// Files per report, across the report and later additions.
    pub files_per_report: usize,
}

pub const MB: u64 = 1024 * 1024;

impl Default for EvidenceLimits {
    /// 10 MB per file and 30 MB per report (SPEC), ten files.
    fn default() -> Self {
        Self { file_bytes: 10 * MB, report_bytes: 30 * MB, files_per_report: 10 }
    }
}

impl EvidenceLimits {
    /// Whole megabytes for messages, rounded down ("10 MB").
    pub fn file_mb(&self) -> u64 {
        self.file_bytes / MB
    }

    pub fn report_mb(&self) -> u64 {
        self.report_bytes / MB
    }
}

/// A file stored with a case, as staff see it in the list (the content is a download).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    pub id: i32,
    pub kind: EvidenceKind,
    pub size_bytes: u64,
    /// When it arrived, `2026-11-28 14:05` in Western Indonesian Time.
    pub at: String,
    /// Who attached it: the reporter, or the intake officer scanning a letter.
    pub from_reporter: bool,
}

impl AttachmentInfo {
    /// The download's file name. The uploader's own file name is never kept: it can name
    /// the reporter (`foto_budi.jpg`) or their phone.
    pub fn file_name(&self, case_number: &str) -> String {
        format!("{case_number}-bukti-{}.{}", self.id, self.kind.extension())
    }
}

/// A size for people: `850 KB`, `2,4 MB` (decimal comma in Indonesian).
pub fn human_size(bytes: u64, decimal_comma: bool) -> String {
    if bytes < MB {
        return format!("{} KB", bytes.div_ceil(1024).max(1));
    }
    let tenths = (bytes * 10 + MB / 2) / MB;
    let text = format!("{}.{} MB", tenths / 10, tenths % 10);
    if decimal_comma {
        text.replace('.', ",")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_codes_and_name_their_mime_types() {
        for k in EvidenceKind::ALL {
            assert_eq!(EvidenceKind::from_code(k.code()), Some(k));
        }
        assert_eq!(EvidenceKind::from_code("exe"), None);
        assert_eq!(EvidenceKind::accept_list(), "image/jpeg,image/png,image/webp,application/pdf");
    }

    #[test]
    fn sizes_read_naturally_in_both_languages() {
        assert_eq!(human_size(1, true), "1 KB");
        assert_eq!(human_size(850 * 1024, true), "850 KB");
        assert_eq!(human_size(2 * MB + 400 * 1024, true), "2,4 MB");
        assert_eq!(human_size(2 * MB + 400 * 1024, false), "2.4 MB");
        assert_eq!(human_size(10 * MB, false), "10.0 MB");
    }

    #[test]
    fn the_download_name_carries_the_case_and_kind_but_nothing_the_uploader_typed() {
        let a = AttachmentInfo { id: 7, kind: EvidenceKind::Pdf, size_bytes: 10, at: String::new(), from_reporter: true };
        assert_eq!(a.file_name("WBS-2026-00042"), "WBS-2026-00042-bukti-7.pdf");
    }

    #[test]
    fn the_default_limits_are_the_specs() {
        let l = EvidenceLimits::default();
        assert_eq!((l.file_mb(), l.report_mb(), l.files_per_report), (10, 30, 10));
    }
}
