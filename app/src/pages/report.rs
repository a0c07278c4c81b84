//! The report form: guided 5W+2H questions, live completeness, the privacy lint, and the
//! receipt shown once. A real HTML form (posts to /lapor without JavaScript); with wasm it
//! submits through the server function without a reload. Only the reacting part is an
//! island: the questions are server HTML inside it.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::components::completeness::Completeness;
use crate::components::evidence::{any_sending, ready_keys, EvidencePicker, PickedFile};
use crate::domain::category::CategoryOption;
use crate::domain::fivew::check;
use crate::domain::report::{ReportInput, MAX_CONTACT_CHARS, MAX_TEXT_CHARS};
use crate::functions::reports::{load_report_form, SubmitReport};
use crate::i18n::{error_text, identifier_name, use_lang, Lang, Msg};
use crate::domain::evidence::EvidenceLimits;
use crate::model::{ReportFormState, Submitted};

#[component]
pub fn ReportPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new(|| (), |_| load_report_form());
    view! {
        <PageTitle page=Msg::FormTitle/>
        <h1>{Msg::FormTitle.t(lang)}</h1>
        <Suspense fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                match state.await {
                    Ok(fs) => report_form(fs, lang).into_any(),
                    Err(e) => view! { <p class="error" role="alert">{error_text(&e, lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

pub(crate) fn category_name(c: &CategoryOption, lang: Lang) -> String {
    match lang {
        Lang::Id => c.name_id.clone(),
        Lang::En => c.name_en.clone(),
    }
}

/// One guided question: label, an example, and a text area that feeds the live checker.
pub(crate) fn question(
    lang: Lang,
    name: &'static str,
    label: Msg,
    example: Msg,
    initial: String,
    set: impl Fn(&mut ReportInput, String) + Send + Sync + 'static,
    input: RwSignal<ReportInput>,
) -> impl IntoView {
    view! {
        <div class="q">
            <label for=name>{label.t(lang)}</label>
            <p class="ex" id=format!("{name}-ex")>{example.t(lang)}</p>
            <textarea
                id=name
                name=name
                rows="3"
                maxlength=MAX_TEXT_CHARS.to_string()
                aria-describedby=format!("{name}-ex")
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    input.update(|i| set(i, v));
                }
            >{crate::components::textarea_text(&initial)}</textarea>
        </div>
    }
}

/// The same question on the report page, rendered on the server only: the island around
/// it reads what is typed from the page (see `follow_typed_report`).
fn static_question(lang: Lang, name: &'static str, label: Msg, example: Msg, initial: &str) -> impl IntoView {
    view! {
        <div class="q">
            <label for=name>{label.t(lang)}</label>
            <p class="ex" id=format!("{name}-ex")>{example.t(lang)}</p>
            <textarea id=name name=name rows="3" maxlength=MAX_TEXT_CHARS.to_string()
                aria-describedby=format!("{name}-ex")>{crate::components::textarea_text(initial)}</textarea>
        </div>
    }
}

/// The page: after a plain post that stored the report, its receipt; otherwise the form,
/// whose questions are plain server HTML passed into the island as its children, so the
/// citizen's phone downloads code only for what reacts.
fn report_form(fs: ReportFormState, lang: Lang) -> impl IntoView {
    let ReportFormState { categories, token, posted, evidence } = fs;
    let initial = posted.as_ref().map(|p| p.input.clone()).unwrap_or_default();
    // After a plain post the same token is kept: nothing was stored if it failed, and the
    // same receipt comes back if it succeeded.
    let token = posted.as_ref().map_or(token, |p| p.token.clone());
    let posted_error = match posted.map(|p| p.result) {
        Some(Ok(s)) => return view! { <ReceiptCard s from_post=true/> }.into_any(),
        // Translated here: the island takes the message, not the error to translate, so
        // the phone's bundle needs no second reader of every error.
        Some(Err(e)) => Some(error_text(&e, lang)),
        None => None,
    };
    let financial: Vec<String> = categories.iter().filter(|c| c.financial).map(|c| c.code.clone()).collect();
    let i = initial.clone();
    view! {
        <ReportForm token=token.clone() initial financial evidence posted_error>
            <p class="intro">{Msg::FormIntro.t(lang)}</p>
            <input type="hidden" name="token" value=token/>
            <div class="q">
                <label for="category">{Msg::CategoryLabel.t(lang)}</label>
                <select id="category" name="category">
                    <option value="">{Msg::CategoryChoose.t(lang)}</option>
                    {categories.into_iter().map(|c| {
                        let selected = c.code == i.category;
                        view! { <option value=c.code.clone() selected=selected>{category_name(&c, lang)}</option> }
                    }).collect_view()}
                </select>
            </div>
            {static_question(lang, "what", Msg::WhatLabel, Msg::WhatExample, &i.what)}
            {static_question(lang, "who", Msg::WhoLabel, Msg::WhoExample, &i.who)}
            {static_question(lang, "place", Msg::WhereLabel, Msg::WhereExample, &i.place)}
            {static_question(lang, "time", Msg::WhenLabel, Msg::WhenExample, &i.time)}
            {static_question(lang, "why", Msg::WhyLabel, Msg::WhyExample, &i.why)}
            {static_question(lang, "how", Msg::HowLabel, Msg::HowExample, &i.how)}
            {static_question(lang, "how_much", Msg::HowMuchLabel, Msg::HowMuchExample, &i.how_much)}
            {static_question(lang, "evidence", Msg::EvidenceLabel, Msg::EvidenceHelp, &i.evidence)}
        </ReportForm>
    }
    .into_any()
}

/// The island: what reacts on this page (the evidence picker, the live 5W+2H and privacy
/// checks, sending without a reload, the receipt). `financial` names the categories where
/// "how much" is expected; `posted_error` says why a plain post was refused, if one was.
#[cfg_attr(any(feature = "ssr", not(feature = "staff-bundle")), island)]
#[cfg_attr(all(not(feature = "ssr"), feature = "staff-bundle"), component)]
fn ReportForm(
    token: String,
    initial: ReportInput,
    financial: Vec<String>,
    evidence: EvidenceLimits,
    posted_error: Option<String>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let files = RwSignal::new(Vec::<PickedFile>::new());
    let contact = initial.contact.clone();
    let input = RwSignal::new(initial);
    crate::components::follow_typed_report(input);
    let verdict = Memo::new(move |_| input.with(|i| check(&i.as_text(), financial.contains(&i.category))));
    let warnings = Memo::new(move |_| input.with(|i| i.privacy_warnings()));

    let action = ServerAction::<SubmitReport>::new();
    let submitted = move || action.value().get().and_then(|r| r.ok());
    let error = Memo::new(move |_| match action.value().get() {
        Some(result) => result.err().map(|e| error_text(&e, lang)),
        None => posted_error.clone(),
    });
    let token = StoredValue::new(token);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if action.pending().get_untracked() || files.with_untracked(|f| any_sending(f)) {
            return;
        }
        let evidence = files.with_untracked(|f| ready_keys(f));
        action.dispatch(SubmitReport { token: token.get_value(), input: input.get_untracked(), evidence });
    };

    view! {
        {move || submitted().map(|s| view! { <ReceiptCard s/> })}
        <form method="post" action="/lapor" class="report" novalidate hidden=move || submitted().is_some() on:submit=on_submit>
            {children()}
            <EvidencePicker files limits=evidence/>
            <div class="q">
                <label for="contact">{Msg::ContactLabel.t(lang)}</label>
                <p class="ex" id="contact-ex">{Msg::ContactHelp.t(lang)}</p>
                <input id="contact" name="contact" type="text" autocomplete="off"
                    maxlength=MAX_CONTACT_CHARS.to_string() aria-describedby="contact-ex"
                    value=contact/>
            </div>
            <Completeness verdict=verdict/>
            {move || {
                let found = warnings.get();
                (!found.is_empty()).then(|| view! {
                    <div class="privacy" role="alert" data-testid="privacy-warning">
                        <strong>{Msg::PrivacyTitle.t(lang)}</strong>
                        <ul>{found.into_iter().map(|w| view! { <li>{identifier_name(w, lang)}</li> }).collect_view()}</ul>
                        <p>{Msg::PrivacyAdvice.t(lang)}</p>
                    </div>
                })
            }}
            {move || error.get().map(|e| view! {
                <div class="error" role="alert" data-testid="form-error">
                    <strong>{Msg::FixProblems.t(lang)}</strong>
                    " "
                    {e}
                </div>
            })}
            <p class="warn">{Msg::ReceiptWarningBefore.t(lang)}</p>
            {move || files.with(|f| any_sending(f)).then(|| view! { <p class="ex" role="status">{Msg::FilesWait.t(lang)}</p> })}
            <button type="submit" class="button primary" data-testid="submit"
                disabled=move || action.pending().get() || files.with(|f| any_sending(f))>
                {move || if action.pending().get() { Msg::Submitting.t(lang) } else { Msg::Submit.t(lang) }}
            </button>
        </form>
    }
}

/// Copies text to the clipboard (a no-op on the server).
fn copy_to_clipboard(text: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _promise = w.navigator().clipboard().write_text(text);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = text;
}

fn print_page() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The receipt, shown once. `from_post`: the card is the page's server HTML after a plain
/// post, with no island around it, so its buttons come as an island of their own.
#[component]
pub(crate) fn ReceiptCard(s: Submitted, #[prop(optional)] from_post: bool) -> impl IntoView {
    let lang = use_lang();
    let receipt = s.receipt.clone();
    view! {
        <section class="receipt card" data-testid="receipt-card">
            <h2>{Msg::SubmittedTitle.t(lang)}</h2>
            <p>{Msg::CaseNumberLabel.t(lang)} ": " <strong data-testid="case-number">{s.case_number.clone()}</strong></p>
            <p class="receipt-label">{Msg::ReceiptLabelOnce.t(lang)}</p>
            <p class="receipt-code" data-testid="receipt-code">{s.receipt.clone()}</p>
            <p class="warn" role="note">{Msg::ReceiptWarningAfter.t(lang)}</p>
            {if from_post {
                view! { <ReceiptButtonsIsland receipt/> }.into_any()
            } else {
                view! { <ReceiptButtons receipt/> }.into_any()
            }}
            <p>{Msg::WhatNext.t(lang)}</p>
            <p class="no-print">
                <a href="/cek">{Msg::ActionCheck.t(lang)}</a>
                " · "
                <a href="/lapor" rel="external">{Msg::NewReport.t(lang)}</a>
            </p>
        </section>
        <Completeness verdict=Signal::stored(s.verdict) title=Msg::VerdictStoredTitle/>
    }
}

/// Copying and printing the receipt.
#[component]
fn ReceiptButtons(receipt: String) -> impl IntoView {
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let receipt = StoredValue::new(receipt);
    view! {
        <div class="actions no-print">
            <button type="button" class="button" data-testid="copy-receipt" on:click=move |_| {
                copy_to_clipboard(&receipt.get_value());
                copied.set(true);
            }>{move || if copied.get() { Msg::Copied.t(lang) } else { Msg::CopyReceipt.t(lang) }}</button>
            <button type="button" class="button" on:click=move |_| print_page()>{Msg::PrintReceipt.t(lang)}</button>
        </div>
    }
}

/// The same buttons as the only code of the page after a plain post.
#[cfg_attr(any(feature = "ssr", not(feature = "staff-bundle")), island)]
#[cfg_attr(all(not(feature = "ssr"), feature = "staff-bundle"), component)]
fn ReceiptButtonsIsland(receipt: String) -> impl IntoView {
    view! { <ReceiptButtons receipt/> }
}
