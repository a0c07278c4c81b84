//! The staff pages as lazily loaded routes. Built with `cargo leptos build --split`, each
//! one's code goes into its own WebAssembly file that the browser fetches only when a staff
//! member opens the page: a citizen's phone never downloads the board, the case page or the
//! administration. Without `--split` (unit tests, plain `cargo build`) they are ordinary routes.
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

use super::{accounts, audit, board, case, dashboard, holidays, intake, settings, staff};

macro_rules! lazy_pages {
    ($($route:ident => $page:path;)*) => {$(
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(this: Self) -> AnyView {
                let _ = this;
                let page = $page().into_any();
                // Runs once this page, not only the shell around it, is interactive.
                Effect::new(|_| crate::mark_hydrated());
                page
            }
        }
    )*};
}

lazy_pages! {
    SignIn => staff::StaffPage;
    Board => board::BoardPage;
    Case => case::CasePage;
    Intake => intake::IntakePage;
    Accounts => accounts::AccountsPage;
    Audit => audit::AuditPage;
    Holidays => holidays::HolidaysPage;
    Dashboard => dashboard::DashboardPage;
    Settings => settings::SettingsPage;
}
