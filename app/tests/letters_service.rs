//! The reply letter and the satisfaction survey, against SQLite and PostgreSQL through the
//! real migrations: numbering per year with no number given twice (also by closings at once),
//! the letterhead of the day, withdrawal on reopening; a rating once per closed report, kept
//! apart from it, and the index it makes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::profile::Profile;
use app::domain::report::ReportInput;
use app::domain::staff::Role;
use app::domain::survey::SurveyAnswers;
use app::domain::workflow::{CaseState, Outcome};
use app::entities::report;
use app::errors::AppError;
use app::model::StaffUser;
use app::services::reports::Change;
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::{cases, closing, letters, profile, reports, survey, test_db, tokens::FormToken};
use sea_orm::{DatabaseConnection, EntityTrait, TransactionTrait};
use time::OffsetDateTime;

struct World {
    h: Hasher,
    admin: StaffUser,
    supervisor: StaffUser,
    inspector: StaffUser,
}

async fn world(db: &DatabaseConnection) -> World {
    let h = Hasher::new([6; 32]);
    let account = |name: &'static str, role| NewAccount::new(name, name, role, "Kopi-susu-2026", false);
    let admin = staff::create_account(db, &h, None, account("admin", Role::Administrator)).await.unwrap();
    let supervisor = staff::create_account(db, &h, None, account("irban", Role::Supervisor)).await.unwrap();
    let inspector = staff::create_account(db, &h, None, account("auditor", Role::Inspector)).await.unwrap();
    World { h, admin, supervisor, inspector }
}

fn sukabumi() -> Profile {
    Profile {
        name: "Inspektorat Daerah Kota Sukabumi".into(),
        region: "Kota Sukabumi".into(),
        address: "Jl. Syamsudin SH No. 25, Sukabumi".into(),
        signatory_name: "Drs. H. Ahmad Fauzi, M.Si.".into(),
        signatory_position: "Inspektur Kota Sukabumi".into(),
        signatory_nip: "197001011990031005".into(),
        letter_number_format: "700/{seq}/Itda/{month}/{year}".into(),
        ..Profile::default()
    }
}

/// A report under review (every outcome but "incomplete" may close it); its id and receipt.
async fn report(db: &DatabaseConnection, w: &World) -> (i32, String) {
    let input = ReportInput { category: "pungli".into(), what: "Pungutan di loket perizinan Rp 500.000.".into(), ..Default::default() };
    let token = FormToken::generate().unwrap();
    let receipt = reports::submit(db, &w.h, token.as_str(), &input).await.unwrap().receipt;
    let id = report::Entity::find().all(db).await.unwrap().into_iter().map(|r| r.id).max().unwrap();
    cases::move_case(db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
    cases::move_case(db, &w.supervisor, id, CaseState::Telaah).await.unwrap();
    (id, receipt)
}

fn expected_number(seq: u32) -> String {
    let now = OffsetDateTime::now_utc().to_offset(app::services::display::wib());
    app::domain::letter::letter_number("700/{seq}/Itda/{month}/{year}", seq, now.year(), u8::from(now.month()))
}

#[tokio::test]
async fn closing_issues_a_numbered_letter_under_the_profile_and_reopening_withdraws_it() {
    for t in test_db::all().await {
        let b = t.backend;
        let w = world(&t.db).await;
        profile::save(&t.db, &w.admin, &sukabumi()).await.unwrap();
        let (a, receipt_a) = report(&t.db, &w).await;
        let (c, receipt_c) = report(&t.db, &w).await;

        assert_eq!(reports::status(&t.db, &w.h, &receipt_a).await.unwrap().letter, None, "{b}: no letter before closing");
        assert_eq!(letters::for_staff(&t.db, w.h.sealer(), &w.supervisor, a).await, Err(AppError::NoLetter));
        closing::close(&t.db, w.h.sealer(), &w.supervisor, a, Outcome::Dilimpahkan, "Kepolisian Resor Sukabumi Kota", "Berkas diteruskan kepada kepolisian.").await.unwrap();
        let letter = reports::status(&t.db, &w.h, &receipt_a).await.unwrap().letter.expect("the reporter reads the letter");
        assert_eq!(letter.number, expected_number(1), "{b}");
        assert_eq!(letter.profile.name, "Inspektorat Daerah Kota Sukabumi");
        assert_eq!(letter.profile.signatory_nip, "197001011990031005");
        assert!(letter.outcome_paragraph.contains("dilimpahkan kepada Kepolisian Resor Sukabumi Kota"), "{}", letter.outcome_paragraph);
        assert_eq!(letter.message, "Berkas diteruskan kepada kepolisian.");
        assert_eq!(letter.case_number, app::services::display::case_number(a, report::Entity::find_by_id(a).one(&t.db).await.unwrap().unwrap().created_at));
        assert_eq!(letters::for_staff(&t.db, w.h.sealer(), &w.supervisor, a).await.unwrap(), letter, "{b}: staff print the same letter");
        assert_eq!(letters::for_staff(&t.db, w.h.sealer(), &w.inspector, a).await, Err(AppError::CaseNotFound), "{b}: not the inspector's case");

        // A later profile does not rewrite a letter already issued.
        profile::save(&t.db, &w.admin, &Profile { signatory_name: "Pengganti".into(), ..sukabumi() }).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, c, Outcome::TidakTerbukti, "", "Dugaan tidak terbukti.").await.unwrap();
        let second = reports::status(&t.db, &w.h, &receipt_c).await.unwrap().letter.unwrap();
        assert_eq!((second.number, second.profile.signatory_name), (expected_number(2), "Pengganti".to_owned()), "{b}");
        let first_again = reports::status(&t.db, &w.h, &receipt_a).await.unwrap().letter.unwrap();
        assert_eq!(first_again.profile.signatory_name, "Drs. H. Ahmad Fauzi, M.Si.", "{b}");

        // Reopened: the letter is withdrawn; closed again: a new number, never the old one.
        closing::reopen(&t.db, w.h.sealer(), &w.supervisor, a, "Ada bukti baru.").await.unwrap();
        assert_eq!(reports::status(&t.db, &w.h, &receipt_a).await.unwrap().letter, None, "{b}");
        assert_eq!(letters::for_staff(&t.db, w.h.sealer(), &w.supervisor, a).await, Err(AppError::NoLetter));
        cases::move_case(&t.db, &w.supervisor, a, CaseState::Telaah).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, a, Outcome::Terbukti, "", "Terbukti; rekomendasi sudah disampaikan.").await.unwrap();
        assert_eq!(reports::status(&t.db, &w.h, &receipt_a).await.unwrap().letter.unwrap().number, expected_number(3), "{b}");

        // An inspector's proposal issues nothing until a supervisor approves it.
        let (d, receipt_d) = report(&t.db, &w).await;
        cases::assign(&t.db, &w.supervisor, d, w.inspector.id).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.inspector, d, Outcome::TidakTerbukti, "", "Tidak terbukti.").await.unwrap();
        assert_eq!(reports::status(&t.db, &w.h, &receipt_d).await.unwrap().letter, None, "{b}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn numbers_start_again_each_year_and_closings_at_once_never_share_one() {
    for t in test_db::all().await {
        let b = t.backend;
        let w = world(&t.db).await;
        let mut ids = Vec::new();
        for _ in 0..8 {
            ids.push(report(&t.db, &w).await.0);
        }
        // Eight supervisors' closings at the same moment.
        let mut tasks = Vec::new();
        for id in ids.clone() {
            let (db, h, sup) = (t.db.clone(), w.h.clone(), w.supervisor.clone());
            tasks.push(tokio::spawn(async move { closing::close(&db, h.sealer(), &sup, id, Outcome::TidakTerbukti, "", "Tidak terbukti.").await }));
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let rows = app::entities::reply_letter::Entity::find().all(&t.db).await.unwrap();
        let mut seqs: Vec<i32> = rows.iter().map(|r| r.seq).collect();
        seqs.sort_unstable();
        assert_eq!(seqs, (1..=8).collect::<Vec<_>>(), "{b}: one number each, none skipped");

        // The first letter of a new year is number 1 of that year.
        let (next, _) = report(&t.db, &w).await;
        let case = report::Entity::find_by_id(next).one(&t.db).await.unwrap().unwrap();
        let txn = t.db.begin().await.unwrap();
        let new_year = time::macros::datetime!(2031-01-01 00:30 +7);
        let number = letters::issue(&txn, w.h.sealer(), w.supervisor.id, &case, (Outcome::Terbukti, None), "Terbukti.", new_year).await.unwrap();
        txn.commit().await.unwrap();
        assert_eq!(number, "700/1/Inspektorat/2031", "{b}: the default format, numbered in its own year (WIB)");
        t.drop_db().await;
    }
}

fn answers(scores: [u8; 9], comment: &str) -> SurveyAnswers {
    SurveyAnswers { scores, comment: comment.into() }
}

#[tokio::test]
async fn a_closed_reports_reporter_rates_the_service_once_and_the_index_follows() {
    for t in test_db::all().await {
        let b = t.backend;
        let w = world(&t.db).await;
        let (id, receipt) = report(&t.db, &w).await;
        let rate = |a: Option<SurveyAnswers>| {
            let (db, h, receipt) = (t.db.clone(), w.h.clone(), receipt.clone());
            async move { reports::check_receipt(&db, &h, &receipt, Default::default(), Some(Change::Survey(a.as_ref()))).await.unwrap() }
        };
        let open = rate(Some(answers([4; 9], ""))).await;
        assert_eq!((open.added, open.addition_error), (false, Some(AppError::SurveyNotOpen)), "{b}: not before the case is closed");

        closing::close(&t.db, w.h.sealer(), &w.supervisor, id, Outcome::Terbukti, "", "Terbukti.").await.unwrap();
        let bad = rate(None).await;
        assert_eq!((bad.added, bad.addition_error, bad.status.rated), (false, Some(AppError::InvalidSurvey), false), "{b}");

        // Two posts of the same rating at once (a double tap): one is stored.
        let scores = [4, 3, 3, 4, 3, 4, 4, 3, 2];
        let (first, second) = tokio::join!(rate(Some(answers(scores, "Cepat ditanggapi, RAHASIA-komentar."))), rate(Some(answers(scores, "dua kali"))));
        assert_eq!([first.added, second.added].iter().filter(|a| **a).count(), 1, "{b}: {:?} {:?}", first.addition_error, second.addition_error);
        assert!(first.status.rated && second.status.rated);
        let again = rate(Some(answers([1; 9], ""))).await;
        assert_eq!(again.addition_error, Some(AppError::SurveyClosed), "{b}: once per report");

        let responses = app::entities::survey_response::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(responses.len(), 1, "{b}");
        let comment = responses[0].comment.clone().unwrap();
        assert!(comment.starts_with("s1.") && !comment.contains("RAHASIA"), "{b}: the comment is sealed");
        assert_eq!(responses[0].period, survey::period_of(OffsetDateTime::now_utc()));

        let summary = survey::summary(&t.db, w.h.sealer(), "", "", 10).await.unwrap();
        let index = summary.index.unwrap();
        // (4+3+3+4+3+4+4+3+2) / 9 × 25 = 83.33: grade B.
        assert_eq!((index.responses, index.value, index.grade), (1, 8333, app::domain::survey::Grade::B), "{b}");
        assert_eq!(index.elements[8], 5000);
        assert_eq!(summary.months.len(), 1);
        assert!(summary.comments[0].1.starts_with("Cepat ditanggapi") || summary.comments[0].1 == "dua kali");
        // Not a month with no rating.
        assert!(survey::summary(&t.db, w.h.sealer(), "2020-01", "2020-12", 10).await.unwrap().index.is_none());
        // The public page counts finished months with at least five ratings: not this one,
        // even once five reports were rated.
        let period = app::services::stats::Period::last_twelve_months(app::services::deadlines::day_of(OffsetDateTime::now_utc()));
        let public = || app::services::stats::public(&t.db, period, app::i18n::Lang::Id);
        for _ in 0..4 {
            let (other, receipt) = report(&t.db, &w).await;
            closing::close(&t.db, w.h.sealer(), &w.supervisor, other, Outcome::Terbukti, "", "Terbukti.").await.unwrap();
            let c = reports::check_receipt(&t.db, &w.h, &receipt, Default::default(), Some(Change::Survey(Some(&answers([4; 9], ""))))).await.unwrap();
            assert!(c.added);
        }
        assert_eq!(public().await.unwrap().satisfaction, None, "{b}: the month is not over");
        use sea_orm::ActiveValue::Set;
        let past = |score: i16| app::entities::survey_response::ActiveModel {
            period: Set("2020-01".into()),
            q1: Set(score), q2: Set(score), q3: Set(score), q4: Set(score), q5: Set(score),
            q6: Set(score), q7: Set(score), q8: Set(score), q9: Set(score),
            comment: Set(Some(w.h.sealer().seal(app::services::sealed::SURVEY_COMMENT, "lama").unwrap())),
            ..Default::default()
        };
        for _ in 0..4 {
            app::entities::survey_response::Entity::insert(past(3)).exec(&t.db).await.unwrap();
        }
        assert_eq!(public().await.unwrap().satisfaction, None, "{b}: four ratings in January 2020 do not count");
        app::entities::survey_response::Entity::insert(past(4)).exec(&t.db).await.unwrap();
        // (4 × 3 + 4) / 5 × 25 = 80.00: grade B, over January 2020 alone.
        assert_eq!(public().await.unwrap().satisfaction, Some((8000, app::domain::survey::Grade::B)), "{b}");
        // Retention deletes comments older than its years; the scores stay.
        assert_eq!(survey::forget_comments_before(&t.db, OffsetDateTime::now_utc() - time::Duration::days(365)).await.unwrap(), 5, "{b}");
        assert!(survey::summary(&t.db, w.h.sealer(), "2020-01", "2020-01", 10).await.unwrap().comments.is_empty());
        assert_eq!(survey::summary(&t.db, w.h.sealer(), "2020-01", "2020-01", 10).await.unwrap().index.unwrap().responses, 5);
        // The mark that a report was rated does not say which report (a keyed digest).
        let marks = app::entities::survey_taken::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(marks.len(), 5);
        assert!(marks.iter().all(|m| m.mark.len() == 64 && m.mark != id.to_string()), "{b}");
        t.drop_db().await;
    }
}
