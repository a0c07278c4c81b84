//! The case board's server functions. Permissions are checked in the services.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::domain::workflow::CaseState;
use crate::errors::AppError;
use crate::model::{Board, BoardFilter};

#[server(input = Json)]
pub async fn load_board(filter: BoardFilter) -> Result<Board, AppError> {
    super::with_user(async |st, u| crate::services::cases::board(&st.db, st.hasher.sealer(), u, &filter).await).await
}

#[server(input = Json)]
pub async fn move_board_card(id: i32, to: CaseState) -> Result<(), AppError> {
    super::with_user(async |st, u| crate::services::cases::move_case(&st.db, u, id, to).await).await
}

/// What the board's filters offer: categories and the staff who work cases.
#[server(input = Json)]
pub async fn board_options() -> Result<(Vec<crate::domain::category::CategoryOption>, Vec<(i32, String)>), AppError> {
    super::with_user(async |st, u| {
        let categories = crate::services::reports::categories(&st.db).await?;
        let workers = crate::services::cases::workers(&st.db, u).await.unwrap_or_default();
        Ok((categories, workers))
    })
    .await
}
