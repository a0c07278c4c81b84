//! Administrators' settings: deadline lengths and retention, work units (OPD) and report
//! categories. Every change is validated on the server and audited.
use leptos::prelude::*;

use crate::components::{reload_on_success, Loaded};

use crate::components::PageTitle;
use crate::domain::deadline::DeadlineRules;
use crate::functions::board::board_options;
use crate::domain::notice::NoticeKind;
use crate::domain::profile::Profile;
use crate::functions::oversight::{load_settings, SaveCategory, SaveProfile, SaveSettings, SaveWorkUnit};
use crate::i18n::{error_text, use_lang, Lang, Msg};
use crate::model::{OutboxSummary, OversightSettings, SettingsPageData, WorkUnitRow};

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::SettingsTitle/>
        <SettingsIsland/>
    }
}

/// The island (lazy: fetched when the page opens): deadlines, work units, categories.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn SettingsIsland() -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveSettings>::new();
    let unit = ServerAction::<SaveWorkUnit>::new();
    let category = ServerAction::<SaveCategory>::new();
    let profile = ServerAction::<SaveProfile>::new();
    // Reloaded after a success only: a refused save leaves what was typed in its form.
    let (changes, category_changes) = (RwSignal::new(0u32), RwSignal::new(0u32));
    reload_on_success(save, changes);
    reload_on_success(unit, changes);
    reload_on_success(profile, changes);
    reload_on_success(category, category_changes);
    let data = Resource::new(move || changes.get(), |_| load_settings());
    let categories = Resource::new(move || category_changes.get(), |_| board_options());
    let error = move || {
        save.value().get().and_then(|r| r.err())
            .or_else(|| unit.value().get().and_then(|r| r.err()))
            .or_else(|| category.value().get().and_then(|r| r.err()))
            .or_else(|| profile.value().get().and_then(|r| r.err()))
    };
    let saved = move || save.value().get().is_some_and(|r| r.is_ok()) || profile.value().get().is_some_and(|r| r.is_ok());
    view! {
        <h1>{Msg::SettingsTitle.t(lang)}</h1>
        {move || error().map(|e| view! { <p class="error" role="alert" data-testid="settings-error">{error_text(&e, lang)}</p> })}
        {move || saved().then(|| view! { <p class="ok" role="status" data-testid="settings-saved">{Msg::SettingsSaved.t(lang)}</p> })}
        <Loaded data=data render=move |d: SettingsPageData| view! {
                        <ProfileForm p=d.profile save=profile/>
                        <OutboxCard o=d.outbox/>
                        <DeadlineForm s=d.oversight save/>
                        <UnitTable units=d.units unit lang/>
                    }.into_any()/>
        <Transition fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                categories.await.map(|(cats, _)| view! { <CategoryTable cats category/> }.into_any()).unwrap_or_else(|_| ().into_any())
            })}
        </Transition>
    }
}

fn number_input(id: &'static str, label: Msg, value: RwSignal<u16>, max: u16, lang: Lang) -> impl IntoView {
    view! {
        <label for=id>{label.t(lang)}</label>
        <input id=id type="number" min="1" max=max.to_string() prop:value=move || value.get().to_string()
            on:input=move |ev| value.set(event_target_value(&ev).trim().parse().unwrap_or(0))/>
    }
}

#[component]
fn DeadlineForm(s: OversightSettings, save: ServerAction<SaveSettings>) -> impl IntoView {
    let lang = use_lang();
    let verify = RwSignal::new(s.rules.verification_days);
    let answer = RwSignal::new(s.rules.clarification_days);
    let resolve = RwSignal::new(s.rules.resolution_days);
    let years = RwSignal::new(s.retention_years);
    view! {
        <form class="card" data-testid="deadline-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let rules = DeadlineRules { verification_days: verify.get_untracked(), clarification_days: answer.get_untracked(), resolution_days: resolve.get_untracked() };
            save.dispatch(SaveSettings { settings: OversightSettings { rules, retention_years: years.get_untracked() } });
        }>
            <h2>{Msg::SettingsDeadlines.t(lang)}</h2>
            {number_input("set-verify", Msg::SettingsVerify, verify, DeadlineRules::VERIFICATION_MAX, lang)}
            {number_input("set-answer", Msg::SettingsAnswer, answer, DeadlineRules::CLARIFICATION_MAX, lang)}
            {number_input("set-resolve", Msg::SettingsResolve, resolve, DeadlineRules::RESOLUTION_MAX, lang)}
            {number_input("set-retention", Msg::SettingsRetention, years, OversightSettings::RETENTION_MAX_YEARS, lang)}
            <p class="hint">{Msg::SettingsRetentionHelp.t(lang)}</p>
            <button type="submit" class="button primary" data-testid="save-settings">{Msg::SettingsSave.t(lang)}</button>
        </form>
    }
}

#[component]
fn UnitTable(units: Vec<WorkUnitRow>, unit: ServerAction<SaveWorkUnit>, lang: Lang) -> impl IntoView {
    let name = RwSignal::new(String::new());
    view! {
        <section class="card" data-testid="work-units">
            <h2>{Msg::WorkUnitsTitle.t(lang)}</h2>
            <table>
                <tbody>
                    {units.into_iter().map(|u| {
                        let (id, renamed, active) = (u.id, RwSignal::new(u.name.clone()), u.active);
                        view! {
                            <tr data-unit=u.name.clone()>
                                <td><input type="text" aria-label=Msg::WorkUnitName.t(lang) prop:value=move || renamed.get()
                                    on:input=move |ev| renamed.set(event_target_value(&ev))/></td>
                                <td>{if active { Msg::WorkUnitActive.t(lang) } else { Msg::WorkUnitInactive.t(lang) }}</td>
                                <td>
                                    <button type="button" class="button small" on:click=move |_| {
                                        unit.dispatch(SaveWorkUnit { id: Some(id), name: renamed.get_untracked(), active });
                                    }>{Msg::SettingsSave.t(lang)}</button>
                                    " "
                                    <button type="button" class="button small" on:click=move |_| {
                                        unit.dispatch(SaveWorkUnit { id: Some(id), name: renamed.get_untracked(), active: !active });
                                    }>{if active { Msg::WorkUnitDeactivate.t(lang) } else { Msg::WorkUnitActivate.t(lang) }}</button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                unit.dispatch(SaveWorkUnit { id: None, name: name.get_untracked(), active: true });
            }>
                <label for="new-unit">{Msg::WorkUnitNew.t(lang)}</label>
                <input id="new-unit" type="text" maxlength="120" on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid="add-unit">{Msg::WorkUnitAdd.t(lang)}</button>
            </form>
        </section>
    }
}

#[component]
fn CategoryTable(cats: Vec<crate::domain::category::CategoryOption>, category: ServerAction<SaveCategory>) -> impl IntoView {
    let lang = use_lang();
    let (name_id, name_en, financial) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(false));
    view! {
        <section class="card" data-testid="categories">
            <h2>{Msg::CategoriesTitle.t(lang)}</h2>
            <p class="hint">{Msg::CategoriesHelp.t(lang)}</p>
            <table>
                <tbody>
                    {cats.into_iter().map(|c| {
                        let code = c.code.clone();
                        let (id_name, en_name, fin) = (RwSignal::new(c.name_id.clone()), RwSignal::new(c.name_en.clone()), RwSignal::new(c.financial));
                        view! {
                            <tr data-category=c.code.clone()>
                                <td><input type="text" aria-label=Msg::CategoryNameId.t(lang) prop:value=move || id_name.get() on:input=move |ev| id_name.set(event_target_value(&ev))/></td>
                                <td><input type="text" aria-label=Msg::CategoryNameEn.t(lang) prop:value=move || en_name.get() on:input=move |ev| en_name.set(event_target_value(&ev))/></td>
                                <td><label><input type="checkbox" prop:checked=move || fin.get() on:change=move |ev| fin.set(event_target_checked(&ev))/>
                                    " " {Msg::CategoryFinancial.t(lang)}</label></td>
                                <td><button type="button" class="button small" on:click=move |_| {
                                    category.dispatch(SaveCategory { code: Some(code.clone()), name_id: id_name.get_untracked(), name_en: en_name.get_untracked(), financial: fin.get_untracked() });
                                }>{Msg::SettingsSave.t(lang)}</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                category.dispatch(SaveCategory { code: None, name_id: name_id.get_untracked(), name_en: name_en.get_untracked(), financial: financial.get_untracked() });
            }>
                <label for="new-cat-id">{Msg::CategoryNameId.t(lang)}</label>
                <input id="new-cat-id" type="text" maxlength="120" on:input=move |ev| name_id.set(event_target_value(&ev))/>
                <label for="new-cat-en">{Msg::CategoryNameEn.t(lang)}</label>
                <input id="new-cat-en" type="text" maxlength="120" on:input=move |ev| name_en.set(event_target_value(&ev))/>
                <label><input type="checkbox" on:change=move |ev| financial.set(event_target_checked(&ev))/> " " {Msg::CategoryFinancial.t(lang)}</label>
                <button type="submit" class="button" data-testid="add-category">{Msg::CategoryAdd.t(lang)}</button>
            </form>
        </section>
    }
}

/// The inspectorate's identity: its names, how to reach it, who signs its letters.
#[component]
fn ProfileForm(p: Profile, save: ServerAction<SaveProfile>) -> impl IntoView {
    let lang = use_lang();
    let fresh = p.is_default();
    let form = RwSignal::new(p);
    let field = |id: &'static str, label: Msg, get: fn(&Profile) -> &String, set: fn(&mut Profile, String)| {
        view! {
            <label for=id>{label.t(lang)}</label>
            <input id=id type="text" prop:value=move || form.with(|p| get(p).clone())
                on:input=move |ev| form.update(|p| set(p, event_target_value(&ev)))/>
        }
    };
    view! {
        <form class="card" data-testid="profile-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save.dispatch(SaveProfile { profile: form.get_untracked() });
        }>
            <h2>{Msg::ProfileTitle.t(lang)}</h2>
            {fresh.then(|| view! { <p class="warn" data-testid="profile-default">{Msg::ProfileFillIn.t(lang)}</p> })}
            {field("pr-name", Msg::ProfileName, |p| &p.name, |p, v| p.name = v)}
            {field("pr-short", Msg::ProfileShortName, |p| &p.short_name, |p, v| p.short_name = v)}
            {field("pr-region", Msg::ProfileRegion, |p| &p.region, |p, v| p.region = v)}
            <label for="pr-address">{Msg::ProfileAddress.t(lang)}</label>
            <textarea id="pr-address" rows="2" prop:value=move || form.with(|p| p.address.clone())
                on:input=move |ev| form.update(|p| p.address = event_target_value(&ev))></textarea>
            {field("pr-phone", Msg::ProfilePhone, |p| &p.phone, |p, v| p.phone = v)}
            {field("pr-email", Msg::ProfileEmail, |p| &p.email, |p, v| p.email = v)}
            {field("pr-web", Msg::ProfileWebsite, |p| &p.website, |p, v| p.website = v)}
            {field("pr-hours", Msg::ProfileHours, |p| &p.office_hours, |p, v| p.office_hours = v)}
            {field("pr-signer", Msg::ProfileSignatory, |p| &p.signatory_name, |p, v| p.signatory_name = v)}
            {field("pr-position", Msg::ProfilePosition, |p| &p.signatory_position, |p, v| p.signatory_position = v)}
            {field("pr-nip", Msg::ProfileNip, |p| &p.signatory_nip, |p, v| p.signatory_nip = v)}
            {field("pr-letter-number", Msg::ProfileLetterNumber, |p| &p.letter_number_format, |p, v| p.letter_number_format = v)}
            <p class="ex">{Msg::ProfileLetterNumberHelp.t(lang)}</p>
            <button type="submit" class="button primary" data-testid="save-profile">{Msg::SettingsSave.t(lang)}</button>
        </form>
    }
}

/// E-mail: whether a mail server is configured, what waits, what went, what was given up.
#[component]
fn OutboxCard(o: OutboxSummary) -> impl IntoView {
    let lang = use_lang();
    let kind = move |k: NoticeKind| crate::i18n::notice_kind_name(k, lang);
    view! {
        <section class="card" data-testid="outbox">
            <h2>{Msg::MailTitle.t(lang)}</h2>
            {(!o.configured).then(|| view! { <p class="warn" data-testid="mail-not-configured">{Msg::MailNotConfigured.t(lang)}</p> })}
            <p data-testid="outbox-counts">
                {format!("{}: {} · {}: {} · {}: {}", Msg::MailPending.t(lang), o.pending, Msg::MailSent.t(lang), o.sent, Msg::MailFailed.t(lang), o.failed)}
            </p>
            {(!o.failures.is_empty()).then(|| view! {
                <table>
                    <tbody>
                        {o.failures.into_iter().map(|f| view! { <tr><td>{f.at}</td><td>{kind(f.kind)}</td><td>{f.error}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}
