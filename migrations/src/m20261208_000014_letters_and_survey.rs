//! The reply letter and the satisfaction survey (issue 17).
//!
//! `letter_counter` holds the last letter number of each year: closing a case adds one to
//! its year's row in the closing's transaction, so two closings at once take turns on that
//! row and never share a number. `reply_letter` is the letter as issued: its number, the
//! outcome, the message (sealed) and the profile it was signed under (JSON: the letterhead
//! and signatory of that day, which later edits of the profile do not rewrite).
//!
//! The survey keeps its answers apart from the case: `survey_taken` says a report was rated
//! (once per report) by a keyed digest of its id, which a copy of the database cannot turn
//! back into a report; `survey_response` holds the scores of the month they were given in,
//! with no case and no time of day, so no one can tell whose report a rating was.
//!
//! Staff notices: each account gets an e-mail address and its choices (`notice_prefs`, JSON:
//! a mode per kind and the digest's hour); an outbox row to staff names the case it is about
//! (`case_id`), and `staff_digest_item` holds what waits for a staff member's daily digest
//! (case numbers only, as the digest says nothing else; a deadline's item has a key of its
//! day, so that it waits once per day however many instances find it).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LetterCounter::Table)
                    .col(integer(LetterCounter::Year).primary_key())
                    .col(integer(LetterCounter::Last).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReplyLetter::Table)
                    .col(pk_auto(ReplyLetter::Id))
                    .col(integer(ReplyLetter::ReportId).unique_key())
                    .col(integer(ReplyLetter::Year))
                    .col(integer(ReplyLetter::Seq))
                    .col(string(ReplyLetter::Number))
                    .col(string(ReplyLetter::Outcome))
                    .col(string_null(ReplyLetter::OutcomeDetail))
                    .col(text(ReplyLetter::Message))
                    .col(text(ReplyLetter::Profile))
                    .col(timestamp_with_time_zone(ReplyLetter::IssuedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReplyLetter::Table, ReplyLetter::ReportId)
                            .to(Report::Table, Report::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("reply_letter_year_seq").table(ReplyLetter::Table).col(ReplyLetter::Year).col(ReplyLetter::Seq).unique().to_owned(),
            )
            .await?;
        manager
            .create_table(Table::create().table(SurveyTaken::Table).col(string(SurveyTaken::Mark).primary_key()).to_owned())
            .await?;
        let mut response = Table::create();
        response.table(SurveyResponse::Table).col(pk_auto(SurveyResponse::Id)).col(string(SurveyResponse::Period));
        for q in SurveyResponse::SCORES {
            response.col(small_integer(q));
        }
        response.col(text_null(SurveyResponse::Comment));
        manager.create_table(response.to_owned()).await?;
        manager
            .create_index(Index::create().name("survey_response_period").table(SurveyResponse::Table).col(SurveyResponse::Period).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(StaffAccount::Table).add_column(string_null(StaffAccount::Email)).to_owned()).await?;
        manager.alter_table(Table::alter().table(StaffAccount::Table).add_column(text_null(StaffAccount::NoticePrefs)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(integer_null(Outbox::CaseId)).to_owned()).await?;
        manager.create_index(Index::create().name("outbox_case").table(Outbox::Table).col(Outbox::CaseId).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffDigestItem::Table)
                    .col(pk_auto(StaffDigestItem::Id))
                    .col(integer(StaffDigestItem::StaffId))
                    .col(string(StaffDigestItem::Kind))
                    .col(integer(StaffDigestItem::CaseId))
                    .col(integer_null(StaffDigestItem::OutboxId))
                    .col(string_null(StaffDigestItem::DedupeKey).unique_key())
                    .col(timestamp_with_time_zone(StaffDigestItem::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("staff_digest_item_waiting").table(StaffDigestItem::Table).col(StaffDigestItem::StaffId).col(StaffDigestItem::OutboxId).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(StaffDigestItem::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name("outbox_case").table(Outbox::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Outbox::Table).drop_column(Outbox::CaseId).to_owned()).await?;
        manager.alter_table(Table::alter().table(StaffAccount::Table).drop_column(StaffAccount::NoticePrefs).to_owned()).await?;
        manager.alter_table(Table::alter().table(StaffAccount::Table).drop_column(StaffAccount::Email).to_owned()).await?;
        manager.drop_table(Table::drop().table(SurveyResponse::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(SurveyTaken::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ReplyLetter::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(LetterCounter::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LetterCounter {
    Table,
    Year,
    Last,
}

#[derive(DeriveIden)]
enum ReplyLetter {
    Table,
    Id,
    ReportId,
    Year,
    Seq,
    Number,
    Outcome,
    OutcomeDetail,
    Message,
    Profile,
    IssuedAt,
}

#[derive(DeriveIden)]
enum SurveyTaken {
    Table,
    Mark,
}

#[derive(DeriveIden, Clone, Copy)]
enum SurveyResponse {
    Table,
    Id,
    Period,
    Q1,
    Q2,
    Q3,
    Q4,
    Q5,
    Q6,
    Q7,
    Q8,
    Q9,
    Comment,
}

impl SurveyResponse {
    /// One score column per element of the survey (1–4).
    const SCORES: [SurveyResponse; 9] = [Self::Q1, Self::Q2, Self::Q3, Self::Q4, Self::Q5, Self::Q6, Self::Q7, Self::Q8, Self::Q9];
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Email,
    NoticePrefs,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    CaseId,
}

#[derive(DeriveIden)]
enum StaffDigestItem {
    Table,
    Id,
    StaffId,
    Kind,
    CaseId,
    OutboxId,
    DedupeKey,
    CreatedAt,
}
