//! The audit trail, read-only: there is no way to edit or delete an event.
use leptos::prelude::*;

use crate::components::Loaded;
use leptos_router::hooks::use_query_map;

use crate::components::PageTitle;
use crate::functions::staff::read_audit;
use crate::i18n::{use_lang, Msg};

#[component]
pub fn AuditPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let case_id = move || query.read().get("kasus").and_then(|s| s.parse::<i32>().ok());
    let rows = Resource::new(case_id, read_audit);
    view! {
        <PageTitle page=Msg::AuditTitle/>
        <h1>{Msg::AuditTitle.t(lang)}</h1>
        <Loaded data=rows render=move |rows| view! {
                        <table class="card audit" data-testid="audit">
                            <tbody>
                                {rows.into_iter().map(|r| view! {
                                    <tr>
                                        <td>{r.at}</td>
                                        <td>{r.actor}</td>
                                        <td>{r.case_id.map(|id| view! { <a href=format!("/staf/kasus/{id}")>{format!("#{id}")}</a> })}</td>
                                        <td>{r.action}</td>
                                        <td>{r.detail.unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()/>
    }
}
