//! The 5W+2H panel: each element as met / weak / missing with a hint in the user's language.
use leptos::prelude::*;

use crate::domain::fivew::{ElementState, Verdict};
use crate::i18n::hints::{element_label, hint_text, state_label};
use crate::i18n::{use_lang, Msg};

fn state_class(s: ElementState) -> &'static str {
    match s {
        ElementState::Met => "el el-met",
        ElementState::Weak => "el el-weak",
        ElementState::Missing => "el el-missing",
    }
}

fn state_icon(s: ElementState) -> &'static str {
    match s {
        ElementState::Met => "✓",
        ElementState::Weak => "!",
        ElementState::Missing => "○",
    }
}

#[component]
pub fn Completeness(#[prop(into)] verdict: Signal<Verdict>, #[prop(optional)] title: Option<Msg>) -> impl IntoView {
    let lang = use_lang();
    let title = title.unwrap_or(Msg::CompletenessTitle);
    view! {
        <section class="completeness" aria-live="polite" data-testid="completeness">
            <h2>{title.t(lang)}</h2>
            <p class="summary">
                <strong data-testid="met-count">{move || verdict.with(|v| v.met_count())}</strong>
                " "
                {Msg::CompletenessOf.t(lang)}
                " — "
                {move || if verdict.with(|v| v.complete()) { Msg::CompleteYes.t(lang) } else { Msg::CompleteNo.t(lang) }}
            </p>
            <ul>
                {move || verdict.get().elements.into_iter().map(|e| view! {
                    <li class=state_class(e.state) data-element=e.element.key() data-state=format!("{:?}", e.state).to_lowercase()>
                        <span class="el-icon" aria-hidden="true">{state_icon(e.state)}</span>
                        <span class="el-name">{element_label(e.element, lang)}</span>
                        <span class="el-state">{state_label(e.state, lang)}</span>
                        <span class="el-hint">{hint_text(e.hint, lang)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
