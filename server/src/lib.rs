//! The axum side of Lentera, as a library so tests can build the router without a socket.
pub mod config;
pub mod middleware;
pub mod router;
