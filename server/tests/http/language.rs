//! The language switch: its cookie, and where it may send the browser back to.
use super::helpers::*;

#[tokio::test]
async fn the_language_switch_sets_a_cookie_and_pages_follow_it() {
    let (app, t) = app().await;
    let (status, headers, _) = send(&app, get("/bahasa?ke=en&kembali=/lapor")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/lapor");
    let cookie = headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lentera_lang=en"));

    let req = Request::get("/lapor").header(header::COOKIE, "lentera_lang=en").body(Body::empty()).unwrap();
    let (_, _, html) = send(&app, req).await;
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("Make a report"));

    let (_, headers, _) = send(&app, get("/bahasa?ke=en&kembali=//evil.example")).await;
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/", "never an open redirect");
    t.drop_db().await;
}

/// The language cookie lives until the browser closes (a year on a shared phone told the
/// next user that somebody had opened the site) and is `Secure` over HTTPS.
#[tokio::test]
async fn the_language_cookie_ends_with_the_browser_session_and_is_secure_over_https() {
    let (app, t) = app_with(ThrottleConfig::default()).await;
    let req = Request::get("/bahasa?ke=en&kembali=/lapor").header("x-forwarded-proto", "https").body(Body::empty()).unwrap();
    let (_, headers, _) = send(&app, req).await;
    let cookie = headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(cookie.starts_with("lentera_lang=en") && cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "{cookie}");
    t.drop_db().await;
}

/// Hostile test: the hostile test of main sent `/%09/evil.example`, answered with
/// `Location: /\t/evil.example`, which Chromium follows to evil.example.
#[tokio::test]
async fn the_language_switch_sends_nobody_to_another_site() {
    let (app, t) = app_with(ThrottleConfig::default()).await;
    for trick in ["/%09/evil.example", "/%0a/evil.example", "/%0d%0a/evil.example", "/%5Cevil.example", "%2F%2Fevil.example", "https://evil.example", "/%20/evil.example", "/%00/evil.example"] {
        let (status, headers, _) = send(&app, get(&format!("/bahasa?ke=en&kembali={trick}"))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{trick}");
        assert_eq!(headers.get(header::LOCATION).unwrap(), "/", "{trick}");
    }
    let (_, headers, _) = send(&app, get("/bahasa?ke=id&kembali=/cek%3Fx%3D1")).await;
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/cek?x=1", "a path of this site with its query is kept");
    t.drop_db().await;
}
