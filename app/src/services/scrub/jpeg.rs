//! A JPEG without its metadata segments, its compressed image data untouched: for JPEGs
//! placed inside a PDF, which must stay exactly the image the PDF's page describes (its
//! colour space and size are written in the PDF), so they are not decoded and re-encoded
//! as a photo upload is.
//!
//! Kept: the frame, tables and scans, APP0 (JFIF) and APP14 (Adobe: how CMYK is stored).
//! Dropped: every other APPn segment (EXIF with GPS, camera and owner in APP1, XMP, the
//! ICC profile, IPTC in APP13, maker notes), comments, and anything after the end marker.

/// `None` when the bytes are not a well-formed JPEG (the caller refuses the file: metadata
/// in a segment this walk cannot find could not be removed).
pub fn strip_metadata(jpeg: &[u8]) -> Option<Vec<u8>> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(jpeg.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2;
    loop {
        if *jpeg.get(i)? != 0xFF {
            return None;
        }
        // Fill bytes before a marker.
        while *jpeg.get(i + 1)? == 0xFF {
            i += 1;
        }
        let marker = *jpeg.get(i + 1)?;
        match marker {
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&[0xFF, marker]);
                i += 2;
            }
            _ => {
                let len = usize::from(u16::from_be_bytes([*jpeg.get(i + 2)?, *jpeg.get(i + 3)?]));
                if len < 2 {
                    return None;
                }
                let end = i.checked_add(2 + len)?;
                let segment = jpeg.get(i..end)?;
                let metadata = matches!(marker, 0xE1..=0xED | 0xEF | 0xFE);
                if !metadata {
                    out.extend_from_slice(segment);
                }
                i = end;
                if marker == 0xDA {
                    // Entropy-coded data up to the next marker that is neither a stuffed
                    // 0xFF00 nor a restart marker (progressive files have several scans).
                    let start = i;
                    loop {
                        let b = *jpeg.get(i)?;
                        if b == 0xFF {
                            let next = *jpeg.get(i + 1)?;
                            if next != 0x00 && !(0xD0..=0xD7).contains(&next) {
                                break;
                            }
                            i += 2;
                        } else {
                            i += 1;
                        }
                    }
                    out.extend_from_slice(&jpeg[start..i]);
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    use super::*;

    const PHOTO_JPG: &[u8] = include_bytes!("../../../tests/fixtures/photo.jpg");

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_jpeg_loses_its_exif_and_comments_but_keeps_its_pixels_exactly() {
        assert!(contains(PHOTO_JPG, b"Exif\0\0") && contains(PHOTO_JPG, b"Budi Santoso"));
        let clean = strip_metadata(PHOTO_JPG).expect("well-formed");
        assert!(!contains(&clean, b"Exif\0\0"));
        for mark in [&b"Budi Santoso"[..], b"Rahasia pelapor", b"Laporan rahasia", b"SM-A045F", b"http://ns.adobe.com/xap"] {
            assert!(!contains(&clean, mark), "{}", String::from_utf8_lossy(mark));
        }
        let before = image::load_from_memory(PHOTO_JPG).expect("decodes").to_rgb8();
        let after = image::load_from_memory(&clean).expect("still decodes").to_rgb8();
        assert_eq!(before.as_raw(), after.as_raw(), "the compressed image data is untouched");
    }

    #[test]
    fn data_after_the_end_marker_goes_and_broken_files_are_refused() {
        let mut trailing = PHOTO_JPG.to_vec();
        trailing.extend_from_slice(b"appended: Budi Santoso 0812");
        let clean = strip_metadata(&trailing).expect("well-formed");
        assert!(clean.ends_with(&[0xFF, 0xD9]));
        assert_eq!(strip_metadata(&PHOTO_JPG[..300]), None);
        assert_eq!(strip_metadata(b"not a jpeg"), None);
    }
}
