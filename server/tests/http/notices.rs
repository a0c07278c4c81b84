//! The receipt page's notices form (plain posts) and the inspectorate's identity on pages.
use super::helpers::*;

#[tokio::test]
async fn a_reporter_turns_notices_on_and_off_on_the_receipt_page_and_never_sees_the_address_again() {
    let (app, t) = app().await;
    let receipt = a_receipt(&app).await;
    let (_, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert!(html.contains("data-testid=\"start-notices\""), "offered");
    assert!(html.contains("tidak dipakai untuk hal lain"), "the page warns that an address can identify");

    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt), ("notify_email", "bukan alamat")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("data-testid=\"notices-error\"") && html.contains("Alamat surel ini tidak sah"));
    assert!(html.contains("value=\"bukan alamat\""), "kept to correct");

    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt), ("notify_email", "warga.pelapor@example.id")])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("data-testid=\"notices-changed\"") && html.contains("data-testid=\"notices-on\""));
    assert!(!html.contains("warga.pelapor"), "the address is not shown back");
    let (_, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert!(html.contains("data-testid=\"notices-on\"") && !html.contains("warga.pelapor"));

    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt), ("stop_notices", "1")])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Alamat surel sudah dihapus") && html.contains("data-testid=\"start-notices\""));
    // Still only the evidence picker's island: the form is plain HTML.
    assert_eq!(html.matches("<leptos-island").count(), 1);
    t.drop_db().await;
}

#[tokio::test]
async fn every_page_carries_the_inspectorates_name_once_the_profile_is_filled_in() {
    let t = test_db::sqlite().await;
    let state = AppState::for_tests(t.db.clone(), ThrottleConfig::default());
    let app = lentera::router::app(state.clone());
    let (_, _, html) = send(&app, get("/")).await;
    assert!(html.contains("Inspektorat Daerah"), "neutral defaults");
    let profile = app::domain::profile::Profile {
        name: "Inspektorat Daerah Kota Sukabumi".into(),
        short_name: "Inspektorat Kota Sukabumi".into(),
        address: "Jl. Syamsudin SH No. 25".into(),
        phone: "(0266) 221234".into(),
        ..Default::default()
    };
    state.profile.set(profile);
    for path in ["/", "/lapor", "/cek", "/statistik", "/staf"] {
        let (_, _, html) = send(&app, get(path)).await;
        assert!(html.contains("<title>") && html.contains("— Inspektorat Kota Sukabumi</title>"), "{path}: the title");
        assert!(html.contains("class=\"brand-name\">Inspektorat Kota Sukabumi</span>"), "{path}: the header");
        assert!(html.contains("Inspektorat Daerah Kota Sukabumi") && html.contains("Jl. Syamsudin SH No. 25") && html.contains("(0266) 221234"), "{path}: the footer");
    }
    t.drop_db().await;
}
