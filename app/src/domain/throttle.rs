//! Throttling of guessable things (receipts, staff passwords) and of submissions: a record
//! of recent attempts per key, a growing delay after a few, and a temporary lock after many.
//! Keys are opaque (the server hashes the client address with a secret that rotates daily),
//! times are Unix seconds passed in, so this is plain, testable arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Attempts within the window that pass without delay.
    pub free: u32,
    /// Attempts within the window after which the key is locked.
    pub lock_after: u32,
    pub window_secs: i64,
    pub lock_secs: i64,
}

impl Limits {
    /// Staff sign-in: three free tries, then 0.25 s, 0.5 s, 1 s … and a 15-minute lock at ten.
    pub const LOGIN: Limits = Limits { free: 3, lock_after: 10, window_secs: 15 * 60, lock_secs: 15 * 60 };
    /// Wrong receipts: a citizen mistyping a few times is normal; twenty in 15 minutes is not.
    pub const RECEIPT: Limits = Limits { free: 5, lock_after: 20, window_secs: 15 * 60, lock_secs: 15 * 60 };
    /// Reports from one client: ten an hour, none delayed.
    pub const SUBMISSIONS: Limits = Limits { free: 10, lock_after: 10, window_secs: 60 * 60, lock_secs: 60 * 60 };
    /// Evidence files from one client: sixty an hour (six full reports), none delayed.
    pub const UPLOADS: Limits = Limits { free: 60, lock_after: 60, window_secs: 60 * 60, lock_secs: 60 * 60 };

    /// The same limits with a different lock threshold (from configuration); the free tries
    /// never exceed it, and limits that never delay (reports, uploads) still never delay.
    pub fn locking_after(self, lock_after: u32) -> Limits {
        let free = if self.free == self.lock_after { lock_after } else { self.free.min(lock_after) };
        Limits { lock_after, free, ..self }
    }
}

/// Longest delay before an attempt, however many came before.
pub const MAX_DELAY_MS: u64 = 8_000;

/// Recent attempts of one key: how many in the current window (counted as they start, so
/// attempts still running are in it), when it began, and until when the key is locked (0
/// when it is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub count: u32,
    pub window_start: i64,
    pub locked_until: i64,
}

/// An attempt may start: the record with it counted, and how long it waits first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reserved {
    pub entry: Entry,
    pub delay_ms: u64,
}

impl Limits {
    /// The entry if it still matters at `now` (locked, or inside its window).
    fn live(self, entry: Option<Entry>, now: i64) -> Option<Entry> {
        entry.filter(|e| e.locked_until > now || now - e.window_start < self.window_secs)
    }

    /// Counts an attempt before it runs, or refuses it (`Err`: seconds until the lock ends).
    /// Counting first is what makes the limit hold under parallel attempts: a burst cannot
    /// all read "nine so far" before any of them is written, and at most `lock_after`
    /// attempts run in a window, however many arrive at once. The attempt that reaches the
    /// limit still runs and locks the key; one that turns out not to count gives its place
    /// back with [`Limits::release`].
    pub fn reserve(self, entry: Option<Entry>, now: i64) -> Result<Reserved, i64> {
        let fresh = Entry { count: 0, window_start: now, locked_until: 0 };
        let mut entry = match self.live(entry, now) {
            Some(e) if e.locked_until > now => return Err(e.locked_until - now),
            // A lock that ended starts a fresh window.
            Some(e) if e.locked_until == 0 => e,
            _ => fresh,
        };
        let over = entry.count.saturating_sub(self.free);
        let delay_ms = if over == 0 { 0 } else { 250u64.saturating_mul(1 << (over - 1).min(15)).min(MAX_DELAY_MS) };
        entry.count += 1;
        if entry.count >= self.lock_after {
            entry.locked_until = now + self.lock_secs;
        }
        Ok(Reserved { entry, delay_ms })
    }

    /// Gives back the place of an attempt that did not count (a right receipt, a report
    /// refused for what it says). A lock that only its place completed is lifted; failures
    /// never give theirs back, so at most `lock_after` of them run per window.
    pub fn release(self, entry: Option<Entry>, now: i64) -> Option<Entry> {
        let mut entry = self.live(entry, now)?;
        entry.count = entry.count.saturating_sub(1);
        if entry.count < self.lock_after {
            entry.locked_until = 0;
        }
        Some(entry)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    use std::collections::HashMap;
    use std::hash::Hash;

    use super::*;

    /// Records per key, as the database keeps them.
    struct Ledger<K> {
        limits: Limits,
        entries: HashMap<K, Entry>,
    }

    impl<K: Hash + Eq + Clone> Ledger<K> {
        fn new(limits: Limits) -> Self {
            Self { limits, entries: HashMap::new() }
        }
        /// Starts an attempt: its delay, or the lock's remaining seconds.
        fn start(&mut self, key: &K, now: i64) -> Result<u64, i64> {
            let r = self.limits.reserve(self.entries.get(key).copied(), now)?;
            self.entries.insert(key.clone(), r.entry);
            Ok(r.delay_ms)
        }
        fn give_back(&mut self, key: &K, now: i64) {
            match self.limits.release(self.entries.get(key).copied(), now) {
                Some(e) => self.entries.insert(key.clone(), e),
                None => self.entries.remove(key),
            };
        }
        fn forget(&mut self, key: &K) {
            self.entries.remove(key);
        }
    }

    #[test]
    fn raising_the_report_limit_does_not_start_delaying_reports() {
        let raised = Limits::SUBMISSIONS.locking_after(500);
        assert_eq!((raised.free, raised.lock_after), (500, 500), "found by the benchmark: 1 report/s after the tenth");
        let lowered = Limits::SUBMISSIONS.locking_after(3);
        assert_eq!((lowered.free, lowered.lock_after), (3, 3));
        let login = Limits::LOGIN.locking_after(20);
        assert_eq!((login.free, login.lock_after), (3, 20), "sign-in keeps its delays");
    }

    #[test]
    fn free_attempts_then_a_growing_delay_then_a_lock_that_ends() {
        let mut l = Ledger::new(Limits::LOGIN);
        let t = 1_000_000;
        let delays: Vec<u64> = (0..10).map(|_| l.start(&"ani", t).expect("not locked yet")).collect();
        assert_eq!(delays, [0, 0, 0, 0, 250, 500, 1000, 2000, 4000, 8000]);
        assert_eq!(l.start(&"ani", t + 1), Err(15 * 60 - 1), "the tenth attempt locked the key");
        assert_eq!(l.start(&"budi", t + 1), Ok(0), "other keys are not affected");
        assert_eq!(l.start(&"ani", t + 15 * 60), Ok(0), "the lock ends");
        assert_eq!(l.start(&"ani", t + 15 * 60), Ok(0), "and counting starts over");
    }

    #[test]
    fn a_burst_gets_no_more_attempts_than_the_limit_however_it_interleaves() {
        // Twenty-five attempts start before any has finished (all read and counted in one
        // locked step each): ten run, the rest are refused, and the ten finishing as
        // failures afterwards leave the lock in place.
        let mut l = Ledger::new(Limits::LOGIN);
        let started: Vec<_> = (0..25).map(|_| l.start(&"k", 0)).collect();
        assert_eq!(started.iter().filter(|s| s.is_ok()).count(), 10);
        assert_eq!(l.start(&"k", 60), Err(15 * 60 - 60));
    }

    #[test]
    fn an_attempt_that_did_not_count_gives_its_place_back_and_lifts_the_lock_it_completed() {
        let mut l = Ledger::new(Limits::RECEIPT);
        for _ in 0..19 {
            l.start(&"k", 0).expect("free");
        }
        // The twentieth is the citizen's own right receipt: it locks while it runs, then
        // gives its place back.
        l.start(&"k", 0).expect("the twentieth runs");
        assert!(l.start(&"k", 1).is_err());
        l.give_back(&"k", 2);
        assert!(l.start(&"k", 3).is_ok(), "one place again");
        assert!(l.start(&"k", 4).is_err(), "and no more");
    }

    #[test]
    fn attempts_older_than_the_window_are_forgotten_and_success_wipes_the_record() {
        let mut l = Ledger::new(Limits::LOGIN);
        for _ in 0..9 {
            l.start(&1, 0).expect("not locked");
        }
        assert!(matches!(l.start(&1, 60), Ok(d) if d > 0));
        assert_eq!(l.start(&1, 16 * 60), Ok(0), "the tenth's lock and the window both ended");
        for _ in 0..9 {
            l.start(&2, 0).expect("not locked");
        }
        l.forget(&2);
        assert_eq!(l.start(&2, 1), Ok(0));
    }

    #[test]
    fn submissions_are_limited_per_hour_without_delay() {
        let mut l = Ledger::new(Limits::SUBMISSIONS.locking_after(2));
        assert_eq!(l.start(&"k", 0), Ok(0));
        assert_eq!(l.start(&"k", 10), Ok(0));
        assert_eq!(l.start(&"k", 20), Err(3600 - 10));
    }
}
