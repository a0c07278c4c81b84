//! Deadlines: the day each case entered its state, the working days it waited for the
//! reporter, the day it became complete; and the holiday calendar working days skip.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Indonesia's national holidays and civil-service *cuti bersama* for 2026 (joint decree of
/// the Ministers of Religious Affairs, Manpower and Administrative Reform), and the 2027 days
/// whose dates do not follow a lunar calendar. Administrators add the 2027 lunar-calendar
/// days when the government publishes them.
const HOLIDAYS: &[(&str, &str)] = &[
    ("2026-01-01", "Tahun Baru 2026 Masehi"),
    ("2026-01-16", "Isra Mikraj Nabi Muhammad SAW"),
    ("2026-02-16", "Cuti bersama Tahun Baru Imlek"),
    ("2026-02-17", "Tahun Baru Imlek 2577 Kongzili"),
    ("2026-03-18", "Cuti bersama Hari Suci Nyepi"),
    ("2026-03-19", "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
    ("2026-03-20", "Cuti bersama Idulfitri"),
    ("2026-03-21", "Idulfitri 1447 Hijriah"),
    ("2026-03-22", "Idulfitri 1447 Hijriah"),
    ("2026-03-23", "Cuti bersama Idulfitri"),
    ("2026-03-24", "Cuti bersama Idulfitri"),
    ("2026-04-03", "Wafat Yesus Kristus"),
    ("2026-04-05", "Kebangkitan Yesus Kristus (Paskah)"),
    ("2026-05-01", "Hari Buruh Internasional"),
    ("2026-05-14", "Kenaikan Yesus Kristus"),
    ("2026-05-15", "Cuti bersama Kenaikan Yesus Kristus"),
    ("2026-05-27", "Iduladha 1447 Hijriah"),
    ("2026-05-28", "Cuti bersama Iduladha"),
    ("2026-05-31", "Hari Raya Waisak 2570 BE"),
    ("2026-06-01", "Hari Lahir Pancasila"),
    ("2026-06-16", "Tahun Baru Islam 1448 Hijriah"),
    ("2026-08-17", "Proklamasi Kemerdekaan"),
    ("2026-08-25", "Maulid Nabi Muhammad SAW"),
    ("2026-12-24", "Cuti bersama Natal"),
    ("2026-12-25", "Kelahiran Yesus Kristus (Natal)"),
    ("2027-01-01", "Tahun Baru 2027 Masehi"),
    ("2027-03-26", "Wafat Yesus Kristus"),
    ("2027-03-28", "Kebangkitan Yesus Kristus (Paskah)"),
    ("2027-05-01", "Hari Buruh Internasional"),
    ("2027-05-06", "Kenaikan Yesus Kristus"),
    ("2027-06-01", "Hari Lahir Pancasila"),
    ("2027-08-17", "Proklamasi Kemerdekaan"),
    ("2027-12-25", "Kelahiran Yesus Kristus (Natal)"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Holiday::Table)
                    // `2026-03-21`: ISO text sorts and compares the same on SQLite and PostgreSQL.
                    .col(string_len(Holiday::Day, 10).primary_key())
                    .col(string(Holiday::Name))
                    .to_owned(),
            )
            .await?;
        let mut seed = Query::insert().into_table(Holiday::Table).columns([Holiday::Day, Holiday::Name]).to_owned();
        for (day, name) in HOLIDAYS {
            seed.values_panic([(*day).into(), (*name).into()]);
        }
        manager.exec_stmt(seed).await?;

        // One column per statement: SQLite alters one thing at a time.
        for col in [
            timestamp_with_time_zone_null(Report::StateSince),
            timestamp_with_time_zone_null(Report::CompleteSince),
            integer(Report::PausedDays).default(0).to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Report::Table).add_column(col).to_owned()).await?;
        }
        // Existing cases: their state's clock starts at their last change.
        manager
            .exec_stmt(
                Query::update()
                    .table(Report::Table)
                    .value(Report::StateSince, Expr::col(Report::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Report::PausedDays, Report::CompleteSince, Report::StateSince] {
            manager.alter_table(Table::alter().table(Report::Table).drop_column(col).to_owned()).await?;
        }
        manager.drop_table(Table::drop().table(Holiday::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Holiday {
    Table,
    Day,
    Name,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    UpdatedAt,
    StateSince,
    CompleteSince,
    PausedDays,
}
