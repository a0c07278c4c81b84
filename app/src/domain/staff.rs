//! Staff roles, the password policy and the session lifetime rules (SPEC "Users"). What
//! each role may do is in `crate::access`.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
#[cfg_attr(feature = "ssr", sea_orm(value_type = "String", from_str = "Role::parse_code", to_str = "Role::stored_code"))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Administrator,
    Supervisor,
    Inspector,
    IntakeOfficer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Administrator, Role::Supervisor, Role::Inspector, Role::IntakeOfficer];

    pub fn code(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Supervisor => "supervisor",
            Role::Inspector => "inspector",
            Role::IntakeOfficer => "intake_officer",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

super::code::stored_as_code!(Role);

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// On the list of passwords attackers try first, or just the user name.
    TooCommon,
}

/// Words of this setting that make a password easier to guess, besides the user name.
#[cfg(feature = "ssr")]
const SITE_WORDS: [&str; 6] = ["lentera", "inspektorat", "inspectorate", "whistleblowing", "pengaduan", "pelaporan"];

/// A new staff password: 12 to 128 characters, and not guessable in fewer than 10^10 tries
/// by the zxcvbn estimator (breach lists, dictionaries, keyboard walks such as
/// `qwerasdfzxcv`, repeats such as `abcdabcdabcd`, dates, and the user's and the site's
/// own words such as `inspektorat2026`).
#[cfg(feature = "ssr")]
pub fn check_new_password(password: &str, username: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let mut words: Vec<&str> = SITE_WORDS.to_vec();
    if !username.is_empty() {
        words.push(username);
    }
    if zxcvbn::zxcvbn(password, &words).score() < zxcvbn::Score::Three {
        return Err(PasswordProblem::TooCommon);
    }
    Ok(())
}

/// Default idle timeout and absolute lifetime of a staff session, in seconds.
pub const SESSION_IDLE_SECS: i64 = 30 * 60;
pub const SESSION_ABSOLUTE_SECS: i64 = 12 * 60 * 60;

/// How long a staff session lives: ended after `idle_secs` without use, and `absolute_secs`
/// after sign-in whatever happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle_secs: i64,
    pub absolute_secs: i64,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self { idle_secs: SESSION_IDLE_SECS, absolute_secs: SESSION_ABSOLUTE_SECS }
    }
}

impl SessionLimits {
    /// Whether a session created at `created` and last used at `last_seen` (Unix seconds)
    /// is still valid at `now`.
    pub fn alive(&self, created: i64, last_seen: i64, now: i64) -> bool {
        now - last_seen <= self.idle_secs && now - created <= self.absolute_secs && now >= created
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("root"), None);
    }

    #[test]
    fn a_password_needs_twelve_characters() {
        assert_eq!(check_new_password("Kopi-susu-7", "ani"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password("Kopi-susu-77", "ani"), Ok(()));
        for strong in ["Kopi-susu-2026", "Teh-Manis-Hangat-77", "Es-Kelapa-Muda-88", "Sandi-Uji-E2E-2026", "Kopi-Tubruk-E2E-2026"] {
            assert_eq!(check_new_password(strong, "ani"), Ok(()), "{strong}");
        }
        assert_eq!(check_new_password(&"ab1".repeat(50), "ani"), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn common_passwords_and_the_user_name_are_refused() {
        assert_eq!(check_new_password("Password1234", "ani"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new_password("qwertyuiop123", "ani"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new_password("budisantoso-2026", "budisantoso"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new_password("abababababab", "ani"), Err(PasswordProblem::TooCommon));
        // What the hostile test of main got accepted.
        for weak in ["abcdabcdabcd", "123412341234", "qwerasdfzxcv", "inspektorat2026", "ani.irban2026"] {
            assert_eq!(check_new_password(weak, "ani.irban"), Err(PasswordProblem::TooCommon), "{weak}");
        }
    }

    #[test]
    fn a_session_ends_after_thirty_idle_minutes_or_twelve_hours() {
        let start = 1_000_000;
        let limits = SessionLimits::default();
        assert!(limits.alive(start, start, start + 60));
        assert!(limits.alive(start, start + 29 * 60, start + 58 * 60));
        assert!(!limits.alive(start, start, start + 31 * 60), "idle");
        assert!(!limits.alive(start, start + 12 * 3600, start + 12 * 3600 + 1), "absolute");
        assert!(!limits.alive(start, start, start - 1), "clock went backwards");
        let short = SessionLimits { idle_secs: 5, ..limits };
        assert!(!short.alive(start, start, start + 6), "a shorter idle timeout applies");
    }
}
