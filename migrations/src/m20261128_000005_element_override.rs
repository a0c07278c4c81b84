//! The inspector's verdict per 5W+2H element, kept beside the automatic one. Rows are only
//! added; the newest per element is the one in force.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ElementOverride::Table)
                    .col(pk_auto(ElementOverride::Id))
                    .col(integer(ElementOverride::ReportId))
                    .col(string(ElementOverride::Element))
                    .col(boolean(ElementOverride::Met))
                    .col(text(ElementOverride::Reason))
                    .col(integer(ElementOverride::StaffId))
                    .col(timestamp_with_time_zone(ElementOverride::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ElementOverride::Table, ElementOverride::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_element_override_report")
                    .table(ElementOverride::Table)
                    .col(ElementOverride::ReportId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ElementOverride::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ElementOverride {
    Table,
    Id,
    ReportId,
    Element,
    Met,
    Reason,
    StaffId,
    CreatedAt,
}
