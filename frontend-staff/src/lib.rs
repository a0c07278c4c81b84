//! The staff pages' browser entry point: as `frontend`, for the staff islands (the sign-in,
//! the board, the case, the desk's forms, administration). A citizen's page never loads it.
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
