//! Server-side services: the only code that talks to the database. Server functions and
//! the plain-form handlers call these and nothing below them.
pub mod audit;
pub mod blocking;
pub mod cases;
pub mod charts;
pub mod db;
pub mod deadlines;
pub mod evidence;
pub mod export;
pub mod reports;
pub mod reseal;
pub mod retention;
pub mod scrub;
pub mod sealed;
pub mod sealing;
pub mod secrets;
pub mod settings;
pub mod staff;
pub mod stats;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
pub mod work_units;
#[doc(hidden)]
pub mod test_db;
