//! Checking a report with the receipt: status in plain words, timeline, the stored 5W+2H
//! verdict, and adding information. Plain posts to /cek work without JavaScript.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::components::evidence::{any_sending, ready_keys, EvidencePicker, PickedFile};
use crate::components::adopt_typed;
use crate::components::status::StatusView;
use crate::domain::report::MAX_TEXT_CHARS;
use crate::errors::AppError;
use crate::functions::reports::{check_page_state, AddReportInformation, CheckReport};
use crate::i18n::{error_text, use_lang, Msg};
use crate::model::{PostedCheck, ReportStatus};

#[component]
pub fn CheckPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new(|| (), |_| check_page_state());
    view! {
        <PageTitle page=Msg::CheckTitle/>
        <h1>{Msg::CheckTitle.t(lang)}</h1>
        <Suspense fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                let posted = state.await.ok().flatten();
                view! { <CheckForm posted/> }
            })}
        </Suspense>
    }
}

/// The island: the lookup, the status it brings, and adding information.
#[island]
fn CheckForm(posted: Option<PostedCheck>) -> impl IntoView {
    let lang = use_lang();
    let typed = posted.as_ref().map(|p| p.receipt.clone()).unwrap_or_default();
    let receipt = RwSignal::new(typed.clone());
    // The receipt that produced the status shown, sent again with added information.
    let receipt_used = RwSignal::new(typed.clone());
    let status: RwSignal<Option<Result<ReportStatus, AppError>>> =
        RwSignal::new(posted.as_ref().map(|p| p.result.clone()));
    let added = RwSignal::new(posted.as_ref().is_some_and(|p| p.added));
    let info_error = RwSignal::new(posted.as_ref().and_then(|p| p.info_error.clone()));
    let info_initial = posted.as_ref().map(|p| p.info_text.clone()).unwrap_or_default();
    let info = RwSignal::new(info_initial.clone());
    let files = RwSignal::new(Vec::<PickedFile>::new());
    // What was typed before the page became interactive counts.
    adopt_typed("receipt", receipt);
    adopt_typed("info", info);

    let lookup = ServerAction::<CheckReport>::new();
    let add = ServerAction::<AddReportInformation>::new();
    Effect::new(move |_| {
        if let Some(result) = lookup.value().get() {
            status.set(Some(result));
            added.set(false);
            info_error.set(None);
        }
    });
    Effect::new(move |_| match add.value().get() {
        Some(Ok(st)) => {
            status.set(Some(Ok(st)));
            added.set(true);
            info_error.set(None);
            info.set(String::new());
            files.set(Vec::new());
        }
        Some(Err(e)) => {
            added.set(false);
            info_error.set(Some(e));
        }
        None => {}
    });

    let on_lookup = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        receipt_used.set(receipt.get_untracked());
        lookup.dispatch(CheckReport { receipt: receipt.get_untracked() });
    };
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if files.with_untracked(|f| any_sending(f)) {
            return;
        }
        let evidence = files.with_untracked(|f| ready_keys(f));
        add.dispatch(AddReportInformation { receipt: receipt_used.get_untracked(), text: info.get_untracked(), evidence });
    };

    view! {
        <form method="post" action="/cek" class="card lookup" on:submit=on_lookup>
            <p>{Msg::CheckIntro.t(lang)}</p>
            <label for="receipt">{Msg::ReceiptInputLabel.t(lang)}</label>
            <input id="receipt" name="receipt" type="text" inputmode="numeric" autocomplete="off"
                spellcheck="false" maxlength="40" placeholder="1234 5678 9012 3456"
                value=typed
                on:input=move |ev| receipt.set(event_target_value(&ev))/>
            <button type="submit" class="button primary" data-testid="check" disabled=move || lookup.pending().get()>
                {Msg::CheckButton.t(lang)}
            </button>
        </form>
        {move || match status.get() {
            None => ().into_any(),
            Some(Err(e)) => view! {
                <p class="error" role="alert" data-testid="check-error">{error_text(&e, lang)}</p>
            }.into_any(),
            Some(Ok(st)) => {
                let open = st.state != crate::domain::workflow::CaseState::Selesai;
                let limits = st.evidence;
                view! {
                    <StatusView status=st/>
                    <Show when=move || added.get()>
                        <p class="ok" role="status" data-testid="info-added">{Msg::InfoAddedOk.t(lang)}</p>
                    </Show>
                    <Show when=move || open>
                        <form method="post" action="/cek" class="card add-info" on:submit=on_add>
                            <h2>{Msg::AddInfoTitle.t(lang)}</h2>
                            <label for="info">{Msg::AddInfoHelp.t(lang)}</label>
                            <input type="hidden" name="receipt" value=move || receipt_used.get()/>
                            // Not bound to `info`: binding would overwrite, when the page became
                            // interactive, what was typed before. It is drawn afresh (empty) after
                            // an addition, as the status above it changes.
                            <textarea id="info" name="info" rows="4" maxlength=MAX_TEXT_CHARS.to_string()
                                on:input=move |ev| info.set(event_target_value(&ev))>{crate::components::textarea_text(&info.get_untracked())}</textarea>
                            <EvidencePicker files limits/>
                            {move || info_error.get().map(|e| view! {
                                <p class="error" role="alert" data-testid="info-error">{error_text(&e, lang)}</p>
                            })}
                            <button type="submit" class="button primary" data-testid="add-info" disabled=move || add.pending().get() || files.with(|f| any_sending(f))>
                                {Msg::AddInfoButton.t(lang)}
                            </button>
                        </form>
                    </Show>
                }.into_any()
            }
        }}
    }
}
