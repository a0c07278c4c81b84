//! The citizen's server functions: anonymous submission and follow-up with the receipt.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::domain::report::ReportInput;
use crate::errors::AppError;
#[cfg(feature = "ssr")]
use crate::forms::PostedReportContext;
use crate::model::{ReportFormState, ReportStatus, Submitted};
#[cfg(feature = "ssr")]
use super::{client_keys, respond, state};
#[cfg(feature = "ssr")]
use crate::services::throttle::Guard;
#[cfg(feature = "ssr")]
use crate::services::{reports, tokens::FormToken};

/// The report page's data: categories, a fresh one-time token, and after a plain
/// (no-JavaScript) post, what was posted and what came of it.
// Fixed endpoints (no hash suffix) for the citizen's calls: load tests and monitoring name them.
#[server(input = Json, endpoint = "load_report_form")]
pub async fn load_report_form() -> Result<ReportFormState, AppError> {
    respond(async {
        let st = state()?;
        let categories = reports::categories(&st.db).await?;
        let posted = use_context::<PostedReportContext>().map(|p| p.0);
        Ok(ReportFormState { categories, token: FormToken::generate()?.as_str().to_owned(), posted, evidence: st.evidence })
    }
    .await)
}

#[server(input = Json, endpoint = "submit_report")]
pub async fn submit_report(token: String, input: ReportInput, evidence: Vec<String>) -> Result<Submitted, AppError> {
    respond(async {
        let st = state()?;
        let keys = client_keys(&st, &[""]);
        let evidence = reports::Evidence { keys: &evidence, limits: st.evidence };
        let submit = reports::submit_via(&st.db, &st.hasher, &token, &input, reports::Origin::portal(), evidence);
        st.throttles.guarded(Guard::Submission, &keys, submit).await
    }
    .await)
}

#[server(input = Json, endpoint = "check_report")]
pub async fn check_report(receipt: String) -> Result<ReportStatus, AppError> {
    respond(async {
        let st = state()?;
        let keys = client_keys(&st, &[""]);
        st.throttles.guarded(Guard::Receipt, &keys, reports::status_with(&st.db, &st.hasher, &receipt, st.evidence)).await
    }
    .await)
}

#[server(input = Json)]
pub async fn add_report_information(receipt: String, text: String, evidence: Vec<String>) -> Result<ReportStatus, AppError> {
    respond(async {
        let st = state()?;
        let keys = client_keys(&st, &[""]);
        let evidence = reports::Evidence { keys: &evidence, limits: st.evidence };
        st.throttles.guarded(Guard::Receipt, &keys, reports::add_information(&st.db, &st.hasher, &receipt, &text, evidence)).await
    }
    .await)
}

