use leptos::prelude::*;

use crate::i18n::{use_lang, Msg};

#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="hero">
            <h1>{Msg::HomeTitle.t(lang)}</h1>
            <p>{Msg::HomeIntro.t(lang)}</p>
            <div class="actions">
                <a class="button primary" href="/lapor" rel="external" data-testid="make-report">{Msg::ActionReport.t(lang)}</a>
                <a class="button secondary" href="/cek" data-testid="check-report">{Msg::ActionCheck.t(lang)}</a>
            </div>
        </section>
        <section class="card promise">
            <h2>{Msg::PromiseTitle.t(lang)}</h2>
            <ul>
                <li>{Msg::PromiseNoName.t(lang)}</li>
                <li>{Msg::PromiseSecret.t(lang)}</li>
                <li>{Msg::PromiseNoIp.t(lang)}</li>
                <li>{Msg::PromiseReceipt.t(lang)}</li>
            </ul>
        </section>
    }
}
