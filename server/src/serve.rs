//! Serving connections, with time limits on every stage of a request and a bound on how
//! many connections are open. `axum::serve` has neither: a client that sends its headers a
//! byte at a time, stops halfway through a body, or opens connections and says nothing held
//! them forever, and at the open-file limit the server stopped accepting anyone.
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use axum::http::StatusCode;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceBuilder;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

/// The limits; [`Limits::default`] is what production runs with.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// To send a request's headers, and for a kept-alive connection to send its next
    /// request: an idle connection is closed after this.
    pub headers: Duration,
    /// The longest pause within a request body.
    pub body_pause: Duration,
    /// A whole request, body and answer included: a 10 MB photo over a slow 3G connection
    /// (about 50 KB/s) takes under four minutes.
    pub request: Duration,
    /// Open connections; more wait in the kernel's queue until one closes. Well below the
    /// usual limit of 1,024 open files, which the database and the site's files share.
    pub connections: usize,
    /// How long in-flight requests may take to finish after the stop signal.
    pub drain: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            headers: Duration::from_secs(15),
            body_pause: Duration::from_secs(20),
            request: Duration::from_secs(300),
            connections: 768,
            drain: Duration::from_secs(20),
        }
    }
}

/// Serves `app` on `listener` until `stop` resolves, then stops accepting, lets in-flight
/// requests finish (at most `limits.drain`) and returns.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, stop: impl std::future::Future<Output = ()>) {
    let app = ServiceBuilder::new()
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.request))
        .layer(RequestBodyTimeoutLayer::new(limits.body_pause))
        .service(app);
    // HTTP/1.1 only: browsers speak HTTP/2 only over TLS, which the reverse proxy in front
    // ends; and hyper's version sniffing waits for a silent client's first bytes untimed.
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limits.headers);
    let builder = Arc::new(builder);
    let slots = Arc::new(Semaphore::new(limits.connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot { Ok(s) => s, Err(_) => break },
            () = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // The peer address reaches only the throttles, which hash it with a secret.
        let service = ServiceBuilder::new()
            .map_request(move |mut req: axum::http::Request<_>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
                req
            })
            .service(app.clone());
        let connection = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _slot = slot;
            // A client that hangs up or times out ends its connection; nothing to report.
            let _ = watched.await;
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.drain, graceful.shutdown()).await.is_err() {
        tracing::warn!(secs = limits.drain.as_secs(), "requests still running at shutdown were cut off");
    }
}

/// Resolves on Ctrl-C or SIGTERM (what systemd sends to stop a service).
pub async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("stopping: finishing the requests in flight");
}
