use sea_orm::entity::prelude::*;

/// A report whose reporter has rated the service, as a digest of its id keyed with the
/// installation secret (once per report; the scores are kept apart, in `survey_response`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_taken")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub mark: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
