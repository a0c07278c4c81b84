//! A report as its reporter sees it with the receipt.
use leptos::prelude::*;

use crate::components::completeness::Completeness;
use crate::domain::evidence::human_size;
use crate::i18n::{outcome_name, reporter_deadline, state_explained, state_name, timeline_label, use_lang, Lang, Msg};
use crate::model::ReportStatus;

#[component]
pub fn StatusView(status: ReportStatus) -> impl IntoView {
    let lang = use_lang();
    let category = match lang {
        Lang::Id => status.category.name_id.clone(),
        Lang::En => status.category.name_en.clone(),
    };
    let verdict = status.verdict.clone();
    view! {
        <section class="status card" data-testid="report-status">
            <h2>{status.case_number.clone()}</h2>
            <dl>
                <dt>{Msg::StatusLabel.t(lang)}</dt>
                <dd data-testid="state" data-state=status.state.code()>{state_name(status.state, lang)}</dd>
                {status.outcome.map(|o| view! {
                    <dt>{Msg::OutcomeLabel.t(lang)}</dt>
                    <dd data-testid="outcome">{outcome_name(o, lang)}</dd>
                })}
                <dt>{Msg::CategoryShort.t(lang)}</dt>
                <dd>{category}</dd>
                <dt>{Msg::ReceivedAtLabel.t(lang)}</dt>
                <dd>{crate::i18n::long_date(&status.received_at, lang)} " WIB"</dd>
            </dl>
            <p class="explain">{state_explained(status.state, lang)}</p>
            {status.next_by.map(|due| view! {
                <p class="next-by" data-testid="next-by">
                    {reporter_deadline(due.kind, lang)} " " <strong><time datetime=due.date.clone()>{crate::i18n::long_date(&due.date, lang)}</time></strong>
                </p>
            })}
            <h3>{Msg::TimelineTitle.t(lang)}</h3>
            <ol class="timeline" data-testid="timeline">
                {status.timeline.into_iter().map(|e| view! {
                    <li>
                        <time>{crate::i18n::long_date(&e.at, lang)} " WIB"</time>
                        " — "
                        <span>{timeline_label(e.kind, lang)}</span>
                        {e.state.map(|s| view! { ": " <strong>{state_name(s, lang)}</strong> })}
                        {e.body.map(|b| view! { <p class="tl-body">{b}</p> })}
                    </li>
                }).collect_view()}
            </ol>
            {(!status.attachments.is_empty()).then(|| view! {
                <h3>{Msg::FilesReceived.t(lang)}</h3>
                <ul class="files-received" data-testid="files-received">
                    {status.attachments.into_iter().map(|a| view! {
                        <li>{a.kind.extension().to_uppercase()} ", " {human_size(a.size_bytes, lang == Lang::Id)} " — " <time>{crate::i18n::long_date(&a.at, lang)} " WIB"</time></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
        <Completeness verdict=Signal::stored(verdict) title=Msg::VerdictStoredTitle/>
    }
}
