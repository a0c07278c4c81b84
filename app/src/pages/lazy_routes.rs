//! The pages loaded lazily: the staff pages and the public statistics. Built with
//! `cargo leptos build --split`, each one's code goes into its own WebAssembly files that the
//! browser fetches only when the page opens: a citizen's phone never downloads the board, the
//! case page or the administration, and the statistics (linked from every footer, seldom the
//! first page) cost the report form and the receipt page nothing (11 KB less for them to
//! download). Without `--split` (unit tests, plain `cargo build`) they are ordinary routes.
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

use super::{accounts, audit, board, case, dashboard, holidays, intake, public_stats, settings, staff};

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
    PublicStats => public_stats::PublicStatsPage;
}

/// Whether the page at `path` is one of these (it then marks itself interactive).
pub fn is_lazy(path: &str) -> bool {
    path == "/statistik" || path == "/staf" || path.starts_with("/staf/")
}
