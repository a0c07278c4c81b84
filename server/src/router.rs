//! The HTTP routes: Leptos pages and server functions, the plain-form posts, the language
//! switch, and static files.
use app::{forms, shell, state::AppState, uploads, App};
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;

/// The page routes, worked out once per process. Generating them sets a process-wide flag
/// that keeps resources from loading (leptos-rs/leptos#4773): a page rendering at that moment
/// in the same process (another router built by a test, say) would never finish.
fn page_routes() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn app(state: AppState) -> Router {
    let routes = page_routes();
    let options = state.leptos_options.clone();
    // Evidence files have their own, larger body limit; everything else stays small.
    let upload_limit = usize::try_from(state.evidence.file_bytes).unwrap_or(usize::MAX).saturating_add(uploads::MULTIPART_OVERHEAD_BYTES);
    let evidence = Router::new()
        .route("/bukti", post(uploads::post_evidence))
        .route("/staf/bukti/{id}", get(uploads::get_evidence).layer(axum::middleware::from_fn(crate::middleware::refuse_cross_site_reads)))
        .route("/staf/ekspor.csv", get(uploads::get_board_csv).layer(axum::middleware::from_fn(crate::middleware::refuse_cross_site_reads)))
        .route("/staf/ikm.csv", get(uploads::get_survey_csv).layer(axum::middleware::from_fn(crate::middleware::refuse_cross_site_reads)))
        .layer(DefaultBodyLimit::max(upload_limit))
        .layer(RequestBodyLimitLayer::new(upload_limit));
    // The wasm, JS and CSS, compressed for slow mobile data. A release build ships them
    // compressed ahead of time at brotli's best level (`--precompress`: `x.wasm.br` beside
    // `x.wasm`), which is served as is: compressing per request runs at a fast, weaker level
    // (the citizen's wasm came out 378 KB instead of 304 KB) and costs CPU on every download.
    // Files without a precompressed twin (debug builds) are compressed on the fly. Pages are
    // not compressed: they can carry a receipt next to text the sender typed.
    let pkg_dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
    let assets = Router::new()
        .nest_service("/pkg", ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip())
        .layer(CompressionLayer::new().br(true).gzip(true));
    let pages = Router::new()
        .route("/lapor", post(forms::post_report))
        .route("/cek", post(forms::post_check))
        .route("/bahasa", get(forms::switch_language))
        .route("/healthz", get(|| async { "ok" }))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(DefaultBodyLimit::max(forms::MAX_FORM_BYTES))
        // Server functions read their bodies themselves: cap every body, not only extractors.
        .layer(RequestBodyLimitLayer::new(forms::MAX_FORM_BYTES));
    pages
        .merge(evidence)
        .merge(assets)
        .layer(axum::middleware::from_fn(crate::middleware::server_fn_status))
        .layer(axum::middleware::from_fn(crate::middleware::refuse_cross_site))
        .layer(axum::middleware::from_fn(crate::middleware::security_headers))
        .with_state(state)
}
