//! The report service against real SQLite and PostgreSQL through the real migrations.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::fivew::ElementState;
use app::domain::report::{InputProblem, ReportInput};
use app::domain::workflow::CaseState;
use app::entities::{report, submission_token};
use app::errors::AppError;
use app::model::TimelineKind;
use app::services::reports;
use app::services::secrets::Hasher;
use app::services::test_db;
use app::services::tokens::FormToken;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};

fn hasher() -> Hasher {
    Hasher::new([42; 32])
}

fn token() -> String {
    FormToken::generate().unwrap().as_str().to_owned()
}

fn complete_levy_report() -> ReportInput {
    ReportInput {
        category: "pungli".into(),
        what: "Petugas loket meminta uang tambahan agar KTP elektronik saya cepat dicetak.".into(),
        who: "Pak Budi, petugas loket 3 Dinas Kependudukan dan Pencatatan Sipil".into(),
        place: "Kantor Disdukcapil Kota Sukabumi, loket pelayanan 3, Jl. Veteran No. 10".into(),
        time: "12 Januari 2025".into(),
        why: "Menurut aturan pembuatan KTP elektronik tidak dipungut biaya apa pun.".into(),
        how: "Berkas saya ditahan dua minggu, lalu petugas berkata bisa selesai hari itu juga kalau saya membayar uang rokok di luar loket.".into(),
        how_much: "Rp 200.000".into(),
        evidence: "Ada saksi, tetangga saya yang juga dimintai uang.".into(),
        contact: String::new(),
    }
}

#[tokio::test]
async fn the_categories_from_the_spec_are_seeded_with_financial_flags() {
    for t in test_db::all().await {
        let cats = reports::categories(&t.db).await.unwrap();
        assert_eq!(cats.len(), 8, "{}", t.backend);
        let financial: Vec<_> = cats.iter().filter(|c| c.financial).map(|c| c.code.as_str()).collect();
        assert_eq!(financial, vec!["pungli", "gratifikasi", "pengadaan"], "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_submitted_report_can_be_read_back_with_its_receipt() {
    for t in test_db::all().await {
        let h = hasher();
        let submitted = reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        assert!(submitted.verdict.complete(), "{}: {:?}", t.backend, submitted.verdict);
        assert_eq!(submitted.receipt.len(), 19, "grouped as 4x4 digits");

        let status = reports::status(&t.db, &h, &submitted.receipt.replace(' ', "-")).await.unwrap();
        assert_eq!(status.case_number, submitted.case_number);
        assert_eq!(status.state, CaseState::Diterima);
        assert_eq!(status.verdict, submitted.verdict, "{}: the server's verdict is stored", t.backend);
        assert_eq!(status.category.code, "pungli");
        assert_eq!(status.timeline.len(), 1);
        assert_eq!(status.timeline[0].kind, TimelineKind::Received);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_incomplete_report_is_stored_with_its_missing_elements() {
    for t in test_db::all().await {
        let input = ReportInput {
            category: "pelayanan".into(),
            what: "Pelayanan surat pindah di kelurahan tidak diberikan tanpa alasan jelas.".into(),
            ..Default::default()
        };
        let submitted = reports::submit(&t.db, &hasher(), &token(), &input).await.unwrap();
        assert!(!submitted.verdict.complete());
        let who = submitted.verdict.get(app::domain::fivew::Element::Who).unwrap();
        assert_eq!(who.state, ElementState::Missing, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_same_form_token_twice_shows_the_same_receipt_and_stores_one_report() {
    for t in test_db::all().await {
        let h = hasher();
        let tok = token();
        let input = complete_levy_report();
        let (a, b) = tokio::join!(
            reports::submit(&t.db, &h, &tok, &input),
            reports::submit(&t.db, &h, &tok, &input)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        let c = reports::submit(&t.db, &h, &tok, &input).await.unwrap();
        assert_eq!(a.receipt, b.receipt, "{}", t.backend);
        assert_eq!(a.receipt, c.receipt, "{}", t.backend);
        assert_eq!(a.case_number, c.case_number);
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 1, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn different_tokens_make_different_reports_and_receipts() {
    for t in test_db::all().await {
        let h = hasher();
        let a = reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        let b = reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        assert_ne!(a.receipt, b.receipt);
        assert_ne!(a.case_number, b.case_number);
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 2, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_invalid_report_is_refused_and_stores_nothing() {
    for t in test_db::all().await {
        let h = hasher();
        let empty = reports::submit(&t.db, &h, &token(), &ReportInput::default()).await;
        assert_eq!(
            empty,
            Err(AppError::InvalidReport(vec![InputProblem::CategoryMissing, InputProblem::WhatMissing]))
        );
        let mut unknown_category = complete_levy_report();
        unknown_category.category = "tidak-ada".into();
        let res = reports::submit(&t.db, &h, &token(), &unknown_category).await;
        assert_eq!(res, Err(AppError::InvalidReport(vec![InputProblem::CategoryMissing])));
        let forged = reports::submit(&t.db, &h, "not-a-token", &complete_levy_report()).await;
        assert_eq!(forged, Err(AppError::FormExpired));
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 0, "{}", t.backend);
        assert_eq!(submission_token::Entity::find().count(&t.db).await.unwrap(), 0);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn wrong_and_malformed_receipts_are_refused_clearly() {
    for t in test_db::all().await {
        let h = hasher();
        reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        assert_eq!(reports::status(&t.db, &h, "0000 0000 0000 0000").await, Err(AppError::ReceiptUnknown));
        assert_eq!(reports::status(&t.db, &h, "1234").await, Err(AppError::ReceiptMalformed));
        assert_eq!(reports::status(&t.db, &h, "abcd efgh ijkl mnop").await, Err(AppError::ReceiptMalformed));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_database_never_holds_the_receipt_itself() {
    for t in test_db::all().await {
        let s = reports::submit(&t.db, &hasher(), &token(), &complete_levy_report()).await.unwrap();
        let digits = s.receipt.replace(' ', "");
        let stored = report::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert!(!stored.receipt_hash.contains(&digits));
        let tok = submission_token::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert!(!tok.sealed.contains(&digits), "{}: sealed under the token", t.backend);
        assert!(!format!("{stored:?}{tok:?}").contains(&digits));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn added_information_joins_the_timeline_of_an_open_case() {
    for t in test_db::all().await {
        let h = hasher();
        let s = reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        let status = reports::add_information(&t.db, &h, &s.receipt, "  Saksi kedua: penjual di depan kantor.  ", reports::Evidence::none()).await.unwrap();
        assert_eq!(status.timeline.len(), 2, "{}", t.backend);
        assert_eq!(status.timeline[1].kind, TimelineKind::InfoAdded);
        assert_eq!(status.timeline[1].body.as_deref(), Some("Saksi kedua: penjual di depan kantor."));

        assert_eq!(reports::add_information(&t.db, &h, &s.receipt, "   ", reports::Evidence::none()).await, Err(AppError::InvalidInformation));
        let too_long = "x".repeat(4001);
        assert_eq!(reports::add_information(&t.db, &h, &s.receipt, &too_long, reports::Evidence::none()).await, Err(AppError::InvalidInformation));
        assert_eq!(
            reports::add_information(&t.db, &h, "1111 1111 1111 1111", "halo", reports::Evidence::none()).await,
            Err(AppError::ReceiptUnknown)
        );
        assert_eq!(reports::status(&t.db, &h, &s.receipt).await.unwrap().timeline.len(), 2);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_closed_case_takes_no_more_information() {
    for t in test_db::all().await {
        let h = hasher();
        let s = reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        let stored = report::Entity::find().one(&t.db).await.unwrap().unwrap();
        let mut closing: report::ActiveModel = stored.into();
        closing.state = Set(CaseState::Selesai);
        closing.update(&t.db).await.unwrap();
        assert_eq!(reports::add_information(&t.db, &h, &s.receipt, "info", reports::Evidence::none()).await, Err(AppError::CaseClosed));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn form_tokens_are_forgotten_after_an_hour() {
    for t in test_db::all().await {
        let h = hasher();
        reports::submit(&t.db, &h, &token(), &complete_levy_report()).await.unwrap();
        let now = time::OffsetDateTime::now_utc();
        assert_eq!(reports::purge_expired_tokens(&t.db, now).await.unwrap(), 0);
        let later = now + time::Duration::minutes(61);
        assert_eq!(reports::purge_expired_tokens(&t.db, later).await.unwrap(), 1, "{}", t.backend);
        assert_eq!(submission_token::Entity::find().count(&t.db).await.unwrap(), 0);
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 1, "the report stays");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_full_synchronous_writes() {
    use sea_orm::{ConnectionTrait, Statement};
    let t = test_db::sqlite().await;
    let backend = t.db.get_database_backend();
    let mode = t.db.query_one_raw(Statement::from_string(backend, "PRAGMA journal_mode")).await.unwrap().unwrap();
    assert_eq!(mode.try_get_by_index::<String>(0).unwrap(), "wal");
    let sync = t.db.query_one_raw(Statement::from_string(backend, "PRAGMA synchronous")).await.unwrap().unwrap();
    assert_eq!(sync.try_get_by_index::<i32>(0).unwrap(), 2, "2 = FULL");
    t.drop_db().await;
}
