use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[cfg(feature = "ssr")]
use crate::domain::profile::Profile;
use crate::i18n::{use_lang, Msg};

/// The inspectorate's identity, as this instance holds it. Pages are rendered on the server
/// only: a browser build has no profile at all, so that no code of it reaches the citizen's
/// bundle (a default profile built there cost 305 bytes of its brotli wasm, and even an
/// `Option<Profile>` that was always `None` carried its drop code, growing with each field).
#[cfg(feature = "ssr")]
pub fn current_profile() -> Option<Profile> {
    Some(use_context::<crate::state::AppState>().map(|s| s.profile.current()).unwrap_or_default())
}

/// The short name of the inspectorate (the app's name in a browser build).
pub fn site_name(lang: crate::i18n::Lang) -> String {
    #[cfg(feature = "ssr")]
    {
        current_profile().map_or_else(|| Msg::AppName.t(lang).to_owned(), |p| p.short().to_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Msg::AppName.t(lang).to_owned()
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    // A plain link to the server, which sets a cookie and comes back: works without JS.
    let switch_href = move || {
        format!("/bahasa?ke={}&kembali={}", lang.other().code(), location.pathname.get())
    };
    let name = site_name(lang);
    view! {
        <a class="skip" href="#isi">{Msg::SkipToContent.t(lang)}</a>
        <header class="top">
            <a class="brand" href="/">
                <span class="brand-name">{name}</span>
                <span class="brand-sub">{Msg::AppSubtitle.t(lang)}</span>
            </a>
            <a class="lang" href=switch_href rel="external" hreflang=lang.other().code() data-testid="switch-language">
                {Msg::SwitchLanguage.t(lang)}
            </a>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    view! {
        <footer class="bottom">
            <nav>
                <a href="/">{Msg::NavHome.t(lang)}</a>
                " · "
                <a href="/lapor">{Msg::ActionReport.t(lang)}</a>
                " · "
                <a href="/cek">{Msg::ActionCheck.t(lang)}</a>
                " · "
                <a href="/statistik" data-testid="to-public-stats">{Msg::NavStats.t(lang)}</a>
            </nav>
            {profile_block()}
            <p>{Msg::FooterNote.t(lang)}</p>
        </footer>
    }
}

/// The inspectorate's name and how to reach it. Rendered on the server only: the citizen's
/// bundle carries the layout's views, and this block in it cost 305 bytes of brotli wasm.
#[cfg(feature = "ssr")]
fn profile_block() -> AnyView {
    let Some(p) = current_profile() else { return ().into_any() };
    let line = |parts: &[&str]| parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    let reach = line(&[&p.phone, &p.email, &p.office_hours]);
    let website = (!p.website.is_empty()).then(|| {
        let (href, text) = (p.website.clone(), p.website.clone());
        view! { <a href=href rel="noopener noreferrer">{text}</a> }
    });
    view! {
        <address>
            <strong>{p.name.clone()}</strong>
            {(!p.address.is_empty()).then(|| view! { <br/>{p.address.replace('\n', ", ")} })}
            {(!reach.is_empty()).then(|| view! { <br/>{reach} })}
            {website.map(|w| view! { <br/>{w} })}
        </address>
    }
    .into_any()
}

#[cfg(not(feature = "ssr"))]
fn profile_block() -> AnyView {
    ().into_any()
}
