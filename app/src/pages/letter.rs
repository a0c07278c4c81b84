//! A closed case's reply letter, for staff to print and post to a reporter who wrote a letter
//! or came in person and gave a postal address. Server HTML: the print stylesheet prints the
//! letter alone.
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{Loaded, PageTitle};
use crate::functions::cases::load_reply_letter;
use crate::i18n::{use_lang, Msg};

#[component]
pub fn LetterPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0);
    let letter = Resource::new(move || id, load_reply_letter);
    view! {
        <PageTitle page=Msg::LetterTitle/>
        <p class="no-print"><a href=format!("/staf/kasus/{id}")>{Msg::CaseTitle.t(lang)}</a></p>
        <p class="ex no-print">{Msg::LetterPrintHint.t(lang)}</p>
        <Loaded data=letter error_id="letter-error" render=move |l| crate::components::letter::letter_view(l)/>
    }
}
