use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `None` while the upload waits for its report.
    pub report_id: Option<i32>,
    /// SHA-256 (hex) of the one-time upload key, while the upload waits.
    pub upload_key: Option<String>,
    pub kind: String,
    pub size_bytes: i64,
    /// The metadata-free file, sealed (see `services::sealing`).
    #[sea_orm(column_type = "Blob")]
    pub content: Vec<u8>,
    pub from_reporter: bool,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
