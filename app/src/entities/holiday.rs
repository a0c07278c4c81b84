use sea_orm::entity::prelude::*;

/// A day off that working-day deadlines skip (weekends are skipped anyway).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "holiday")]
pub struct Model {
    /// `2026-03-21`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: String,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
