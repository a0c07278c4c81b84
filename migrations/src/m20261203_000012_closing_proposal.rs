//! An inspector's closing is a proposal a supervisor approves or sends back (SPEC "Telling
//! people"): at most one waits per case, with the outcome and the message to the reporter
//! (sealed) as the inspector wrote them.
//!
//! It also empties `throttle_entry`: its rows were keyed with the receipt secret that lies
//! beside the database, so a copy of the disk could name the addresses behind them. From this
//! release on the key is never on disk; the old rows could not match again anyway. Its `id` is what key rotation walks, as in every
//! table with a sealed column.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ClosingProposal::Table)
                    .col(pk_auto(ClosingProposal::Id))
                    .col(integer(ClosingProposal::ReportId).unique_key())
                    .col(string(ClosingProposal::Outcome))
                    .col(string_null(ClosingProposal::OutcomeDetail))
                    .col(text(ClosingProposal::Message))
                    .col(integer(ClosingProposal::ProposedBy))
                    .col(timestamp_with_time_zone(ClosingProposal::ProposedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ClosingProposal::Table, ClosingProposal::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager.exec_stmt(Query::delete().from_table(ThrottleEntry::Table).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ClosingProposal::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum ThrottleEntry {
    Table,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ClosingProposal {
    Table,
    Id,
    ReportId,
    Outcome,
    OutcomeDetail,
    Message,
    ProposedBy,
    ProposedAt,
}
