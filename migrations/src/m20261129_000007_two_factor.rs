//! Two-factor sign-in for staff (TOTP, RFC 6238): the sealed secret (and one being set up),
//! the last time step used (a code works once), whether an administrator requires it, and
//! single-use recovery codes kept only as keyed hashes.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for col in [
            text_null(StaffAccount::TotpSecret),
            text_null(StaffAccount::TotpPending),
            big_integer_null(StaffAccount::TotpLastStep),
            boolean(StaffAccount::TotpRequired).default(false).to_owned(),
        ] {
            manager.alter_table(Table::alter().table(StaffAccount::Table).add_column(col).to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(pk_auto(RecoveryCode::Id))
                    .col(integer(RecoveryCode::StaffId))
                    .col(string(RecoveryCode::CodeHash))
                    .col(timestamp_with_time_zone_null(RecoveryCode::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecoveryCode::Table, RecoveryCode::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_code_staff")
                    .table(RecoveryCode::Table)
                    .col(RecoveryCode::StaffId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RecoveryCode::Table).to_owned()).await?;
        for col in [StaffAccount::TotpRequired, StaffAccount::TotpLastStep, StaffAccount::TotpPending, StaffAccount::TotpSecret] {
            manager.alter_table(Table::alter().table(StaffAccount::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    TotpSecret,
    TotpPending,
    TotpLastStep,
    TotpRequired,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    StaffId,
    CodeHash,
    UsedAt,
}
