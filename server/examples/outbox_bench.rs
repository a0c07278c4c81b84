//! Outbox throughput: queues N reporter notices (each report with a sealed address, as the
//! receipt page stores it) and times one sender draining them into a real local SMTP server
//! (Python's aiosmtpd writing to a Maildir), on SQLite and, when `LENTERA_TEST_POSTGRES_URL`
//! is set, PostgreSQL. Prints messages per second. Run by `scripts/bench.sh`:
//!   cargo run --release -p lentera --example outbox_bench -- 1000
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use app::domain::notice::NoticeKind;
use app::entities::report;
use app::services::mail::Mailer;
use app::services::secrets::Hasher;
use app::services::{outbox, reports, test_db, tokens::FormToken};
use sea_orm::{ActiveValue::Set, EntityTrait, TransactionTrait};
use time::OffsetDateTime;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let maildir = std::env::temp_dir().join(format!("lentera-outbox-bench-{port}"));
    let mut smtp = Command::new("python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        anyhow::ensure!(start.elapsed() < Duration::from_secs(15), "aiosmtpd did not start (pip install aiosmtpd)");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mailer = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "WBS <wbs@contoh.go.id>", "https://wbs.contoh.go.id").map_err(anyhow::Error::msg)?;

    println!("| database | messages | queued in | sent in | messages/s |");
    println!("|---|---:|---:|---:|---:|");
    for t in test_db::all().await {
        let h = Hasher::new([3; 32]);
        let input = app::domain::report::ReportInput { category: "pungli".into(), what: "Pungutan di loket.".into(), ..Default::default() };
        let token = FormToken::generate()?;
        reports::submit(&t.db, &h, token.as_str(), &input).await?;
        let template = report::Entity::find().one(&t.db).await?.unwrap();
        let address = h.sealer().seal(app::services::sealed::REPORT_NOTIFY_EMAIL, "pelapor.bench@contoh.id")?;
        let queued = Instant::now();
        for i in 0..n {
            let txn = t.db.begin().await?;
            let mut row: report::ActiveModel = template.clone().into();
            row.id = sea_orm::ActiveValue::NotSet;
            row.receipt_hash = Set(format!("bench-{i}"));
            row.notify_email = Set(Some(address.clone()));
            let id = report::Entity::insert(row).exec(&txn).await?.last_insert_id;
            let case = report::Entity::find_by_id(id).one(&txn).await?.unwrap();
            outbox::notify_reporter(&txn, &case, NoticeKind::QuestionAsked, None, OffsetDateTime::now_utc()).await?;
            txn.commit().await?;
        }
        let queued = queued.elapsed();
        let sending = Instant::now();
        let mut sent = 0;
        while sent < n {
            let d = outbox::deliver_due(&t.db, h.sealer(), &mailer, OffsetDateTime::now_utc()).await?;
            anyhow::ensure!(d.failed == 0 && d.retried == 0, "a message failed: {d:?}");
            sent += d.sent;
            anyhow::ensure!(d.sent > 0 || sent >= n, "nothing was sent");
        }
        let took = sending.elapsed();
        println!("| {} | {n} | {:.1} s | {:.1} s | {:.0} |", t.backend, queued.as_secs_f64(), took.as_secs_f64(), f64::from(n) / took.as_secs_f64());
        t.drop_db().await;
    }
    let _ = smtp.kill();
    let _ = std::fs::remove_dir_all(&maildir);
    Ok(())
}
