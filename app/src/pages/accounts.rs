//! Staff accounts, for administrators: create, deactivate, reset (one-time passwords are
//! shown once, here, and must be changed at the next sign-in).
use leptos::prelude::*;

use crate::components::Loaded;

use crate::components::PageTitle;
use crate::domain::staff::Role;
use crate::functions::staff::{list_accounts, CreateStaffAccount, DeactivateAccount, RequireTwoFactor, ResetAccount, ResetTwoFactor};
use crate::i18n::{error_text, use_lang, Msg};
use crate::pages::staff::role_name;

#[component]
pub fn AccountsPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::AccountsTitle/>
        <AccountsIsland/>
    }
}

/// The island (lazy: fetched when the page opens): the accounts and what an
/// administrator does with them.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn AccountsIsland() -> impl IntoView {
    let lang = use_lang();
    let create = ServerAction::<CreateStaffAccount>::new();
    let deactivate = ServerAction::<DeactivateAccount>::new();
    let reset = ServerAction::<ResetAccount>::new();
    let require = ServerAction::<RequireTwoFactor>::new();
    let reset_2fa = ServerAction::<ResetTwoFactor>::new();
    let set_email = ServerAction::<crate::functions::staff::SetStaffEmail>::new();
    let accounts = Resource::new(
        move || (create.version().get(), deactivate.version().get(), reset.version().get(), require.version().get(), reset_2fa.version().get(), set_email.version().get()),
        |_| list_accounts(),
    );
    let username = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Inspector);
    let one_time = move || {
        create.value().get().and_then(|r| r.ok()).or_else(|| reset.value().get().and_then(|r| r.ok()))
    };
    let error = move || {
        create.value().get().and_then(|r| r.err())
            .or_else(|| deactivate.value().get().and_then(|r| r.err()))
            .or_else(|| reset.value().get().and_then(|r| r.err()))
            .or_else(|| require.value().get().and_then(|r| r.err()))
            .or_else(|| reset_2fa.value().get().and_then(|r| r.err()))
            .or_else(|| set_email.value().get().and_then(|r| r.err()))
    };
    view! {
        <h1>{Msg::AccountsTitle.t(lang)}</h1>
        {move || one_time().map(|p| view! {
            <p class="ok" role="status">{Msg::OneTimePassword.t(lang)} " " <code data-testid="one-time-password">{p}</code></p>
        })}
        {move || error().map(|e| view! { <p class="error" role="alert" data-testid="accounts-error">{error_text(&e, lang)}</p> })}
        <form class="card" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            create.dispatch(CreateStaffAccount { username: username.get_untracked(), display_name: name.get_untracked(), role: role.get_untracked() });
        }>
            <label for="new-username">{Msg::Username.t(lang)}</label>
            <input id="new-username" type="text" on:input=move |ev| username.set(event_target_value(&ev))/>
            <label for="new-name">{Msg::DisplayName.t(lang)}</label>
            <input id="new-name" type="text" on:input=move |ev| name.set(event_target_value(&ev))/>
            <label for="new-role">{Msg::RoleLabel.t(lang)}</label>
            <select id="new-role" on:change=move |ev| if let Some(r) = Role::from_code(&event_target_value(&ev)) { role.set(r) }>
                {Role::ALL.into_iter().map(|r| view! { <option value=r.code() selected=r == Role::Inspector>{role_name(r, lang)}</option> }).collect_view()}
            </select>
            <button type="submit" class="button primary" data-testid="create-account">{Msg::CreateAccount.t(lang)}</button>
        </form>
        <Loaded data=accounts render=move |rows| view! {
                        <table class="card accounts" data-testid="accounts">
                            <tbody>
                                {rows.into_iter().map(|a| {
                                    let id = a.id;
                                    view! {
                                        <tr data-username=a.username.clone()>
                                            <td>{a.username.clone()}</td>
                                            <td>{a.display_name.clone()}</td>
                                            <td>{role_name(a.role, lang)}</td>
                                            <td>{if a.active { Msg::Active.t(lang) } else { Msg::Inactive.t(lang) }}</td>
                                            <td data-testid="two-factor-state">{if a.two_factor { "2FA ✓" } else { "2FA —" }}</td>
                                            <td>
                                                <button type="button" class="button" on:click=move |_| { reset.dispatch(ResetAccount { id }); }>{Msg::ResetPassword.t(lang)}</button>
                                                {a.active.then(|| view! {
                                                    <button type="button" class="button" on:click=move |_| { deactivate.dispatch(DeactivateAccount { id }); }>{Msg::Deactivate.t(lang)}</button>
                                                })}
                                                <label class="check">
                                                    <input type="checkbox" data-testid="require-two-factor" prop:checked=a.two_factor_required
                                                        on:change=move |ev| { require.dispatch(RequireTwoFactor { id, required: event_target_checked(&ev) }); }/>
                                                    {Msg::TwoFactorRequire.t(lang)}
                                                </label>
                                                {a.two_factor.then(|| view! {
                                                    <button type="button" class="button" on:click=move |_| { reset_2fa.dispatch(ResetTwoFactor { id }); }>{Msg::TwoFactorReset.t(lang)}</button>
                                                })}
                                            </td>
                                            <td>
                                                {
                                                    let email = RwSignal::new(a.email.clone());
                                                    view! {
                                                        <form class="inline" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                                                            ev.prevent_default();
                                                            set_email.dispatch(crate::functions::staff::SetStaffEmail { id, email: email.get_untracked() });
                                                        }>
                                                            <input type="email" data-testid="staff-email" aria-label=Msg::StaffNoticesEmail.t(lang) prop:value=move || email.get()
                                                                on:input=move |ev| email.set(event_target_value(&ev))/>
                                                            <button type="submit" class="button small" data-testid="save-staff-email">{Msg::SettingsSave.t(lang)}</button>
                                                        </form>
                                                    }
                                                }
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()/>
    }
}
