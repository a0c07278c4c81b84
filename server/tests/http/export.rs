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

#[tokio::test]
async fn the_satisfaction_index_is_a_csv_by_month_for_supervisors_only() {
    let (app, t) = app().await;
    let (status, _, _) = send(&app, get("/staf/ikm.csv")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let cookie = staff_cookie(&t).await;
    let req = |q: &str| Request::get(format!("/staf/ikm.csv{q}")).header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (status, _, body) = send(&app, req("?dari=2026-13x")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    // Two ratings of November, stored as the receipt page stores them (apart from any case).
    use sea_orm::{ActiveValue::Set, EntityTrait};
    for score in [4_i16, 3] {
        let row = app::entities::survey_response::ActiveModel {
            period: Set("2026-11".into()),
            q1: Set(score), q2: Set(score), q3: Set(score), q4: Set(score), q5: Set(score),
            q6: Set(score), q7: Set(score), q8: Set(score), q9: Set(score),
            comment: Set(None),
            ..Default::default()
        };
        app::entities::survey_response::Entity::insert(row).exec(&t.db).await.unwrap();
    }
    let (status, headers, body) = send(&app, req("?dari=2026-11&sampai=2026-11")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment; filename=\"lentera-ikm-"));
    let lines: Vec<&str> = body.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("Bulan,Jumlah penilaian,U1 Persyaratan,") && lines[0].ends_with(",IKM,Mutu"), "{body}");
    // Mean 3.5 × 25 = 87.50 for every element and the whole: grade B.
    assert!(lines[1].starts_with("2026-11,2,\"87,50\"") && lines[1].ends_with("\"87,50\",B"), "{body}");
    assert!(lines[2].starts_with("Seluruh periode,2,"), "{body}");
    assert_eq!(lines.len(), 3);
    t.drop_db().await;
}

#[tokio::test]
async fn the_public_statistics_are_drawn_as_svg_on_the_server() {
    let (app, t) = app().await;
    // A fresh installation's page answers (the category chart, with nothing to draw, is empty).
    let (status, _, html) = send(&app, get("/statistik")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"public-chart-months\""));
    for _ in 0..5 {
        a_receipt(&app).await;
    }
    let (status, _, html) = send(&app, get("/statistik")).await;
    assert_eq!(status, StatusCode::OK);
    for chart in ["public-chart-months", "public-chart-categories"] {
        let at = html.find(&format!("data-testid=\"{chart}\"")).unwrap_or_else(|| panic!("{chart}"));
        assert!(html[at..].contains("<svg"), "{chart} is a drawing");
    }
    assert!(!html.contains("<script src=\"http"), "nothing from elsewhere");
    t.drop_db().await;
}
