//! Server functions of the case page. Thin: the services check role and assignment.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::domain::workflow::Outcome;
use crate::errors::AppError;
use crate::model::{CaseDetail, Closing};

#[cfg(feature = "ssr")]
use super::with_user;

#[server(input = Json)]
pub async fn load_case(id: i32) -> Result<CaseDetail, AppError> {
    with_user(async |st, u| crate::services::cases::detail(&st.db, st.hasher.sealer(), u, id).await).await
}

/// A closed case's reply letter, for staff who may work the case to print.
#[server(input = Json)]
pub async fn load_reply_letter(id: i32) -> Result<crate::model::ReplyLetter, AppError> {
    with_user(async |st, u| crate::services::letters::for_staff(&st.db, st.hasher.sealer(), u, id).await).await
}

#[server(input = Json)]
pub async fn assign_case(id: i32, staff_id: i32) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::cases::assign(&st.db, u, id, staff_id).await).await
}

#[server(input = Json)]
pub async fn ask_reporter(id: i32, question: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::cases::ask_reporter(&st.db, st.hasher.sealer(), u, id, &question).await).await
}

/// Closes the case, or for an inspector proposes closing it (see `services::closing`).
#[server(input = Json)]
pub async fn close_case(id: i32, outcome: Outcome, detail: String, message: String) -> Result<Closing, AppError> {
    with_user(async |st, u| crate::services::closing::close(&st.db, st.hasher.sealer(), u, id, outcome, &detail, &message).await).await
}

#[server(input = Json)]
pub async fn approve_closing(id: i32, proposal: i32) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::closing::approve(&st.db, st.hasher.sealer(), u, id, proposal).await).await
}

#[server(input = Json)]
pub async fn send_back_closing(id: i32, reason: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::closing::send_back(&st.db, st.hasher.sealer(), u, id, &reason).await).await
}

#[server(input = Json)]
pub async fn reopen_case(id: i32, reason: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::closing::reopen(&st.db, st.hasher.sealer(), u, id, &reason).await).await
}

#[server(input = Json)]
pub async fn add_note(id: i32, text: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::cases::add_note(&st.db, st.hasher.sealer(), u, id, &text).await).await
}

#[server(input = Json)]
pub async fn enter_report(
    token: String,
    channel: crate::domain::report::Channel,
    received_on: String,
    input: crate::domain::report::ReportInput,
    evidence: Vec<String>,
) -> Result<crate::model::Submitted, AppError> {
    with_user(async |st, u| {
        let evidence = crate::services::reports::Evidence { keys: &evidence, limits: st.evidence };
        let received = crate::services::cases::Received { channel, on: &received_on };
        crate::services::cases::enter_report(&st.db, &st.hasher, u, &token, received, &input, evidence).await
    })
    .await
}

#[server(input = Json)]
pub async fn override_element(id: i32, element: crate::domain::fivew::Element, met: bool, reason: String) -> Result<(), AppError> {
    with_user(async |st, u| crate::services::cases::override_element(&st.db, st.hasher.sealer(), u, id, element, met, &reason).await).await
}
