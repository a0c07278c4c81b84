//! Server-side services: the only code that talks to the database. Server functions and
//! the plain-form handlers call these and nothing below them.
pub mod audit;
pub mod cases;
pub mod db;
pub mod deadlines;
pub mod evidence;
pub mod reports;
pub mod reseal;
pub mod scrub;
pub mod sealing;
pub mod secrets;
pub mod staff;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
#[doc(hidden)]
pub mod test_db;
