//! The I/O-free domain, compiled for the server and for the browser (wasm) alike.
pub mod category;
pub mod code;
pub mod deadline;
pub mod evidence;
pub mod fivew;
pub mod letter;
pub mod notice;
pub mod profile;
pub mod privacy;
pub mod receipt;
pub mod redirect;
pub mod report;
pub mod staff;
pub mod stats;
pub mod survey;
pub mod throttle;
pub mod workflow;
