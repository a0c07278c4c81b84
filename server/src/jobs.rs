//! Background jobs, supervised: each run is a task of its own, so a run that fails is logged
//! and one that panics is logged too, and the job runs again at its next tick (a detached
//! loop that panicked used to end silently, and its work with it). Every job is idempotent,
//! so restarts and several instances do no harm.
use std::future::Future;
use std::time::Duration;

/// Runs `run` now and then every `period`, until the process ends.
pub fn every<F, Fut, E>(name: &'static str, period: Duration, run: F)
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match tokio::spawn(run()).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::warn!(job = name, error = %e, "background job failed; it runs again later"),
                Err(e) if e.is_panic() => tracing::error!(job = name, "background job panicked; it runs again later"),
                Err(_) => return,
            }
        }
    });
}
