//! The supervisor's dashboard: counts, durations and charts for a period, and the same page
//! printed as the monthly report for the mayor (choose a month, print).
use leptos::prelude::*;

use crate::components::Loaded;

use crate::components::PageTitle;
use crate::functions::oversight::load_dashboard;
use crate::i18n::{outcome_name, staff_state_name, use_lang, Lang, Msg};
use crate::model::Dashboard;
use crate::i18n::channel_name;

#[component]
pub fn DashboardPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::DashboardTitle/>
        <DashboardIsland/>
    }
}

/// The island (lazy: fetched when the page opens): the period, its figures, printing.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn DashboardIsland() -> impl IntoView {
    let lang = use_lang();
    // Empty: the last twelve months.
    let period = RwSignal::new((String::new(), String::new()));
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let data = Resource::new(move || period.get(), |(f, t)| load_dashboard(f, t));
    let month_picked = move |ev: leptos::ev::Event| {
        // `2026-11` → the whole month.
        let m = event_target_value(&ev);
        if let Some((first, last)) = month_bounds(&m) {
            from.set(first.clone());
            to.set(last.clone());
            period.set((first, last));
        }
    };
    view! {
        <h1>{Msg::DashboardTitle.t(lang)}</h1>
        <form class="card period no-print" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            period.set((from.get_untracked(), to.get_untracked()));
        }>
            <label for="dash-month">{Msg::DashboardMonth.t(lang)}</label>
            <input id="dash-month" type="month" data-testid="dash-month" on:change=month_picked/>
            <label for="dash-from">{Msg::DashboardFrom.t(lang)}</label>
            <input id="dash-from" type="date" prop:value=move || from.get() on:input=move |ev| from.set(event_target_value(&ev))/>
            <label for="dash-to">{Msg::DashboardTo.t(lang)}</label>
            <input id="dash-to" type="date" prop:value=move || to.get() on:input=move |ev| to.set(event_target_value(&ev))/>
            <button type="submit" class="button">{Msg::DashboardApply.t(lang)}</button>
            <button type="button" class="button" on:click=move |_| print()>{Msg::DashboardPrint.t(lang)}</button>
        </form>
        <Loaded data=data error_id="dash-error" render=move |d| dashboard_view(d, lang)/>
    }
}

fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The first and last day of a `YYYY-MM` month.
fn month_bounds(month: &str) -> Option<(String, String)> {
    let (y, m) = month.split_once('-')?;
    let (y, m): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
    let first = time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, 1).ok()?;
    let next = if m == 12 { time::Date::from_calendar_date(y + 1, time::Month::January, 1) } else { first.replace_month(first.month().next()) };
    let last = next.ok()?.previous_day()?;
    Some((crate::domain::deadline::format_day(first), crate::domain::deadline::format_day(last)))
}

fn days(v: Option<u32>, lang: Lang) -> String {
    match v {
        Some(d) => format!("{d} {}", Msg::Days.t(lang)),
        None => "—".to_owned(),
    }
}

fn table(caption: Msg, testid: &'static str, rows: Vec<(String, u32)>, lang: Lang) -> impl IntoView {
    view! {
        <table class="card stats" data-testid=testid>
            <caption>{caption.t(lang)}</caption>
            <tbody>
                {rows.into_iter().map(|(label, n)| view! { <tr><th scope="row">{label}</th><td>{n}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

fn dashboard_view(d: Dashboard, lang: Lang) -> AnyView {
    let category = |c: &crate::domain::category::CategoryOption| if lang == Lang::En { c.name_en.clone() } else { c.name_id.clone() };
    let states: Vec<_> = d.by_state.iter().map(|(s, n)| (staff_state_name(*s, lang).to_owned(), *n)).collect();
    let categories: Vec<_> = d.by_category.iter().map(|(c, n)| (category(c), *n)).collect();
    let units: Vec<_> = d.by_work_unit.iter().map(|(u, n)| (u.clone().unwrap_or_else(|| Msg::WorkUnitUnset.t(lang).to_owned()), *n)).collect();
    let channels: Vec<_> = d.by_channel.iter().map(|(c, n)| (channel_name(*c, lang).to_owned(), *n)).collect();
    let outcomes: Vec<_> = d.outcomes.iter().map(|(o, n)| (outcome_name(*o, lang).to_owned(), *n)).collect();
    let months: Vec<_> = d.per_month.iter().map(|m| (m.month.clone(), m.received)).collect();
    view! {
        <p class="period-line" data-testid="dash-period">{Msg::DashboardPeriod.t(lang)} " " {d.from.clone()} " – " {d.to.clone()}</p>
        <dl class="card kpis" data-testid="kpis">
            <div><dt>{Msg::DashboardTotal.t(lang)}</dt><dd data-testid="kpi-total">{d.total}</dd></div>
            <div><dt>{Msg::DashboardOpen.t(lang)}</dt><dd data-testid="kpi-open">{d.open}</dd></div>
            <div><dt>{Msg::DashboardClosed.t(lang)}</dt><dd data-testid="kpi-closed">{d.closed}</dd></div>
            <div><dt>{Msg::DashboardOverdue.t(lang)}</dt><dd data-testid="kpi-overdue">{d.overdue}</dd></div>
            <div><dt>{Msg::DashboardToVerify.t(lang)}</dt>
                <dd data-testid="kpi-verify">{days(d.to_verification.median, lang)} " / " {days(d.to_verification.p90, lang)}</dd></div>
            <div><dt>{Msg::DashboardToClose.t(lang)}</dt>
                <dd data-testid="kpi-close">{days(d.to_close.median, lang)} " / " {days(d.to_close.p90, lang)}</dd></div>
            <div><dt>{Msg::DashboardInTime.t(lang)}</dt>
                <dd data-testid="kpi-in-time">{d.closed_in_time_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "—".into())}</dd></div>
        </dl>
        <p class="hint">{Msg::DashboardSpreadHelp.t(lang)}</p>
        <crate::components::Chart caption=Msg::DashboardPerMonth testid="chart-months" svg=d.month_chart.clone()/>
        <crate::components::Chart caption=Msg::DashboardByCategory testid="chart-categories" svg=d.category_chart.clone()/>
        <div class="stats-grid">
            {table(Msg::DashboardByState, "by-state", states, lang)}
            {table(Msg::DashboardByCategory, "by-category", categories, lang)}
            {table(Msg::DashboardByUnit, "by-unit", units, lang)}
            {table(Msg::DashboardByChannel, "by-channel", channels, lang)}
            {table(Msg::DashboardOutcomes, "by-outcome", outcomes, lang)}
            {table(Msg::DashboardPerMonth, "by-month", months, lang)}
        </div>
        {survey_view(d.survey, (&d.from, &d.to), lang)}
    }
    .into_any()
}

/// The satisfaction index (IKM) of the period: the whole, each element, each month, and the
/// newest comments.
fn survey_view(s: crate::model::SurveySummary, (from, to): (&str, &str), lang: Lang) -> impl IntoView {
    use crate::domain::survey::format_index;
    use crate::i18n::survey_element;
    let comma = lang == Lang::Id;
    let csv = format!("/staf/ikm.csv?dari={}&sampai={}", from.get(..7).unwrap_or(""), to.get(..7).unwrap_or(""));
    let Some(index) = s.index else {
        return view! {
            <section class="card" data-testid="ikm">
                <h2>{Msg::IkmTitle.t(lang)}</h2>
                <p>{Msg::IkmNone.t(lang)}</p>
            </section>
        }
        .into_any();
    };
    view! {
        <section class="card" data-testid="ikm">
            <h2>{Msg::IkmTitle.t(lang)}</h2>
            <p class="ikm-value">
                <strong data-testid="ikm-value">{format_index(index.value, comma)}</strong>
                " · " {Msg::IkmGrade.t(lang)} " " <strong data-testid="ikm-grade">{index.grade.letter()}</strong>
                " · " {format!("{} {}", index.responses, Msg::IkmResponses.t(lang))}
            </p>
            <div class="stats-grid">
                <table class="stats" data-testid="ikm-elements">
                    <caption>{Msg::IkmByElement.t(lang)}</caption>
                    <tbody>
                        {index.elements.iter().enumerate().map(|(i, v)| view! {
                            <tr><th scope="row">{format!("U{} ", i + 1)}{survey_element(i, lang)}</th><td>{format_index(*v, comma)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <table class="stats" data-testid="ikm-months">
                    <caption>{Msg::IkmByMonth.t(lang)}</caption>
                    <tbody>
                        {s.months.into_iter().map(|(m, i)| view! {
                            <tr><th scope="row">{m}</th><td>{format!("{} ({}, n={})", format_index(i.value, comma), i.grade.letter(), i.responses)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">{Msg::IkmHelp.t(lang)}</p>
            <p class="no-print"><a href=csv rel="external" data-testid="ikm-csv">{Msg::IkmDownload.t(lang)}</a></p>
            {(!s.comments.is_empty()).then(|| view! {
                <h3>{Msg::IkmComments.t(lang)}</h3>
                <ul class="ikm-comments" data-testid="ikm-comments">
                    {s.comments.into_iter().map(|(m, c)| view! { <li><span class="hint">{m}</span> " " {c}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_month_covers_its_first_to_last_day() {
        assert_eq!(super::month_bounds("2026-02"), Some(("2026-02-01".into(), "2026-02-28".into())));
        assert_eq!(super::month_bounds("2024-02"), Some(("2024-02-01".into(), "2024-02-29".into())));
        assert_eq!(super::month_bounds("2026-12"), Some(("2026-12-01".into(), "2026-12-31".into())));
        assert_eq!(super::month_bounds("2026-13"), None);
        assert_eq!(super::month_bounds(""), None);
    }
}
