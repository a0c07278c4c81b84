//! Board query time with many cases: seeds 1,000 / 10,000 / 100,000 synthetic cases (SQLite,
//! and PostgreSQL when `LENTERA_TEST_POSTGRES_URL` is set) and prints the p50/p95 of the
//! supervisor's board load, and of a board search by words of "what happened" (a sealed
//! column, opened in memory for the cases the supervisor sees) and by case number. Run by
//! `scripts/bench.sh` (release build).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]
use std::time::Instant;

use app::domain::fivew::check;
use app::domain::staff::Role;
use app::entities::report;
use app::model::BoardFilter;
use app::services::secrets::Hasher;
use app::services::staff::{create_account, NewAccount};
use app::services::{cases, test_db};
use sea_orm::{ActiveValue::Set, EntityTrait, PaginatorTrait};
use time::{Duration, OffsetDateTime};

async fn seed_to(db: &sea_orm::DatabaseConnection, sealer: &app::services::sealing::Sealer, target: u64) -> anyhow::Result<()> {
    let have = report::Entity::find().count(db).await?;
    let verdict = serde_json::to_string(&check(&app::domain::fivew::ReportText {
        what: "Petugas meminta uang tambahan.",
        who: "Petugas loket 3",
        place: "Kantor Kecamatan",
        time: "12 Januari 2025",
        why: "",
        how: "",
        how_much: "",
    }, true))?;
    let now = OffsetDateTime::now_utc();
    let mut i = have;
    while i < target {
        let batch: Vec<report::ActiveModel> = (i..(i + 500).min(target))
            .map(|n| {
                let at = now - Duration::hours((n % 8000) as i64);
                report::ActiveModel {
                    receipt_hash: Set(format!("bench-{n}")),
                    category_id: Set(1 + (n % 8) as i32),
                    channel: Set(app::domain::report::Channel::Portal),
                    state: Set(app::domain::workflow::CaseState::ALL[(n % 6) as usize]),
                    // Sealed as a real report's is: the search opens every one it looks at.
                    what: Set(sealer.seal(app::services::sealed::REPORT_WHAT, &format!("Laporan sintetis nomor {n}: pungutan di loket.")).unwrap()),
                    who: Set(String::new()),
                    place: Set(String::new()),
                    time: Set(String::new()),
                    why: Set(String::new()),
                    how: Set(String::new()),
                    how_much: Set(String::new()),
                    evidence: Set(String::new()),
                    verdict: Set(verdict.clone()),
                    complete: Set(false),
                    met_count: Set(4),
                    created_at: Set(at),
                    updated_at: Set(at),
                    state_since: Set(Some(at)),
                    paused_days: Set(0),
                    ..Default::default()
                }
            })
            .collect();
        i += batch.len() as u64;
        report::Entity::insert_many(batch).exec(db).await?;
    }
    Ok(())
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let sizes: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000, 10_000, 100_000] } else { sizes };
    let mut dbs = vec![test_db::sqlite().await];
    if let Some(url) = test_db::postgres_url() {
        dbs.push(test_db::postgres(&url).await);
    }
    println!("| database | cases | board p50 | board p95 | word search p50 | word search p95 | number search p95 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for t in dbs {
        let h = Hasher::new([1; 32]);
        let user = create_account(&t.db, &h, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false))
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        for &n in &sizes {
            seed_to(&t.db, h.sealer(), n).await?;
            // As autovacuum would have by then on a live database: statistics and the
            // visibility map up to date (SQLite's planner statistics likewise).
            use sea_orm::ConnectionTrait;
            t.db.execute_unprepared(if t.backend == "postgres" { "VACUUM ANALYZE report" } else { "ANALYZE" }).await?;
            let timed = |filter: BoardFilter, runs: usize| {
                let (db, h, user) = (t.db.clone(), h.clone(), user.clone());
                async move {
                    let mut times = Vec::new();
                    for _ in 0..runs {
                        let started = Instant::now();
                        let board = cases::board(&db, h.sealer(), &user, &filter).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
                        times.push(started.elapsed().as_secs_f64() * 1000.0);
                        assert!(!board.cards.is_empty());
                    }
                    anyhow::Ok(times)
                }
            };
            let mut board = timed(BoardFilter::default(), 20).await?;
            // A word that only one case holds: every visible case's text is opened to find it.
            let mut words = timed(BoardFilter { text: format!("nomor {}", n - 1), ..Default::default() }, 5).await?;
            let mut number = timed(BoardFilter { text: format!("{:05}", n / 2), ..Default::default() }, 20).await?;
            println!(
                "| {} | {n} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms |",
                t.backend,
                percentile(&mut board, 0.5),
                percentile(&mut board, 0.95),
                percentile(&mut words, 0.5),
                percentile(&mut words, 0.95),
                percentile(&mut number, 0.95)
            );
        }
        t.drop_db().await;
    }
    Ok(())
}
