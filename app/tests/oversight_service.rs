//! Oversight against real SQLite and PostgreSQL through the real migrations: dashboard
//! numbers from a seeded set of cases, the public page's small-count rule, settings that
//! move deadlines, work units and categories, the CSV export and the retention job.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::deadline::DeadlineRules;
use app::domain::evidence::EvidenceLimits;
use app::domain::report::{Channel, ReportInput};
use app::domain::staff::Role;
use app::domain::stats::PublicRow;
use app::domain::workflow::{CaseState, Outcome};
use app::entities::{attachment, audit_event, report, report_event};
use app::errors::AppError;
use app::i18n::Lang;
use app::model::{BoardFilter, OversightSettings, StaffUser};
use app::services::reports::{self, Evidence, Origin};
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::stats::{self, Period};
use app::services::tokens::FormToken;
use app::services::{cases, closing, evidence, export, retention, settings, test_db, work_units};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use time::macros::datetime;
use time::{Date, Duration, OffsetDateTime};

const PW: &str = "Sandi-Uji-Panjang-2026";
const PDF: &[u8] = include_bytes!("fixtures/scan.pdf");

fn hasher() -> Hasher {
    Hasher::new([8; 32])
}

async fn user(db: &DatabaseConnection, h: &Hasher, name: &str, role: Role) -> StaffUser {
    staff::create_account(db, h, None, NewAccount::new(name, name, role, PW, false)).await.unwrap()
}

/// A case as the statistics see it, written straight into the row.
struct Seed {
    category: &'static str,
    channel: Channel,
    unit: Option<i32>,
    received: OffsetDateTime,
    /// When verification ended, if it did.
    verified: Option<OffsetDateTime>,
    /// When it was closed, and how.
    closed: Option<(OffsetDateTime, Outcome)>,
}

async fn seed(db: &DatabaseConnection, h: &Hasher, s: Seed) -> i32 {
    let input = ReportInput { category: s.category.into(), what: "Pungutan di loket pelayanan.".into(), ..Default::default() };
    reports::submit(db, h, FormToken::generate().unwrap().as_str(), &input).await.unwrap();
    let id = report::Entity::find().order_by_desc(report::Column::Id).one(db).await.unwrap().unwrap().id;
    let (state, since, outcome) = match s.closed {
        Some((at, o)) => (CaseState::Selesai, at, Some(o)),
        None if s.verified.is_some() => (CaseState::Telaah, s.verified.unwrap(), None),
        None => (CaseState::Diterima, s.received, None),
    };
    report::ActiveModel {
        id: Set(id),
        channel: Set(s.channel),
        work_unit_id: Set(s.unit),
        created_at: Set(s.received),
        updated_at: Set(since),
        state: Set(state),
        state_since: Set(Some(since)),
        outcome: Set(outcome),
        ..Default::default()
    }
    .update(db)
    .await
    .unwrap();
    for (at, to) in [s.verified.map(|v| (v, CaseState::Telaah)), s.closed.map(|(c, _)| (c, CaseState::Selesai))].into_iter().flatten() {
        report_event::ActiveModel {
            report_id: Set(id),
            kind: Set(app::domain::workflow::EventKind::StateChanged),
            actor: Set("staf:1".into()),
            body: Set(Some(to.code().into())),
            created_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    id
}

fn november() -> Period {
    Period { from: Date::from_calendar_date(2026, time::Month::October, 1).unwrap(), to: Date::from_calendar_date(2026, time::Month::November, 30).unwrap() }
}

#[tokio::test]
async fn the_dashboard_counts_a_seeded_set_of_cases() {
    for t in test_db::all().await {
        let h = hasher();
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        work_units::save(&t.db, &admin, None, "Dinas Kependudukan", true).await.unwrap();
        work_units::save(&t.db, &admin, None, "Dinas Pekerjaan Umum", true).await.unwrap();
        let units = work_units::list(&t.db).await.unwrap();
        let (dukcapil, pu) = (units[0].id, units[1].id);
        let oct = datetime!(2026-10-05 09:00 +7);
        let nov = datetime!(2026-11-02 09:00 +7);
        // Closed in 4, 10 and 30 days; verified in 1, 2, 3 and 5 days; one still waiting.
        let cases = [
            Seed { category: "pungli", channel: Channel::Portal, unit: Some(dukcapil), received: oct, verified: Some(oct + Duration::days(1)), closed: Some((oct + Duration::days(4), Outcome::Terbukti)) },
            Seed { category: "pungli", channel: Channel::Portal, unit: Some(dukcapil), received: oct, verified: Some(oct + Duration::days(2)), closed: Some((oct + Duration::days(10), Outcome::TidakTerbukti)) },
            Seed { category: "pengadaan", channel: Channel::Surat, unit: Some(pu), received: nov, verified: Some(nov + Duration::days(3)), closed: Some((nov + Duration::days(30), Outcome::Terbukti)) },
            Seed { category: "pelayanan", channel: Channel::Telepon, unit: None, received: nov, verified: Some(nov + Duration::days(5)), closed: None },
            Seed { category: "pelayanan", channel: Channel::Portal, unit: None, received: nov, verified: None, closed: None },
        ];
        for c in cases {
            seed(&t.db, &h, c).await;
        }
        // Outside the period: not counted.
        seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: None, received: datetime!(2026-09-30 16:59 +0), verified: None, closed: None }).await;

        let d = stats::dashboard(&t.db, h.sealer(), &supervisor, november(), Lang::Id).await.unwrap();
        let b = t.backend;
        assert_eq!((d.total, d.open, d.closed), (5, 2, 3), "{b}");
        assert_eq!(d.by_state.iter().find(|(s, _)| *s == CaseState::Selesai).unwrap().1, 3, "{b}");
        let mut cats: Vec<(String, u32)> = d.by_category.iter().map(|(c, n)| (c.code.clone(), *n)).collect();
        cats.sort();
        assert_eq!(cats, vec![("pelayanan".into(), 2), ("pengadaan".into(), 1), ("pungli".into(), 2)], "{b}");
        assert_eq!(d.by_work_unit, vec![(None, 2), (Some("Dinas Kependudukan".into()), 2), (Some("Dinas Pekerjaan Umum".into()), 1)], "{b}");
        assert_eq!(d.by_channel, vec![(Channel::Portal, 3), (Channel::Surat, 1), (Channel::Telepon, 1)], "{b}");
        assert_eq!(d.per_month.iter().map(|m| (m.month.as_str(), m.received, m.closed)).collect::<Vec<_>>(), vec![("2026-10", 2, 2), ("2026-11", 3, 0), ], "{b}: the case closed on 2 Dec is counted when closed, outside");
        assert_eq!(d.outcomes, vec![(Outcome::Terbukti, 2), (Outcome::TidakTerbukti, 1)], "{b}");
        assert_eq!((d.to_verification.count, d.to_verification.median, d.to_verification.p90), (4, Some(2), Some(5)), "{b}");
        assert_eq!((d.to_close.count, d.to_close.median, d.to_close.p90), (3, Some(10), Some(30)), "{b}");
        assert!(d.month_chart.starts_with("<svg") && d.category_chart.contains("<rect"), "{b}: charts drawn");
        assert!(!d.month_chart.contains("style="), "{b}: no inline styles for the CSP");

        // Only supervisors see it.
        assert_eq!(stats::dashboard(&t.db, h.sealer(), &admin, november(), Lang::Id).await.err(), Some(AppError::Forbidden), "{b}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_public_page_never_shows_a_cell_under_five() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        for name in ["Dinas A", "Dinas B", "Dinas C"] {
            work_units::save(&t.db, &admin, None, name, true).await.unwrap();
        }
        let units = work_units::list(&t.db).await.unwrap();
        let at = datetime!(2026-11-03 10:00 +7);
        // Dinas A: 6 reports; Dinas B: 2; Dinas C: 1 — B and C merge to 3, still fewer than 5.
        for (unit, n) in [(units[0].id, 6), (units[1].id, 2), (units[2].id, 1)] {
            for _ in 0..n {
                seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: Some(unit), received: at, verified: None, closed: None }).await;
            }
        }
        let p = stats::public(&t.db, november(), Lang::Id).await.unwrap();
        let b = t.backend;
        assert_eq!(p.received, Some(9), "{b}");
        assert_eq!(p.by_work_unit, vec![PublicRow::Shown { label: "Dinas A".into(), count: 6 }, PublicRow::Few], "{b}");
        assert_eq!(p.by_category, vec![PublicRow::Shown { label: "Pungutan liar".into(), count: 9 }], "{b}");
        assert_eq!(p.closed, Some(0), "{b}");
        assert_eq!((p.median_days_to_close, p.closed_in_time_pct), (None, None), "{b}: too few closed cases to say");
        assert_eq!(p.by_month, vec![("2026-10".into(), Some(0)), ("2026-11".into(), Some(9))], "{b}");
        // Two more in Dinas B: B (4) and C (1) merge to 5, shown as "others", never by name.
        for _ in 0..2 {
            seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: Some(units[1].id), received: at, verified: None, closed: None }).await;
        }
        let p = stats::public(&t.db, november(), Lang::Id).await.unwrap();
        assert_eq!(p.by_work_unit, vec![PublicRow::Shown { label: "Dinas A".into(), count: 6 }, PublicRow::Others { count: 5 }], "{b}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn settings_move_deadlines_and_are_validated_and_audited() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        let id = seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: None, received: datetime!(2026-11-02 09:00 +7), verified: None, closed: None }).await;
        let due = |db: DatabaseConnection, u: StaffUser| async move { cases::detail(&db, hasher().sealer(), &u, id).await.unwrap().due.unwrap().date };
        // Monday 2 November + 3 working days.
        assert_eq!(due(t.db.clone(), supervisor.clone()).await, "2026-11-05", "{}", t.backend);
        let longer = OversightSettings { rules: DeadlineRules { verification_days: 5, ..Default::default() }, retention_years: 3 };
        assert_eq!(settings::save(&t.db, &supervisor, longer).await, Err(AppError::Forbidden));
        settings::save(&t.db, &admin, longer).await.unwrap();
        assert_eq!(settings::load(&t.db).await.unwrap(), longer);
        assert_eq!(due(t.db.clone(), supervisor.clone()).await, "2026-11-09", "{}: five working days, over the weekend", t.backend);
        for bad in [
            OversightSettings { rules: DeadlineRules { verification_days: 0, ..Default::default() }, retention_years: 5 },
            OversightSettings { rules: DeadlineRules { resolution_days: 400, ..Default::default() }, retention_years: 5 },
            OversightSettings { rules: DeadlineRules::default(), retention_years: 6 },
        ] {
            assert_eq!(settings::save(&t.db, &admin, bad).await, Err(AppError::InvalidSettings), "{}", t.backend);
        }
        assert_eq!(settings::load(&t.db).await.unwrap(), longer, "refused settings change nothing");
        let audited = audit_event::Entity::find().filter(audit_event::Column::Action.eq("settings_changed")).count(&t.db).await.unwrap();
        assert_eq!(audited, 1, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn work_units_and_categories_are_kept_by_administrators_with_validation() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        let inspector = user(&t.db, &h, "auditor", Role::Inspector).await;
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        work_units::save(&t.db, &admin, None, "  Dinas   Pendidikan ", true).await.unwrap();
        assert_eq!(work_units::save(&t.db, &admin, None, "dinas pendidikan", true).await, Err(AppError::InvalidName), "duplicate");
        assert_eq!(work_units::save(&t.db, &admin, None, "   ", true).await, Err(AppError::InvalidName));
        assert_eq!(work_units::save(&t.db, &admin, None, &"x".repeat(121), true).await, Err(AppError::InvalidName));
        assert_eq!(work_units::save(&t.db, &inspector, None, "Dinas Kesehatan", true).await, Err(AppError::Forbidden));
        let unit = work_units::list(&t.db).await.unwrap().remove(0);
        assert_eq!(unit.name, "Dinas Pendidikan", "{}: spaces tidied", t.backend);

        // A case gets the unit; a deactivated unit cannot be chosen any more.
        let id = seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: None, received: OffsetDateTime::now_utc(), verified: None, closed: None }).await;
        cases::set_work_unit(&t.db, &supervisor, id, Some(unit.id)).await.unwrap();
        assert_eq!(cases::detail(&t.db, h.sealer(), &supervisor, id).await.unwrap().work_unit, Some(unit.id));
        work_units::save(&t.db, &admin, Some(unit.id), "Dinas Pendidikan", false).await.unwrap();
        assert_eq!(cases::set_work_unit(&t.db, &supervisor, id, Some(unit.id)).await, Err(AppError::InvalidName));
        assert_eq!(cases::set_work_unit(&t.db, &inspector, id, None).await, Err(AppError::CaseNotFound), "not assigned to them");

        // A new financial category makes "how much" expected.
        work_units::save_category(&t.db, &admin, None, "Pungutan sekolah", "School levies", true).await.unwrap();
        let cat = reports::categories(&t.db).await.unwrap().into_iter().find(|c| c.name_id == "Pungutan sekolah").unwrap();
        assert_eq!((cat.code.as_str(), cat.financial), ("pungutan_sekolah", true), "{}", t.backend);
        work_units::save_category(&t.db, &admin, Some("pungutan_sekolah"), "Pungutan sekolah", "School fees", false).await.unwrap();
        let cat = reports::categories(&t.db).await.unwrap().into_iter().find(|c| c.code == "pungutan_sekolah").unwrap();
        assert_eq!((cat.name_en.as_str(), cat.financial), ("School fees", false));
        assert_eq!(work_units::save_category(&t.db, &admin, None, "Pungli", "", true).await, Err(AppError::InvalidName));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_csv_export_has_the_boards_cases_without_contact_and_defuses_formulas() {
    for t in test_db::all().await {
        let h = hasher();
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        let inspector = user(&t.db, &h, "auditor", Role::Inspector).await;
        work_units::save(&t.db, &admin, None, "=HYPERLINK(\"http://evil\")", true).await.unwrap();
        let unit = work_units::list(&t.db).await.unwrap()[0].id;
        let input = ReportInput {
            category: "pungli".into(),
            what: "Teks rahasia laporan".into(),
            contact: "0812-9999-8888".into(),
            ..Default::default()
        };
        let s = reports::submit(&t.db, &h, FormToken::generate().unwrap().as_str(), &input).await.unwrap();
        let id = report::Entity::find().one(&t.db).await.unwrap().unwrap().id;
        cases::set_work_unit(&t.db, &supervisor, id, Some(unit)).await.unwrap();

        let csv = export::board_csv(&t.db, h.sealer(), &supervisor, &BoardFilter::default(), Lang::Id).await.unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next().unwrap(), "Nomor laporan,Diterima,Tahap,Jenis,Saluran,Unit kerja,Unsur 5W+2H,Pemeriksa,Batas berjalan,Tanggal batas,Terlambat");
        let row = lines.next().unwrap();
        assert!(row.starts_with(&format!("{},", s.case_number)), "{row}");
        assert!(row.contains(",Diterima,Pungutan liar,Portal,"), "{row}");
        assert!(row.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{}: quoted and defused: {row}", t.backend);
        assert!(!csv.contains("0812") && !csv.contains("rahasia"), "no contact, no report text");
        assert_eq!(lines.next(), None);
        let audited = audit_event::Entity::find().filter(audit_event::Column::Action.eq("board_exported")).count(&t.db).await.unwrap();
        assert_eq!(audited, 1, "{}", t.backend);
        assert_eq!(export::board_csv(&t.db, h.sealer(), &inspector, &BoardFilter::default(), Lang::Id).await, Err(AppError::Forbidden));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn retention_empties_long_closed_cases_and_keeps_their_numbers() {
    for t in test_db::all().await {
        let h = hasher();
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        let up = evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        let input = ReportInput { category: "pungli".into(), what: "Teks yang harus hilang".into(), contact: "budi@example.org".into(), ..Default::default() };
        let keys = [up.key];
        let token = FormToken::generate().unwrap();
        let s = reports::submit_via(&t.db, &h, token.as_str(), &input, Origin::portal(), Evidence { keys: &keys, limits: EvidenceLimits::default() }).await.unwrap();
        let old = report::Entity::find().one(&t.db).await.unwrap().unwrap().id;
        cases::move_case(&t.db, &supervisor, old, CaseState::Verifikasi).await.unwrap();
        cases::add_note(&t.db, h.sealer(), &supervisor, old, "Catatan internal").await.unwrap();
        closing::close(&t.db, h.sealer(), &supervisor, old, Outcome::Dilimpahkan, "Ombudsman RI", "Laporan dilimpahkan ke Ombudsman.").await.unwrap();
        let open = seed(&t.db, &h, Seed { category: "pungli", channel: Channel::Portal, unit: None, received: OffsetDateTime::now_utc(), verified: None, closed: None }).await;

        let now = OffsetDateTime::now_utc();
        // Not yet: five years less a day after closing.
        assert_eq!(retention::purge_expired(&t.db, now + Duration::days(5 * 365)).await.unwrap(), 0, "{}", t.backend);
        // The clock set forward past five years: the closed case is emptied, once.
        let later = now + Duration::days(5 * 365 + 3);
        assert_eq!(retention::purge_expired(&t.db, later).await.unwrap(), 1, "{}", t.backend);
        assert_eq!(retention::purge_expired(&t.db, later).await.unwrap(), 0, "{}: idempotent", t.backend);

        let row = report::Entity::find_by_id(old).one(&t.db).await.unwrap().unwrap();
        assert!(row.what.is_empty() && row.contact.is_none() && row.purged_at.is_some(), "{}", t.backend);
        assert_eq!((row.state, row.outcome, row.category_id > 0), (CaseState::Selesai, Some(Outcome::Dilimpahkan), true), "statistics stay");
        let texts = report_event::Entity::find().filter(report_event::Column::ReportId.eq(old)).all(&t.db).await.unwrap();
        assert!(texts.iter().all(|e| e.kind == app::domain::workflow::EventKind::StateChanged || e.body.is_none()), "{}: no timeline text", t.backend);
        assert!(texts.iter().any(|e| e.kind == app::domain::workflow::EventKind::StateChanged && e.body.as_deref() == Some("selesai")), "state codes kept");
        assert_eq!(attachment::Entity::find().count(&t.db).await.unwrap(), 0, "{}: files deleted", t.backend);
        let open_row = report::Entity::find_by_id(open).one(&t.db).await.unwrap().unwrap();
        assert!(!open_row.what.is_empty() && open_row.purged_at.is_none(), "open cases untouched");
        // The reporter's receipt still answers, with the outcome and no text.
        let status = reports::status(&t.db, &h, &s.receipt).await.unwrap();
        assert_eq!(status.state, CaseState::Selesai);
        assert!(status.timeline.iter().all(|e| e.body.is_none()));
        let audited = audit_event::Entity::find().filter(audit_event::Column::Action.eq("retention_purged")).count(&t.db).await.unwrap();
        assert_eq!(audited, 1, "{}", t.backend);

        // A shorter retention set by the administrator applies to the next run.
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        settings::save(&t.db, &admin, OversightSettings { retention_years: 1, ..Default::default() }).await.unwrap();
        assert_eq!(retention::cutoff(later, 1), later - Duration::days(366));
        t.drop_db().await;
    }
}

/// The export reused the board, which shows 200 cards a column: a busy installation's export
/// of "all open cases" dropped rows without a word.
#[tokio::test]
async fn the_csv_export_has_every_case_not_the_boards_first_two_hundred() {
    for t in test_db::all().await {
        let h = hasher();
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        let n = usize::try_from(app::services::cases::BOARD_COLUMN_LIMIT).unwrap() + 5;
        for _ in 0..n {
            let input = ReportInput { category: "pungli".into(), what: "Setoran harian di luar retribusi resmi.".into(), ..Default::default() };
            reports::submit(&t.db, &h, FormToken::generate().unwrap().as_str(), &input).await.unwrap();
        }
        let csv = export::board_csv(&t.db, h.sealer(), &supervisor, &BoardFilter::default(), Lang::Id).await.unwrap();
        assert_eq!(csv.lines().count(), n + 1, "{}: a header and every case", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn administrators_set_the_inspectorates_identity_and_a_wrong_field_changes_nothing() {
    use app::domain::profile::{Profile, ProfileField};
    use app::services::profile;
    for t in test_db::all().await {
        let h = Hasher::new([3; 32]);
        let admin = user(&t.db, &h, "admin", Role::Administrator).await;
        let supervisor = user(&t.db, &h, "irban", Role::Supervisor).await;
        assert!(profile::load(&t.db).await.unwrap().is_default(), "{}: a fresh installation has the defaults", t.backend);
        let p = Profile {
            name: " Inspektorat Daerah Kota Sukabumi ".into(),
            short_name: "Inspektorat Kota Sukabumi".into(),
            address: "Jl. Syamsudin SH No. 25\nSukabumi".into(),
            email: "inspektorat@sukabumikota.go.id".into(),
            signatory_name: "Drs. Ahmad Fauzi".into(),
            signatory_nip: "19700101 199003 1 005".into(),
            ..Default::default()
        };
        assert_eq!(profile::save(&t.db, &supervisor, &p).await, Err(AppError::Forbidden));
        let saved = profile::save(&t.db, &admin, &p).await.unwrap();
        assert_eq!(saved.name, "Inspektorat Daerah Kota Sukabumi");
        assert_eq!(profile::load(&t.db).await.unwrap(), saved, "{}", t.backend);
        let wrong = Profile { signatory_nip: "123".into(), website: "sukabumikota.go.id".into(), ..saved.clone() };
        assert_eq!(profile::save(&t.db, &admin, &wrong).await, Err(AppError::InvalidProfile(ProfileField::Website)));
        assert_eq!(profile::load(&t.db).await.unwrap(), saved, "{}: nothing changed", t.backend);
        let audited = audit_event::Entity::find().filter(audit_event::Column::Action.eq("profile_changed")).count(&t.db).await.unwrap();
        assert_eq!(audited, 1);
        t.drop_db().await;
    }
}
