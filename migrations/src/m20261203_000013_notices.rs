//! Telling people (issue 17): the outbox of e-mail notices, and the address a reporter may
//! give for content-free notices.
//!
//! An outbox row names its recipient (`recipient_kind` and `recipient_id`: the report whose
//! reporter asked for notices), never an address: the address is read, sealed, from its one
//! place when the message is sent, so a removed address stops what still waits and no copy of
//! it lies in the outbox. `dedupe_key` (unique) makes a notice that a periodic job finds due
//! (a deadline reminder) go out once however many instances find it. `lease_until` is a
//! sender's claim on a row: another instance leaves the row alone until the lease ends. Both
//! are Unix seconds, compared as numbers on SQLite and PostgreSQL alike.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk_auto(Outbox::Id))
                    .col(string(Outbox::Kind))
                    .col(string(Outbox::RecipientKind))
                    .col(integer(Outbox::RecipientId))
                    .col(string_null(Outbox::DedupeKey).unique_key())
                    .col(string(Outbox::State))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(big_integer(Outbox::NextAttemptAt))
                    .col(big_integer_null(Outbox::LeaseUntil))
                    .col(string_null(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("outbox_due").table(Outbox::Table).col(Outbox::State).col(Outbox::NextAttemptAt).to_owned(),
            )
            .await?;
        manager
            .alter_table(Table::alter().table(Report::Table).add_column(text_null(Report::NotifyEmail)).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Report::Table).drop_column(Report::NotifyEmail).to_owned()).await?;
        manager.drop_table(Table::drop().table(Outbox::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    NotifyEmail,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Kind,
    RecipientKind,
    RecipientId,
    DedupeKey,
    State,
    Attempts,
    NextAttemptAt,
    LeaseUntil,
    LastError,
    CreatedAt,
    SentAt,
}
