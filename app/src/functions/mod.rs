//! Server functions, by domain. Each is thin: take the state from context, call a service,
//! map the error to an HTTP status.
pub mod board;
pub mod cases;
pub mod reports;
pub mod staff;
