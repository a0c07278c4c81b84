//! Lentera: the shared Leptos application (pages, components, server functions) and the
//! I/O-free domain. Server-only code (entities, services, plain-form handlers) is behind the
//! `ssr` feature; the browser build (`hydrate`) gets the same pages and domain.
#![recursion_limit = "256"]

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub mod access;
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
pub mod request;
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

/// Starts the page's islands once the browser is idle. Lentera is built in Leptos's islands
/// mode: pages are rendered on the server, and only their interactive parts (the report
/// form, the evidence picker, the staff pages' forms and board) are islands that ship as
/// wasm; a page without one (the home page, the statistics, the receipt lookup) loads no
/// wasm at all. The staff pages load their own bundle (`frontend-staff`), in which each
/// island is lazy, fetched only when a page holding it opens; a citizen's page loads the
/// citizen's bundle (`frontend`), which holds nothing of the staff side.
///
/// The page is complete without the wasm (forms post as plain HTML, and what is typed early
/// is adopted), so on a slow phone the bundle must not compete with the page itself:
/// Leptos's `HydrationScripts` also puts `preload` hints for the bundle into the head, which
/// start that download while the page still loads, and which Lighthouse's simulated phone
/// counts into the time to the largest paint (2.6 s against a real first paint of 0.2 s).
/// Leptos's component still runs, for what it sets up (it switches the rest of the render
/// to islands mode); only its markup is replaced by Lentera's loader
/// (`js/island_loader.js`), which has no hints for the bundle.
#[component]
fn IdleHydration(options: LeptosOptions) -> impl IntoView {
    let _ = HydrationScripts(HydrationScriptsProps::builder().options(options.clone()).islands(true).build());
    let pkg = format!("/{}", options.site_pkg_dir);
    let [citizen, staff] = bundle_names(&options.output_name);
    let name = if on_staff_page() { staff } else { citizen };
    let js = format!("{pkg}/{name}.js");
    // The bundle's name as cargo-leptos writes it, decided the way `HydrationScripts` does.
    let wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
        format!("{pkg}/{name}.wasm")
    } else {
        format!("{pkg}/{name}_bg.wasm")
    };
    let loader = format!("const JS = {js:?};\nconst WASM = {wasm:?};\n{}", include_str!("js/island_loader.js"));
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{loader}</script> }
}

/// The two browser bundles' names: the citizen's, and the staff pages' (built apart by
/// `scripts/build-site.sh`, as cargo-leptos project `lentera-staff`). The server checks at
/// start that both are there.
pub fn bundle_names(output_name: &str) -> [String; 2] {
    [output_name.to_owned(), format!("{output_name}-staff")]
}

/// Whether this request is for a staff page (`/staf…`), which loads the staff bundle.
fn on_staff_page() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .is_some_and(|p| p.uri.path() == "/staf" || p.uri.path().starts_with("/staf/"))
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
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
        use_context::<http::request::Parts>().map(|p| request::language(&p.headers)).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // From the cookie; islands in the browser read it back from `<html lang>`.
    let lang = server_lang();
    provide_context(lang);
    view! {
        <Title text=format!("{} — {}", Msg::AppName.t(lang), components::layout::site_name(lang))/>
        <Router>
            <components::layout::Header/>
            <main id="isi">
                <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                    <Route path=path!("") view=pages::home::Home/>
                    // Rendered completely before sending, so they work without JavaScript.
                    <Route path=path!("/lapor") view=pages::report::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/cek") view=pages::check::CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("/statistik") view=pages::public_stats::PublicStatsPage ssr=SsrMode::Async/>
                    // The staff pages load the staff bundle, whose islands are lazy: their
                    // code is fetched when they open.
                    <Route path=path!("/staf") view=pages::staff::StaffPage/>
                    <Route path=path!("/staf/papan") view=pages::board::BoardPage/>
                    <Route path=path!("/staf/kasus/:id") view=pages::case::CasePage/>
                    <Route path=path!("/staf/kasus/:id/surat") view=pages::letter::LetterPage ssr=SsrMode::Async/>
                    <Route path=path!("/staf/laporan-baru") view=pages::intake::IntakePage/>
                    <Route path=path!("/staf/akun") view=pages::accounts::AccountsPage/>
                    <Route path=path!("/staf/audit") view=pages::audit::AuditPage/>
                    <Route path=path!("/staf/libur") view=pages::holidays::HolidaysPage/>
                    <Route path=path!("/staf/dasbor") view=pages::dashboard::DashboardPage/>
                    <Route path=path!("/staf/pengaturan") view=pages::settings::SettingsPage/>
                </Routes>
            </main>
            <components::layout::Footer/>
        </Router>
    }
}
