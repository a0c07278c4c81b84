//! Pages: rendered on the server, in the request's language, with only their islands as wasm.
use super::helpers::*;

#[tokio::test]
async fn the_home_page_explains_the_promise_in_indonesian_without_caching() {
    let (app, t) = app().await;
    let (status, headers, html) = send(&app, get("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"id\""));
    assert!(html.contains("Kami tidak menyimpan alamat IP"));
    assert!(html.contains("href=\"/lapor\""));
    assert_eq!(headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    assert_eq!(headers.get(header::REFERRER_POLICY).unwrap(), "no-referrer");
    t.drop_db().await;
}

#[tokio::test]
async fn the_report_form_is_complete_html_before_any_script_runs() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, get("/lapor")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<form method=\"post\" action=\"/lapor\""));
    for name in ["category", "what", "who", "place", "time", "why", "how", "how_much", "evidence", "contact"] {
        assert!(html.contains(&format!("name=\"{name}\"")), "field {name}");
    }
    assert!(html.contains("Pungutan liar"));
    assert_eq!(token_in(&html).len(), 32);
    assert!(html.contains("data-testid=\"completeness\""));
    t.drop_db().await;
}

#[tokio::test]
async fn an_unknown_page_is_a_translated_404() {
    let (app, t) = app().await;
    let (status, _, html) = send(&app, get("/tidak-ada")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Halaman tidak ditemukan"));
    t.drop_db().await;
}

/// On a slow phone the page must not share the line with its 300 KB bundle: nothing in the
/// page asks for the bundle early; the loader fetches it once the browser is idle.
#[tokio::test]
async fn a_citizen_page_asks_for_its_code_only_once_the_browser_is_idle() {
    let (app, t) = app().await;
    for path in ["/", "/lapor", "/cek"] {
        let (status, _, html) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!html.contains("rel=\"preload\""), "{path}: no early download of the bundle");
        assert!(!html.contains("rel=\"modulepreload\" href=\"/pkg/lentera"), "{path}: nor of its loader");
        let loader = html.split("<script").find(|s| s.contains("requestIdleCallback(start")).expect("the idle loader");
        assert!(loader.contains("const JS = \"/pkg/lentera.js\"") && loader.contains("const WASM = \"/pkg/lentera."), "{path}: {loader}");
    }
    // The staff pages have their own bundle: nothing of it is in the citizen's.
    for path in ["/staf", "/staf/papan"] {
        let (_, _, html) = send(&app, get(path)).await;
        let loader = html.split("<script").find(|s| s.contains("requestIdleCallback(start")).expect("the idle loader");
        assert!(loader.contains("const JS = \"/pkg/lentera-staff.js\"") && loader.contains("const WASM = \"/pkg/lentera-staff."), "{path}: {loader}");
    }
    t.drop_db().await;
}

/// Only the interactive parts of a page are islands, which ship as wasm: the report form for
/// a citizen, the staff pages' forms; the home page and the statistics
/// are plain HTML and load no code at all.
#[tokio::test]
async fn only_the_interactive_parts_of_a_page_are_islands() {
    let (app, t) = app().await;
    for (path, islands) in [
        ("/", &[][..]),
        ("/statistik", &[][..]),
        ("/lapor", &["ReportForm_"][..]),
        ("/cek", &[][..]),
        ("/staf", &["SignIn_"][..]),
    ] {
        let (status, _, html) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let found: Vec<&str> = html
            .split("<leptos-island")
            .skip(1)
            .filter_map(|tag| tag.split("data-component=\"").nth(1))
            .collect();
        assert_eq!(found.len(), islands.len(), "{path}: {found:?}");
        for (tag, name) in found.iter().zip(islands) {
            assert!(tag.starts_with(name), "{path}: {tag}");
        }
    }
    t.drop_db().await;
}

#[tokio::test]
async fn the_public_statistics_page_needs_no_sign_in_and_explains_the_small_count_rule() {
    let (app, t) = app().await;
    let (status, headers, html) = send(&app, get("/statistik")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("default-src 'none'"));
    assert!(html.contains("Statistik pengaduan") && html.contains("Angka di bawah 5"), "rendered on the server");
    t.drop_db().await;
}

#[tokio::test]
async fn no_page_shows_a_text_of_the_other_language() {
    use app::i18n::{Lang, Msg};
    let (app, t) = app().await;
    let mut checked = 0;
    for (lang, other) in [(Lang::Id, Lang::En), (Lang::En, Lang::Id)] {
        for path in ["/", "/lapor", "/cek", "/statistik", "/staf"] {
            let req = Request::get(path).header(header::COOKIE, format!("lentera_lang={}", lang.code())).body(Body::empty()).unwrap();
            let (status, _, html) = send(&app, req).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            let html = visible_html(&html);
            for &m in Msg::ALL {
                let foreign = m.t(other);
                // Short texts ("Status", "Lentera") can be the same word in both languages.
                if foreign != m.t(lang) && foreign.chars().count() >= 12 && !foreign.contains(['\'', '"', '&', '<']) {
                    assert!(!html.contains(foreign), "{path} in {lang:?} shows {m:?}: {foreign:?}");
                    checked += 1;
                }
            }
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{path}");
        }
    }
    println!("texts checked against pages: {checked}");
    t.drop_db().await;
}

#[tokio::test]
async fn the_bundle_is_served_compressed_and_revalidated() {
    let site = std::env::temp_dir().join(format!("lentera-site-{}", std::process::id()));
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let wasm_like = "lentera ".repeat(20_000);
    std::fs::write(site.join("pkg/lentera.js"), &wasm_like).unwrap();
    let t = test_db::sqlite().await;
    let state = AppState {
        leptos_options: LeptosOptions::builder().output_name("lentera").site_root(site.to_str().unwrap()).build(),
        ..AppState::for_tests(t.db.clone(), ThrottleConfig::default())
    };
    let app = lentera::router::app(state);
    let req = Request::get("/pkg/lentera.js").header(header::ACCEPT_ENCODING, "br, gzip").body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert!(body.len() * 20 < wasm_like.len(), "{} bytes for {}", body.len(), wasm_like.len());
    // A release build's files compressed ahead of time are sent as they are, with their type.
    std::fs::write(site.join("pkg/lentera.wasm"), b"\0asm raw bytes").unwrap();
    std::fs::write(site.join("pkg/lentera.wasm.br"), b"brotli bytes").unwrap();
    std::fs::write(site.join("pkg/lentera.wasm.gz"), b"gzip bytes").unwrap();
    for (accept, encoding, sent) in [("br, gzip", Some("br"), &b"brotli bytes"[..]), ("gzip", Some("gzip"), b"gzip bytes"), ("identity", None, b"\0asm raw bytes")] {
        let req = Request::get("/pkg/lentera.wasm").header(header::ACCEPT_ENCODING, accept).body(Body::empty()).unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{accept}");
        assert_eq!(res.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()), encoding, "{accept}");
        assert_eq!(res.headers()[header::CONTENT_TYPE], "application/wasm", "{accept}");
        assert_eq!(res.headers()[header::VARY], "accept-encoding", "{accept}");
        assert_eq!(res.into_body().collect().await.unwrap().to_bytes(), sent, "{accept}");
    }
    // Pages are never compressed (a receipt beside typed text must not leak through sizes).
    let req = Request::get("/").header(header::ACCEPT_ENCODING, "br, gzip").body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
    let _ = std::fs::remove_dir_all(&site);
    t.drop_db().await;
}
