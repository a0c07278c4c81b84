//! The holiday calendar that working-day deadlines skip: administrators add, rename and
//! remove days (national holidays, *cuti bersama*, regional days off); everyone reads it.
use leptos::prelude::*;

use crate::components::Loaded;

use crate::components::PageTitle;
use crate::functions::staff::{list_holidays, RemoveHoliday, SaveHoliday};
use crate::i18n::{error_text, use_lang, Msg};

#[component]
pub fn HolidaysPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::HolidaysTitle/>
        <HolidaysIsland/>
    }
}

/// The island (lazy: fetched when the page opens): the calendar and its changes.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn HolidaysIsland() -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveHoliday>::new();
    let remove = ServerAction::<RemoveHoliday>::new();
    let days = Resource::new(move || (save.version().get(), remove.version().get()), |_| list_holidays());
    let day = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let error = move || save.value().get().and_then(|r| r.err()).or_else(|| remove.value().get().and_then(|r| r.err()));
    view! {
        <h1>{Msg::HolidaysTitle.t(lang)}</h1>
        <p>{Msg::HolidaysHelp.t(lang)}</p>
        {move || error().map(|e| view! { <p class="error" role="alert" data-testid="holiday-error">{error_text(&e, lang)}</p> })}
        <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save.dispatch(SaveHoliday { day: day.get_untracked(), name: name.get_untracked() });
        }>
            <label for="holiday-day">{Msg::HolidayDay.t(lang)}</label>
            <input id="holiday-day" type="date" on:input=move |ev| day.set(event_target_value(&ev))/>
            <label for="holiday-name">{Msg::HolidayName.t(lang)}</label>
            <input id="holiday-name" type="text" maxlength="100" on:input=move |ev| name.set(event_target_value(&ev))/>
            <button type="submit" class="button primary" data-testid="save-holiday">{Msg::HolidaySave.t(lang)}</button>
        </form>
        <Loaded data=days render=move |days| view! {
                        <table class="card" data-testid="holidays">
                            <tbody>
                                {days.into_iter().map(|h| {
                                    let d = h.day.clone();
                                    view! {
                                        <tr data-day=h.day.clone()>
                                            <td><time datetime=h.day.clone()>{h.day.clone()}</time></td>
                                            <td>{h.name}</td>
                                            <td><button type="button" class="button" on:click=move |_| { remove.dispatch(RemoveHoliday { day: d.clone() }); }>
                                                {Msg::HolidayRemove.t(lang)}
                                            </button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()/>
    }
}
