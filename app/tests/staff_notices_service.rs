//! Staff notices through the outbox, against SQLite and PostgreSQL and a real SMTP server
//! (aiosmtpd): who is told of what, each as they chose (at once, in the digest at their hour,
//! or not at all), and that a notice names cases and nothing of what they say.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

mod support;

use app::domain::notice::{NoticeKind, NoticeMode, StaffPrefs};
use app::domain::report::ReportInput;
use app::domain::staff::Role;
use app::domain::workflow::CaseState;
use app::entities::report;
use app::errors::AppError;
use app::model::{NoticeSettings, StaffUser};
use app::services::mail::Mailer;
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::{cases, outbox, reports, staff_notices, test_db, tokens::FormToken};
use sea_orm::{DatabaseConnection, EntityTrait};
use support::smtp::Smtp;
use time::OffsetDateTime;

const WHAT: &str = "Bendahara dinas memotong honor kegiatan tanpa dasar.";
const SITE: &str = "https://wbs.contoh.go.id";

struct World {
    h: Hasher,
    supervisor: StaffUser,
    inspector: StaffUser,
}

async fn world(db: &DatabaseConnection) -> World {
    let h = Hasher::new([7; 32]);
    let account = |name: &'static str, role| NewAccount::new(name, name, role, "Kopi-susu-2026", false);
    let admin = staff::create_account(db, &h, None, account("admin", Role::Administrator)).await.unwrap();
    let supervisor = staff::create_account(db, &h, None, account("irban", Role::Supervisor)).await.unwrap();
    let inspector = staff::create_account(db, &h, None, account("auditor", Role::Inspector)).await.unwrap();
    // A supervisor without an address: told nothing.
    staff::create_account(db, &h, None, account("irban2", Role::Supervisor)).await.unwrap();
    staff_notices::set_email(db, &admin, supervisor.id, "irban@inspektorat.contoh.go.id").await.unwrap();
    staff_notices::set_email(db, &admin, inspector.id, "auditor@inspektorat.contoh.go.id").await.unwrap();
    assert_eq!(staff_notices::set_email(db, &admin, inspector.id, "bukan alamat").await, Err(AppError::InvalidStaffEmail));
    assert_eq!(staff_notices::set_email(db, &supervisor, inspector.id, "x@contoh.go.id").await, Err(AppError::Forbidden));
    World { h, supervisor, inspector }
}

async fn submit(db: &DatabaseConnection, h: &Hasher) -> (i32, String) {
    let input = ReportInput { category: "pungli".into(), what: WHAT.into(), ..Default::default() };
    let token = FormToken::generate().unwrap();
    let receipt = reports::submit(db, h, token.as_str(), &input).await.unwrap().receipt;
    let id = report::Entity::find().all(db).await.unwrap().into_iter().map(|r| r.id).max().unwrap();
    (id, receipt)
}

fn mailer(smtp: &Smtp) -> Mailer {
    Mailer::new(&smtp.url(), "WBS Inspektorat <wbs@contoh.go.id>", SITE).unwrap()
}

fn to(messages: &[String], address: &str) -> Vec<String> {
    messages.iter().filter(|m| m.contains(address)).cloned().collect()
}

#[tokio::test]
async fn staff_are_told_at_once_or_in_their_digest_with_case_numbers_only() {
    for t in test_db::all().await {
        let b = t.backend;
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        let m = mailer(&smtp);
        let send = || outbox::deliver_due(&t.db, w.h.sealer(), &m, OffsetDateTime::now_utc());

        // The inspector takes assignments and answers in the digest at 08.00, and no new reports.
        let prefs = StaffPrefs { assigned: NoticeMode::Digest, reporter_answered: NoticeMode::Immediate, digest_hour: 8, ..Default::default() };
        let mine = NoticeSettings { email: "auditor@inspektorat.contoh.go.id".into(), prefs };
        staff_notices::save_own(&t.db, &w.inspector, &mine).await.unwrap();
        assert_eq!(staff_notices::own(&t.db, &w.inspector).await.unwrap(), mine);
        let bad_hour = NoticeSettings { prefs: StaffPrefs { digest_hour: 24, ..Default::default() }, ..mine.clone() };
        assert_eq!(staff_notices::save_own(&t.db, &w.inspector, &bad_hour).await, Err(AppError::InvalidNoticePrefs));

        // A new report: the supervisor with an address is told at once.
        let (id, receipt) = submit(&t.db, &w.h).await;
        assert_eq!(send().await.unwrap().sent, 1, "{b}");
        let number = app::services::display::case_number(id, report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().created_at);
        let got = to(&smtp.messages(), "irban@inspektorat.contoh.go.id");
        assert_eq!(got.len(), 1, "{b}");
        assert!(got[0].contains(&number) && got[0].contains(&format!("{SITE}/staf/kasus/{id}")), "{}", got[0]);

        // Assigned: the inspector chose the digest, so nothing comes now.
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        assert_eq!(send().await.unwrap().sent, 0, "{b}");
        // The reporter answers a question: the assignee hears at once (the supervisor who
        // asked is not an assignee and is not told).
        cases::move_case(&t.db, &w.inspector, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.inspector, id, "Berapa besar potongannya?").await.unwrap();
        reports::add_information(&t.db, &w.h, &receipt, "Dua ratus ribu per orang.", reports::Evidence::none()).await.unwrap();
        assert_eq!(send().await.unwrap().sent, 1, "{b}");

        // The digest: not before 08.00 WIB, then once that day, listing the assignment (a day
        // already past, so that the sender finds it due whatever the time now).
        let yesterday = (OffsetDateTime::now_utc() - time::Duration::days(1)).to_offset(app::services::display::wib());
        let at = |hh: u8| yesterday.replace_time(time::Time::from_hms(hh, 30, 0).unwrap());
        assert_eq!(staff_notices::queue_digests(&t.db, at(7)).await.unwrap(), 0, "{b}: not before the hour");
        assert_eq!(staff_notices::queue_digests(&t.db, at(8)).await.unwrap(), 1, "{b}");
        assert_eq!(staff_notices::queue_digests(&t.db, at(9)).await.unwrap(), 0, "{b}: once a day");
        assert_eq!(send().await.unwrap().sent, 1, "{b}");
        let mine = to(&smtp.messages(), "auditor@inspektorat.contoh.go.id");
        assert_eq!(mine.len(), 2, "{b}: the answer, then the digest");
        let digest = mine.iter().find(|m| m.contains("Ringkasan harian")).expect("the digest");
        assert!(digest.contains("Kasus ditugaskan") && digest.contains(&number), "{digest}");

        // Overdue (a year on): the assignee is told, in the digest as the default says; off is off.
        let later = OffsetDateTime::now_utc() + time::Duration::days(365);
        assert_eq!(staff_notices::queue_deadlines(&t.db, later).await.unwrap(), 1, "{b}");
        assert_eq!(staff_notices::queue_deadlines(&t.db, later).await.unwrap(), 0, "{b}: once while it waits");
        let off = NoticeSettings { prefs: StaffPrefs { overdue: NoticeMode::Off, ..Default::default() }, email: "auditor@inspektorat.contoh.go.id".into() };
        staff_notices::save_own(&t.db, &w.inspector, &off).await.unwrap();
        let (other, _) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, other, w.inspector.id).await.unwrap();
        send().await.unwrap();
        let before = smtp.messages().len();
        assert_eq!(staff_notices::queue_deadlines(&t.db, later + time::Duration::days(1)).await.unwrap(), 0, "{b}: off is off");
        assert_eq!(send().await.unwrap().sent, 0);
        assert_eq!(smtp.messages().len(), before);

        // Nothing any staff message said comes from the report.
        for m in smtp.messages() {
            for secret in [WHAT, "Bendahara", "honor", "Berapa besar", "Dua ratus", receipt.as_str()] {
                assert!(!m.contains(secret), "{b}: a staff notice says {secret:?}");
            }
        }
        let kinds: Vec<NoticeKind> = app::entities::outbox::Entity::find().all(&t.db).await.unwrap().into_iter().map(|r| r.kind).collect();
        assert!(kinds.contains(&NoticeKind::NewReport) && kinds.contains(&NoticeKind::Digest) && kinds.contains(&NoticeKind::ReporterAnswered), "{kinds:?}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_case_assigned_to_someone_without_e_mail_is_still_theirs_and_supervisors_are_not_told() {
    for t in test_db::all().await {
        let b = t.backend;
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        let m = mailer(&smtp);
        let quiet = staff::create_account(&t.db, &w.h, None, NewAccount::new("auditor2", "Auditor Dua", Role::Inspector, "Kopi-susu-2026", false)).await.unwrap();
        let (id, receipt) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, id, quiet.id).await.unwrap();
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "Kapan?").await.unwrap();
        outbox::deliver_due(&t.db, w.h.sealer(), &m, OffsetDateTime::now_utc()).await.unwrap();
        let before = to(&smtp.messages(), "irban@inspektorat.contoh.go.id").len();
        reports::add_information(&t.db, &w.h, &receipt, "Minggu lalu.", reports::Evidence::none()).await.unwrap();
        // Deadlines a year on: the case is the assignee's, who takes no e-mail.
        assert_eq!(staff_notices::queue_deadlines(&t.db, OffsetDateTime::now_utc() + time::Duration::days(365)).await.unwrap(), 0, "{b}");
        outbox::deliver_due(&t.db, w.h.sealer(), &m, OffsetDateTime::now_utc()).await.unwrap();
        assert_eq!(to(&smtp.messages(), "irban@inspektorat.contoh.go.id").len(), before, "{b}: the supervisor is not told of a case someone works");
        t.drop_db().await;
    }
}
