//! Plain (no-JavaScript) form posts and server-function calls: stored once, refused clearly.
use super::helpers::*;

#[tokio::test]
async fn a_plain_form_post_stores_the_report_and_shows_the_receipt_once() {
    let (app, t) = app().await;
    let (_, _, html) = send(&app, get("/lapor")).await;
    let token = token_in(&html);
    let mut fields = REPORT.to_vec();
    fields.push(("token", &token));

    let (status, headers, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    let receipt = receipt_in(&html);
    assert_eq!(receipt.len(), 19);
    // The report is in: no form is left to send it again, and the only code the page loads
    // is the receipt's copy and print buttons.
    assert!(!html.contains("action=\"/lapor\""));
    assert_eq!(html.matches("<leptos-island").count(), 1);
    assert!(html.contains("data-component=\"ReceiptButtonsIsland_"));
    assert!(html.contains("data-testid=\"copy-receipt\""));

    // Re-posting the same form (reload, double click) shows the same receipt.
    let (_, _, again) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(receipt_in(&again), receipt);

    // The receipt opens the report on the check page, also without JavaScript.
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"report-status\""));
    assert!(html.contains("Diterima"));
    // The only code the receipt page ships: the evidence picker of the form that adds information.
    assert_eq!(html.matches("<leptos-island").count(), 1);
    assert!(html.contains("data-component=\"EvidenceField_"));

    let (status, _, html) =
        send(&app, form_post("/cek", &[("receipt", &receipt), ("info", "Ada bukti transfer.")])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ada bukti transfer."));
    assert!(html.contains("data-testid=\"info-added\""));
    t.drop_db().await;
}

#[tokio::test]
async fn a_bad_plain_post_keeps_what_was_typed_and_explains_the_problem() {
    let (app, t) = app().await;
    let (_, _, html) = send(&app, get("/lapor")).await;
    let token = token_in(&html);
    let fields = [("token", token.as_str()), ("who", "Pak Joko, Kecamatan Baros"), ("category", "")];
    let (status, _, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Pilih jenis pelanggaran."));
    assert!(html.contains("Ceritakan apa yang terjadi."));
    assert!(html.contains("Pak Joko, Kecamatan Baros"), "the typed answer is kept");
    assert!(!html.contains("data-testid=\"receipt-code\""));
    t.drop_db().await;
}

#[tokio::test]
async fn a_wrong_receipt_gets_a_clear_message() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", "1234 5678 9012 3456")])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Kode tanda terima tidak ditemukan"));
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", "12ab")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("16 angka"));
    t.drop_db().await;
}

#[tokio::test]
async fn oversize_and_malformed_posts_are_refused_without_harm() {
    let (app, t) = app().await;
    let huge = "a".repeat(600 * 1024);
    let (status, _, _) = send(&app, form_post("/lapor", &[("what", &huge)])).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let req = Request::post("/lapor")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(vec![0xff, 0xfe, b'=', 0x80]))
        .unwrap();
    let (status, _, _) = send(&app, req).await;
    assert!(status.is_client_error(), "{status}");
    t.drop_db().await;
}

#[tokio::test]
async fn an_oversize_server_function_call_is_refused_and_stores_nothing() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app().await;
    let path = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let body = format!(r#"{{"token":"{}","input":{{"category":"pungli","what":"{}"}}}}"#, "a".repeat(32), "a".repeat(600 * 1024));
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .unwrap();
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    t.drop_db().await;
}

#[tokio::test]
async fn script_in_every_field_stays_text_for_the_citizen_and_the_inspector() {
    let (app, t) = app().await;
    const HOSTILE: &str = r#"</textarea></script><script>alert(1)</script>"><img src=x onerror=alert(2)> ${7*7} {{7*7}}"#;
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let what = format!("Petugas meminta uang agar akta cepat selesai. {HOSTILE}");
    let fields: Vec<(&str, &str)> = vec![
        ("category", "pungli"), ("what", &what), ("who", HOSTILE), ("place", HOSTILE), ("time", HOSTILE),
        ("why", HOSTILE), ("how", HOSTILE), ("how_much", HOSTILE), ("evidence", HOSTILE), ("token", &token),
    ];
    let (status, _, html) = send(&app, form_post("/lapor", &fields)).await;
    assert_eq!(status, StatusCode::OK);
    let receipt = receipt_in(&html);
    let inert = |html: &str, page: &str| {
        if let Some(at) = html.find("<script>alert") {
            eprintln!("{page}: …{}…", &html[at.saturating_sub(200)..(at + 60).min(html.len())]);
        }
        assert!(!html.contains("<script>alert"), "{page}: a script tag got through");
        assert!(!html.contains("<img src=x"), "{page}: an element got through");
        assert!(!html.contains("</script><script>"), "{page}: the page's own data broke out of its script");
    };
    inert(&html, "receipt");
    let (_, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt), ("info", HOSTILE)])).await;
    inert(&html, "check page");
    assert!(html.contains("&lt;img src=x") || html.contains("\\u003cimg"), "the text is shown, escaped");

    let cookie = staff_cookie(&t).await;
    let req = Request::get("/staf/kasus/1").header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (status, _, html) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK);
    inert(&html, "case page");
    t.drop_db().await;
}

#[tokio::test]
async fn malformed_bodies_get_a_client_error_and_store_nothing() {
    use leptos::server_fn::ServerFn;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app().await;
    let raw = |path: &str, content_type: &str, body: Vec<u8>| {
        // Forms ask for a page back; server functions are called with fetch, for JSON.
        let accept = if path.starts_with("/api/") { "application/json" } else { "text/html" };
        Request::post(path).header(header::CONTENT_TYPE, content_type).header(header::ACCEPT, accept).body(Body::from(body)).unwrap()
    };
    let mut attempts = 0;
    // Invalid UTF-8, raw and percent-encoded.
    let mut bytes = b"category=pungli&token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&what=".to_vec();
    bytes.extend([0xff, 0xfe, 0xfd]);
    for body in [bytes, b"category=pungli&what=%FF%FE%FD".to_vec()] {
        let (status, _, _) = send(&app, raw("/lapor", "application/x-www-form-urlencoded", body)).await;
        assert!(status.is_client_error(), "{status}");
        attempts += 1;
    }
    // A field far longer than any answer may be (but under the body limit).
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let long = "a".repeat(50_000);
    let (status, _, html) = send(&app, form_post("/lapor", &[("category", "pungli"), ("what", &long), ("token", &token)])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("terlalu panjang"), "a clear message");
    attempts += 1;
    // Broken JSON, wrong types and a wrong content type to server functions.
    let submit = <app::functions::reports::SubmitReport as ServerFn>::PATH;
    let check = <app::functions::reports::CheckReport as ServerFn>::PATH;
    for (path, ct, body) in [
        (submit, "application/json", "{\"token\": \"x\", \"input\": "),
        (submit, "application/json", "{\"token\": 5, \"input\": []}"),
        (submit, "application/json", "\u{0}\u{1}"),
        (check, "application/json", "{\"receipt\": {\"nested\": true}}"),
        (check, "text/plain", "receipt=1234567890123456"),
    ] {
        let (status, _, _) = send(&app, raw(path, ct, body.as_bytes().to_vec())).await;
        assert!(status.is_client_error(), "{path} {body:?}: {status}");
        attempts += 1;
    }
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    println!("malformed bodies refused: {attempts}");
    t.drop_db().await;
}
