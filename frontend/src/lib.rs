//! The browser entry point. Lentera runs in Leptos's islands mode: `hydrate` only sets up
//! the reactive runtime, and the page's loader (`app/src/js/island_loader.js`) then starts
//! each island (exported by the `app` crate) on its own.
// Leptos views are deeply nested types; the optimised wasm build computes their layouts
// with a deeper query stack than the default allows.
#![recursion_limit = "256"]
// The islands are the `app` crate's exports: link it although nothing here names them.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
