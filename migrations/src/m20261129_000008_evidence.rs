//! Evidence files. Each is stored sealed in the database (not on disk), so every instance
//! sharing the database serves it and a backup of the database is a backup of the evidence.
//! An upload first waits under a digest of a one-time upload key (`upload_key`) and joins a
//! report when the report (or the reporter's addition) is submitted; waiting uploads older
//! than a day are deleted.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachment::Table)
                    .col(pk_auto(Attachment::Id))
                    .col(integer_null(Attachment::ReportId))
                    .col(string_null(Attachment::UploadKey).unique_key())
                    .col(string(Attachment::Kind))
                    .col(big_integer(Attachment::SizeBytes))
                    .col(blob(Attachment::Content))
                    .col(boolean(Attachment::FromReporter))
                    .col(timestamp_with_time_zone(Attachment::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Attachment::Table, Attachment::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_attachment_report").table(Attachment::Table).col(Attachment::ReportId).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Attachment::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Attachment {
    Table,
    Id,
    ReportId,
    UploadKey,
    Kind,
    SizeBytes,
    Content,
    FromReporter,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
}
