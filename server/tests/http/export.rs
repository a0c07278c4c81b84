//! The board as a CSV download.
use super::helpers::*;

#[tokio::test]
async fn the_board_export_is_a_csv_download_for_signed_in_supervisors_only() {
    let (app, t) = app().await;
    let (status, _, text) = send(&app, get("/staf/ekspor.csv")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(text.contains("Silakan masuk"));
    let cookie = staff_cookie(&t).await;
    let req = Request::get("/staf/ekspor.csv?state=diterima&overdue=true").header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (status, headers, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment; filename=\"lentera-papan-"));
    assert!(body.starts_with("\u{feff}Nomor laporan,"), "{body}");
    t.drop_db().await;
}
