//! Photos and scans: decoded and encoded again, so only the pixels survive. The canvas a
//! file declares is checked against [`MAX_PIXELS`] before a byte of it is decoded, and the
//! decoder's allocations are capped, so a small file cannot make the server allocate
//! gigabytes (a 694-byte JPEG can declare 12,000 × 12,000 pixels).
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::ScrubError;
use crate::domain::evidence::EvidenceKind;

/// The most pixels an evidence image may have: 40 megapixels, more than a phone's camera
/// saves by default (12–16 MP; 50 MP in its full-resolution mode is 8,160 × 6,120 = 49.9 MP,
/// refused: such a photo is also over the file limit at any useful quality).
pub const MAX_PIXELS: u64 = 40_000_000;
/// No side longer than this, whatever the other (a 40 MP image 100,000 pixels wide is a
/// trick, not a photo).
const MAX_SIDE: u32 = 16_384;
/// RGBA at the largest canvas, plus the decoder's own buffers.
const MAX_DECODE_BYTES: u64 = MAX_PIXELS * 4 + 16 * 1024 * 1024;
const JPEG_QUALITY: u8 = 92;

fn format_of(kind: EvidenceKind) -> Option<ImageFormat> {
    match kind {
        EvidenceKind::Jpeg => Some(ImageFormat::Jpeg),
        EvidenceKind::Png => Some(ImageFormat::Png),
        EvidenceKind::Webp => Some(ImageFormat::WebP),
        EvidenceKind::Pdf => None,
    }
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// The canvas the file's header declares, without decoding it.
fn dimensions(bytes: &[u8], format: ImageFormat) -> Option<(u32, u32)> {
    ImageReader::with_format(Cursor::new(bytes), format).into_dimensions().ok()
}

fn too_many_pixels((w, h): (u32, u32)) -> bool {
    w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
}

/// The memory a clean-up of this image takes, in MiB: the decoded pixels (up to 4 bytes
/// each) and one more copy of them while they are turned upright and encoded.
pub fn cost_mib(bytes: &[u8], kind: EvidenceKind) -> u32 {
    let Some((w, h)) = format_of(kind).and_then(|f| dimensions(bytes, f)) else { return 1 };
    let bytes = (u64::from(w) * u64::from(h)).min(MAX_PIXELS) * 4 * 2;
    u32::try_from(bytes / (1024 * 1024)).unwrap_or(u32::MAX).max(1)
}

pub fn scrub(bytes: &[u8], kind: EvidenceKind) -> Result<Vec<u8>, ScrubError> {
    let format = format_of(kind).ok_or(ScrubError::Unsupported)?;
    let unreadable = |_| ScrubError::Unreadable;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => ScrubError::TooComplex,
        _ => ScrubError::Unreadable,
    })?;
    if too_many_pixels(decoder.dimensions()) {
        return Err(ScrubError::TooComplex);
    }
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut pixels = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => ScrubError::TooComplex,
        _ => ScrubError::Unreadable,
    })?;
    pixels.apply_orientation(orientation);

    let mut out = Cursor::new(Vec::with_capacity(bytes.len()));
    // Pixels already in the encoder's layout are passed on as they are: a converted copy
    // of a 12 MP photo is another 36 MB.
    let written = match kind {
        EvidenceKind::Jpeg => {
            let pixels = match pixels {
                DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => pixels,
                other => DynamicImage::ImageRgb8(other.to_rgb8()),
            };
            pixels.write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        }
        EvidenceKind::Png => pixels.write_with_encoder(PngEncoder::new(&mut out)),
        _ => {
            let pixels = match pixels {
                DynamicImage::ImageRgb8(_) | DynamicImage::ImageRgba8(_) => pixels,
                other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
                other => DynamicImage::ImageRgb8(other.to_rgb8()),
            };
            pixels.write_with_encoder(WebPEncoder::new_lossless(&mut out))
        }
    };
    written.map_err(|e| {
        tracing::warn!(error = %e, "re-encoding an evidence image failed");
        ScrubError::Unreadable
    })?;
    Ok(out.into_inner())
}
