use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::domain::profile::Profile;
use crate::i18n::{use_lang, Msg};

/// The inspectorate's identity, as this instance holds it (pages are rendered on the server;
/// a browser build never renders these components).
pub fn current_profile() -> Profile {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::state::AppState>().map(|s| s.profile.current()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Profile::default()
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
    let profile = current_profile();
    view! {
        <a class="skip" href="#isi">{Msg::SkipToContent.t(lang)}</a>
        <header class="top">
            <a class="brand" href="/">
                <span class="brand-name" data-testid="brand-name">{profile.short().to_owned()}</span>
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
    let p = current_profile();
    let line = |parts: &[&str]| parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    let reach = line(&[&p.phone, &p.email, &p.office_hours]);
    let website = (!p.website.is_empty()).then(|| {
        let (href, text) = (p.website.clone(), p.website.clone());
        view! { <a href=href rel="noopener noreferrer">{text}</a> }
    });
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
            <address data-testid="footer-profile">
                <strong>{p.name.clone()}</strong>
                {(!p.address.is_empty()).then(|| view! { <br/>{p.address.replace('\n', ", ")} })}
                {(!reach.is_empty()).then(|| view! { <br/>{reach} })}
                {website.map(|w| view! { <br/>{w} })}
            </address>
            <p>{Msg::FooterNote.t(lang)}</p>
        </footer>
    }
}
