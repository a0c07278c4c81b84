//! The case board's server functions. Permissions are checked in the services.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::domain::workflow::CaseState;
use crate::errors::AppError;
use crate::model::{BoardCard, BoardFilter};

#[cfg(feature = "ssr")]
fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
            opts.set_status(http::StatusCode::from_u16(e.status_code()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
        }
    }
    result
}

#[server(input = Json)]
pub async fn load_board(filter: BoardFilter) -> Result<Vec<BoardCard>, AppError> {
    respond(async {
        let st = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
        let user = super::staff::current_user().await?;
        crate::services::cases::board(&st.db, &user, &filter).await
    }
    .await)
}

#[server(input = Json)]
pub async fn move_board_card(id: i32, to: CaseState) -> Result<(), AppError> {
    respond(async {
        let st = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
        let user = super::staff::current_user().await?;
        crate::services::cases::move_case(&st.db, &user, id, to).await
    }
    .await)
}

/// What the board's filters offer: categories and the staff who work cases.
#[server(input = Json)]
pub async fn board_options() -> Result<(Vec<crate::domain::category::CategoryOption>, Vec<(i32, String)>), AppError> {
    respond(async {
        let st = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
        let user = super::staff::current_user().await?;
        let categories = crate::services::reports::categories(&st.db).await?;
        let workers = crate::services::cases::workers(&st.db, &user).await.unwrap_or_default();
        Ok((categories, workers))
    }
    .await)
}
