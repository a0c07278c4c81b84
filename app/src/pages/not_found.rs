use leptos::prelude::*;

use crate::i18n::{use_lang, Msg};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    view! {
        <h1>{Msg::NotFoundTitle.t(lang)}</h1>
        <p><a href="/">{Msg::NavHome.t(lang)}</a></p>
    }
}
