//! The browser entry point: hydrates the server-rendered page.
// Leptos views are deeply nested types; the optimised wasm build computes their layouts
// with a deeper query stack than the default allows.
#![recursion_limit = "256"]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // The lazy variant: a staff page's code is fetched before its part of the page hydrates.
    leptos::mount::hydrate_lazy(app::App);
}
