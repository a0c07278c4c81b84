//! Lentera: the shared Leptos application (pages, components, server functions) and the
//! I/O-free domain. Server-only code (entities, services, plain-form handlers) is behind the
//! `ssr` feature; the browser build (`hydrate`) gets the same pages and domain.
#![recursion_limit = "256"]

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, SsrMode};
use pages::lazy_routes::{Accounts, Audit, Board, Case, Dashboard, Holidays, Intake, PublicStats, Settings, SignIn};

pub mod components;
pub mod domain;
pub mod errors;
pub mod functions;
pub mod i18n;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod uploads;

use i18n::{Lang, Msg};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = server_lang();
    page_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <link rel="stylesheet" href="/pkg/lentera.css"/>
                <link rel="icon" href="data:,"/>
                <IdleHydration options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Starts the page's code once the browser is idle. The page is complete without it (forms
/// post as plain HTML, and what is typed early is adopted), so on a slow phone the bundle
/// must not compete with the page itself: Leptos's `HydrationScripts` (even with `defer`)
/// also puts `preload` hints for the 300 KB bundle into the head, which start that download
/// while the page still loads, and which Lighthouse's simulated phone counts into the time
/// to the largest paint (2.6 s against a real first paint of 0.2 s). Leptos's component
/// still runs, for what it sets up: the list of the lazy pages' chunks, which the response
/// turns into hints for the lazy page being shown (a staff page or the statistics), so that
/// page's own code follows its bundle without a wait. Only its markup is replaced by a loader
/// without the bundle's hints.
#[component]
fn IdleHydration(options: LeptosOptions) -> impl IntoView {
    let _ = HydrationScripts(HydrationScriptsProps::builder().options(options.clone()).defer(true).build());
    let pkg = format!("/{}", options.site_pkg_dir);
    let js = format!("{pkg}/{}.js", options.output_name);
    // The bundle's name as cargo-leptos writes it, decided the way `HydrationScripts` does.
    let wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
        format!("{pkg}/{}.wasm", options.output_name)
    } else {
        format!("{pkg}/{}_bg.wasm", options.output_name)
    };
    // `timeout`: a page that is never idle still becomes interactive within 2 s.
    let loader = format!(
        "const start = () => import({js:?}).then(m => m.default({{module_or_path: {wasm:?}}})\
         .then(() => m.hydrate()));\n\
         if (\"requestIdleCallback\" in window) {{ requestIdleCallback(start, {{timeout: 2000}}); }} else {{ start(); }}"
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{loader}</script> }
}

/// The page's Content-Security-Policy: only this response's nonce'd scripts (the hydration
/// loader, which then imports the wasm bundle) run; everything else comes from this origin.
fn page_security_policy() {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(res)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) {
        let policy = format!(
            "default-src 'none'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
             connect-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; \
             base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        );
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            res.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// The language of this request, from its cookie; Indonesian by default.
fn server_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| {
                p.headers.get(http::header::COOKIE).and_then(|v| v.to_str().ok()).map(Lang::from_cookie_header)
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

/// Marks the page as interactive (`<body data-hydrated="true">`).
pub(crate) fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Decided on the server from the cookie and handed to the browser with the page.
    let lang = SharedValue::new(server_lang).into_inner();
    provide_context(lang);
    // Effects run only in the browser, after hydration: tests and styles can tell that the
    // page is interactive. A lazily loaded page hydrates later, once its split-off code has
    // arrived, and says so itself (see `pages::lazy_routes`).
    Effect::new(|_| {
        #[cfg(feature = "hydrate")]
        if !window().location().pathname().is_ok_and(|p| pages::lazy_routes::is_lazy(&p)) {
            mark_hydrated();
        }
    });

    view! {
        <Title text=Msg::AppName.t(lang)/>
        <Router>
            <components::layout::Header/>
            <main id="isi">
                <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                    <Route path=path!("") view=pages::home::Home/>
                    // Rendered completely before sending, so they work without JavaScript.
                    <Route path=path!("/lapor") view=pages::report::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/cek") view=pages::check::CheckPage ssr=SsrMode::Async/>
                    // Loaded only when opened (see pages::lazy_routes): the public statistics
                    // and the staff pages.
                    <Route path=path!("/statistik") view={Lazy::<PublicStats>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staf") view={Lazy::<SignIn>::new()}/>
                    <Route path=path!("/staf/papan") view={Lazy::<Board>::new()}/>
                    <Route path=path!("/staf/kasus/:id") view={Lazy::<Case>::new()}/>
                    <Route path=path!("/staf/laporan-baru") view={Lazy::<Intake>::new()}/>
                    <Route path=path!("/staf/akun") view={Lazy::<Accounts>::new()}/>
                    <Route path=path!("/staf/audit") view={Lazy::<Audit>::new()}/>
                    <Route path=path!("/staf/libur") view={Lazy::<Holidays>::new()}/>
                    <Route path=path!("/staf/dasbor") view={Lazy::<Dashboard>::new()}/>
                    <Route path=path!("/staf/pengaturan") view={Lazy::<Settings>::new()}/>
                </Routes>
            </main>
            <components::layout::Footer/>
        </Router>
    }
}
