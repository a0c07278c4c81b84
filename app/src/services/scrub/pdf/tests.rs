use lopdf::{dictionary, Object, Stream};

use super::*;

const SCAN_PDF: &[u8] = include_bytes!("../../../../tests/fixtures/scan.pdf");
const PHOTO_JPG: &[u8] = include_bytes!("../../../../tests/fixtures/photo.jpg");

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut s = Stream::new(lopdf::Dictionary::new(), data.to_vec());
    s.compress().expect("compresses");
    s.content
}

/// A PDF 1.5 file whose objects live in object streams, each holding one object with the
/// given body, indexed by a cross-reference stream (as modern writers save).
fn with_object_streams(bodies: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    let mut push = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(body);
    };
    push(&mut out, b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    push(&mut out, b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
    let xref_id = 3 + bodies.len();
    for (k, body) in bodies.iter().enumerate() {
        let header = format!("{} 0 ", xref_id + 1 + k);
        let mut plain = header.clone().into_bytes();
        plain.extend_from_slice(body);
        let packed = deflate(&plain);
        let mut obj = format!(
            "{} 0 obj\n<< /Type /ObjStm /N 1 /First {} /Filter /FlateDecode /Length {} >>\nstream\n",
            3 + k,
            header.len(),
            packed.len()
        )
        .into_bytes();
        obj.extend_from_slice(&packed);
        obj.extend_from_slice(b"\nendstream\nendobj\n");
        push(&mut out, &obj);
    }
    let xref_at = out.len();
    let size = xref_id + 1 + bodies.len();
    let mut entries = vec![0u8, 0, 0, 0, 0, 0xFF, 0xFF];
    for at in offsets.iter().chain([&xref_at]) {
        entries.push(1);
        entries.extend_from_slice(&u32::try_from(*at).expect("small").to_be_bytes());
        entries.extend_from_slice(&[0, 0]);
    }
    for k in 0..bodies.len() {
        entries.push(2);
        entries.extend_from_slice(&u32::try_from(3 + k).expect("small").to_be_bytes());
        entries.extend_from_slice(&[0, 0]);
    }
    let mut xref = format!(
        "{xref_id} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 2] /Root 1 0 R /Length {} >>\nstream\n",
        entries.len()
    )
    .into_bytes();
    xref.extend_from_slice(&entries);
    xref.extend_from_slice(b"\nendstream\nendobj\n");
    out.extend_from_slice(&xref);
    out.extend_from_slice(format!("startxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

fn numbers(n: usize) -> Vec<u8> {
    let mut v = b"[".to_vec();
    v.extend(std::iter::repeat_n(&b"0 "[..], n).flatten());
    v.push(b']');
    v
}

#[test]
fn the_object_stream_helper_makes_pdfs_that_load() {
    let pdf = with_object_streams(&[b"<< /Kuitansi (proyek jalan) >>".to_vec()]);
    let clean = scrub(&pdf).expect("a small object stream is fine");
    assert!(lopdf::Document::load_mem(&clean).is_ok());
}

#[test]
fn an_object_stream_that_inflates_to_millions_of_numbers_is_refused_unparsed() {
    // 4 MB of numbers from about 5 KB (the hostile test's 32 KB file held 16 million).
    let pdf = with_object_streams(&[numbers(2_000_000)]);
    assert!(pdf.len() < 64 * 1024, "{} bytes", pdf.len());
    assert_eq!(scrub(&pdf), Err(ScrubError::TooComplex));
}

#[test]
fn many_small_object_streams_together_are_bounded_too() {
    let bodies: Vec<Vec<u8>> = (0..300).map(|_| numbers(1_000)).collect();
    assert_eq!(scrub(&with_object_streams(&bodies)), Err(ScrubError::TooComplex));
}

#[test]
fn a_huge_uncompressed_array_is_refused_before_parsing() {
    let mut pdf = b"%PDF-1.4\n1 0 obj\n".to_vec();
    pdf.extend_from_slice(&numbers(300_000));
    pdf.extend_from_slice(b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    assert!(!structure_fits(&pdf, MAX_TOKENS));
    assert_eq!(scrub(&pdf), Err(ScrubError::TooComplex));
}

#[test]
fn an_object_hidden_in_stream_data_is_refused() {
    let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Length 30 >>\nstream\n".to_vec();
    pdf.extend_from_slice(b"junk 7 0 obj [0 0 0] endobj junk\nendstream\nendobj\n");
    assert!(!structure_fits(&pdf, MAX_TOKENS));
    // Binary data and text in stream data that is not an object header are fine.
    let mut fine = b"%PDF-1.4\n1 0 obj\n<< /Length 30 >>\nstream\n".to_vec();
    fine.extend_from_slice(b"BT (see obj 12) Tj ET \x00\xff\x10 obj\nendstream\nendobj\n");
    assert!(structure_fits(&fine, MAX_TOKENS));
}

#[test]
fn real_documents_fit_the_bounds_with_room_to_spare() {
    assert!(structure_fits(SCAN_PDF, 1_000));
    // Strings and comments are one token each, whatever they hold.
    assert!(structure_fits(b"%PDF-1.4\n% 0 0 0 0 0 0 0 0\n(0 0 0 0 0 0 0 (0 0) \\) 0 0)", 6));
}

/// A one-page document with every kind of active content an attacker would plant.
fn active_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"BT /F1 12 Tf 72 712 Td (Kuitansi proyek) Tj ET".to_vec()));
    let js = doc.add_object(dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert('pwned')") });
    let launch = doc.add_object(dictionary! { "S" => "Launch", "F" => Object::string_literal("cmd.exe") });
    let payload = doc.add_object(Stream::new(dictionary! { "Type" => "EmbeddedFile" }, b"MZ payload bytes".to_vec()));
    let filespec = doc.add_object(dictionary! {
        "Type" => "Filespec", "F" => Object::string_literal("payload.exe"), "EF" => dictionary! { "F" => payload },
    });
    let link = dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal("http://evil.example/track") },
    };
    let attachment = dictionary! {
        "Type" => "Annot", "Subtype" => "FileAttachment", "Rect" => vec![0.into(), 0.into(), 5.into(), 5.into()], "FS" => filespec,
    };
    let inner_link = dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![0.into(), 20.into(), 10.into(), 30.into()],
        "A" => dictionary! { "S" => "GoTo", "D" => vec![0.into(), "Fit".into()] },
    };
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "AA" => dictionary! { "O" => js },
        "Annots" => vec![Object::Dictionary(link), Object::Dictionary(attachment), Object::Dictionary(inner_link)],
    });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }));
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id, "OpenAction" => launch,
        "Names" => dictionary! {
            "JavaScript" => dictionary! { "Names" => vec![Object::string_literal("a"), js.into()] },
            "EmbeddedFiles" => dictionary! { "Names" => vec![Object::string_literal("payload.exe"), filespec.into()] },
        },
        "AcroForm" => dictionary! { "Fields" => Vec::<Object>::new(), "XFA" => Object::string_literal("<xdp:xdp/>") },
    });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saved");
    bytes
}

#[test]
fn scripts_actions_links_out_and_embedded_files_are_removed() {
    let pdf = active_pdf();
    let planted: [&[u8]; 10] =
        [b"/JavaScript", b"/OpenAction", b"/AA", b"/Launch", b"/URI", b"/EmbeddedFile", b"evil.example", b"cmd.exe", b"MZ payload", b"/XFA"];
    for mark in planted {
        assert!(contains(&pdf, mark), "the fixture plants {}", String::from_utf8_lossy(mark));
    }
    let clean = scrub(&pdf).expect("cleaned");
    for mark in planted.iter().chain([&&b"payload.exe"[..], &&b"app.alert"[..]]) {
        assert!(!contains(&clean, mark), "left: {}", String::from_utf8_lossy(mark));
    }
    let doc = lopdf::Document::load_mem(&clean).expect("still a PDF");
    assert_eq!(doc.get_pages().len(), 1);
    assert!(contains(&clean, b"(Kuitansi proyek) Tj"), "the page keeps its content");
    assert!(contains(&clean, b"/GoTo"), "a link to a page of the same file stays");
}

#[test]
fn a_photo_placed_in_a_pdf_loses_its_exif_and_stays_the_same_image() {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 96, "Height" => 64,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
        },
        PHOTO_JPG.to_vec(),
    ));
    let content = doc.add_object(Stream::new(dictionary! {}, b"q 96 0 0 64 0 0 cm /Im1 Do Q".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 96.into(), 64.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
    });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf).expect("saved");
    assert!(contains(&pdf, b"Budi Santoso") && contains(&pdf, b"Exif\0\0"));

    let clean = scrub(&pdf).expect("cleaned");
    for mark in [&b"Budi Santoso"[..], b"Exif\0\0", b"SM-A045F", b"Rahasia pelapor", b"Laporan rahasia"] {
        assert!(!contains(&clean, mark), "left: {}", String::from_utf8_lossy(mark));
    }
    let doc = lopdf::Document::load_mem(&clean).expect("still a PDF");
    let stream = doc
        .objects
        .values()
        .find_map(|o| o.as_stream().ok().filter(|s| is_plain_jpeg(&s.dict)))
        .expect("the image is still there");
    let before = image::load_from_memory(PHOTO_JPG).expect("decodes").to_rgb8();
    let after = image::load_from_memory(&stream.content).expect("decodes").to_rgb8();
    assert_eq!(before.as_raw(), after.as_raw());
}
