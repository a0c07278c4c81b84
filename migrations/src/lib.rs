//! Database schema of Lentera, one file per migration, always with `down`.
pub use sea_orm_migration::prelude::*;

mod m20261128_000001_reports;
mod m20261128_000002_staff;
mod m20261128_000003_case_work;
mod m20261128_000004_intake;
mod m20261128_000005_element_override;
mod m20261129_000006_deadlines;
mod m20261129_000007_two_factor;
mod m20261129_000008_evidence;
mod m20261129_000009_oversight;
mod m20261129_000010_throttle;
mod m20261129_000011_board_order;
mod m20261203_000012_closing_proposal;
mod m20261203_000013_notices;
mod m20261208_000014_letters_and_survey;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_reports::Migration),
            Box::new(m20261128_000002_staff::Migration),
            Box::new(m20261128_000003_case_work::Migration),
            Box::new(m20261128_000004_intake::Migration),
            Box::new(m20261128_000005_element_override::Migration),
            Box::new(m20261129_000006_deadlines::Migration),
            Box::new(m20261129_000007_two_factor::Migration),
            Box::new(m20261129_000008_evidence::Migration),
            Box::new(m20261129_000009_oversight::Migration),
            Box::new(m20261129_000010_throttle::Migration),
            Box::new(m20261129_000011_board_order::Migration),
            Box::new(m20261203_000012_closing_proposal::Migration),
            Box::new(m20261203_000013_notices::Migration),
            Box::new(m20261208_000014_letters_and_survey::Migration),
        ]
    }
}
