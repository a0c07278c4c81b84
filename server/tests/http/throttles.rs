//! Guessing and flooding: receipts, reports, per device.
use super::helpers::*;

#[tokio::test]
async fn receipt_guessing_is_locked_per_device_with_a_clear_message() {
    use leptos::server_fn::ServerFn;
    let (app, t) = app_with(ThrottleConfig { receipt: Limits::RECEIPT.locking_after(3), ..Default::default() }).await;
    let guess = |ip: &str| from(ip, form_post("/cek", &[("receipt", "1234 5678 9012 3456")]));
    for _ in 0..3 {
        assert_eq!(send(&app, guess("10.1.1.1")).await.0, StatusCode::NOT_FOUND);
    }
    let (status, _, html) = send(&app, guess("10.1.1.1")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Terlalu banyak percobaan dari perangkat ini"), "a clear, translated message");
    assert!(html.contains("15 menit"));
    assert_eq!(send(&app, guess("10.2.2.2")).await.0, StatusCode::NOT_FOUND, "another device is not locked");

    // The server function is the same door.
    let path = <app::functions::reports::CheckReport as ServerFn>::PATH;
    let call = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"receipt":"1234567890123456"}"#))
        .unwrap();
    let (status, headers, _) = send(&app, from("10.1.1.1", call)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = headers.get(header::RETRY_AFTER).unwrap().to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry));
    t.drop_db().await;
}

/// Hostile test: `POST /cek` with an addition that is refused (empty, over 4,000
/// characters, a control character) looked the receipt up again outside the lock (1,320
/// lookups in 12 s from one address). Every post that takes a receipt counts toward the
/// same lock, whatever its addition.
#[tokio::test]
async fn every_receipt_post_counts_toward_one_lock_whatever_its_addition() {
    let (app, t) = app_with(ThrottleConfig { receipt: Limits::RECEIPT.locking_after(4), ..Default::default() }).await;
    let long = "x".repeat(4_001);
    let receipt = ("receipt", "1234 5678 9012 3456");
    let variants: [Vec<(&str, &str)>; 5] = [
        vec![receipt, ("info", "")],
        vec![receipt, ("info", &long)],
        vec![receipt, ("info", "ada \u{7} bel")],
        vec![receipt, ("info", "Informasi tambahan yang sah")],
        vec![receipt],
    ];
    let mut statuses = Vec::new();
    for fields in variants.iter().chain(variants.iter()) {
        statuses.push(send(&app, from("10.3.3.3", form_post("/cek", fields))).await.0.as_u16());
    }
    assert_eq!(statuses, [404, 404, 404, 404, 429, 429, 429, 429, 429, 429]);
    t.drop_db().await;
}

#[tokio::test]
async fn reports_are_limited_per_device_and_a_refused_one_stores_nothing() {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app_with(ThrottleConfig { submissions: Limits::SUBMISSIONS.locking_after(1), ..Default::default() }).await;
    let post = |ip: &'static str| {
        let app = app.clone();
        async move {
            let (_, _, html) = send(&app, get("/lapor")).await;
            let token = token_in(&html);
            let mut fields = REPORT.to_vec();
            fields.push(("token", &token));
            send(&app, from(ip, form_post("/lapor", &fields))).await
        }
    };
    assert_eq!(post("10.1.1.1").await.0, StatusCode::OK);
    let (status, _, html) = post("10.1.1.1").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Terlalu banyak percobaan"));
    assert!(html.contains("akta kelahiran"), "the typed report is kept on the page");
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 1);
    assert_eq!(post("10.2.2.2").await.0, StatusCode::OK);
    t.drop_db().await;
}
