//! Oversight server functions: the dashboard, the public numbers, and the administrators'
//! settings, work units and categories. Permissions are checked in the services.
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::errors::AppError;
use crate::domain::profile::Profile;
use crate::model::{Dashboard, OversightSettings, PublicStats, SettingsPageData};

/// The request's language, from its cookie.
#[cfg(feature = "ssr")]
fn request_lang() -> crate::i18n::Lang {
    use_context::<http::request::Parts>().map(|p| crate::request::language(&p.headers)).unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn today() -> time::Date {
    crate::services::deadlines::day_of(time::OffsetDateTime::now_utc())
}

/// The dashboard for cases received from `from` to `to` (`YYYY-MM-DD`); empty texts mean
/// the last twelve months.
#[server(input = Json)]
pub async fn load_dashboard(from: String, to: String) -> Result<Dashboard, AppError> {
    use crate::services::stats::{dashboard, Period};
    super::with_user(async |st, u| {
        let period = if from.is_empty() && to.is_empty() {
            Period::last_twelve_months(today())
        } else {
            Period::parse(&from, &to).ok_or(AppError::InvalidSettings)?
        };
        dashboard(&st.db, st.hasher.sealer(), u, period, request_lang()).await
    })
    .await
}

/// The public numbers of the last twelve months: no sign-in.
#[server(input = Json)]
pub async fn load_public_stats() -> Result<PublicStats, AppError> {
    use crate::services::stats::{public, Period};
    super::respond(
        async {
            let st = super::state()?;
            public(&st.db, Period::last_twelve_months(today()), request_lang()).await
        }
        .await,
    )
}

#[server(input = Json)]
pub async fn load_settings() -> Result<SettingsPageData, AppError> {
    super::with_user(async |st, u| {
        u.require(crate::access::Permission::ManageAccounts)?;
        let mut outbox = crate::services::outbox::summary(&st.db).await?;
        outbox.configured = st.mailer.is_some();
        Ok(SettingsPageData {
            oversight: crate::services::settings::load(&st.db).await?,
            units: crate::services::work_units::list(&st.db).await?,
            profile: crate::services::profile::load(&st.db).await?,
            outbox,
        })
    })
    .await
}

/// Saves the inspectorate's identity profile; this instance shows it at once.
#[server(input = Json)]
pub async fn save_profile(profile: Profile) -> Result<(), AppError> {
    super::with_user(async |st, u| {
        let saved = crate::services::profile::save(&st.db, u, &profile).await?;
        st.profile.set(saved);
        Ok(())
    })
    .await
}

#[server(input = Json)]
pub async fn save_settings(settings: OversightSettings) -> Result<(), AppError> {
    super::with_user(async |st, u| crate::services::settings::save(&st.db, u, settings).await).await
}

#[server(input = Json)]
pub async fn save_work_unit(id: Option<i32>, name: String, active: bool) -> Result<(), AppError> {
    super::with_user(async |st, u| crate::services::work_units::save(&st.db, u, id, &name, active).await).await
}

#[server(input = Json)]
pub async fn save_category(code: Option<String>, name_id: String, name_en: String, financial: bool) -> Result<(), AppError> {
    super::with_user(async |st, u| {
        crate::services::work_units::save_category(&st.db, u, code.as_deref(), &name_id, &name_en, financial).await
    })
    .await
}

#[server(input = Json)]
pub async fn set_case_work_unit(id: i32, unit: Option<i32>) -> Result<(), AppError> {
    super::with_user(async |st, u| crate::services::cases::set_work_unit(&st.db, u, id, unit).await).await
}
