//! The public transparency page: what the inspectorate received and answered in the last
//! twelve months, for anyone, without sign-in. Small counts are merged or hidden (see
//! `domain::stats`), so no case and no person can be singled out.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::domain::stats::PublicRow;
use crate::functions::oversight::load_public_stats;
use crate::i18n::{error_text, use_lang, Lang, Msg};
use crate::model::PublicStats;

#[component]
pub fn PublicStatsPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_public_stats());
    view! {
        <PageTitle page=Msg::PublicTitle/>
        <h1>{Msg::PublicTitle.t(lang)}</h1>
        <p>{Msg::PublicIntro.t(lang)}</p>
        <Suspense fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => public_view(s, lang),
                    Err(e) => view! { <p class="error" role="alert">{error_text(&e, lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn count(n: Option<u32>, lang: Lang) -> String {
    n.map_or_else(|| Msg::PublicFew.t(lang).to_owned(), |n| n.to_string())
}

fn rows(caption: Msg, testid: &'static str, rows: Vec<PublicRow>, lang: Lang) -> impl IntoView {
    let empty = rows.is_empty();
    view! {
        <table class="card stats" data-testid=testid>
            <caption>{caption.t(lang)}</caption>
            <tbody>
                {rows.into_iter().map(|r| {
                    let (label, n) = match r {
                        PublicRow::Shown { label, count } => (label, Some(count)),
                        PublicRow::Others { count } => (Msg::PublicOthers.t(lang).to_owned(), Some(count)),
                        PublicRow::Few => (Msg::PublicOthers.t(lang).to_owned(), None),
                    };
                    view! { <tr><th scope="row">{label}</th><td>{count(n, lang)}</td></tr> }
                }).collect_view()}
                {empty.then(|| view! { <tr><td colspan="2">{Msg::PublicNone.t(lang)}</td></tr> })}
            </tbody>
        </table>
    }
}

fn public_view(s: PublicStats, lang: Lang) -> AnyView {
    let month_rows = s.by_month.clone();
    view! {
        <p data-testid="public-period">{Msg::DashboardPeriod.t(lang)} " " {s.from.clone()} " – " {s.to.clone()}</p>
        <dl class="card kpis" data-testid="public-kpis">
            <div><dt>{Msg::PublicReceived.t(lang)}</dt><dd data-testid="public-received">{count(s.received, lang)}</dd></div>
            <div><dt>{Msg::PublicClosed.t(lang)}</dt><dd data-testid="public-closed">{count(s.closed, lang)}</dd></div>
            <div><dt>{Msg::DashboardInTime.t(lang)}</dt>
                <dd data-testid="public-in-time">{s.closed_in_time_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "—".into())}</dd></div>
            <div><dt>{Msg::PublicMedianClose.t(lang)}</dt>
                <dd data-testid="public-median">{s.median_days_to_close.map(|d| format!("{d} {}", Msg::Days.t(lang))).unwrap_or_else(|| "—".into())}</dd></div>
            <div><dt>{Msg::IkmTitle.t(lang)}</dt>
                <dd data-testid="public-ikm">{s.satisfaction.map(|(value, grade)| format!("{} ({})", crate::domain::survey::format_index(value, lang == Lang::Id), grade.letter())).unwrap_or_else(|| "—".into())}</dd></div>
        </dl>
        <crate::components::Chart caption=Msg::DashboardPerMonth testid="public-chart-months" svg=s.month_chart.clone()/>
        <crate::components::Chart caption=Msg::DashboardByCategory testid="public-chart-categories" svg=s.category_chart.clone()/>
        {rows(Msg::DashboardByCategory, "public-categories", s.by_category, lang)}
        {rows(Msg::DashboardByUnit, "public-units", s.by_work_unit, lang)}
        <table class="card stats" data-testid="public-months">
            <caption>{Msg::DashboardPerMonth.t(lang)}</caption>
            <tbody>
                {month_rows.into_iter().map(|(m, n)| view! { <tr><th scope="row">{m}</th><td>{count(n, lang)}</td></tr> }).collect_view()}
            </tbody>
        </table>
        <p class="hint">{Msg::PublicSmallRule.t(lang)}</p>
    }
    .into_any()
}
