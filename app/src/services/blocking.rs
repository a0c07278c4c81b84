//! CPU-heavy work (Argon2id hashing, decoding photos) off the async runtime, a few at a time.

use tokio::task::JoinHandle;

/// Runs `f` on a blocking thread and holds `permit` until `f` returns — not until the caller
/// stops waiting. A caller that gives up (the citizen's connection drops) leaves the work
/// running to the end; were the permit the caller's, the next request would start another
/// beside it, and the bound (one hash per core, and its 19 MiB) would not hold: the load
/// tests' clients hang up mid-request, and the server grew by a 19 MiB block each time.
pub fn spawn_holding<P, T>(permit: P, f: impl FnOnce() -> T + Send + 'static) -> JoinHandle<T>
where
    P: Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(move || {
        let _held = permit; // dropped after `f` returns
        f()
    })
}
