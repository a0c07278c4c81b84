//! Stored codes. A value of an enum the database stores (a case state, an outcome, a channel,
//! a role, a timeline entry's kind) is written and read through the enum's own `code()` and
//! `from_code()`, so each list of codes is written once. On the server the entity columns
//! are these enums (sea-orm's `DeriveValueType`, in the `ssr` build only, calls the two
//! functions below): no code compares a stored string by hand, and a code the enum does not
//! know is an error when the row is read, not a silently wrong value.

/// A stored code that its enum does not know (a damaged row, or a newer release's value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl std::fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown stored code {:?}", self.0)
    }
}

impl std::error::Error for UnknownCode {}

/// The two functions the database mapping calls, from the type's `code()` and `from_code()`.
macro_rules! stored_as_code {
    ($t:ty) => {
        impl $t {
            /// Reads a stored code (the database mapping's `from_str`).
            pub fn parse_code(code: &str) -> Result<Self, $crate::domain::code::UnknownCode> {
                Self::from_code(code).ok_or_else(|| $crate::domain::code::UnknownCode(code.to_owned()))
            }

            /// The code to store (the database mapping's `to_str`).
            pub fn stored_code(&self) -> String {
                self.code().to_owned()
            }
        }
    };
}
pub(crate) use stored_as_code;

#[cfg(test)]
mod tests {
    use crate::domain::report::Channel;
    use crate::domain::staff::Role;
    use crate::domain::workflow::{CaseState, EventKind, Outcome};

    /// Every stored code reads back as the value that wrote it, and no two share a code.
    #[test]
    fn every_stored_code_round_trips_and_is_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(all: &[T], code: fn(&T) -> String, parse: fn(&str) -> Option<T>) {
            let mut seen = std::collections::HashSet::new();
            for v in all {
                assert_eq!(parse(&code(v)), Some(*v), "{v:?}");
                assert!(seen.insert(code(v)), "{v:?} shares its code");
            }
            assert_eq!(parse("no-such-code"), None);
        }
        check(&CaseState::ALL, CaseState::stored_code, |s| CaseState::parse_code(s).ok());
        check(&Outcome::ALL, Outcome::stored_code, |s| Outcome::parse_code(s).ok());
        check(&Channel::ALL, Channel::stored_code, |s| Channel::parse_code(s).ok());
        check(&Role::ALL, Role::stored_code, |s| Role::parse_code(s).ok());
        check(&EventKind::ALL, EventKind::stored_code, |s| EventKind::parse_code(s).ok());
        use crate::domain::notice::{DeliveryState, NoticeKind};
        check(&NoticeKind::ALL, NoticeKind::stored_code, |s| NoticeKind::parse_code(s).ok());
        check(&DeliveryState::ALL, DeliveryState::stored_code, |s| DeliveryState::parse_code(s).ok());
    }
}
