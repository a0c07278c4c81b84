//! Reports entered by staff from letters, walk-ins and phone calls: who entered them and
//! the date the inspectorate received them.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [integer_null(Report::EnteredBy), string_null(Report::ReceivedOn)] {
            manager.alter_table(Table::alter().table(Report::Table).add_column(col).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Report::ReceivedOn, Report::EnteredBy] {
            manager.alter_table(Table::alter().table(Report::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    EnteredBy,
    ReceivedOn,
}
