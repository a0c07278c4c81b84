//! Oversight: work units (OPD) a case concerns, the administrators' settings (deadline
//! lengths, retention), and the mark a case gets when retention has emptied it.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WorkUnit::Table)
                    .col(pk_auto(WorkUnit::Id))
                    .col(string_uniq(WorkUnit::Name))
                    .col(boolean(WorkUnit::Active).default(true))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Setting::Table)
                    .col(string(Setting::Key).primary_key())
                    .col(string(Setting::Value))
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite alters one thing at a time. The work unit is a
        // plain id (SQLite cannot add a foreign key to an existing table); units are never
        // deleted, only deactivated.
        for col in [integer_null(Report::WorkUnitId), timestamp_with_time_zone_null(Report::PurgedAt)] {
            manager.alter_table(Table::alter().table(Report::Table).add_column(col).to_owned()).await?;
        }
        manager
            .create_index(Index::create().name("idx_report_work_unit").table(Report::Table).col(Report::WorkUnitId).to_owned())
            .await?;
        // Statistics group by arrival time; the retention job looks for long-closed cases.
        manager
            .create_index(Index::create().name("idx_report_created_at").table(Report::Table).col(Report::CreatedAt).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_report_created_at").table(Report::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name("idx_report_work_unit").table(Report::Table).to_owned()).await?;
        for col in [Report::PurgedAt, Report::WorkUnitId] {
            manager.alter_table(Table::alter().table(Report::Table).drop_column(col).to_owned()).await?;
        }
        manager.drop_table(Table::drop().table(Setting::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(WorkUnit::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum WorkUnit {
    Table,
    Id,
    Name,
    Active,
}

#[derive(DeriveIden)]
enum Setting {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    WorkUnitId,
    PurgedAt,
    CreatedAt,
}
