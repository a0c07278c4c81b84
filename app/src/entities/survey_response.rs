use sea_orm::entity::prelude::*;

/// One reporter's rating of the complaint service (SKM): a score of 1–4 per element, the
/// month it was given in (`2026-12`, WIB) and an optional comment (sealed).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub period: String,
    pub q1: i16,
    pub q2: i16,
    pub q3: i16,
    pub q4: i16,
    pub q5: i16,
    pub q6: i16,
    pub q7: i16,
    pub q8: i16,
    pub q9: i16,
    pub comment: Option<String>,
}

impl Model {
    pub fn scores(&self) -> [i16; 9] {
        [self.q1, self.q2, self.q3, self.q4, self.q5, self.q6, self.q7, self.q8, self.q9]
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
