//! Working a case: who is assigned, and how it was closed.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for col in [text_null(Report::Outcome), text_null(Report::OutcomeDetail)] {
            manager
                .alter_table(Table::alter().table(Report::Table).add_column(col).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(CaseAssignment::Table)
                    .col(integer(CaseAssignment::ReportId))
                    .col(integer(CaseAssignment::StaffId))
                    .col(timestamp_with_time_zone(CaseAssignment::AssignedAt))
                    .primary_key(Index::create().col(CaseAssignment::ReportId).col(CaseAssignment::StaffId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CaseAssignment::Table, CaseAssignment::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CaseAssignment::Table, CaseAssignment::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_case_assignment_staff")
                    .table(CaseAssignment::Table)
                    .col(CaseAssignment::StaffId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CaseAssignment::Table).to_owned()).await?;
        for col in [Report::OutcomeDetail, Report::Outcome] {
            manager
                .alter_table(Table::alter().table(Report::Table).drop_column(col).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
    Outcome,
    OutcomeDetail,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CaseAssignment {
    Table,
    ReportId,
    StaffId,
    AssignedAt,
}
