//! The staff entrance: sign in, see who is signed in, sign out. The case board follows.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::domain::staff::Role;
use crate::errors::AppError;
use crate::functions::staff::{whoami, ChangeOwnPassword, ConfirmTwoFactor, StaffLogin, StaffLogout, StartTwoFactor};
use crate::i18n::{error_text, use_lang, Lang, Msg};

pub(crate) fn role_name(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Administrator, Lang::Id) => "Administrator",
        (Role::Administrator, Lang::En) => "Administrator",
        (Role::Supervisor, Lang::Id) => "Inspektur / Irban",
        (Role::Supervisor, Lang::En) => "Supervisor",
        (Role::Inspector, Lang::Id) => "Pemeriksa",
        (Role::Inspector, Lang::En) => "Inspector",
        (Role::IntakeOfficer, Lang::Id) => "Petugas penerima laporan",
        (Role::IntakeOfficer, Lang::En) => "Intake officer",
    }
}

#[component]
pub fn StaffPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::StaffTitle/>
        <SignIn/>
    }
}

/// The island (lazy: fetched when the page opens): signing in and out, the own password,
/// two-factor sign-in.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn SignIn() -> impl IntoView {
    let lang = use_lang();
    let login = ServerAction::<StaffLogin>::new();
    let logout = ServerAction::<StaffLogout>::new();
    let change = ServerAction::<ChangeOwnPassword>::new();
    let me = Resource::new(
        move || (login.version().get(), logout.version().get(), change.version().get()),
        |_| whoami(),
    );
    // Made here, not inside the signed-in view: a resource first created after an await in a
    // `Suspend` is not in the order the server streamed it, and the page did not hydrate.
    let notices = Resource::new(
        move || (login.version().get(), logout.version().get(), change.version().get()),
        |_| crate::functions::staff::load_notice_settings(),
    );
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    // The password was right and the account has two-factor sign-in: ask for the code.
    let needs_code = move || {
        matches!(login.value().get(), Some(Err(AppError::SecondFactorRequired | AppError::SecondFactorWrong)))
    };
    let on_login = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        login.dispatch(StaffLogin {
            username: username.get_untracked(),
            password: password.get_untracked(),
            code: code.get_untracked(),
        });
        code.set(String::new());
    };
    view! {
        <h1>{Msg::StaffTitle.t(lang)}</h1>
        <Suspense fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(user)) if user.must_change_password => view! { <ChangePassword change/> }.into_any(),
                    Ok(Some(user)) if user.must_set_up_two_factor => view! {
                        <section class="card" data-testid="two-factor-required">
                            <p>{error_text(&AppError::TwoFactorSetupRequired, lang)}</p>
                            <TwoFactorSetupPanel/>
                        </section>
                    }.into_any(),
                    Ok(Some(user)) => view! {
                        <section class="card" data-testid="signed-in">
                            <p>{Msg::SignedInAs.t(lang)} " " <strong>{user.display_name.clone()}</strong>
                                " (" {user.username.clone()} ", " {role_name(user.role, lang)} ")"</p>
                            <p><a href="/staf/papan" data-testid="to-board">{Msg::BoardTitle.t(lang)}</a>
                                " · " <a href="/staf/laporan-baru" data-testid="to-intake">{Msg::IntakeTitle.t(lang)}</a>
                                " · " <a href="/staf/akun" data-testid="to-accounts">{Msg::AccountsTitle.t(lang)}</a>
                                " · " <a href="/staf/audit" data-testid="to-audit">{Msg::AuditTitle.t(lang)}</a>
                                " · " <a href="/staf/libur" data-testid="to-holidays">{Msg::HolidaysTitle.t(lang)}</a>
                                " · " <a href="/staf/dasbor" data-testid="to-dashboard">{Msg::DashboardTitle.t(lang)}</a>
                                " · " <a href="/staf/pengaturan" data-testid="to-settings">{Msg::SettingsTitle.t(lang)}</a></p>
                            <button type="button" class="button" data-testid="logout"
                                on:click=move |_| { logout.dispatch(StaffLogout {}); }>{Msg::SignOut.t(lang)}</button>
                        </section>
                        <section class="card">
                            <h2>{Msg::TwoFactorTitle.t(lang)}</h2>
                            {if user.two_factor {
                                view! { <p data-testid="two-factor-on">{Msg::TwoFactorOn.t(lang)}</p> }.into_any()
                            } else {
                                view! { <p>{Msg::TwoFactorOff.t(lang)}</p> <TwoFactorSetupPanel/> }.into_any()
                            }}
                        </section>
                        <NoticePanel loaded=notices/>
                    }.into_any(),
                    _ => view! {
                        <form class="card login" method="post" on:submit=on_login>
                            <label for="username">{Msg::Username.t(lang)}</label>
                            <input id="username" name="username" type="text" autocomplete="username"
                                on:input=move |ev| username.set(event_target_value(&ev))/>
                            <label for="password">{Msg::Password.t(lang)}</label>
                            <input id="password" name="password" type="password" autocomplete="current-password"
                                prop:value=move || password.get()
                                on:input=move |ev| password.set(event_target_value(&ev))/>
                            <Show when=needs_code>
                                <label for="totp-code">{Msg::TwoFactorCode.t(lang)}</label>
                                <input id="totp-code" type="text" inputmode="numeric" autocomplete="one-time-code"
                                    prop:value=move || code.get()
                                    on:input=move |ev| code.set(event_target_value(&ev))/>
                            </Show>
                            {move || login.value().get().and_then(|r| r.err()).map(|e| view! {
                                <p class="error" role="alert" data-testid="login-error">{error_text(&e, lang)}</p>
                            })}
                            <button type="submit" class="button primary" data-testid="login"
                                disabled=move || login.pending().get()>{Msg::SignIn.t(lang)}</button>
                        </form>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A generated or reset password must be replaced before anything else.
#[component]
fn ChangePassword(change: ServerAction<ChangeOwnPassword>) -> impl IntoView {
    let lang = use_lang();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        change.dispatch(ChangeOwnPassword { current: current.get_untracked(), new: new.get_untracked() });
    };
    view! {
        <form class="card" data-testid="change-password" on:submit=on_submit>
            <p>{Msg::MustChangePassword.t(lang)}</p>
            <label for="current">{Msg::CurrentPassword.t(lang)}</label>
            <input id="current" type="password" autocomplete="current-password"
                on:input=move |ev| current.set(event_target_value(&ev))/>
            <label for="new">{Msg::NewPassword.t(lang)}</label>
            <input id="new" type="password" autocomplete="new-password" minlength="12"
                on:input=move |ev| new.set(event_target_value(&ev))/>
            {move || change.value().get().and_then(|r| r.err()).map(|e| view! {
                <p class="error" role="alert" data-testid="change-error">{error_text(&e, lang)}</p>
            })}
            <button type="submit" class="button primary" data-testid="change">{Msg::SavePassword.t(lang)}</button>
        </form>
    }
}

/// Setting up two-factor sign-in: a QR code and the secret as text for the authenticator
/// app, then a first code to confirm, then the recovery codes, shown once.
#[component]
fn TwoFactorSetupPanel() -> impl IntoView {
    let lang = use_lang();
    let start = ServerAction::<StartTwoFactor>::new();
    let confirm = ServerAction::<ConfirmTwoFactor>::new();
    let code = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let on_start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        start.dispatch(StartTwoFactor { password: password.get_untracked() });
    };
    let on_confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        confirm.dispatch(ConfirmTwoFactor { code: code.get_untracked() });
    };
    view! {
        {move || match (start.value().get(), confirm.value().get()) {
            (_, Some(Ok(codes))) => view! {
                <div data-testid="recovery-codes">
                    <p class="warn" role="note">{Msg::RecoveryCodesOnce.t(lang)}</p>
                    <ul class="recovery-codes">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
                </div>
            }.into_any(),
            (Some(Ok(setup)), confirmed) => view! {
                <p>{Msg::TwoFactorScan.t(lang)}</p>
                // SVG made on the server from our own otpauth:// address; no script in it.
                <div class="qr" inner_html=setup.qr_svg.clone()></div>
                <p>{Msg::TwoFactorKey.t(lang)} " " <code data-testid="totp-secret">{setup.secret.clone()}</code></p>
                <form on:submit=on_confirm>
                    <label for="totp-confirm">{Msg::TwoFactorCode.t(lang)}</label>
                    <input id="totp-confirm" type="text" inputmode="numeric" autocomplete="one-time-code"
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                    {confirmed.and_then(|r| r.err()).map(|e| view! { <p class="error" role="alert">{error_text(&e, lang)}</p> })}
                    <button type="submit" class="button primary" data-testid="confirm-two-factor">{Msg::TwoFactorConfirm.t(lang)}</button>
                </form>
            }.into_any(),
            (other, _) => view! {
                // The password again: a session left open elsewhere cannot set up a phone.
                <form on:submit=on_start>
                    <label for="two-factor-password">{Msg::CurrentPassword.t(lang)}</label>
                    <input id="two-factor-password" type="password" autocomplete="current-password"
                        on:input=move |ev| password.set(event_target_value(&ev))/>
                    {other.and_then(|r| r.err()).map(|e| view! { <p class="error" role="alert">{error_text(&e, lang)}</p> })}
                    <button type="submit" class="button" data-testid="start-two-factor">{Msg::TwoFactorStart.t(lang)}</button>
                </form>
            }.into_any(),
        }}
    }
}

/// The own address for notices and, per kind, at once, in the daily digest at an hour, or off.
#[component]
fn NoticePanel(loaded: Resource<Result<Option<crate::model::NoticeSettings>, AppError>>) -> impl IntoView {
    use crate::domain::notice::{NoticeKind, NoticeMode};
    use crate::functions::staff::SaveNoticeSettings;
    use crate::i18n::{notice_kind_name, notice_mode_name};
    let lang = use_lang();
    let save = ServerAction::<SaveNoticeSettings>::new();
    let render = move |current: Option<crate::model::NoticeSettings>| {
        let Some(current) = current else { return ().into_any() };
        let form = RwSignal::new(current);
        let modes = [NoticeMode::Immediate, NoticeMode::Digest, NoticeMode::Off];
        let code = |m: NoticeMode| match m {
            NoticeMode::Immediate => "immediate",
            NoticeMode::Digest => "digest",
            NoticeMode::Off => "off",
        };
        view! {
            <form class="card" data-testid="notice-settings" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                save.dispatch(SaveNoticeSettings { settings: form.get_untracked() });
            }>
                <h2>{Msg::StaffNoticesTitle.t(lang)}</h2>
                <p class="ex">{Msg::StaffNoticesHelp.t(lang)}</p>
                <label for="notice-email">{Msg::StaffNoticesEmail.t(lang)}</label>
                <input id="notice-email" type="email" autocomplete="email" prop:value=move || form.with(|f| f.email.clone())
                    on:input=move |ev| form.update(|f| f.email = event_target_value(&ev))/>
                {NoticeKind::STAFF.into_iter().map(|k| {
                    let id = format!("notice-{}", k.code());
                    view! {
                        <label for=id.clone()>{notice_kind_name(k, lang)}</label>
                        <select id=id on:change=move |ev| {
                            let v = event_target_value(&ev);
                            form.update(|f| if let Some(m) = modes.into_iter().find(|m| code(*m) == v) { f.prefs.set(k, m) });
                        }>
                            {modes.into_iter().map(|m| view! {
                                <option value=code(m) selected=move || form.with(|f| f.prefs.mode(k) == m)>{notice_mode_name(m, lang)}</option>
                            }).collect_view()}
                        </select>
                    }
                }).collect_view()}
                <label for="notice-hour">{Msg::StaffNoticesHour.t(lang)}</label>
                <select id="notice-hour" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    form.update(|f| if let Ok(h) = v.parse() { f.prefs.digest_hour = h });
                }>
                    {(0..24u8).map(|h| view! {
                        <option value=h.to_string() selected=move || form.with(|f| f.prefs.digest_hour == h)>{format!("{h:02}.00 WIB")}</option>
                    }).collect_view()}
                </select>
                {move || match save.value().get() {
                    Some(Ok(())) => Some(view! { <p class="ok" role="status" data-testid="notice-saved">{Msg::StaffNoticesSaved.t(lang)}</p> }.into_any()),
                    Some(Err(e)) => Some(view! { <p class="error" role="alert" data-testid="notice-error">{error_text(&e, lang)}</p> }.into_any()),
                    None => None,
                }}
                <button type="submit" class="button primary" data-testid="save-notices">{Msg::SettingsSave.t(lang)}</button>
            </form>
        }
        .into_any()
    };
    view! { <crate::components::Loaded data=loaded render/> }
}
