//! PDFs: metadata and active content removed, parsing bounded.
//!
//! *Bounds.* `lopdf` parses a whole document into memory, about 120 bytes for every
//! number, and inflates object streams while it loads: a 32 KB file whose object stream
//! inflates to 16 million numbers took 1.9 GB. So, before parsing, the file's structure is
//! counted (tokens outside stream data, [`MAX_TOKENS`]); while parsing, no stream may
//! inflate past [`MAX_STREAM_BYTES`] and the objects kept may hold at most [`MAX_ELEMENTS`]
//! values in all; after writing, the caller checks the cleaned file against the file limit.
//!
//! *Removed.* The document information dictionary, every XMP stream and PieceInfo (who
//! wrote it, with what, when); JavaScript, open actions, additional actions (`/AA`),
//! launch, URI, form-submission and remote go-to actions, embedded files and XFA forms
//! (what would run or open in an inspector's PDF reader); and the metadata segments of
//! JPEG images placed in the document (EXIF with GPS, camera and owner). The file is written
//! afresh, which also drops earlier incremental revisions. Encrypted PDFs are refused.
use std::cell::Cell;

use lopdf::{Document, LoadOptions, Object};

use super::{jpeg, ScrubError};

/// Tokens allowed outside stream data: a 10 MB scan has a few thousand, a 20,000-object
/// report with a classic cross-reference table about 100,000.
const MAX_TOKENS: usize = 250_000;
/// The most one object or cross-reference stream may inflate to (real ones are a few KB to
/// a few hundred KB).
const MAX_STREAM_BYTES: usize = 1024 * 1024;
/// Values (numbers, names, entries…) in all the objects loaded, those unpacked from object
/// streams included.
const MAX_ELEMENTS: usize = 250_000;
/// The decode memory a PDF's clean-up takes of the budget (MiB): the elements above at
/// about 120 bytes each, and one object stream's worth in flight.
pub const COST_MIB: u32 = 48;

thread_local! {
    /// Elements the current load may still keep; below zero when it went over.
    static ELEMENTS_LEFT: Cell<i64> = const { Cell::new(0) };
}

fn elements(object: &Object) -> i64 {
    match object {
        Object::Array(items) => 1 + items.iter().map(elements).sum::<i64>(),
        Object::Dictionary(dict) => 1 + dict.iter().map(|(_, v)| 1 + elements(v)).sum::<i64>(),
        Object::Stream(stream) => 1 + stream.dict.iter().map(|(_, v)| 1 + elements(v)).sum::<i64>(),
        _ => 1,
    }
}

/// Called by `lopdf` for each object it loads: counts it against the budget and, once the
/// budget is spent, keeps nothing more (the load is then refused as too complex).
///
/// `lopdf` keeps a top-level object from the reference it passes and an object stream's
/// member from the value returned; members are never streams, so a stream (the one large
/// kind) is not copied.
fn count_object(id: (u32, u16), object: &mut Object) -> Option<((u32, u16), Object)> {
    let left = ELEMENTS_LEFT.get() - elements(object);
    ELEMENTS_LEFT.set(left);
    if left < 0 {
        return None;
    }
    Some((id, if matches!(object, Object::Stream(_)) { Object::Null } else { object.clone() }))
}

pub fn scrub(bytes: &[u8]) -> Result<Vec<u8>, ScrubError> {
    if !structure_fits(bytes, MAX_TOKENS) {
        return Err(ScrubError::TooComplex);
    }
    ELEMENTS_LEFT.set(i64::try_from(MAX_ELEMENTS).unwrap_or(i64::MAX));
    let options = LoadOptions { filter: Some(count_object), max_decompressed_size: Some(MAX_STREAM_BYTES), ..LoadOptions::default() };
    let loaded = Document::load_mem_with_options(bytes, options);
    if ELEMENTS_LEFT.get() < 0 {
        return Err(ScrubError::TooComplex);
    }
    let mut doc = match loaded {
        Ok(doc) => doc,
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => return Err(ScrubError::TooComplex),
        Err(_) => return Err(ScrubError::Unreadable),
    };
    // An encrypted PDF's metadata cannot be removed without its password.
    if doc.is_encrypted() || doc.catalog().is_err() {
        return Err(ScrubError::Unreadable);
    }
    // A fresh trailer with the catalog alone: /Info and anything else a writer put there go.
    let root = doc.trailer.get(b"Root").map_err(|_| ScrubError::Unreadable)?.clone();
    doc.trailer = lopdf::Dictionary::new();
    doc.trailer.set("Root", root);
    // XMP packets and embedded files, wherever they are referenced from (a damaged key
    // would not hide them).
    doc.objects.retain(|_, object| {
        let Object::Stream(stream) = object else { return true };
        let is = |key: &[u8], name: &[u8]| stream.dict.get(key).and_then(Object::as_name).is_ok_and(|n| n == name);
        !(is(b"Type", b"Metadata") || is(b"Subtype", b"XML") || is(b"Type", b"EmbeddedFile"))
    });
    for object in doc.objects.values_mut() {
        clean(object)?;
    }
    // What was cut off is now unreferenced: drop it, and every older revision.
    doc.prune_objects();
    let mut out = Vec::with_capacity(bytes.len());
    doc.save_to(&mut out).map_err(|_| ScrubError::Unreadable)?;
    Ok(out)
}

/// Keys whose values run, open or carry something: document and page actions, the name
/// trees of scripts and embedded files, XFA forms, rich media, and file attachments.
const ACTIVE_KEYS: [&[u8]; 10] =
    [b"OpenAction", b"AA", b"JavaScript", b"JS", b"EmbeddedFiles", b"XFA", b"RichMediaContent", b"FS", b"EF", b"Launch"];
/// Action types that leave the document or run something; `GoTo` (a link to another page of
/// the same file) and the harmless rest stay.
const ACTIVE_ACTIONS: [&[u8]; 11] = [
    b"JavaScript", b"Launch", b"URI", b"SubmitForm", b"ImportData", b"GoToR", b"GoToE", b"Rendition", b"Sound", b"Movie",
    b"RichMediaExecute",
];

fn is_active_action(dict: &lopdf::Dictionary) -> bool {
    dict.get(b"S").and_then(Object::as_name).is_ok_and(|s| ACTIVE_ACTIONS.contains(&s))
}

/// Removes metadata and active content from one object, and its nested values.
fn clean(object: &mut Object) -> Result<(), ScrubError> {
    match object {
        Object::Array(items) => items.iter_mut().try_for_each(clean),
        Object::Dictionary(dict) => {
            if is_active_action(dict) || dict.get(b"Type").and_then(Object::as_name).is_ok_and(|t| t == b"Filespec") {
                *object = Object::Null;
                return Ok(());
            }
            clean_dict(dict)
        }
        Object::Stream(stream) => {
            clean_dict(&mut stream.dict)?;
            if is_plain_jpeg(&stream.dict) {
                let stripped = jpeg::strip_metadata(&stream.content).ok_or(ScrubError::Unreadable)?;
                stream.set_content(stripped);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn clean_dict(dict: &mut lopdf::Dictionary) -> Result<(), ScrubError> {
    // XMP packets hang off the catalog, pages, images and fonts alike; PieceInfo holds the
    // authoring application's private data.
    dict.remove(b"Metadata");
    dict.remove(b"PieceInfo");
    for key in ACTIVE_KEYS {
        dict.remove(key);
    }
    dict.iter_mut().try_for_each(|(_, value)| clean(value))
}

/// An image whose stream is a JPEG file as it is (`/Filter /DCTDecode`, alone).
fn is_plain_jpeg(dict: &lopdf::Dictionary) -> bool {
    match dict.get(b"Filter") {
        Ok(Object::Name(n)) => n == b"DCTDecode",
        Ok(Object::Array(filters)) => matches!(filters.as_slice(), [Object::Name(n)] if n == b"DCTDecode"),
        _ => false,
    }
}

/// Whether the file's structure outside stream data stays within `max_tokens` tokens, and
/// no object hides inside stream data (where this count does not look but the file's
/// cross-reference table could point). A linear pass over the raw bytes, before any
/// parsing; strings and comments count as one token each, as the parser reads them.
fn structure_fits(bytes: &[u8], max_tokens: usize) -> bool {
    let white = |b: u8| matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    let delimiter = |b: u8| matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%');
    let (mut tokens, mut i, mut in_token, mut after_dict) = (0usize, 0usize, false, false);
    while let Some(&b) = bytes.get(i) {
        if b == b's' && !in_token && after_dict && bytes[i..].starts_with(b"stream") && matches!(bytes.get(i + 6), Some(b'\r' | b'\n')) {
            // Stream data runs to `endstream`; it is not parsed as objects.
            let body = i + 6;
            let end = find(&bytes[body..], b"endstream").map_or(bytes.len(), |p| body + p);
            if holds_object_header(&bytes[body..end]) {
                return false;
            }
            tokens += 2;
            i = end + b"endstream".len();
            (in_token, after_dict) = (true, false);
            continue;
        }
        if white(b) {
            in_token = false;
            i += 1;
            continue;
        }
        tokens += usize::from(delimiter(b) || !in_token);
        if tokens > max_tokens {
            return false;
        }
        after_dict = b == b'>' && bytes.get(i.wrapping_sub(1)) == Some(&b'>');
        match b {
            b'(' => {
                // A literal string, with nested parentheses and escapes.
                let mut depth = 0usize;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                in_token = false;
            }
            b'%' => {
                while bytes.get(i).is_some_and(|c| !matches!(c, b'\r' | b'\n')) {
                    i += 1;
                }
                in_token = false;
            }
            // A name's characters follow its slash as one token.
            b'/' => in_token = true,
            _ => in_token = !delimiter(b),
        }
        i += 1;
    }
    true
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Whether `data` contains `<digits> <digits> obj`, an indirect object's header.
fn holds_object_header(data: &[u8]) -> bool {
    let mut from = 0;
    while let Some(p) = find(&data[from..], b"obj") {
        let at = from + p;
        let before = &data[..at];
        let trimmed = |s: &[u8]| s.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |e| e + 1);
        let a = trimmed(before);
        if a < before.len() {
            let digits_end = a;
            let digits_start = before[..digits_end].iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |s| s + 1);
            if digits_start < digits_end {
                let b = trimmed(&before[..digits_start]);
                if b < digits_start && b > 0 && before[b - 1].is_ascii_digit() {
                    return true;
                }
            }
        }
        from = at + 3;
    }
    false
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests;
