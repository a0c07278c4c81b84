use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{use_lang, Msg};

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    // A plain link to the server, which sets a cookie and comes back: works without JS.
    let switch_href = move || {
        format!("/bahasa?ke={}&kembali={}", lang.other().code(), location.pathname.get())
    };
    view! {
        <a class="skip" href="#isi">{Msg::SkipToContent.t(lang)}</a>
        <header class="top">
            <a class="brand" href="/">
                <span class="brand-name">{Msg::AppName.t(lang)}</span>
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
            <p>{Msg::FooterNote.t(lang)}</p>
        </footer>
    }
}
