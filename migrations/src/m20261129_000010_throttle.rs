//! Throttling records in the database, so that several instances share them: one row per
//! guarded client key (a keyed hash; never an address) with its recent count, its window and
//! any lock.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ThrottleEntry::Table)
                    .col(string(ThrottleEntry::Key).primary_key())
                    .col(integer(ThrottleEntry::Count))
                    .col(big_integer(ThrottleEntry::WindowStart))
                    .col(big_integer(ThrottleEntry::LockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_throttle_entry_window_start")
                    .table(ThrottleEntry::Table)
                    .col(ThrottleEntry::WindowStart)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ThrottleEntry::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum ThrottleEntry {
    Table,
    Key,
    Count,
    WindowStart,
    LockedUntil,
}
