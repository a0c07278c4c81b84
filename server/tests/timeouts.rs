//! Hostile test: slow and silent clients. On main a client that sent its headers a byte at a
//! time, stopped halfway through a body or connected and said nothing held its connection
//! forever (and at the open-file limit the server stopped accepting anyone).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use std::time::{Duration, Instant};

use axum::routing::{get, post};
use axum::Router;
use lentera::serve::{serve, Limits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const SHORT: Limits = Limits {
    headers: Duration::from_millis(800),
    body_pause: Duration::from_millis(800),
    request: Duration::from_secs(3),
    connections: 4,
    drain: Duration::from_secs(2),
};

async fn start(limits: Limits) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let app = Router::new()
        .route("/", get(|| async { "ok" }))
        .route("/slow", get(|| async {
            tokio::time::sleep(Duration::from_millis(1500)).await;
            "slow ok"
        }))
        .route("/body", post(|body: axum::body::Bytes| async move { body.len().to_string() }));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let server = tokio::spawn(serve(listener, app, limits, async {
        let _ = rx.await;
    }));
    (addr, tx, server)
}

/// Reads until the server closes the connection; how long that took, and what came.
async fn until_closed(stream: &mut TcpStream) -> (Duration, String) {
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the connection was held for 10 s"),
        }
    }
    (started.elapsed(), String::from_utf8_lossy(&got).into_owned())
}

#[tokio::test]
async fn slow_headers_slow_bodies_and_idle_connections_are_cut_off() {
    let (addr, _stop, _server) = start(SHORT).await;

    // Headers a byte at a time, never finished.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let (waited, _) = until_closed(&mut slow).await;
    assert!(waited < Duration::from_secs(3), "slow headers held {waited:?}");

    // A body that stops halfway.
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    stalled.write_all(b"POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nhalf").await.unwrap();
    let (waited, _) = until_closed(&mut stalled).await;
    assert!(waited < Duration::from_secs(3), "a stalled body held {waited:?}");

    // A kept-alive connection that says nothing more after its answer.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let (waited, answer) = until_closed(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("ok"), "{answer}");
    assert!(waited < Duration::from_secs(3), "an idle connection held {waited:?}");

    // A connection that never says anything.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    let (waited, _) = until_closed(&mut silent).await;
    assert!(waited < Duration::from_secs(3), "a silent connection held {waited:?}");
}

#[tokio::test]
async fn silent_connections_cannot_lock_everyone_else_out() {
    let (addr, _stop, _server) = start(SHORT).await;
    // Twice as many silent connections as the server takes at once.
    let mut silent = Vec::new();
    for _ in 0..8 {
        silent.push(TcpStream::connect(addr).await.unwrap());
    }
    // A real client still gets its answer, once the silent ones are cut off.
    let started = Instant::now();
    let mut client = TcpStream::connect(addr).await.unwrap();
    client.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let (_, answer) = until_closed(&mut client).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
}

#[tokio::test]
async fn stopping_finishes_the_requests_in_flight_and_accepts_no_more() {
    let (addr, stop, server) = start(SHORT).await;
    let mut busy = TcpStream::connect(addr).await.unwrap();
    busy.write_all(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.send(()).unwrap();
    let (_, answer) = until_closed(&mut busy).await;
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("slow ok"), "the request in flight was finished: {answer}");
    tokio::time::timeout(Duration::from_secs(3), server).await.expect("the server returned").unwrap();
    assert!(TcpStream::connect(addr).await.is_err(), "nothing listens any more");
}
