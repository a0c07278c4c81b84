//! E-mail notices through the outbox, against SQLite and PostgreSQL and a real SMTP server
//! (aiosmtpd): what is queued by which event, exactly-once sending from two instances, an
//! outage that delays and loses nothing, and what a notice must never say.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

mod support;

use app::domain::notice::{DeliveryState, NoticeKind};
use app::domain::report::ReportInput;
use app::domain::staff::Role;
use app::domain::workflow::{CaseState, Outcome};
use app::entities::{outbox, report};
use app::errors::AppError;
use app::model::StaffUser;
use app::services::mail::Mailer;
use app::services::reports::Change;
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::{cases, closing, outbox as sender, reports, test_db, tokens::FormToken};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use support::smtp::Smtp;
use time::{Duration, OffsetDateTime};

const WHAT: &str = "Petugas loket Samsat meminta uang pelicin Rp 300.000 untuk balik nama.";
const SITE: &str = "https://wbs.contoh.go.id";

struct World {
    h: Hasher,
    supervisor: StaffUser,
}

async fn world(db: &DatabaseConnection) -> World {
    let h = Hasher::new([5; 32]);
    let supervisor = staff::create_account(db, &h, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false)).await.unwrap();
    World { h, supervisor }
}

/// A report whose reporter gave `address` for notices (none: `None`); its id and receipt.
async fn report_with_notices(db: &DatabaseConnection, h: &Hasher, address: Option<&str>) -> (i32, String) {
    let input = ReportInput { category: "pungli".into(), what: WHAT.into(), ..Default::default() };
    let token = FormToken::generate().unwrap();
    let receipt = reports::submit(db, h, token.as_str(), &input).await.unwrap().receipt;
    if let Some(a) = address {
        let c = reports::check_receipt(db, h, &receipt, Default::default(), Some(Change::NoticesTo(a))).await.unwrap();
        assert!(c.added && c.addition_error.is_none() && c.status.notices);
    }
    let id = report::Entity::find().all(db).await.unwrap().into_iter().map(|r| r.id).max().unwrap();
    (id, receipt)
}

/// A report whose reporter gave `address`, moved to verification and asked a question (the
/// first notice queued); its id.
async fn asked(db: &DatabaseConnection, w: &World, address: Option<&str>) -> i32 {
    let (id, _) = report_with_notices(db, &w.h, address).await;
    cases::move_case(db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
    cases::ask_reporter(db, w.h.sealer(), &w.supervisor, id, "Kapan?").await.unwrap();
    id
}

async fn rows(db: &DatabaseConnection) -> Vec<outbox::Model> {
    outbox::Entity::find().all(db).await.unwrap()
}

fn mailer(smtp: &Smtp) -> Mailer {
    Mailer::new(&smtp.url(), "WBS Inspektorat <wbs@contoh.go.id>", SITE).unwrap()
}

#[tokio::test]
async fn a_question_and_the_closing_each_send_one_notice_that_says_nothing_of_the_case() {
    for t in test_db::all().await {
        // One server per database: a Maildir lists its messages in no particular order.
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        let before = smtp.messages().len();
        let (id, receipt) = report_with_notices(&t.db, &w.h, Some("warga.pelapor@example.id")).await;
        let stored = report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().notify_email.unwrap();
        assert!(stored.starts_with("s1.") && !stored.contains("warga"), "{}: the address is sealed", t.backend);

        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "Kapan tepatnya Pak Joko meminta uang itu?").await.unwrap();
        let now = OffsetDateTime::now_utc();
        let done = sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now).await.unwrap();
        assert_eq!(done.sent, 1, "{}", t.backend);
        assert_eq!(sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now).await.unwrap(), Default::default(), "sent once");

        reports::add_information(&t.db, &w.h, &receipt, "Hari Senin pagi.", reports::Evidence::none()).await.unwrap();
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Telaah).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, id, Outcome::Terbukti, "", "Petugas telah dijatuhi hukuman disiplin.").await.unwrap();
        assert_eq!(sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), OffsetDateTime::now_utc()).await.unwrap().sent, 1);

        let got = smtp.messages();
        assert_eq!(got.len(), before + 2, "{}: the question and the closing", t.backend);
        let number = app::services::display::case_number(id, report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().created_at);
        for m in &got[before..] {
            assert!(m.contains("warga.pelapor@example.id"), "addressed to the reporter");
            assert!(m.contains(&format!("{SITE}/cek")), "says where to read the news: {m}");
            for secret in [number.as_str(), receipt.as_str(), "Samsat", "300.000", "Joko", "Senin", "disiplin", "Terbukti", "terbukti"] {
                assert!(!m.contains(secret), "{}: the notice says {secret:?}", t.backend);
            }
        }
        // The closing notice went: the address has served its purpose.
        assert_eq!(report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().notify_email, None, "{}", t.backend);
        let kinds: Vec<NoticeKind> = rows(&t.db).await.into_iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [NoticeKind::QuestionAsked, NoticeKind::Closed]);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_reporter_without_an_address_gets_nothing_queued_and_a_wrong_address_is_refused_unstored() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = report_with_notices(&t.db, &w.h, None).await;
        for bad in ["warga", "warga@desa", "warga @example.id", "<script>@x.id"] {
            let c = reports::check_receipt(&t.db, &w.h, &receipt, Default::default(), Some(Change::NoticesTo(bad))).await.unwrap();
            assert_eq!(c.addition_error, Some(AppError::InvalidNoticeAddress), "{bad:?}");
            assert!(!c.added && !c.status.notices);
        }
        assert_eq!(report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().notify_email, None);
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "Kapan?").await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, id, Outcome::TidakLengkap, "", "Tidak ada jawaban.").await.unwrap();
        assert!(rows(&t.db).await.is_empty(), "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn two_instances_sending_at_once_send_every_message_exactly_once() {
    for t in test_db::all().await {
        // One server per database: a Maildir lists its messages in no particular order.
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        let before = smtp.messages().len();
        const N: usize = 30;
        for i in 0..N {
            asked(&t.db, &w, Some(&format!("warga{i}@example.id"))).await;
        }
        // A second instance: its own connection pool to the same database.
        let other = sea_orm::Database::connect(&t.url).await.unwrap();
        let now = OffsetDateTime::now_utc();
        let (m1, m2) = (mailer(&smtp), mailer(&smtp));
        let (a, b) = tokio::join!(
            sender::deliver_due(&t.db, w.h.sealer(), &m1, now),
            sender::deliver_due(&other, w.h.sealer(), &m2, now),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.sent + b.sent, N as u32, "{}: {a:?} {b:?}", t.backend);
        let got = &smtp.messages()[before..];
        assert_eq!(got.len(), N, "{}", t.backend);
        for i in 0..N {
            assert_eq!(got.iter().filter(|m| m.contains(&format!("To: warga{i}@example.id"))).count(), 1, "{}: warga{i} once", t.backend);
        }
        assert!(rows(&t.db).await.iter().all(|r| r.state == DeliveryState::Sent && r.attempts == 1));
        other.close().await.unwrap();
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_mail_server_outage_delays_the_mail_and_loses_none() {
    for t in test_db::all().await {
        let mut smtp = Smtp::start();
        let w = world(&t.db).await;
        let before = smtp.messages().len();
        for i in 0..5 {
            asked(&t.db, &w, Some(&format!("warga{i}@example.id"))).await;
        }
        smtp.stop();
        let now = OffsetDateTime::now_utc();
        let down = sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now).await.unwrap();
        assert_eq!((down.sent, down.retried), (0, 5), "{}", t.backend);
        assert!(rows(&t.db).await.iter().all(|r| r.state == DeliveryState::Pending && r.last_error.as_deref() == Some("connection")));
        // Not retried before their time, even with the server back.
        smtp.resume();
        assert_eq!(sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now + Duration::seconds(30)).await.unwrap().sent, 0);
        let later = sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now + Duration::minutes(2)).await.unwrap();
        assert_eq!(later.sent, 5, "{}", t.backend);
        assert_eq!(sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), now + Duration::hours(5)).await.unwrap(), Default::default());
        assert_eq!(smtp.messages().len(), before + 5, "{}: nothing lost, nothing doubled", t.backend);
        assert!(rows(&t.db).await.iter().all(|r| r.state == DeliveryState::Sent && r.attempts == 2));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_message_still_failing_after_its_last_try_is_marked_failed_for_the_administrators() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        asked(&t.db, &w, Some("warga@example.id")).await;
        // Nobody listens on this port.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let nowhere = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "wbs@contoh.go.id", SITE).unwrap();
        let mut now = OffsetDateTime::now_utc();
        for _ in 0..app::domain::notice::MAX_ATTEMPTS {
            sender::deliver_due(&t.db, w.h.sealer(), &nowhere, now).await.unwrap();
            now += Duration::hours(2);
        }
        let row = rows(&t.db).await.remove(0);
        assert_eq!((row.state, row.attempts), (DeliveryState::Failed, app::domain::notice::MAX_ATTEMPTS), "{}", t.backend);
        let summary = sender::summary(&t.db).await.unwrap();
        assert_eq!((summary.pending, summary.failed), (0, 1));
        assert_eq!(summary.failures[0].error, "connection");
        assert!(!format!("{summary:?}").contains("warga"), "administrators see no recipient");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn removing_the_address_stops_what_still_waits() {
    for t in test_db::all().await {
        // One server per database: a Maildir lists its messages in no particular order.
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        let before = smtp.messages().len();
        let (id, receipt) = report_with_notices(&t.db, &w.h, Some("warga@example.id")).await;
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "Kapan?").await.unwrap();
        let c = reports::check_receipt(&t.db, &w.h, &receipt, Default::default(), Some(Change::StopNotices)).await.unwrap();
        assert!(c.added && !c.status.notices);
        assert_eq!(report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().notify_email, None);
        let done = sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), OffsetDateTime::now_utc()).await.unwrap();
        assert_eq!((done.sent, done.dropped), (0, 1), "{}", t.backend);
        assert_eq!(smtp.messages().len(), before);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_answer_reminder_is_written_once_however_often_it_is_found_due() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let id = asked(&t.db, &w, Some("warga@example.id")).await;
        let now = OffsetDateTime::now_utc();
        assert_eq!(sender::queue_answer_reminders(&t.db, now).await.unwrap(), 0, "just asked: not due soon");
        // The morning of the day the answer is due (WIB).
        let case = report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap();
        let calendar = app::services::deadlines::calendar(&t.db).await.unwrap();
        let due = app::services::deadlines::due_of(&case, &calendar, app::services::deadlines::day_of(now)).unwrap();
        let day = time::Date::parse(&due.date, time::macros::format_description!("[year]-[month]-[day]")).unwrap();
        let morning = day.with_time(time::macros::time!(2:00)).assume_utc();
        let other = sea_orm::Database::connect(&t.url).await.unwrap();
        let (a, b) = tokio::join!(sender::queue_answer_reminders(&t.db, morning), sender::queue_answer_reminders(&other, morning));
        a.unwrap();
        b.unwrap();
        sender::queue_answer_reminders(&t.db, morning + Duration::hours(1)).await.unwrap();
        let reminders = outbox::Entity::find().filter(outbox::Column::Kind.eq(NoticeKind::AnswerDue)).all(&t.db).await.unwrap();
        assert_eq!(reminders.len(), 1, "{}", t.backend);
        other.close().await.unwrap();
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_closing_notice_given_up_still_deletes_the_address_and_a_closed_case_takes_none() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = report_with_notices(&t.db, &w.h, Some("warga@example.id")).await;
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, id, Outcome::Dilimpahkan, "Inspektorat Provinsi", "Dilimpahkan.").await.unwrap();
        // The mail server refuses for good: nobody listens, and the last try is spent.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let nowhere = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "wbs@contoh.go.id", SITE).unwrap();
        let mut now = OffsetDateTime::now_utc();
        for _ in 0..app::domain::notice::MAX_ATTEMPTS {
            sender::deliver_due(&t.db, w.h.sealer(), &nowhere, now).await.unwrap();
            now += Duration::hours(2);
        }
        assert_eq!(rows(&t.db).await[0].state, DeliveryState::Failed);
        assert_eq!(report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap().notify_email, None, "{}: no news is left to send", t.backend);
        let c = reports::check_receipt(&t.db, &w.h, &receipt, Default::default(), Some(Change::NoticesTo("warga@example.id"))).await.unwrap();
        assert_eq!(c.addition_error, Some(AppError::CaseClosed), "{}", t.backend);
        assert!(!c.status.notices);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_message_this_instance_cannot_read_fails_alone_and_the_others_still_go() {
    for t in test_db::all().await {
        let smtp = Smtp::start();
        let w = world(&t.db).await;
        // One address sealed under a key the sender does not have, one under its own.
        let other = w.h.clone().with_sealer(app::services::sealing::Sealer::new([8; 32], &[]));
        let (unreadable, _) = report_with_notices(&t.db, &other, Some("warga.lain@example.id")).await;
        cases::move_case(&t.db, &w.supervisor, unreadable, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, other.sealer(), &w.supervisor, unreadable, "Kapan?").await.unwrap();
        asked(&t.db, &w, Some("warga@example.id")).await;
        let done = sender::deliver_due(&t.db, w.h.sealer(), &mailer(&smtp), OffsetDateTime::now_utc()).await.unwrap();
        assert_eq!((done.sent, done.failed), (1, 1), "{}", t.backend);
        let failed = rows(&t.db).await.into_iter().find(|r| r.recipient_id == unreadable).unwrap();
        assert_eq!((failed.state, failed.last_error.as_deref()), (DeliveryState::Failed, Some("address")));
        assert_eq!(smtp.messages().len(), 1);
        t.drop_db().await;
    }
}
