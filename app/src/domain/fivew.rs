// TEMPORARY STUB: replaced by the real checker.
use serde::{Deserialize, Serialize};
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Element { What, Who, Where, When, Why, How, HowMuch }
impl Element {
    pub const ALL: [Element; 7] = [Element::What, Element::Who, Element::Where, Element::When, Element::Why, Element::How, Element::HowMuch];
    pub fn key(self) -> &'static str { match self { Element::What => "what", Element::Who => "who", Element::Where => "where", Element::When => "when", Element::Why => "why", Element::How => "how", Element::HowMuch => "how_much" } }
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ElementState { Met, Weak, Missing }
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hint { Ok }
pub struct ReportText<'a> { pub what: &'a str, pub who: &'a str, pub place: &'a str, pub time: &'a str, pub why: &'a str, pub how: &'a str, pub how_much: &'a str }
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementCheck { pub element: Element, pub state: ElementState, pub hint: Hint, pub required: bool }
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict { pub elements: Vec<ElementCheck> }
impl Verdict {
    pub fn complete(&self) -> bool { self.elements.iter().all(|e| !e.required || e.state == ElementState::Met) }
    pub fn met_count(&self) -> u8 { self.elements.iter().filter(|e| e.state == ElementState::Met).count() as u8 }
    pub fn get(&self, e: Element) -> Option<&ElementCheck> { self.elements.iter().find(|c| c.element == e) }
}
pub fn check(text: &ReportText<'_>, financial: bool) -> Verdict {
    let f = [text.what, text.who, text.place, text.time, text.why, text.how, text.how_much];
    Verdict { elements: Element::ALL.iter().zip(f).map(|(e, s)| ElementCheck { element: *e, state: if s.trim().len() > 3 { ElementState::Met } else { ElementState::Missing }, hint: Hint::Ok, required: *e != Element::Why && (*e != Element::HowMuch || financial) }).collect() }
}
