//! Staff accounts and sessions against real SQLite and PostgreSQL through the migrations.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::staff::{PasswordProblem, Role, SESSION_ABSOLUTE_SECS, SESSION_IDLE_SECS};
use app::entities::{audit_event, staff_session};
use app::errors::AppError;
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::test_db;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const PW: &str = "Kopi-susu-2026";

fn hasher() -> Hasher {
    Hasher::new([1; 32])
}

async fn actions(db: &sea_orm::DatabaseConnection) -> Vec<String> {
    audit_event::Entity::find().all(db).await.unwrap().into_iter().map(|e| e.action).collect()
}

#[tokio::test]
async fn an_account_signs_in_with_its_password_and_gets_a_session() {
    for t in test_db::all().await {
        let h = hasher();
        let created = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("Ani.Irban", "Ani", Role::Supervisor, PW, false)).await.unwrap();
        assert_eq!(created.username, "ani.irban", "user names are case-insensitive");
        let (user, token) = staff::login(&t.db, &h, "ANI.irban", PW, None).await.unwrap();
        assert_eq!(user.role, Role::Supervisor);
        assert_eq!(staff::session_user(&t.db, &Default::default(), &token).await.unwrap(), Some(user.clone()));
        let stored = staff_session::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_ne!(stored.id_hash, token, "{}: only a hash of the cookie is stored", t.backend);
        assert_eq!(actions(&t.db).await, vec!["account_created", "login"]);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_wrong_password_or_unknown_user_fails_the_same_way() {
    for t in test_db::all().await {
        let h = hasher();
        staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("budi", "Budi", Role::Inspector, PW, false)).await.unwrap();
        assert_eq!(staff::login(&t.db, &h, "budi", "Kopi-susu-2025", None).await.unwrap_err(), AppError::LoginFailed);
        assert_eq!(staff::login(&t.db, &h, "nobody", PW, None).await.unwrap_err(), AppError::LoginFailed);
        assert_eq!(staff_session::Entity::find().count(&t.db).await.unwrap(), 0);
        let failed = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("login_failed"))
            .count(&t.db)
            .await
            .unwrap();
        assert_eq!(failed, 2, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn every_login_gets_a_new_session_and_logout_really_ends_it() {
    for t in test_db::all().await {
        let h = hasher();
        staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("citra", "Citra", Role::Inspector, PW, false)).await.unwrap();
        let (_, first) = staff::login(&t.db, &h, "citra", PW, None).await.unwrap();
        let (_, second) = staff::login(&t.db, &h, "citra", PW, None).await.unwrap();
        assert_ne!(first, second);
        staff::logout(&t.db, &first).await.unwrap();
        assert_eq!(staff::session_user(&t.db, &Default::default(), &first).await.unwrap(), None);
        assert!(staff::session_user(&t.db, &Default::default(), &second).await.unwrap().is_some(), "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn sessions_expire_when_idle_and_after_twelve_hours() {
    for t in test_db::all().await {
        let h = hasher();
        staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("dedi", "Dedi", Role::Inspector, PW, false)).await.unwrap();
        let (_, token) = staff::login(&t.db, &h, "dedi", PW, None).await.unwrap();
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        // Used every 20 minutes it stays alive until the absolute limit.
        let mut at = now;
        while at + 20 * 60 <= now + SESSION_ABSOLUTE_SECS {
            at += 20 * 60;
            assert!(staff::session_user_at(&t.db, &Default::default(), &token, at).await.unwrap().is_some(), "{} at +{}", t.backend, at - now);
        }
        assert!(staff::session_user_at(&t.db, &Default::default(), &token, now + SESSION_ABSOLUTE_SECS + 60).await.unwrap().is_none());

        let (_, idle) = staff::login(&t.db, &h, "dedi", PW, None).await.unwrap();
        assert!(staff::session_user_at(&t.db, &Default::default(), &idle, now + SESSION_IDLE_SECS + 120).await.unwrap().is_none());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_deactivated_account_loses_its_sessions_and_cannot_sign_in() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("admin", "Admin", Role::Administrator, PW, false)).await.unwrap();
        let eko = staff::create_account(&t.db, &h, Some(admin.id), app::services::staff::NewAccount::new("eko", "Eko", Role::Inspector, PW, false)).await.unwrap();
        let (_, token) = staff::login(&t.db, &h, "eko", PW, None).await.unwrap();
        staff::deactivate(&t.db, admin.id, eko.id).await.unwrap();
        assert_eq!(staff::session_user(&t.db, &Default::default(), &token).await.unwrap(), None);
        assert_eq!(staff::login(&t.db, &h, "eko", PW, None).await.unwrap_err(), AppError::LoginFailed, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn weak_passwords_and_taken_names_are_refused() {
    for t in test_db::all().await {
        let h = hasher();
        let short = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("fajar", "Fajar", Role::Inspector, "pendek", false)).await;
        assert_eq!(short.unwrap_err(), AppError::WeakPassword(PasswordProblem::TooShort));
        let common = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("fajar", "Fajar", Role::Inspector, "password1234", false)).await;
        assert_eq!(common.unwrap_err(), AppError::WeakPassword(PasswordProblem::TooCommon));
        staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("fajar", "Fajar", Role::Inspector, PW, false)).await.unwrap();
        let taken = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("Fajar", "F", Role::Inspector, PW, false)).await;
        assert_eq!(taken.unwrap_err(), AppError::UsernameTaken, "{}", t.backend);
        // Each mistake its own message (a space in a user name was told to "write the
        // additional information").
        let spaced = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("Ani B", "Ani", Role::Inspector, PW, false)).await;
        assert_eq!(spaced.unwrap_err(), AppError::InvalidUsername);
        let nameless = staff::create_account(&t.db, &h, None, app::services::staff::NewAccount::new("ani.b", " ", Role::Inspector, PW, false)).await;
        assert_eq!(nameless.unwrap_err(), AppError::InvalidName);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_first_administrator_gets_a_one_time_password_to_change() {
    for t in test_db::all().await {
        let h = hasher();
        let generated = staff::ensure_first_admin(&t.db, &h, "admin", None).await.unwrap().unwrap();
        assert_eq!(generated.len(), 20);
        assert_eq!(staff::ensure_first_admin(&t.db, &h, "admin", None).await.unwrap(), None, "only once");
        let (user, _) = staff::login(&t.db, &h, "admin", &generated, None).await.unwrap();
        assert!(user.must_change_password);
        assert_eq!(user.role, Role::Administrator);
        staff::change_password(&t.db, &h, &user, &generated, PW, None).await.unwrap();
        let (user, _) = staff::login(&t.db, &h, "admin", PW, None).await.unwrap();
        assert!(!user.must_change_password, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn only_an_administrator_manages_accounts_and_a_reset_forces_a_new_password() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = staff::create_account(&t.db, &h, None, staff::NewAccount::new("admin", "Admin", Role::Administrator, PW, false)).await.unwrap();
        let sup = staff::create_account(&t.db, &h, None, staff::NewAccount::new("irban", "Irban", Role::Supervisor, PW, false)).await.unwrap();
        assert_eq!(staff::list_accounts(&t.db, &sup).await.unwrap_err(), AppError::Forbidden);
        assert_eq!(staff::admin_create(&t.db, &h, &sup, "x1x", "X", Role::Inspector).await.unwrap_err(), AppError::Forbidden);
        assert_eq!(staff::admin_deactivate(&t.db, &admin, admin.id).await.unwrap_err(), AppError::Forbidden, "not oneself");

        let one_time = staff::admin_create(&t.db, &h, &admin, "hana", "Hana", Role::Inspector).await.unwrap();
        let (hana, token) = staff::login(&t.db, &h, "hana", &one_time, None).await.unwrap();
        assert!(hana.must_change_password);
        staff::change_password(&t.db, &h, &hana, &one_time, PW, None).await.unwrap();

        let reset = staff::admin_reset(&t.db, &h, &admin, hana.id).await.unwrap();
        assert_eq!(staff::session_user(&t.db, &Default::default(), &token).await.unwrap(), None, "a reset ends the sessions");
        assert_eq!(staff::login(&t.db, &h, "hana", PW, None).await.unwrap_err(), AppError::LoginFailed);
        let (again, _) = staff::login(&t.db, &h, "hana", &reset, None).await.unwrap();
        assert!(again.must_change_password, "{}", t.backend);
        let rows = staff::list_accounts(&t.db, &admin).await.unwrap();
        assert_eq!(rows.iter().map(|r| r.username.as_str()).collect::<Vec<_>>(), ["admin", "hana", "irban"]);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn two_factor_sign_in_takes_each_code_once_and_recovery_codes_once() {
    use app::services::two_factor;
    use totp_rs::TOTP;
    for t in test_db::all().await {
        let h = Hasher::new([1; 32]);
        let user = staff::create_account(&t.db, &h, None, NewAccount::new("fitri", "Fitri", Role::Inspector, PW, false)).await.unwrap();
        let setup = two_factor::start(&t.db, &h, &user, PW).await.unwrap();
        assert!(setup.url.starts_with("otpauth://totp/Lentera:fitri?"), "{}", setup.url);
        assert!(setup.qr_svg.contains("<svg") && !setup.qr_svg.contains("<script"));
        assert!(!staff::login(&t.db, &h, "fitri", PW, None).await.unwrap().0.two_factor, "not on until confirmed");

        let app_ = TOTP::from_url(&setup.url).unwrap();
        let now = time::OffsetDateTime::now_utc().unix_timestamp() as u64;
        let code = app_.generate(now);
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 500_000) % 1_000_000);
        assert_eq!(two_factor::confirm(&t.db, &h, &user, &wrong).await, Err(AppError::SecondFactorWrong));
        let recovery = two_factor::confirm(&t.db, &h, &user, &code).await.unwrap();
        assert_eq!(recovery.len(), 10);

        assert_eq!(staff::login(&t.db, &h, "fitri", PW, None).await.unwrap_err(), AppError::SecondFactorRequired);
        assert_eq!(staff::login(&t.db, &h, "fitri", PW, Some(&code)).await.unwrap_err(), AppError::SecondFactorWrong, "{}: spent on confirming", t.backend);
        let next = app_.generate(now + 30);
        let (signed_in, _) = staff::login(&t.db, &h, "fitri", PW, Some(&next)).await.unwrap();
        assert!(signed_in.two_factor);
        assert_eq!(staff::login(&t.db, &h, "fitri", PW, Some(&next)).await.unwrap_err(), AppError::SecondFactorWrong, "a code works once");
        assert_eq!(staff::login(&t.db, &h, "fitri", "Salah-sandi-2026", Some(&next)).await.unwrap_err(), AppError::LoginFailed);

        let typed = format!(" {} ", recovery[3].to_lowercase());
        staff::login(&t.db, &h, "fitri", PW, Some(&typed)).await.unwrap();
        assert_eq!(staff::login(&t.db, &h, "fitri", PW, Some(&recovery[3])).await.unwrap_err(), AppError::SecondFactorWrong);

        // An administrator can require it, and reset it for a lost phone.
        let admin = staff::create_account(&t.db, &h, None, NewAccount::new("admin", "Admin", Role::Administrator, PW, false)).await.unwrap();
        let other = staff::create_account(&t.db, &h, None, NewAccount::new("gilang", "Gilang", Role::Inspector, PW, false)).await.unwrap();
        assert_eq!(two_factor::set_required(&t.db, &user, other.id, true).await, Err(AppError::Forbidden));
        two_factor::set_required(&t.db, &admin, other.id, true).await.unwrap();
        assert!(staff::login(&t.db, &h, "gilang", PW, None).await.unwrap().0.must_set_up_two_factor);
        two_factor::reset(&t.db, &admin, user.id).await.unwrap();
        let (after_reset, _) = staff::login(&t.db, &h, "fitri", PW, None).await.unwrap();
        assert!(!after_reset.two_factor, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn sign_in_failures_are_kept_in_the_database_and_old_days_are_purged() {
    use app::domain::throttle::Limits;
    use app::entities::throttle_entry;
    use app::services::throttle::{self, Guard, ThrottleConfig, Throttles};
    use sea_orm::{ActiveModelTrait, Set};
    let config = ThrottleConfig { login: Limits::LOGIN.locking_after(2), ..Default::default() };
    for t in test_db::all().await {
        let who = t.backend;
        // Two throttles over one database, as two instances have.
        let (a, b) = (Throttles::new(config, t.db.clone(), [5; 32]), Throttles::new(config, t.db.clone(), [5; 32]));
        let key = a.key(&http::HeaderMap::new(), &http::Extensions::new(), "*gita");
        assert_eq!(key, b.key(&http::HeaderMap::new(), &http::Extensions::new(), "*gita"), "{who}: instances agree on keys");
        let fail = || async { Err::<(), _>(AppError::LoginFailed) };
        assert!(matches!(a.guarded(Guard::Login, &[key], fail()).await, Err(AppError::LoginFailed)));
        assert!(matches!(b.guarded(Guard::Login, &[key], fail()).await, Err(AppError::LoginFailed)));
        let locked = a.guarded(Guard::Login, &[key], async { Ok(()) }).await;
        assert!(matches!(locked, Err(AppError::TooManyAttempts { .. })), "{who}: one failure on each locks: {locked:?}");
        let rows = throttle_entry::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(rows.len(), 1, "{who}");
        assert!(rows[0].key.starts_with("login:") && !rows[0].key.contains("gita"), "{who}: a keyed hash, nothing readable");

        // A record from two days ago goes; today's (locked) one stays.
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let old = throttle_entry::ActiveModel { key: Set("receipt:00".into()), count: Set(3), window_start: Set(now - 2 * 86_400), locked_until: Set(0) };
        old.insert(&t.db).await.unwrap();
        assert_eq!(throttle::purge_stale(&t.db, now).await.unwrap(), 1, "{who}");
        assert_eq!(throttle_entry::Entity::find().count(&t.db).await.unwrap(), 1, "{who}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn guesses_sent_in_parallel_are_each_counted() {
    use app::domain::throttle::Limits;
    use app::services::throttle::{Guard, ThrottleConfig, Throttles};
    let config = ThrottleConfig { login: Limits::LOGIN.locking_after(6), ..Default::default() };
    for t in test_db::all().await {
        let who = t.backend;
        let throttles = Throttles::new(config, t.db.clone(), [6; 32]);
        let key = throttles.key(&http::HeaderMap::new(), &http::Extensions::new(), "*gita");
        let keys = [key];
        let guess = || throttles.guarded(Guard::Login, &keys, async { Err::<(), _>(AppError::LoginFailed) });
        // Six at once from a client with no record yet: the first guesses race to create it.
        let _ = tokio::join!(guess(), guess(), guess(), guess(), guess(), guess());
        let next = throttles.guarded(Guard::Login, &[key], async { Ok(()) }).await;
        assert!(matches!(next, Err(AppError::TooManyAttempts { .. })), "{who}: six parallel guesses lock: {next:?}");
        t.drop_db().await;
    }
}

/// Hostile test: a burst far larger than the limit, all sent before any finishes, for each
/// guard that locks. At most the limit of attempts may run (the hostile test of main ran 145
/// wrong passwords in 17 s, never locked), attempts still running when the lock falls do not
/// lift it as they finish, and a right answer inside the burst gives its place back.
#[tokio::test]
async fn a_parallel_burst_runs_no_more_attempts_than_the_limit() {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use app::domain::throttle::Limits;
    use app::services::throttle::{Guard, ThrottleConfig, Throttles};
    // No delays, so that the burst really is parallel.
    let quick = |limit: u32| Limits { free: limit, lock_after: limit, window_secs: 900, lock_secs: 900 };
    let config = ThrottleConfig { login: quick(10), receipt: quick(20), uploads: quick(6), ..Default::default() };
    for t in test_db::all().await {
        let who = t.backend;
        let throttles = Throttles::new(config, t.db.clone(), [7; 32]);
        for (guard, limit, wrong) in [
            (Guard::Login, 10, AppError::LoginFailed),
            (Guard::Receipt, 20, AppError::ReceiptUnknown),
            (Guard::Upload, 6, AppError::EvidenceTooComplex),
        ] {
            let keys = [throttles.key(&http::HeaderMap::new(), &http::Extensions::new(), &format!("*{guard:?}"))];
            let ran = AtomicUsize::new(0);
            let attempt = || {
                throttles.guarded(guard, &keys, async {
                    ran.fetch_add(1, Ordering::SeqCst);
                    // Slow, like an Argon2 hash: the whole burst arrives while it runs.
                    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
                    Err::<(), _>(wrong.clone())
                })
            };
            let results = futures::future::join_all((0..60).map(|_| attempt())).await;
            assert_eq!(ran.load(Ordering::SeqCst), limit, "{who} {guard:?}: attempts evaluated");
            let refused = results.iter().filter(|r| matches!(r, Err(AppError::TooManyAttempts { .. }))).count();
            assert_eq!(refused, 60 - limit, "{who} {guard:?}");
            let after = throttles.guarded(guard, &keys, async { Ok(()) }).await;
            assert!(matches!(after, Err(AppError::TooManyAttempts { .. })), "{who} {guard:?}: still locked: {after:?}");
        }

        // Receipts: nineteen wrong, then the citizen's own right one, then more guesses: the
        // right one does not count, so exactly one more guess runs.
        let keys = [throttles.key(&http::HeaderMap::new(), &http::Extensions::new(), "*citizen")];
        for _ in 0..19 {
            let _ = throttles.guarded(Guard::Receipt, &keys, async { Err::<(), _>(AppError::ReceiptUnknown) }).await;
        }
        assert!(throttles.guarded(Guard::Receipt, &keys, async { Ok(()) }).await.is_ok(), "{who}");
        let wrong = throttles.guarded(Guard::Receipt, &keys, async { Err::<(), _>(AppError::ReceiptUnknown) }).await;
        assert!(matches!(wrong, Err(AppError::ReceiptUnknown)), "{who}: the twentieth guess runs");
        let locked = throttles.guarded(Guard::Receipt, &keys, async { Ok(()) }).await;
        assert!(matches!(locked, Err(AppError::TooManyAttempts { .. })), "{who}: {locked:?}");
        t.drop_db().await;
    }
}

/// Hostile test of two-factor sign-in: one code sent by five sign-ins at once gave five
/// sessions on main, one recovery code two; a stolen session could set up its own phone
/// without the password (voiding the owner's recovery codes) and stayed signed in after the
/// owner changed the password; and after a key rotation the two-factor secrets stayed under
/// the old key, so their owners could not sign in once it was retired.
#[tokio::test]
async fn two_factor_codes_work_once_under_parallel_use_and_survive_a_key_rotation() {
    use app::services::reseal::reseal_all;
    use app::services::sealing::Sealer;
    use app::services::two_factor;
    use totp_rs::TOTP;
    for t in test_db::all().await {
        let who = t.backend;
        let h = hasher().with_sealer(Sealer::new([3; 32], &[]));
        let user = staff::create_account(&t.db, &h, None, NewAccount::new("wulan", "Wulan", Role::Inspector, PW, false)).await.unwrap();
        assert_eq!(two_factor::start(&t.db, &h, &user, "Salah-sandi-2026").await.unwrap_err(), AppError::PasswordWrong, "{who}");
        let setup = two_factor::start(&t.db, &h, &user, PW).await.unwrap();
        let app_ = TOTP::from_url(&setup.url).unwrap();
        let now = u64::try_from(time::OffsetDateTime::now_utc().unix_timestamp()).unwrap();
        let recovery = two_factor::confirm(&t.db, &h, &user, &app_.generate(now)).await.unwrap();
        assert_eq!(two_factor::start(&t.db, &h, &user, PW).await.unwrap_err(), AppError::TwoFactorAlreadyOn, "{who}: no replacing it from a session");

        let next = app_.generate(now + 30);
        let logins = futures::future::join_all((0..5).map(|_| staff::login(&t.db, &h, "wulan", PW, Some(&next)))).await;
        assert_eq!(logins.iter().filter(|r| r.is_ok()).count(), 1, "{who}: one code, one session: {logins:?}");
        let spent = futures::future::join_all((0..5).map(|_| staff::login(&t.db, &h, "wulan", PW, Some(&recovery[0])))).await;
        assert_eq!(spent.iter().filter(|r| r.is_ok()).count(), 1, "{who}: one recovery code, one session");

        // Changing the password signs out every other session, not the one that changed it.
        let (_, mine) = staff::login(&t.db, &h, "wulan", PW, Some(&recovery[1])).await.unwrap();
        let (_, stolen) = staff::login(&t.db, &h, "wulan", PW, Some(&recovery[2])).await.unwrap();
        let sessions: app::domain::staff::SessionLimits = Default::default();
        staff::change_password(&t.db, &h, &user, "Salah-sandi-2026", "Es-Kelapa-Muda-88", Some(&mine)).await.unwrap_err();
        staff::change_password(&t.db, &h, &user, PW, "Es-Kelapa-Muda-88", Some(&mine)).await.unwrap();
        assert!(staff::session_user(&t.db, &sessions, &mine).await.unwrap().is_some(), "{who}");
        assert!(staff::session_user(&t.db, &sessions, &stolen).await.unwrap().is_none(), "{who}: the other session ended");

        // Rotation: every sealed column moves, the two-factor secret with them.
        let rotated = Sealer::new([4; 32], &[[3; 32]]);
        assert!(reseal_all(&t.db, &rotated).await.unwrap() >= 1, "{who}");
        let retired = hasher().with_sealer(Sealer::new([4; 32], &[]));
        // (Every sign-in opens the sealed secret first, a recovery code's too; the codes of
        // the next half-minutes are spent above.)
        let signed_in = staff::login(&t.db, &retired, "wulan", "Es-Kelapa-Muda-88", Some(&recovery[3])).await;
        assert!(signed_in.is_ok(), "{who}: signs in with the old key retired: {signed_in:?}");
        t.drop_db().await;
    }
}

/// A password reset leaves a deactivated account deactivated; an account keeps at most a
/// few sessions; sessions that ended without signing out are purged.
#[tokio::test]
async fn resets_do_not_reactivate_and_sessions_are_bounded_and_purged() {
    use app::domain::staff::SessionLimits;
    for t in test_db::all().await {
        let who = t.backend;
        let h = hasher();
        let admin = staff::create_account(&t.db, &h, None, NewAccount::new("admin", "Admin", Role::Administrator, PW, false)).await.unwrap();
        let gone = staff::create_account(&t.db, &h, None, NewAccount::new("dodi", "Dodi", Role::Inspector, PW, false)).await.unwrap();
        staff::admin_deactivate(&t.db, &admin, gone.id).await.unwrap();
        let one_time = staff::admin_reset(&t.db, &h, &admin, gone.id).await.unwrap();
        assert_eq!(staff::login(&t.db, &h, "dodi", &one_time, None).await.unwrap_err(), AppError::LoginFailed, "{who}: still deactivated");

        let mut tokens = Vec::new();
        for _ in 0..8 {
            tokens.push(staff::login(&t.db, &h, "admin", PW, None).await.unwrap().1);
        }
        let count = staff_session::Entity::find().filter(staff_session::Column::StaffId.eq(admin.id)).count(&t.db).await.unwrap();
        assert_eq!(count, staff::MAX_SESSIONS, "{who}");
        let limits = SessionLimits::default();
        assert!(staff::session_user(&t.db, &limits, tokens.last().unwrap()).await.unwrap().is_some(), "{who}: the newest lives");
        let mut live = 0;
        for token in &tokens[..7] {
            live += usize::from(staff::session_user(&t.db, &limits, token).await.unwrap().is_some());
        }
        assert_eq!(live, 4, "{who}: the rest of the newest (within one second any of them)");

        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        assert_eq!(staff::purge_ended_sessions(&t.db, &limits, now).await.unwrap(), 0, "{who}: live sessions stay");
        let later = now + limits.idle_secs + 1;
        assert_eq!(staff::purge_ended_sessions(&t.db, &limits, later).await.unwrap(), staff::MAX_SESSIONS, "{who}");
        t.drop_db().await;
    }
}
