//! The board shows each stage's oldest open cases (its newest closed ones) by case number:
//! an index in that order lets a column read its 200 cards instead of every case in the
//! stage (SQLite took 70 ms for the six columns at 100,000 cases, sorting each stage).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create().name("idx_report_state_id").table(Report::Table).col(Report::State).col(Report::Id).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_report_state_id").table(Report::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    State,
    Id,
}
