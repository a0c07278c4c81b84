//! Intake of letters, walk-ins and phone calls: the citizen's form and checker, plus the
//! channel and the date received; ends with a receipt slip to print for the citizen.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::components::evidence::{any_sending, ready_keys, EvidencePicker, PickedFile};

use crate::components::completeness::Completeness;
use crate::components::{adopt_typed, adopt_typed_report, typed_value};
use crate::domain::fivew::check;
use crate::domain::report::{Channel, ReportInput};
use crate::functions::cases::EnterReport;
use crate::functions::reports::load_report_form;
use crate::i18n::{channel_name, error_text, use_lang, Msg};
use crate::model::ReportFormState;
use crate::pages::report::{category_name, question, ReceiptCard};

#[component]
pub fn IntakePage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new(|| (), |_| load_report_form());
    view! {
        <PageTitle page=Msg::IntakeTitle/>
        <p class="no-print"><a href="/staf/papan">{Msg::BoardTitle.t(lang)}</a></p>
        <h1 class="no-print">{Msg::IntakeTitle.t(lang)}</h1>
        <Suspense fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                match state.await {
                    Ok(fs) => view! { <IntakeForm fs/> }.into_any(),
                    Err(e) => view! { <p class="error" role="alert">{error_text(&e, lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The island (lazy: fetched when the page opens): the desk's entry form.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn IntakeForm(fs: ReportFormState) -> impl IntoView {
    let lang = use_lang();
    let ReportFormState { categories, token, evidence, .. } = fs;
    let files = RwSignal::new(Vec::<PickedFile>::new());
    let token = StoredValue::new(token);
    let input = RwSignal::new(ReportInput::default());
    adopt_typed_report(input);
    let channel = RwSignal::new(Channel::Surat);
    let received_on = RwSignal::new(String::new());
    // The channel and the date, like the report's fields, count if set before the page
    // became interactive.
    Effect::new(move |_| {
        if let Some(c) = typed_value("channel").as_deref().and_then(Channel::from_code) {
            channel.set(c);
        }
    });
    adopt_typed("received-on", received_on);
    let categories = StoredValue::new(categories);
    let financial = move |code: &str| categories.with_value(|cs| cs.iter().any(|c| c.code == code && c.financial));
    let verdict = Memo::new(move |_| input.with(|i| check(&i.as_text(), financial(&i.category))));
    let action = ServerAction::<EnterReport>::new();
    let submitted = move || action.value().get().and_then(|r| r.ok());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if files.with_untracked(|f| any_sending(f)) {
            return;
        }
        action.dispatch(EnterReport {
            evidence: files.with_untracked(|f| ready_keys(f)),
            token: token.get_value(),
            channel: channel.get_untracked(),
            received_on: received_on.get_untracked(),
            input: input.get_untracked(),
        });
    };
    let paper = RwSignal::new("a6");
    let q = |name, label, example, set: fn(&mut ReportInput, String)| question(lang, name, label, example, String::new(), set, input);
    view! {
        {move || submitted().map(|s| view! {
            // The slip prints on A6 (a quarter sheet to hand over) or A4, as the desk prefers.
            <label class="no-print paper">{Msg::PaperSize.t(lang)} " "
                <select data-testid="paper" on:change=move |ev| paper.set(if event_target_value(&ev) == "a4" { "a4" } else { "a6" })>
                    <option value="a6">"A6"</option>
                    <option value="a4">"A4"</option>
                </select>
            </label>
            <div class="slip-sheet" data-testid="slip-sheet" class:paper-a6=move || paper.get() == "a6" class:paper-a4=move || paper.get() == "a4">
                <section class="card slip" data-testid="intake-slip">
                    <p>{Msg::Channel.t(lang)} ": " {channel_name(channel.get_untracked(), lang)} " · " {Msg::ReceivedAtLabel.t(lang)} ": " {received_on.get_untracked()}</p>
                </section>
                <ReceiptCard s/>
            </div>
        })}
        <form class="report" hidden=move || submitted().is_some() on:submit=on_submit>
            <div class="q">
                <label for="channel">{Msg::Channel.t(lang)}</label>
                <select id="channel" on:change=move |ev| {
                    if let Some(c) = Channel::from_code(&event_target_value(&ev)) { channel.set(c) }
                }>
                    {Channel::STAFF.into_iter().map(|c| view! { <option value=c.code()>{channel_name(c, lang)}</option> }).collect_view()}
                </select>
            </div>
            <div class="q">
                <label for="received-on">{Msg::ReceivedOnLabel.t(lang)}</label>
                <input id="received-on" type="date" on:input=move |ev| received_on.set(event_target_value(&ev))/>
            </div>
            <div class="q">
                <label for="category">{Msg::CategoryLabel.t(lang)}</label>
                <select id="category" on:change=move |ev| { let v = event_target_value(&ev); input.update(|i| i.category = v); }>
                    <option value="">{Msg::CategoryChoose.t(lang)}</option>
                    {categories.get_value().into_iter().map(|c| view! { <option value=c.code.clone()>{category_name(&c, lang)}</option> }).collect_view()}
                </select>
            </div>
            {q("what", Msg::WhatLabel, Msg::WhatExample, |i, v| i.what = v)}
            {q("who", Msg::WhoLabel, Msg::WhoExample, |i, v| i.who = v)}
            {q("place", Msg::WhereLabel, Msg::WhereExample, |i, v| i.place = v)}
            {q("time", Msg::WhenLabel, Msg::WhenExample, |i, v| i.time = v)}
            {q("why", Msg::WhyLabel, Msg::WhyExample, |i, v| i.why = v)}
            {q("how", Msg::HowLabel, Msg::HowExample, |i, v| i.how = v)}
            {q("how_much", Msg::HowMuchLabel, Msg::HowMuchExample, |i, v| i.how_much = v)}
            {q("evidence", Msg::EvidenceLabel, Msg::EvidenceHelp, |i, v| i.evidence = v)}
            <EvidencePicker files limits=evidence/>
            {q("contact", Msg::ContactLabel, Msg::ContactHelp, |i, v| i.contact = v)}
            <Completeness verdict=verdict/>
            {move || action.value().get().and_then(|r| r.err()).map(|e| view! {
                <p class="error" role="alert" data-testid="intake-error">{error_text(&e, lang)}</p>
            })}
            <button type="submit" class="button primary" data-testid="enter-report" disabled=move || action.pending().get() || files.with(|f| any_sending(f))>
                {Msg::Submit.t(lang)}
            </button>
        </form>
    }
}
