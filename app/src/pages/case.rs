//! One case, for the staff working it: the full report with its 5W+2H verdict, assignment,
//! questions to the reporter, internal notes, closing with an outcome, and the timeline.
use leptos::prelude::*;

use crate::components::{reload_on_success, Loaded};
use leptos_router::hooks::use_params_map;

use crate::components::PageTitle;
use crate::components::completeness::Completeness;
use crate::domain::workflow::{CaseState, EventKind, Outcome};
use crate::errors::AppError;
use crate::domain::fivew::Element;
use crate::functions::oversight::SetCaseWorkUnit;
use crate::functions::cases::{load_case, AddNote, ApproveClosing, AskReporter, AssignCase, CloseCase, OverrideElement, ReopenCase, SendBackClosing};
use crate::i18n::hints::element_label;
use crate::i18n::{channel_name, error_text, outcome_name, staff_state_name, use_lang, Lang, Msg};
use crate::model::CaseDetail;

#[derive(Clone, Copy)]
struct Actions {
    assign: ServerAction<AssignCase>,
    ask: ServerAction<AskReporter>,
    close: ServerAction<CloseCase>,
    approve: ServerAction<ApproveClosing>,
    send_back: ServerAction<SendBackClosing>,
    reopen: ServerAction<ReopenCase>,
    note: ServerAction<AddNote>,
    verdict: ServerAction<OverrideElement>,
    unit: ServerAction<SetCaseWorkUnit>,
}

#[component]
pub fn CasePage() -> impl IntoView {
    let params = use_params_map();
    let id = params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0);
    view! {
        <PageTitle page=Msg::CaseTitle/>
        <CaseIsland id/>
    }
}

/// The island (lazy: fetched when the page opens): the case and every action on it. The
/// case number comes from the address, read on the server.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn CaseIsland(id: i32) -> impl IntoView {
    let lang = use_lang();
    let actions = Actions {
        assign: ServerAction::new(),
        ask: ServerAction::new(),
        close: ServerAction::new(),
        approve: ServerAction::new(),
        send_back: ServerAction::new(),
        reopen: ServerAction::new(),
        note: ServerAction::new(),
        verdict: ServerAction::new(),
        unit: ServerAction::new(),
    };
    // Reload only after a change succeeded: after an error the forms keep what was typed.
    let changes = RwSignal::new(0u32);
    reload_on_success(actions.assign, changes);
    reload_on_success(actions.ask, changes);
    reload_on_success(actions.close, changes);
    reload_on_success(actions.approve, changes);
    reload_on_success(actions.send_back, changes);
    reload_on_success(actions.reopen, changes);
    reload_on_success(actions.note, changes);
    reload_on_success(actions.verdict, changes);
    reload_on_success(actions.unit, changes);
    let case = Resource::new(move || (id, changes.get()), |(id, _)| load_case(id));
    let last_error = move || -> Option<AppError> {
        actions.assign.value().get().and_then(|r| r.err())
            .or_else(|| actions.ask.value().get().and_then(|r| r.err()))
            .or_else(|| actions.close.value().get().and_then(|r| r.err()))
            .or_else(|| actions.approve.value().get().and_then(|r| r.err()))
            .or_else(|| actions.send_back.value().get().and_then(|r| r.err()))
            .or_else(|| actions.reopen.value().get().and_then(|r| r.err()))
            .or_else(|| actions.note.value().get().and_then(|r| r.err()))
            .or_else(|| actions.verdict.value().get().and_then(|r| r.err()))
            .or_else(|| actions.unit.value().get().and_then(|r| r.err()))
    };
    view! {
        <p><a href="/staf/papan">{Msg::BoardTitle.t(lang)}</a>
            " · " <a href=format!("/staf/audit?kasus={id}") data-testid="case-audit">{Msg::AuditTitle.t(lang)}</a></p>
        {move || last_error().map(|e| view! { <p class="error" role="alert" data-testid="case-error">{error_text(&e, lang)}</p> })}
        <Loaded data=case render=move |detail| view! { <CaseView detail actions/> }.into_any()/>
    }
}

fn answer_row(lang: Lang, label: Msg, text: String) -> impl IntoView {
    let empty = text.trim().is_empty();
    view! {
        <dt>{label.t(lang)}</dt>
        <dd class:empty=empty>{if empty { "—".to_owned() } else { text }}</dd>
    }
}

#[component]
fn CaseView(detail: CaseDetail, actions: Actions) -> impl IntoView {
    let lang = use_lang();
    let id = detail.id;
    let r = detail.report.clone();
    let category = match lang {
        Lang::Id => detail.category.name_id.clone(),
        Lang::En => detail.category.name_en.clone(),
    };
    let state = detail.state;
    let question = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let outcome_detail = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let worker = RwSignal::new(String::new());
    let ov_element = RwSignal::new(String::new());
    let ov_met = RwSignal::new("met".to_owned());
    let ov_reason = RwSignal::new(String::new());
    let closable = matches!(state, CaseState::Verifikasi | CaseState::Klarifikasi | CaseState::Telaah | CaseState::Pemeriksaan);
    let may_approve = detail.may_approve;
    let proposal = detail.proposal.clone();
    let send_back_reason = RwSignal::new(String::new());
    let reopen_reason = RwSignal::new(String::new());
    let workers = detail.workers.clone();
    view! {
        <h1 data-testid="case-number">{detail.case_number.clone()}</h1>
        <section class="card">
            <dl class="facts">
                <dt>{Msg::StatusLabel.t(lang)}</dt>
                <dd data-testid="case-state" data-state=state.code()>{staff_state_name(state, lang)}</dd>
                {detail.outcome.map(|o| view! {
                    <dt>{Msg::OutcomeLabel.t(lang)}</dt>
                    <dd data-testid="case-outcome">{outcome_name(o, lang)} {detail.outcome_detail.clone().map(|d| format!(" — {d}"))}</dd>
                    <dt>{Msg::LetterTitle.t(lang)}</dt>
                    <dd><a href=format!("/staf/kasus/{id}/surat") data-testid="open-letter">{Msg::LetterOpen.t(lang)}</a></dd>
                })}
                <dt>{Msg::CategoryShort.t(lang)}</dt><dd>{category}</dd>
                <dt>{Msg::Channel.t(lang)}</dt><dd>{channel_name(detail.channel, lang)}</dd>
                <dt>{Msg::ReceivedAtLabel.t(lang)}</dt><dd>{crate::i18n::long_date(&detail.received_at, lang)}</dd>
                {detail.due.clone().map(|due| {
                    let incomplete = due.overdue && due.kind == crate::domain::deadline::DeadlineKind::ReporterAnswer;
                    view! {
                        <dt>{crate::i18n::deadline_name(due.kind, lang)}</dt>
                        <dd><crate::pages::board::DueLine due lang bare=true/>
                            {incomplete.then(|| view! { <p class="hint" data-testid="may-close-incomplete">{Msg::MayCloseIncomplete.t(lang)}</p> })}
                        </dd>
                    }
                })}
                <dt><label for="work-unit">{Msg::WorkUnitLabel.t(lang)}</label></dt>
                <dd>{work_unit_select(id, detail.work_unit, detail.work_units.clone(), actions.unit, lang)}</dd>
                <dt>{Msg::Assignees.t(lang)}</dt>
                <dd data-testid="assignees">{if detail.assignees.is_empty() { Msg::Unassigned.t(lang).to_owned() } else { detail.assignees.join(", ") }}</dd>
            </dl>
        </section>
        <section class="card">
            <h2>{Msg::ReportTitle.t(lang)}</h2>
            <dl class="answers">
                {answer_row(lang, Msg::WhatLabel, r.what)}
                {answer_row(lang, Msg::WhoLabel, r.who)}
                {answer_row(lang, Msg::WhereLabel, r.place)}
                {answer_row(lang, Msg::WhenLabel, r.time)}
                {answer_row(lang, Msg::WhyLabel, r.why)}
                {answer_row(lang, Msg::HowLabel, r.how)}
                {answer_row(lang, Msg::HowMuchLabel, r.how_much)}
                {answer_row(lang, Msg::EvidenceLabel, r.evidence)}
                {answer_row(lang, Msg::ContactLabel, r.contact)}
            </dl>
        </section>
        {evidence_list(&detail.case_number, detail.attachments.clone(), lang)}
        <Completeness verdict=Signal::stored(detail.verdict.clone()) title=Msg::VerdictStoredTitle/>
        <section class="card">
            <h2>{Msg::OverrideTitle.t(lang)}</h2>
            <ul data-testid="overrides">
                {detail.overrides.iter().map(|o| view! {
                    <li>
                        <strong>{element_label(o.element, lang)}</strong> ": "
                        {if o.met { Msg::OverrideMet.t(lang) } else { Msg::OverrideNotMet.t(lang) }}
                        " — " {o.reason.clone()} " (" {o.by.clone()} ", " {o.at.clone()} ")"
                    </li>
                }).collect_view()}
            </ul>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if let Some(element) = Element::ALL.into_iter().find(|e| e.key() == ov_element.get_untracked()) {
                    actions.verdict.dispatch(OverrideElement { id, element, met: ov_met.get_untracked() == "met", reason: ov_reason.get_untracked() });
                }
            }>
                <label for="ov-element">{Msg::OverrideElement.t(lang)}</label>
                <select id="ov-element" on:change=move |ev| ov_element.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {Element::ALL.into_iter().map(|e| view! { <option value=e.key()>{element_label(e, lang)}</option> }).collect_view()}
                </select>
                <select id="ov-met" on:change=move |ev| ov_met.set(event_target_value(&ev))>
                    <option value="met">{Msg::OverrideMet.t(lang)}</option>
                    <option value="not_met">{Msg::OverrideNotMet.t(lang)}</option>
                </select>
                <label for="ov-reason">{Msg::OverrideReason.t(lang)}</label>
                <input id="ov-reason" type="text" maxlength="500" on:input=move |ev| ov_reason.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid="override">{Msg::OverrideButton.t(lang)}</button>
            </form>
        </section>
        {(!workers.is_empty()).then(|| view! {
            <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if let Ok(staff_id) = worker.get_untracked().parse::<i32>() {
                    actions.assign.dispatch(AssignCase { id, staff_id });
                }
            }>
                <label for="assign">{Msg::AssignLabel.t(lang)}</label>
                <select id="assign" on:change=move |ev| worker.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {workers.iter().map(|(wid, name)| view! { <option value=wid.to_string()>{name.clone()}</option> }).collect_view()}
                </select>
                <button type="submit" class="button" data-testid="assign">{Msg::AssignButton.t(lang)}</button>
            </form>
        })}
        {(state == CaseState::Verifikasi).then(|| view! {
            <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                actions.ask.dispatch(AskReporter { id, question: question.get_untracked() });
            }>
                <label for="question">{Msg::AskLabel.t(lang)}</label>
                <textarea id="question" rows="3" on:input=move |ev| question.set(event_target_value(&ev))></textarea>
                <button type="submit" class="button primary" data-testid="ask">{Msg::AskButton.t(lang)}</button>
            </form>
        })}
        {closable.then(|| view! {
            <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if let Some(o) = Outcome::from_code(&outcome.get_untracked()) {
                    actions.close.dispatch(CloseCase { id, outcome: o, detail: outcome_detail.get_untracked(), message: message.get_untracked() });
                }
            }>
                <h2>{Msg::CloseTitle.t(lang)}</h2>
                <label for="outcome">{Msg::OutcomeLabel.t(lang)}</label>
                <select id="outcome" on:change=move |ev| outcome.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {Outcome::ALL.into_iter().map(|o| view! { <option value=o.code()>{outcome_name(o, lang)}</option> }).collect_view()}
                </select>
                <label for="outcome-detail">{Msg::OutcomeDetailLabel.t(lang)}</label>
                <input id="outcome-detail" type="text" on:input=move |ev| outcome_detail.set(event_target_value(&ev))/>
                <label for="message">{Msg::MessageLabel.t(lang)}</label>
                <textarea id="message" rows="4" on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                {(!may_approve).then(|| view! { <p class="hint">{Msg::ProposeCloseHint.t(lang)}</p> })}
                <button type="submit" class="button primary" data-testid="close" disabled=move || outcome.get().is_empty()>
                    {if may_approve { Msg::CloseButton.t(lang) } else { Msg::ProposeCloseButton.t(lang) }}
                </button>
            </form>
        })}
        {proposal.map(|p| view! {
            <section class="card" data-testid="closing-proposal">
                <h2>{Msg::ProposalTitle.t(lang)}</h2>
                <dl class="facts">
                    <dt>{Msg::OutcomeLabel.t(lang)}</dt>
                    <dd data-testid="proposed-outcome">{outcome_name(p.outcome, lang)} {p.outcome_detail.map(|d| format!(" — {d}"))}</dd>
                    <dt>{Msg::MessageLabel.t(lang)}</dt>
                    <dd class="tl-body">{p.message}</dd>
                    <dt>{Msg::ProposedBy.t(lang)}</dt>
                    <dd>{p.by} ", " <time>{crate::i18n::long_date(&p.at, lang)}</time></dd>
                </dl>
                {may_approve.then(|| view! {
                    // Disabled while it runs: a second click must not approve twice.
                    <button type="button" class="button primary" data-testid="approve-closing" disabled=move || actions.approve.pending().get()
                        on:click=move |_| { actions.approve.dispatch(ApproveClosing { id, proposal: p.id }); }>{Msg::ApproveButton.t(lang)}</button>
                    <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        actions.send_back.dispatch(SendBackClosing { id, reason: send_back_reason.get_untracked() });
                    }>
                        <label for="send-back-reason">{Msg::SendBackLabel.t(lang)}</label>
                        <textarea id="send-back-reason" rows="2" maxlength="500" on:input=move |ev| send_back_reason.set(event_target_value(&ev))></textarea>
                        <button type="submit" class="button" data-testid="send-back">{Msg::SendBackButton.t(lang)}</button>
                    </form>
                })}
            </section>
        })}
        {(state == CaseState::Selesai && may_approve).then(|| view! {
            <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                actions.reopen.dispatch(ReopenCase { id, reason: reopen_reason.get_untracked() });
            }>
                <h2>{Msg::ReopenTitle.t(lang)}</h2>
                <label for="reopen-reason">{Msg::ReopenLabel.t(lang)}</label>
                <textarea id="reopen-reason" rows="2" maxlength="500" on:input=move |ev| reopen_reason.set(event_target_value(&ev))></textarea>
                <button type="submit" class="button" data-testid="reopen">{Msg::ReopenButton.t(lang)}</button>
            </form>
        })}
        <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            actions.note.dispatch(AddNote { id, text: note.get_untracked() });
        }>
            <label for="note">{Msg::NoteLabel.t(lang)}</label>
            <textarea id="note" rows="2" on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            <button type="submit" class="button" data-testid="add-note">{Msg::NoteButton.t(lang)}</button>
        </form>
        <section class="card">
            <h2>{Msg::TimelineTitle.t(lang)}</h2>
            <ol class="timeline" data-testid="case-timeline">
                {detail.timeline.into_iter().map(|e| {
                    view! {
                    <li data-kind=e.kind.code()>
                        <time>{crate::i18n::long_date(&e.at, lang)}</time> " — " <strong>{e.actor}</strong> " · " {crate::i18n::staff_event_name(e.kind, lang)}
                        {e.body.map(|b| {
                            // A state change's body is the new state's code.
                            // A proposed closing's, the proposed outcome's code.
                            let shown = match (e.kind, CaseState::from_code(&b), Outcome::from_code(&b)) {
                                (EventKind::StateChanged, Some(s), _) => staff_state_name(s, lang).to_owned(),
                                (EventKind::ClosingProposed, _, Some(o)) => outcome_name(o, lang).to_owned(),
                                _ => b,
                            };
                            view! { <p class="tl-body">{shown}</p> }
                        })}
                    </li>
                }}).collect_view()}
            </ol>
        </section>
    }
}

/// The case's evidence files, each a download (the browser saves it; nothing opens inline).
fn evidence_list(case_number: &str, files: Vec<crate::domain::evidence::AttachmentInfo>, lang: Lang) -> AnyView {
    use crate::domain::evidence::human_size;
    let empty = files.is_empty();
    let rows = files
        .into_iter()
        .map(|a| {
            let name = a.file_name(case_number);
            let from = if a.from_reporter { Msg::FilesFromReporter } else { Msg::FilesFromIntake };
            view! {
                <li>
                    <a href=format!("/staf/bukti/{}", a.id) download=name.clone() rel="external" data-testid="evidence-download">
                        {Msg::FilesDownload.t(lang)} " " {name.clone()}
                    </a>
                    " — " {a.kind.extension().to_uppercase()} ", " {human_size(a.size_bytes, lang == Lang::Id)}
                    ", " {from.t(lang)} ", " <time>{crate::i18n::long_date(&a.at, lang)}</time>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" data-testid="case-evidence">
            <h2>{Msg::FilesStaffTitle.t(lang)}</h2>
            {empty.then(|| view! { <p>{Msg::FilesNone.t(lang)}</p> })}
            <ul class="files-received">{rows}</ul>
        </section>
    }
    .into_any()
}

/// The work unit (OPD) the case concerns: chosen from the active units, saved on change.
fn work_unit_select(id: i32, current: Option<i32>, units: Vec<crate::model::WorkUnitRow>, action: ServerAction<SetCaseWorkUnit>, lang: Lang) -> AnyView {
    view! {
        <select id="work-unit" data-testid="work-unit" on:change=move |ev| {
            let unit = event_target_value(&ev).parse::<i32>().ok();
            action.dispatch(SetCaseWorkUnit { id, unit });
        }>
            <option value="" selected=current.is_none()>{Msg::WorkUnitUnset.t(lang)}</option>
            {units.into_iter().map(|u| view! { <option value=u.id.to_string() selected=current == Some(u.id)>{u.name}</option> }).collect_view()}
        </select>
    }
    .into_any()
}
