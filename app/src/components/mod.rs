//! Pieces shared by several pages.
use leptos::prelude::*;

use crate::domain::report::ReportInput;
use crate::i18n::{use_lang, Msg};

pub mod completeness;
pub mod evidence;
pub mod layout;
pub mod letter;
pub mod status;

/// A chart drawn on the server (`svg`, from `services::charts`) under its caption: the
/// dashboard's and the public page's.
#[component]
pub fn Chart(caption: Msg, testid: &'static str, svg: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <figure class="card chart" data-testid=testid>
            <figcaption>{caption.t(lang)}</figcaption>
            <div inner_html=svg></div>
        </figure>
    }
}

/// The browser tab's title: the page's name, then Lentera's.
#[component]
pub fn PageTitle(page: Msg) -> impl IntoView {
    let lang = use_lang();
    view! { <leptos_meta::Title text=format!("{} — {}", page.t(lang), layout::site_name(lang))/> }
}


/// Text to put inside a `<textarea>`. Leptos (tachys 0.2) writes textarea children into the
/// server's HTML unescaped, as it does for `<script>`, so a typed "</textarea><script>"
/// would end the element on a re-rendered form. The server escapes it; in the browser the
/// text is a text node already.
pub fn textarea_text(text: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(text).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text.to_owned()
    }
}

/// What the form field with this id holds in the page right now. On a slow phone the
/// server's form is on screen seconds before the code that makes it interactive (which loads
/// when the browser is idle), and people start typing: a page adopts what was typed once it
/// becomes interactive, or the text would be missing from what it sends.
pub fn typed_value(id: &str) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let el = document().get_element_by_id(id)?;
        if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            return Some(t.value());
        }
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(i.value());
        }
        el.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = id;
        None
    }
}

/// Once the page is interactive, takes into `field` what the form field with this id holds
/// (see `typed_value`).
pub fn adopt_typed(id: &'static str, field: RwSignal<String>) {
    Effect::new(move |_| {
        if let Some(typed) = typed_value(id) {
            field.set(typed);
        }
    });
}

/// Keeps `input` equal to what the report form's fields hold: once the page is interactive
/// (what was typed before counts, see `typed_value`), then after every keystroke or choice.
/// The fields are server HTML inside the island (its children), so their events are heard
/// where they bubble to, on the window. Every field is named here (the pattern is
/// exhaustive), so a new one cannot be forgotten; the fields' ids are their names.
pub fn follow_typed_report(input: RwSignal<ReportInput>) {
    adopt_typed_report(input);
    // Listening for the page's life: the form is the page.
    let _keys = window_event_listener(leptos::ev::input, move |_| read_typed_report(input));
    let _choices = window_event_listener(leptos::ev::change, move |_| read_typed_report(input));
}

/// Once the report form is interactive, takes into `input` whatever was typed before (see
/// `typed_value`).
pub fn adopt_typed_report(input: RwSignal<ReportInput>) {
    Effect::new(move |_| read_typed_report(input));
}

fn read_typed_report(input: RwSignal<ReportInput>) {
    input.update(|i| {
        let ReportInput { category, what, who, place, time, why, how, how_much, evidence, contact } = i;
        let fields = [
            ("category", category),
            ("what", what),
            ("who", who),
            ("place", place),
            ("time", time),
            ("why", why),
            ("how", how),
            ("how_much", how_much),
            ("evidence", evidence),
            ("contact", contact),
        ];
        for (id, field) in fields {
            if let Some(typed) = typed_value(id) {
                *field = typed;
            }
        }
    });
}

/// A staff page's data as it loads: "Loading…" until it first comes (while it reloads the
/// page keeps what it showed), the error in words if it failed, else `render(data)`. One
/// component, so that every page waits and fails the same way.
#[component]
pub fn Loaded<T, F>(
    data: Resource<Result<T, crate::errors::AppError>>,
    render: F,
    /// The error paragraph's `data-testid`, for a page whose tests look for it.
    #[prop(optional)]
    error_id: Option<&'static str>,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> AnyView + Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    view! {
        <Transition fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(value) => render(value),
                        Err(e) => view! { <p class="error" role="alert" data-testid=error_id>{crate::i18n::error_text(&e, lang)}</p> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// Counts `action`'s successes in `changes`, for a page's data to reload on: after an error
/// nothing reloads, so the forms keep what was typed (a reload re-creates them from what is
/// stored).
pub fn reload_on_success<A, O>(action: ServerAction<A>, changes: RwSignal<u32>)
where
    A: leptos::server_fn::ServerFn<Output = O, Error = crate::errors::AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if action.value().get().is_some_and(|r| r.is_ok()) {
            changes.update(|n| *n += 1);
        }
    });
}
