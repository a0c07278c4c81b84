//! The axum side of Lentera, as a library so tests can build the router without a socket.
// A release build without type-erased views (`cargo build --release`, as the board benchmark
// is built; cargo-leptos erases them) spells every page's whole view tree out as one type,
// deeper than the compiler's default query depth.
#![recursion_limit = "256"]
pub mod config;
pub mod jobs;
pub mod middleware;
pub mod router;
pub mod serve;
