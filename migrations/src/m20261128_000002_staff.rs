//! Staff accounts, their database-held sessions (shared by every server instance), and the
//! append-only audit log.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffAccount::Table)
                    .col(pk_auto(StaffAccount::Id))
                    .col(string_uniq(StaffAccount::Username))
                    .col(string(StaffAccount::DisplayName))
                    .col(string(StaffAccount::Role))
                    // Argon2id PHC string.
                    .col(string(StaffAccount::PasswordHash))
                    .col(boolean(StaffAccount::Active))
                    .col(boolean(StaffAccount::MustChangePassword))
                    .col(timestamp_with_time_zone(StaffAccount::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    // SHA-256 of the cookie value: a database dump does not let anyone log in.
                    .col(string(StaffSession::IdHash).primary_key())
                    .col(integer(StaffSession::StaffId))
                    .col(big_integer(StaffSession::CreatedAt))
                    .col(big_integer(StaffSession::LastSeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSession::Table, StaffSession::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(pk_auto(AuditEvent::Id))
                    .col(integer_null(AuditEvent::ActorId))
                    .col(integer_null(AuditEvent::ReportId))
                    .col(string(AuditEvent::Action))
                    .col(text_null(AuditEvent::Detail))
                    .col(timestamp_with_time_zone(AuditEvent::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_event_report")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::ReportId)
                    .col(AuditEvent::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AuditEvent::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StaffSession::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StaffAccount::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    Username,
    DisplayName,
    Role,
    PasswordHash,
    Active,
    MustChangePassword,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    IdHash,
    StaffId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    ActorId,
    ReportId,
    Action,
    Detail,
    CreatedAt,
}
