//! Metadata removal for evidence files, before anything is stored. Pure computation (bytes
//! in, bytes out), run off the async runtime by [`super::evidence`].
//!
//! Images are decoded and encoded again: only the pixels survive, so EXIF (GPS, camera,
//! owner), XMP, IPTC, comments, maker notes and anything appended after the image data are
//! gone whatever segment they hid in. The EXIF orientation is applied to the pixels first, so
//! a phone photo still stands upright. The price: a JPEG is compressed once more (quality 92)
//! and an embedded colour profile is dropped. PDFs lose the document information dictionary
//! (author, title, producer, dates) and every XMP metadata stream, and are written out
//! afresh, which also drops the earlier revisions an incremental update leaves behind.
//!
//! Both are bounded before and while they run (`images.rs`, `pdf.rs`): a few kilobytes from
//! an anonymous sender can declare a canvas of gigapixels or a stream that inflates a
//! thousandfold, and such a file is refused as too complex instead of being unpacked.
mod images;
mod jpeg;
mod pdf;

use image::ImageFormat;

use crate::domain::evidence::EvidenceKind;

pub use images::MAX_PIXELS;

/// Why a file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrubError {
    /// Not a JPEG, PNG, WebP or PDF by its content, whatever its name says.
    Unsupported,
    /// The right kind, but damaged, or an encrypted PDF.
    Unreadable,
    /// Cleaning it would take more than a phone's evidence ever needs: more pixels than
    /// [`MAX_PIXELS`], or a PDF that unpacks into too many objects or bytes.
    TooComplex,
}

/// The kind of a file by its content.
pub fn kind_of(bytes: &[u8]) -> Option<EvidenceKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(EvidenceKind::Pdf);
    }
    match image::guess_format(bytes).ok()? {
        ImageFormat::Jpeg => Some(EvidenceKind::Jpeg),
        ImageFormat::Png => Some(EvidenceKind::Png),
        ImageFormat::WebP => Some(EvidenceKind::Webp),
        _ => None,
    }
}

/// The file without its metadata, and its kind.
pub fn scrub(bytes: &[u8]) -> Result<(EvidenceKind, Vec<u8>), ScrubError> {
    let kind = kind_of(bytes).ok_or(ScrubError::Unsupported)?;
    let clean = match kind {
        EvidenceKind::Pdf => pdf::scrub(bytes)?,
        image_kind => images::scrub(bytes, image_kind)?,
    };
    Ok((kind, clean))
}

/// What cleaning this file may take of the decode memory budget, in MiB, read from its
/// header alone (a PDF's parse is bounded by `pdf.rs` and costs a fixed share).
pub fn cost_mib(bytes: &[u8]) -> u32 {
    match kind_of(bytes) {
        Some(EvidenceKind::Pdf) => pdf::COST_MIB,
        Some(kind) => images::cost_mib(bytes, kind),
        None => 1,
    }
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    use std::io::Cursor;

    use image::{DynamicImage, ImageDecoder, ImageReader};

    use super::*;

    const PHOTO_JPG: &[u8] = include_bytes!("../../../tests/fixtures/photo.jpg");
    const PHOTO_WEBP: &[u8] = include_bytes!("../../../tests/fixtures/photo.webp");
    const SCAN_PNG: &[u8] = include_bytes!("../../../tests/fixtures/scan.png");
    const SCAN_PDF: &[u8] = include_bytes!("../../../tests/fixtures/scan.pdf");

    /// Marks the fixtures carry (written with exiftool): the owner's name in EXIF, XMP,
    /// IPTC or the PDF's information dictionary, a comment, and the GPS block's own tag.
    const MARKS: [&[u8]; 4] = [b"Budi Santoso", b"Rahasia pelapor", b"Laporan rahasia", b"SM-A045F"];

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn marks_in(bytes: &[u8]) -> Vec<String> {
        MARKS.iter().filter(|m| contains(bytes, m)).map(|m| String::from_utf8_lossy(m).into_owned()).collect()
    }

    /// The EXIF block as the image crate's own decoder finds it, GPS included.
    fn exif_of(bytes: &[u8], format: ImageFormat) -> Option<Vec<u8>> {
        let mut decoder = ImageReader::with_format(Cursor::new(bytes), format).into_decoder().ok()?;
        decoder.exif_metadata().ok().flatten()
    }

    fn has_gps(exif: &[u8]) -> bool {
        // The GPS IFD pointer tag, 0x8825, in either byte order.
        contains(exif, &[0x88, 0x25]) || contains(exif, &[0x25, 0x88])
    }

    #[test]
    fn the_fixtures_really_carry_gps_and_names() {
        for (bytes, format) in [(PHOTO_JPG, ImageFormat::Jpeg), (PHOTO_WEBP, ImageFormat::WebP), (SCAN_PNG, ImageFormat::Png)] {
            let exif = exif_of(bytes, format).expect("fixture has EXIF");
            assert!(has_gps(&exif), "{format:?} fixture has a GPS block");
            assert!(contains(bytes, b"Budi Santoso"));
        }
        assert!(contains(SCAN_PDF, b"Budi Santoso"));
    }

    #[test]
    fn a_phone_photo_loses_gps_owner_and_comment_and_stands_upright() {
        let (kind, clean) = scrub(PHOTO_JPG).expect("scrubbed");
        assert_eq!(kind, EvidenceKind::Jpeg);
        assert_eq!(exif_of(&clean, ImageFormat::Jpeg), None);
        assert!(marks_in(&clean).is_empty(), "left: {:?}", marks_in(&clean));
        assert!(!contains(&clean, b"Exif\0\0") && !contains(&clean, b"http://ns.adobe.com/xap"));
        // The fixture is 96×64, red on the left, tagged "rotate 90° clockwise": upright it
        // is 64×96 with the red half on top.
        let upright = image::load_from_memory(&clean).expect("decodes").to_rgb8();
        assert_eq!(upright.dimensions(), (64, 96));
        let top = upright.get_pixel(32, 10);
        let bottom = upright.get_pixel(32, 86);
        assert!(top[0] > 150 && top[2] < 100, "top is red: {top:?}");
        assert!(bottom[2] > 150 && bottom[0] < 100, "bottom is blue: {bottom:?}");
    }

    #[test]
    fn png_and_webp_lose_their_metadata_too() {
        for (bytes, kind, format) in [(SCAN_PNG, EvidenceKind::Png, ImageFormat::Png), (PHOTO_WEBP, EvidenceKind::Webp, ImageFormat::WebP)] {
            let (found, clean) = scrub(bytes).expect("scrubbed");
            assert_eq!(found, kind);
            assert_eq!(exif_of(&clean, format), None, "{kind:?}");
            assert!(marks_in(&clean).is_empty(), "{kind:?} left: {:?}", marks_in(&clean));
            assert!(!contains(&clean, b"XML:com.adobe.xmp") && !contains(&clean, b"XMP "), "{kind:?}");
        }
        let webp = image::load_from_memory(&scrub(PHOTO_WEBP).expect("scrubbed").1).expect("decodes");
        assert_eq!((webp.width(), webp.height()), (64, 96), "the WebP's orientation is applied");
    }

    #[test]
    fn a_pdf_loses_its_author_title_and_xmp_but_keeps_its_page() {
        let (kind, clean) = scrub(SCAN_PDF).expect("scrubbed");
        assert_eq!(kind, EvidenceKind::Pdf);
        assert!(marks_in(&clean).is_empty(), "left: {:?}", marks_in(&clean));
        let doc = lopdf::Document::load_mem(&clean).expect("still a PDF");
        assert_eq!(doc.get_pages().len(), 1);
        assert!(doc.trailer.get(b"Info").is_err());
        let text = doc.extract_text(&[1]).expect("text");
        assert!(text.contains("Kuitansi proyek jalan"), "{text}");
    }

    #[test]
    fn the_kind_comes_from_the_content_not_the_name() {
        assert_eq!(kind_of(SCAN_PNG), Some(EvidenceKind::Png));
        assert_eq!(scrub(b"<html><script>alert(1)</script></html>"), Err(ScrubError::Unsupported));
        assert_eq!(scrub(b"MZ\x90\0 an executable"), Err(ScrubError::Unsupported));
        assert_eq!(scrub(b"GIF89a"), Err(ScrubError::Unsupported));
        assert_eq!(scrub(b""), Err(ScrubError::Unsupported));
    }

    #[test]
    fn damaged_files_are_refused_not_stored() {
        assert_eq!(scrub(&PHOTO_JPG[..200]), Err(ScrubError::Unreadable));
        assert_eq!(scrub(&SCAN_PNG[..60]), Err(ScrubError::Unreadable));
        assert_eq!(scrub(b"%PDF-1.4 and then nothing"), Err(ScrubError::Unreadable));
    }

    #[test]
    fn a_tiny_file_declaring_a_huge_canvas_is_refused_before_decoding() {
        // A valid PNG header for 50,000 × 50,000 pixels: 10 GB of RGBA if decoded.
        let mut png = Vec::new();
        png.extend_from_slice(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        png.extend_from_slice(&50_000u32.to_be_bytes());
        png.extend_from_slice(&50_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0]);
        let crc = crc32(&png[12..]);
        png.extend_from_slice(&crc.to_be_bytes());
        assert_eq!(scrub(&png), Err(ScrubError::TooComplex));
    }

    /// A small real image of `format`, re-declared as `w` × `h` in its header (the hostile
    /// test's 694-byte JPEG declared 12,000 × 12,000 and took 895 MB and 5.3 s; a 5.5 KB
    /// WebP 1.46 GB).
    fn declaring(format: ImageFormat, w: u32, h: u32) -> Vec<u8> {
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(16, 16, image::Rgb([200, 30, 30])));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).expect("encodes");
        let mut bytes = out.into_inner();
        match format {
            ImageFormat::Jpeg => {
                let sof = bytes.windows(2).position(|m| m == [0xFF, 0xC0]).expect("baseline frame");
                bytes[sof + 5..sof + 7].copy_from_slice(&u16::try_from(h).expect("fits").to_be_bytes());
                bytes[sof + 7..sof + 9].copy_from_slice(&u16::try_from(w).expect("fits").to_be_bytes());
            }
            ImageFormat::WebP => {
                assert_eq!(&bytes[12..16], b"VP8L", "lossless");
                let old = u32::from_le_bytes(bytes[21..25].try_into().expect("4 bytes"));
                let bits = (w - 1) | ((h - 1) << 14) | (old & !((1 << 28) - 1));
                bytes[21..25].copy_from_slice(&bits.to_le_bytes());
            }
            _ => unreachable!("JPEG and WebP only"),
        }
        bytes
    }

    #[test]
    fn small_jpegs_and_webps_declaring_a_huge_canvas_are_refused_before_decoding() {
        for format in [ImageFormat::Jpeg, ImageFormat::WebP] {
            let bomb = declaring(format, 12_000, 12_000);
            assert!(bomb.len() < 2_000, "{format:?}: {} bytes", bomb.len());
            assert_eq!(scrub(&bomb), Err(ScrubError::TooComplex), "{format:?}");
            assert_eq!(cost_mib(&bomb), u32::try_from(MAX_PIXELS * 8 / (1024 * 1024)).expect("fits"), "{format:?}: the cost is capped");
        }
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
}
