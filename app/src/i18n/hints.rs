// TEMPORARY STUB
use crate::domain::fivew::{Element, ElementState, Hint};
use crate::i18n::Lang;
pub fn hint_text(_h: Hint, _l: Lang) -> &'static str { "" }
pub fn element_label(e: Element, _l: Lang) -> &'static str { e.key() }
pub fn state_label(s: ElementState, _l: Lang) -> &'static str { match s { ElementState::Met => "Met", ElementState::Weak => "Weak", ElementState::Missing => "Missing" } }
