//! Headers and cross-site checks that protect the reporter and the audit log.
use super::helpers::*;

#[tokio::test]
async fn pages_carry_a_strict_policy_whose_nonce_is_on_every_inline_script() {
    let (app, t) = app().await;
    let (_, headers, html) = send(&app, get("/lapor")).await;
    let csp = headers.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().to_owned();
    for directive in ["default-src 'none'", "'strict-dynamic'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"] {
        assert!(csp.contains(directive), "{directive} missing from {csp}");
    }
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap().to_owned();
    assert!(nonce.len() >= 16);
    let scripts = html.matches("<script").count();
    assert!(scripts >= 1);
    assert_eq!(html.matches(&format!("nonce=\"{nonce}\"")).count(), scripts, "every script carries this response's nonce");

    let (_, again, _) = send(&app, get("/lapor")).await;
    assert!(!again.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().contains(&nonce), "a new nonce per response");
    for (name, value) in [("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"), ("referrer-policy", "no-referrer"), ("cross-origin-opener-policy", "same-origin")] {
        assert_eq!(headers.get(name).unwrap(), value);
    }
    assert!(headers.get("permissions-policy").unwrap().to_str().unwrap().contains("geolocation=()"));
    assert!(headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(), "no HSTS over plain HTTP");
    let https = Request::get("/").header("x-forwarded-proto", "https").body(Body::empty()).unwrap();
    let (_, headers, _) = send(&app, https).await;
    assert!(headers.get(header::STRICT_TRANSPORT_SECURITY).is_some());
    t.drop_db().await;
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_changes_nothing() {
    use leptos::server_fn::ServerFn;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let (app, t) = app().await;
    let path = <app::functions::staff::StaffLogin as ServerFn>::PATH;
    let login = |extra: &[(&str, &str)]| {
        let mut req = Request::post(path).header(header::CONTENT_TYPE, "application/json").header(header::HOST, "lentera.example");
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        req.body(Body::from(r#"{"username":"admin","password":"Sandi-Uji-E2E-2026","code":""}"#)).unwrap()
    };
    let (status, _, _) = send(&app, login(&[("sec-fetch-site", "cross-site")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(&app, login(&[("origin", "https://evil.example")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The same site gets an answer (here: no such account).
    let (status, _, _) = send(&app, login(&[("sec-fetch-site", "same-origin")])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(&app, login(&[("origin", "http://lentera.example")])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A cross-site plain-form report is refused before anything is stored.
    let (_, _, html) = send(&app, get("/lapor")).await;
    let mut fields = REPORT.to_vec();
    let token = token_in(&html);
    fields.push(("token", &token));
    let mut req = form_post("/lapor", &fields);
    req.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app::entities::report::Entity::find().count(&t.db).await.unwrap(), 0);
    t.drop_db().await;
}

/// Audited GETs (downloads, the export) write the audit log: a page elsewhere on the same
/// site (a sibling subdomain sends even a `SameSite=Strict` cookie) must not forge entries.
#[tokio::test]
async fn audited_downloads_refuse_requests_made_by_another_page() {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let (app, t) = app().await;
    let cookie = staff_cookie(&t).await;
    let exports = || app::entities::audit_event::Entity::find().filter(app::entities::audit_event::Column::Action.eq("board_exported")).count(&t.db);
    for (site, expected) in [("same-site", StatusCode::FORBIDDEN), ("cross-site", StatusCode::FORBIDDEN), ("same-origin", StatusCode::OK), ("none", StatusCode::OK)] {
        let req = Request::get("/staf/ekspor.csv").header(header::COOKIE, &cookie).header("sec-fetch-site", site).body(Body::empty()).unwrap();
        assert_eq!(send(&app, req).await.0, expected, "{site}");
    }
    assert_eq!(exports().await.unwrap(), 2, "only the two allowed exports are in the log");
    let req = Request::get("/staf/bukti/1").header(header::COOKIE, &cookie).header("sec-fetch-site", "same-site").body(Body::empty()).unwrap();
    assert_eq!(send(&app, req).await.0, StatusCode::FORBIDDEN);
    t.drop_db().await;
}
