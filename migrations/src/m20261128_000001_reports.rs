//! Categories, reports, their timeline, and the short-lived idempotency store of submissions.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Seeded categories (SPEC "Categories"): code, Indonesian name, English name, financial.
/// Financial categories make the *How much* element expected.
const CATEGORIES: [(&str, &str, &str, bool); 8] = [
    ("pungli", "Pungutan liar", "Illegal levy", true),
    ("gratifikasi", "Gratifikasi / suap", "Gift / bribery", true),
    ("wewenang", "Penyalahgunaan wewenang", "Abuse of authority", false),
    ("pelayanan", "Pelayanan publik", "Public service failure", false),
    ("disiplin", "Pelanggaran disiplin ASN", "Civil servant discipline", false),
    ("benturan", "Benturan kepentingan", "Conflict of interest", false),
    ("pengadaan", "Pengadaan barang/jasa", "Procurement", true),
    ("lainnya", "Lainnya", "Other", false),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Category::Table)
                    .col(pk_auto(Category::Id))
                    .col(string_uniq(Category::Code))
                    .col(string(Category::NameId))
                    .col(string(Category::NameEn))
                    .col(boolean(Category::Financial))
                    .col(integer(Category::Sort))
                    .to_owned(),
            )
            .await?;

        let mut seed = Query::insert()
            .into_table(Category::Table)
            .columns([
                Category::Code,
                Category::NameId,
                Category::NameEn,
                Category::Financial,
                Category::Sort,
            ])
            .to_owned();
        for (sort, (code, name_id, name_en, financial)) in (1_i32..).zip(CATEGORIES) {
            seed.values_panic([
                code.into(),
                name_id.into(),
                name_en.into(),
                financial.into(),
                sort.into(),
            ]);
        }
        manager.exec_stmt(seed).await?;

        manager
            .create_table(
                Table::create()
                    .table(Report::Table)
                    .col(pk_auto(Report::Id))
                    // Argon2id of the receipt under the installation's secret salt: the
                    // receipt itself is never stored.
                    .col(string_uniq(Report::ReceiptHash))
                    .col(integer(Report::CategoryId))
                    .col(string(Report::Channel))
                    .col(string(Report::State))
                    .col(text(Report::What))
                    .col(text(Report::Who))
                    .col(text(Report::Place))
                    .col(text(Report::Time))
                    .col(text(Report::Why))
                    .col(text(Report::How))
                    .col(text(Report::HowMuch))
                    .col(text(Report::Evidence))
                    .col(text_null(Report::Contact))
                    // The server's 5W+2H verdict at submission, as JSON.
                    .col(text(Report::Verdict))
                    .col(boolean(Report::Complete))
                    .col(integer(Report::MetCount))
                    .col(timestamp_with_time_zone(Report::CreatedAt))
                    .col(timestamp_with_time_zone(Report::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Report::Table, Report::CategoryId)
                            .to(Category::Table, Category::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_report_state_created")
                    .table(Report::Table)
                    .col(Report::State)
                    .col(Report::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReportEvent::Table)
                    .col(pk_auto(ReportEvent::Id))
                    .col(integer(ReportEvent::ReportId))
                    .col(string(ReportEvent::Kind))
                    .col(string(ReportEvent::Actor))
                    .col(text_null(ReportEvent::Body))
                    .col(timestamp_with_time_zone(ReportEvent::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReportEvent::Table, ReportEvent::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_report_event_report")
                    .table(ReportEvent::Table)
                    .col(ReportEvent::ReportId)
                    .col(ReportEvent::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionToken::Table)
                    // SHA-256 of the form's one-time token; the receipt it produced is kept
                    // encrypted under a key derived from the token, for at most an hour.
                    .col(string(SubmissionToken::TokenId).primary_key())
                    .col(text(SubmissionToken::Sealed))
                    .col(timestamp_with_time_zone(SubmissionToken::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submission_token_created")
                    .table(SubmissionToken::Table)
                    .col(SubmissionToken::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionToken::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ReportEvent::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Report::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Category::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Category {
    Table,
    Id,
    Code,
    NameId,
    NameEn,
    Financial,
    Sort,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
    ReceiptHash,
    CategoryId,
    Channel,
    State,
    What,
    Who,
    Place,
    Time,
    Why,
    How,
    HowMuch,
    Evidence,
    Contact,
    Verdict,
    Complete,
    MetCount,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ReportEvent {
    Table,
    Id,
    ReportId,
    Kind,
    Actor,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SubmissionToken {
    Table,
    TokenId,
    Sealed,
    CreatedAt,
}
