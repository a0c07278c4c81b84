//! The whole HTTP stack through `tower::ServiceExt::oneshot`: pages render server-side,
//! plain (no-JavaScript) form posts work, errors are clear, headers protect the reporter.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

mod helpers;

mod pages;
mod language;
mod forms;
mod security;
mod throttles;
mod evidence;
mod export;
mod notices;
mod letters;
