//! A report category as the form shows it. The list lives in the database (seeded from
//! SPEC "Categories"; administrators edit it later).
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryOption {
    pub code: String,
    pub name_id: String,
    pub name_en: String,
    /// Money is involved, so *How much* is expected.
    pub financial: bool,
}
