// TEMPORARY STUB
use serde::{Deserialize, Serialize};
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Identifier { Nik, Phone, Email }
pub fn find_identifiers(text: &str) -> Vec<Identifier> { if text.contains("0812") { vec![Identifier::Phone] } else { vec![] } }
