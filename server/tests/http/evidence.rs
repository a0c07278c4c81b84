//! Evidence uploads and downloads: cleaned, sealed, refused clearly.
use super::helpers::*;

const PHOTO: &[u8] = include_bytes!("../../../app/tests/fixtures/photo.jpg");

const BOUNDARY: &str = "----lentera-test-boundary";

/// A multipart upload of one part named `name`, as a browser sends it.
fn upload(name: &str, claimed_type: &str, content: &[u8]) -> Request<Body> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"IMG_2041.jpg\"\r\nContent-Type: {claimed_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    raw_upload(format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

fn raw_upload(content_type: String, body: Vec<u8>) -> Request<Body> {
    Request::post("/bukti")
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len())
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap()
}

async fn attachments(t: &test_db::TestDb) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    app::entities::attachment::Entity::find().count(&t.db).await.unwrap()
}

#[tokio::test]
async fn an_uploaded_photo_reaches_the_inspector_as_a_download_without_its_gps() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app().await;
    let (status, _, body) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uploaded: app::model::UploadedFile = serde_json::from_str(&body).unwrap();
    assert_eq!(uploaded.kind, app::domain::evidence::EvidenceKind::Jpeg);

    // The report is sent with the upload's key, through the server function.
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let call = serde_json::json!({
        "token": token,
        "input": { "category": "pungli", "what": "Petugas meminta uang; foto kuitansinya terlampir." },
        "evidence": [uploaded.key],
    });
    let req = Request::post(<app::functions::reports::SubmitReport as ServerFn>::PATH)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(call.to_string()))
        .unwrap();
    let (status, _, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    use sea_orm::EntityTrait;
    let file = app::entities::attachment::Entity::find().one(&t.db).await.unwrap().unwrap();
    assert!(file.report_id.is_some());
    let path = format!("/staf/bukti/{}", file.id);
    let (status, _, text) = send(&app, get(&path)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "not signed in");
    assert!(text.contains("Silakan masuk"), "{text}");

    let cookie = staff_cookie(&t).await;
    let res = app.clone().oneshot(Request::get(&path).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let h = res.headers().clone();
    assert_eq!(h[header::CONTENT_TYPE], "image/jpeg");
    let disposition = h[header::CONTENT_DISPOSITION].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"WBS-") && disposition.ends_with(".jpg\""), "{disposition}");
    assert!(!disposition.contains("IMG_2041"), "the phone's file name is not kept");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h[header::CACHE_CONTROL].to_str().unwrap().contains("no-store"));
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(!bytes.windows(6).any(|w| w == b"Exif\0\0"), "no EXIF block, so no GPS");
    assert!(PHOTO.windows(6).any(|w| w == b"Exif\0\0"), "the original had one");
    t.drop_db().await;
}

#[tokio::test]
async fn a_photo_added_with_the_receipt_reaches_the_report() {
    let (app, t) = app().await;
    let (_, _, form) = send(&app, get("/lapor")).await;
    let token = token_in(&form);
    let mut fields = REPORT.to_vec();
    fields.push(("token", &token));
    let (_, _, html) = send(&app, form_post("/lapor", &fields)).await;
    let receipt = receipt_in(&html);

    // The picker uploads the file on its own; the form then posts the upload's key.
    let (status, _, body) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uploaded: app::model::UploadedFile = serde_json::from_str(&body).unwrap();
    let post = [("receipt", receipt.as_str()), ("info", "Foto kuitansi terlampir."), ("evidence_keys", uploaded.key.as_str())];
    let (status, _, html) = send(&app, form_post("/cek", &post)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"info-added\""));
    assert!(html.contains("data-testid=\"files-received\""), "the reporter sees the file arrived");
    use sea_orm::EntityTrait;
    let file = app::entities::attachment::Entity::find().one(&t.db).await.unwrap().unwrap();
    assert!(file.report_id.is_some(), "attached to the report");

    // A key is good once: posting it again (a reload) is refused and stores nothing more.
    let (status, _, html) = send(&app, form_post("/cek", &post)).await;
    assert!(status.is_client_error(), "{status}");
    assert!(html.contains("data-testid=\"info-error\""));
    assert_eq!(attachments(&t).await, 1);
    t.drop_db().await;
}

#[tokio::test]
async fn broken_oversize_and_forged_uploads_get_a_clear_client_error_and_store_nothing() {
    use app::domain::evidence::EvidenceLimits;
    use app::errors::AppError;
    let limits = EvidenceLimits { file_bytes: 2_000, ..Default::default() };
    let (app, t) = app_with_limits(ThrottleConfig::default(), limits).await;
    let mut attempts = 0;
    let expect = |status: StatusCode, body: &str, want: StatusCode, error: Option<AppError>| {
        assert_eq!(status, want, "{body}");
        if let Some(e) = error {
            assert_eq!(serde_json::from_str::<AppError>(body).unwrap(), e);
        }
        1
    };
    // Over the file limit, but inside the body limit: refused by the service.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", PHOTO)).await;
    attempts += expect(s, &b, StatusCode::PAYLOAD_TOO_LARGE, Some(AppError::EvidenceTooLarge { limit_mb: 0 }));
    // Far over: refused before the body is read.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", &vec![0xFF; 200_000])).await;
    attempts += expect(s, &b, StatusCode::PAYLOAD_TOO_LARGE, None);
    // An HTML page dressed as a photo.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", b"<html><script>alert(1)</script></html>")).await;
    attempts += expect(s, &b, StatusCode::UNSUPPORTED_MEDIA_TYPE, Some(AppError::EvidenceUnsupported));
    // A damaged photo.
    let (s, _, b) = send(&app, upload("file", "image/jpeg", &PHOTO[..400])).await;
    attempts += expect(s, &b, StatusCode::UNPROCESSABLE_ENTITY, Some(AppError::EvidenceUnreadable));
    // Broken multipart: no boundary, a body that never ends, garbage, the wrong field, JSON.
    for (ct, body) in [
        ("multipart/form-data".to_owned(), b"--x\r\n\r\n".to_vec()),
        (format!("multipart/form-data; boundary={BOUNDARY}"), format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc").into_bytes()),
        (format!("multipart/form-data; boundary={BOUNDARY}"), vec![0, 159, 146, 150, 13, 10]),
        ("application/json".to_owned(), b"{\"file\": \"AAAA\"}".to_vec()),
    ] {
        let (s, _, b) = send(&app, raw_upload(ct, body)).await;
        assert!(s.is_client_error(), "{s}: {b}");
        attempts += 1;
    }
    let (s, _, b) = send(&app, upload("photo", "image/jpeg", b"\xFF\xD8\xFF")).await;
    attempts += expect(s, &b, StatusCode::BAD_REQUEST, Some(AppError::FormExpired));
    // From another site.
    let mut cross = upload("file", "image/jpeg", b"\xFF\xD8\xFF");
    cross.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    let (s, _, b) = send(&app, cross).await;
    attempts += expect(s, &b, StatusCode::FORBIDDEN, None);
    assert_eq!(attachments(&t).await, 0);
    println!("bad uploads refused: {attempts}");
    t.drop_db().await;
}
