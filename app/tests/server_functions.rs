//! Server functions called directly, as the router would, with an `Owner` and the state in
//! context (SQLite; the services below them are tested on PostgreSQL too).
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::report::ReportInput;
use app::errors::AppError;
use app::functions::reports::{add_report_information, check_report, load_report_form, submit_report};
use app::services::test_db;
use app::state::AppState;
use leptos::prelude::*;

async fn with_state() -> (Owner, test_db::TestDb) {
    let t = test_db::sqlite().await;
    let owner = Owner::new();
    owner.set();
    provide_context(AppState::for_tests(t.db.clone(), Default::default()));
    (owner, t)
}

fn report() -> ReportInput {
    ReportInput {
        category: "gratifikasi".into(),
        what: "Kepala seksi meminta hadiah agar izin usaha saya disetujui.".into(),
        who: "Kepala Seksi Perizinan, Dinas Penanaman Modal".into(),
        place: "Kantor DPMPTSP, ruang perizinan lantai 2".into(),
        time: "Senin kemarin".into(),
        how: "Saat berkas diperiksa, ia berkata izin akan lama kecuali saya memberi amplop.".into(),
        how_much: "Rp 1,5 juta".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn the_form_state_has_the_categories_and_a_fresh_token_each_time() {
    let (_owner, t) = with_state().await;
    let a = load_report_form().await.unwrap();
    let b = load_report_form().await.unwrap();
    assert_eq!(a.categories.len(), 8);
    assert_eq!(a.token.len(), 32);
    assert_ne!(a.token, b.token);
    assert!(a.posted.is_none());
    t.drop_db().await;
}

#[tokio::test]
async fn a_citizen_submits_checks_and_adds_information() {
    let (_owner, t) = with_state().await;
    let token = load_report_form().await.unwrap().token;
    let submitted = submit_report(token.clone(), report(), Vec::new()).await.unwrap();
    let again = submit_report(token, report(), Vec::new()).await.unwrap();
    assert_eq!(submitted, again, "a retried request shows the same receipt");

    let status = check_report(submitted.receipt.replace(' ', "")).await.unwrap();
    assert_eq!(status.case_number, submitted.case_number);
    let status = add_report_information(submitted.receipt.clone(), "Saya punya foto amplopnya.".into(), Vec::new())
        .await
        .unwrap();
    assert_eq!(status.timeline.len(), 2);
    t.drop_db().await;
}

#[tokio::test]
async fn errors_reach_the_caller_as_clear_variants() {
    let (_owner, t) = with_state().await;
    assert_eq!(check_report("9999 9999 9999 9999".into()).await, Err(AppError::ReceiptUnknown));
    assert_eq!(check_report("12".into()).await, Err(AppError::ReceiptMalformed));
    assert_eq!(submit_report("bogus".into(), report(), Vec::new()).await, Err(AppError::FormExpired));
    t.drop_db().await;
}

/// Request parts carrying `cookie`, as leptos_axum provides them to server functions.
fn parts_with_cookie(cookie: &str) -> http::request::Parts {
    let (parts, ()) = http::Request::get("/api/x").header(http::header::COOKIE, cookie).body(()).unwrap().into_parts();
    parts
}

/// The state, and an inspector `gita` with the password `Kopi-susu-2026`.
async fn with_inspector_gita() -> (Owner, test_db::TestDb) {
    use app::domain::staff::Role;
    let (owner, t) = with_state().await;
    let st = use_context::<AppState>().unwrap();
    app::services::staff::create_account(&t.db, &st.hasher, None, app::services::staff::NewAccount::new("gita", "Gita", Role::Inspector, "Kopi-susu-2026", false))
        .await
        .unwrap();
    (owner, t)
}

#[tokio::test]
async fn staff_sign_in_sets_a_strict_http_only_cookie_that_identifies_them() {
    use app::functions::staff::{staff_login, staff_logout, whoami};
    let (_owner, t) = with_inspector_gita().await;

    let res = leptos_axum::ResponseOptions::default();
    provide_context(res.clone());
    provide_context(parts_with_cookie(""));
    assert_eq!(staff_login("gita".into(), "salah-sandi-123".into(), String::new()).await, Err(AppError::LoginFailed));
    let user = staff_login("gita".into(), "Kopi-susu-2026".into(), String::new()).await.unwrap();
    assert_eq!(user.role, app::domain::staff::Role::Inspector);
    let cookie = res.0.read().unwrap().headers.get(http::header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let pair = cookie.split(';').next().unwrap().to_owned();

    provide_context(parts_with_cookie(&pair));
    assert_eq!(whoami().await.unwrap().map(|u| u.username), Some("gita".to_owned()));
    staff_logout().await.unwrap();
    assert_eq!(whoami().await.unwrap(), None, "logout ends the session on the server");
    t.drop_db().await;
}

/// Hostile test: over HTTPS (behind the proxy) the session cookie was sent without
/// `Secure`, so one `http://` link leaked it. Now it is `__Host-` prefixed and `Secure`,
/// and only that name signs in over HTTPS.
#[tokio::test]
async fn over_https_the_session_cookie_is_secure_and_host_only() {
    use app::functions::staff::{staff_login, whoami};
    let (_owner, t) = with_inspector_gita().await;
    let over_https = |cookie: &str| {
        let mut parts = parts_with_cookie(cookie);
        parts.headers.insert("x-forwarded-proto", http::HeaderValue::from_static("https"));
        parts
    };
    let res = leptos_axum::ResponseOptions::default();
    provide_context(res.clone());
    provide_context(over_https(""));
    staff_login("gita".into(), "Kopi-susu-2026".into(), String::new()).await.unwrap();
    let cookie = res.0.read().unwrap().headers.get(http::header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-lentera_staf=") && cookie.contains("Secure") && cookie.contains("Path=/"), "{cookie}");
    let token = cookie.split(';').next().unwrap().split_once('=').unwrap().1.to_owned();
    provide_context(over_https(&format!("__Host-lentera_staf={token}")));
    assert_eq!(whoami().await.unwrap().map(|u| u.username), Some("gita".to_owned()));
    provide_context(over_https(&format!("lentera_staf={token}")));
    assert_eq!(whoami().await.unwrap(), None, "the unprefixed name does not count over HTTPS");
    t.drop_db().await;
}

/// Signs `username` in through the server function and returns their cookie pair.
async fn sign_in(username: &str) -> String {
    use app::functions::staff::staff_login;
    let res = leptos_axum::ResponseOptions::default();
    provide_context(res.clone());
    provide_context(parts_with_cookie(""));
    staff_login(username.into(), "Kopi-susu-2026".into(), String::new()).await.unwrap();
    let cookie = res.0.read().unwrap().headers.get(http::header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn every_staff_server_function_checks_the_caller_on_the_server() {
    use app::domain::staff::Role;
    use app::domain::workflow::{CaseState, Outcome};
    use app::functions::board::{load_board, move_board_card};
    use app::functions::cases::{assign_case, close_case, load_case};
    use app::functions::staff::{create_staff_account, list_accounts};
    use app::model::BoardFilter;
    use app::services::staff::{create_account, NewAccount};

    let (_owner, t) = with_state().await;
    let st = use_context::<AppState>().unwrap();
    let mut ids = std::collections::HashMap::new();
    for (name, role) in [("admin", Role::Administrator), ("irban", Role::Supervisor), ("auditor", Role::Inspector), ("petugas", Role::IntakeOfficer)] {
        let u = create_account(&t.db, &st.hasher, None, NewAccount::new(name, name, role, "Kopi-susu-2026", false)).await.unwrap();
        ids.insert(name, u.id);
    }
    let token = report_form_state_token().await;
    submit_report(token, report(), Vec::new()).await.unwrap();
    let case_id = 1;

    // Nobody signed in: every staff function refuses.
    provide_context(parts_with_cookie(""));
    assert_eq!(load_board(BoardFilter::default()).await, Err(AppError::NotSignedIn));
    assert_eq!(load_case(case_id).await, Err(AppError::NotSignedIn));
    assert_eq!(move_board_card(case_id, CaseState::Verifikasi).await, Err(AppError::NotSignedIn));
    assert_eq!(list_accounts().await, Err(AppError::NotSignedIn));

    // An inspector cannot open, by id, a case not assigned to them; nor assign; nor manage accounts.
    let inspector = sign_in("auditor").await;
    provide_context(parts_with_cookie(&inspector));
    assert_eq!(load_case(case_id).await, Err(AppError::CaseNotFound));
    assert_eq!(move_board_card(case_id, CaseState::Verifikasi).await, Err(AppError::CaseNotFound));
    assert_eq!(assign_case(case_id, ids["auditor"]).await, Err(AppError::Forbidden));
    assert_eq!(list_accounts().await, Err(AppError::Forbidden));
    assert!(load_board(BoardFilter::default()).await.unwrap().cards.is_empty());

    // An intake officer does not work cases.
    let intake = sign_in("petugas").await;
    provide_context(parts_with_cookie(&intake));
    assert_eq!(move_board_card(case_id, CaseState::Verifikasi).await, Err(AppError::Forbidden));
    assert_eq!(close_case(case_id, Outcome::Duplikat, "WBS-1".into(), "x".into()).await, Err(AppError::Forbidden));

    // The administrator manages accounts but does not work cases.
    let admin = sign_in("admin").await;
    provide_context(parts_with_cookie(&admin));
    assert_eq!(list_accounts().await.unwrap().len(), 4);
    assert_eq!(load_case(case_id).await, Err(AppError::Forbidden));

    // The supervisor assigns; then the inspector can open and move the case.
    let sup = sign_in("irban").await;
    provide_context(parts_with_cookie(&sup));
    assert_eq!(create_staff_account("x.y".into(), "X".into(), Role::Inspector).await, Err(AppError::Forbidden));
    assign_case(case_id, ids["auditor"]).await.unwrap();
    provide_context(parts_with_cookie(&inspector));
    assert_eq!(load_case(case_id).await.unwrap().id, case_id);
    move_board_card(case_id, CaseState::Verifikasi).await.unwrap();
    assert_eq!(move_board_card(case_id, CaseState::Selesai).await, Err(AppError::IllegalMove), "closing needs the close form");
    t.drop_db().await;
}

async fn report_form_state_token() -> String {
    load_report_form().await.unwrap().token
}

#[tokio::test]
async fn password_guessing_locks_the_account_for_a_while_even_for_the_right_password() {
    use app::domain::staff::Role;
    use app::domain::throttle::Limits;
    use app::functions::staff::staff_login;
    use app::services::staff::{self, NewAccount};
    use app::services::throttle::{ThrottleConfig, Throttles};
    let (_owner, t) = with_state().await;
    let throttle = ThrottleConfig { login: Limits::LOGIN.locking_after(3), ..Default::default() };
    let mut state = use_context::<AppState>().unwrap();
    state.throttles = std::sync::Arc::new(Throttles::new(throttle, state.db.clone(), [9; 32]));
    provide_context(state.clone());
    staff::create_account(&t.db, &state.hasher, None, NewAccount::new("gita", "Gita", Role::Inspector, "Kopi-susu-2026", false))
        .await
        .unwrap();
    for _ in 0..3 {
        assert_eq!(staff_login("gita".into(), "salah-sandi-123".into(), String::new()).await, Err(AppError::LoginFailed));
    }
    let locked = staff_login("Gita".into(), "Kopi-susu-2026".into(), String::new()).await.unwrap_err();
    assert!(matches!(locked, AppError::TooManyAttempts { retry_after_secs } if retry_after_secs > 0), "{locked:?}");
    t.drop_db().await;
}

#[tokio::test]
async fn where_two_factor_is_required_nothing_works_until_it_is_set_up() {
    use app::domain::staff::Role;
    use app::functions::board::load_board;
    use app::functions::staff::{start_two_factor, whoami};
    use app::model::BoardFilter;
    use app::services::staff::{create_account, NewAccount};
    let (_owner, t) = with_state().await;
    let st = use_context::<AppState>().unwrap();
    let admin = create_account(&t.db, &st.hasher, None, NewAccount::new("admin", "Admin", Role::Administrator, "Kopi-susu-2026", false)).await.unwrap();
    let irban = create_account(&t.db, &st.hasher, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false)).await.unwrap();
    app::services::two_factor::set_required(&t.db, &admin, irban.id, true).await.unwrap();

    let cookie = sign_in("irban").await;
    provide_context(parts_with_cookie(&cookie));
    assert!(whoami().await.unwrap().unwrap().must_set_up_two_factor);
    assert_eq!(load_board(BoardFilter::default()).await, Err(AppError::TwoFactorSetupRequired));
    assert_eq!(start_two_factor("Salah-sandi-2026".into()).await, Err(AppError::PasswordWrong), "the password again, and right");
    let setup = start_two_factor("Kopi-susu-2026".into()).await.unwrap();
    assert!(setup.url.contains("irban"), "setting it up is allowed");
    t.drop_db().await;
}

/// Every staff server function, called by every role and by an anonymous visitor, against
/// a case nobody is assigned to: what each may do, and that everything else is refused
/// before anything happens.
#[tokio::test]
async fn access_matrix_of_every_role_against_every_staff_function() {
    use app::domain::fivew::Element;
    use app::domain::report::Channel;
    use app::domain::staff::Role;
    use app::domain::workflow::{CaseState, Outcome};
    use app::functions::board::{board_options, load_board, move_board_card};
    use app::functions::cases::{
        add_note, approve_closing, ask_reporter, assign_case, close_case, enter_report, load_case, load_reply_letter, override_element, reopen_case,
        send_back_closing,
    };
    use app::functions::staff::{
        create_staff_account, deactivate_account, list_accounts, list_holidays, read_audit, remove_holiday,
        require_two_factor, reset_account, reset_two_factor, save_holiday, set_staff_email,
    };
    use app::functions::oversight::{load_dashboard, load_settings, save_category, save_profile, save_settings, save_work_unit, set_case_work_unit};
    use app::model::BoardFilter;
    use app::services::staff::{create_account, NewAccount};

    let (_owner, t) = with_state().await;
    let st = use_context::<AppState>().unwrap();
    for (name, role) in [("admin", Role::Administrator), ("irban", Role::Supervisor), ("auditor", Role::Inspector), ("petugas", Role::IntakeOfficer)] {
        create_account(&t.db, &st.hasher, None, NewAccount::new(name, name, role, "Kopi-susu-2026", false)).await.unwrap();
    }
    let target = create_account(&t.db, &st.hasher, None, NewAccount::new("sasaran", "Sasaran", Role::Inspector, "Kopi-susu-2026", false)).await.unwrap();
    submit_report(report_form_state_token().await, report(), Vec::new()).await.unwrap();
    let case = 1;

    /// Whether the call got past the permission checks (it may still fail on its input).
    fn passed<T>(r: Result<T, AppError>) -> bool {
        !matches!(r, Err(AppError::NotSignedIn | AppError::Forbidden | AppError::CaseNotFound))
    }
    async fn attempts(case: i32, target: i32) -> Vec<(&'static str, bool)> {
        let token = report_form_state_token().await;
        vec![
            ("load_board", passed(load_board(BoardFilter::default()).await)),
            ("board_options", passed(board_options().await)),
            ("load_case", passed(load_case(case).await)),
            ("load_reply_letter", passed(load_reply_letter(case).await)),
            ("override_element", passed(override_element(case, Element::Who, true, "Dicek".into()).await)),
            ("add_note", passed(add_note(case, "Catatan".into()).await)),
            ("ask_reporter", passed(ask_reporter(case, "Kapan?".into()).await)),
            ("move_board_card", passed(move_board_card(case, CaseState::Telaah).await)),
            ("close_case", passed(close_case(case, Outcome::Terbukti, String::new(), "Selesai".into()).await)),
            ("approve_closing", passed(approve_closing(case, 0).await)),
            ("send_back_closing", passed(send_back_closing(case, "Alasan".into()).await)),
            ("reopen_case", passed(reopen_case(case, "Alasan".into()).await)),
            ("assign_case", passed(assign_case(case, 999).await)),
            ("enter_report", passed(enter_report(token, Channel::Surat, "2999-01-01".into(), report(), Vec::new()).await)),
            ("read_audit(case)", passed(read_audit(Some(case)).await)),
            ("read_audit(all)", passed(read_audit(None).await)),
            ("list_accounts", passed(list_accounts().await)),
            ("create_staff_account", passed(create_staff_account("x".into(), String::new(), Role::Inspector).await)),
            ("require_two_factor", passed(require_two_factor(999, true).await)),
            ("reset_two_factor", passed(reset_two_factor(999).await)),
            ("reset_account", passed(reset_account(999).await)),
            ("deactivate_account", passed(deactivate_account(target).await)),
            ("set_staff_email", passed(set_staff_email(999, "staf@contoh.go.id".into()).await)),
            ("list_holidays", passed(list_holidays().await)),
            ("save_holiday", passed(save_holiday("2026-11-30".into(), "Libur daerah".into()).await)),
            ("remove_holiday", passed(remove_holiday("2099-01-01".into()).await)),
            ("load_dashboard", passed(load_dashboard(String::new(), String::new()).await)),
            ("load_settings", passed(load_settings().await)),
            ("save_settings", passed(save_settings(Default::default()).await)),
            ("save_profile", passed(save_profile(Default::default()).await)),
            ("save_work_unit", passed(save_work_unit(None, "Dinas Uji".into(), true).await)),
            ("save_category", passed(save_category(None, "Jenis uji".into(), "Test kind".into(), false).await)),
            ("set_case_work_unit", passed(set_case_work_unit(case, Some(999)).await)),
        ]
    }
    // What each may do with a case that is not theirs ("+" passes the checks).
    let expected: [(&str, Option<&str>, &str); 5] = [
        ("anonymous", None, "---------------------------------"),
        ("administrator", Some("admin"), "++------------++++++++++++-+++++-"),
        ("supervisor", Some("irban"), "+++++++++++++++--------+--+-----+"),
        ("inspector", Some("auditor"), "++---------------------+---------"),
        ("intake officer", Some("petugas"), "++-----------+---------+---------"),
    ];
    // Every server function the app registers is in this matrix, or one of the few that
    // anyone may call or that act on the caller's own account alone: a new function
    // without a rule here fails this test.
    let in_matrix: Vec<&str> = attempts(case, target.id).await.into_iter().map(|(name, _)| name.split('(').next().unwrap()).collect();
    const PUBLIC: &[&str] = &["load_report_form", "submit_report", "check_report", "add_report_information", "load_public_stats", "staff_login", "staff_logout", "whoami"];
    const OWN_ACCOUNT: &[&str] = &["change_own_password", "start_two_factor", "confirm_two_factor", "load_notice_settings", "save_notice_settings"];
    let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.rsplit('/').next().unwrap().trim_end_matches(|c: char| c.is_ascii_digit()).to_owned())
        .collect();
    registered.sort();
    registered.dedup();
    let mut ruled: Vec<String> = in_matrix.iter().chain(PUBLIC).chain(OWN_ACCOUNT).map(|n| n.to_owned().to_owned()).collect();
    ruled.sort();
    ruled.dedup();
    assert_eq!(registered, ruled, "every registered server function has its row in the access matrix");

    let mut refused = 0;
    let mut total = 0;
    for (who, username, allowed) in expected {
        let cookie = match username {
            Some(u) => sign_in(u).await,
            None => String::new(),
        };
        provide_context(parts_with_cookie(&cookie));
        let got = attempts(case, target.id).await;
        let got_pattern: String = got.iter().map(|(_, ok)| if *ok { '+' } else { '-' }).collect();
        assert_eq!(got_pattern, allowed, "{who}: {got:?}");
        refused += got.iter().filter(|(_, ok)| !ok).count();
        total += got.len();
    }
    println!("access matrix: {total} attempts, {refused} refused");
    t.drop_db().await;
}
