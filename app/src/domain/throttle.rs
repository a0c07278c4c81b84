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

/// Whether an attempt may go ahead now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admit {
    Go { delay_ms: u64 },
    Locked { retry_after_secs: i64 },
}

/// Longest delay before an attempt, however many came before.
pub const MAX_DELAY_MS: u64 = 8_000;

/// Recent attempts of one key: how many in the current window, when it began, and until
/// when the key is locked (0 when it is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub count: u32,
    pub window_start: i64,
    pub locked_until: i64,
}

impl Limits {
    /// The entry if it still matters at `now` (locked, or inside its window).
    fn live(self, entry: Option<Entry>, now: i64) -> Option<Entry> {
        entry.filter(|e| e.locked_until > now || now - e.window_start < self.window_secs)
    }

    /// Whether an attempt with this record may go ahead now, and after what delay.
    pub fn admit(self, entry: Option<Entry>, now: i64) -> Admit {
        let Some(entry) = self.live(entry, now) else { return Admit::Go { delay_ms: 0 } };
        if entry.locked_until > now {
            return Admit::Locked { retry_after_secs: entry.locked_until - now };
        }
        let over = entry.count.saturating_sub(self.free);
        let delay_ms = if over == 0 { 0 } else { 250u64.saturating_mul(1 << (over - 1).min(15)).min(MAX_DELAY_MS) };
        Admit::Go { delay_ms }
    }

    /// The record after one more counted attempt; locked when it reaches the limit.
    pub fn record(self, entry: Option<Entry>, now: i64) -> Entry {
        let fresh = Entry { count: 0, window_start: now, locked_until: 0 };
        // A lock that ended starts a fresh window.
        let mut entry = self.live(entry, now).filter(|e| e.locked_until == 0).unwrap_or(fresh);
        entry.count += 1;
        if entry.count >= self.lock_after {
            entry.locked_until = now + self.lock_secs;
        }
        entry
    }
}

#[cfg(test)]
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
        fn admit(&self, key: &K, now: i64) -> Admit {
            self.limits.admit(self.entries.get(key).copied(), now)
        }
        fn record(&mut self, key: &K, now: i64) {
            let entry = self.limits.record(self.entries.get(key).copied(), now);
            self.entries.insert(key.clone(), entry);
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
        for _ in 0..3 {
            assert_eq!(l.admit(&"ani", t), Admit::Go { delay_ms: 0 });
            l.record(&"ani", t);
        }
        let mut delays = Vec::new();
        for _ in 3..10 {
            match l.admit(&"ani", t) {
                Admit::Go { delay_ms } => delays.push(delay_ms),
                Admit::Locked { .. } => panic!("locked too early"),
            }
            l.record(&"ani", t);
        }
        assert_eq!(delays[0], 0, "the fourth try is still free");
        assert_eq!(delays[1..], [250, 500, 1000, 2000, 4000, 8000]);
        assert_eq!(l.admit(&"ani", t + 1), Admit::Locked { retry_after_secs: 15 * 60 - 1 });
        assert_eq!(l.admit(&"budi", t + 1), Admit::Go { delay_ms: 0 }, "other keys are not affected");
        assert_eq!(l.admit(&"ani", t + 15 * 60), Admit::Go { delay_ms: 0 }, "the lock ends");
        l.record(&"ani", t + 15 * 60);
        assert_eq!(l.admit(&"ani", t + 15 * 60), Admit::Go { delay_ms: 0 }, "and counting starts over");
    }

    #[test]
    fn attempts_older_than_the_window_are_forgotten_and_success_wipes_the_record() {
        let mut l = Ledger::new(Limits::LOGIN);
        for _ in 0..9 {
            l.record(&1, 0);
        }
        assert!(matches!(l.admit(&1, 60), Admit::Go { delay_ms } if delay_ms > 0));
        assert_eq!(l.admit(&1, 15 * 60), Admit::Go { delay_ms: 0 });
        for _ in 0..9 {
            l.record(&2, 0);
        }
        l.forget(&2);
        l.record(&2, 1);
        assert_eq!(l.admit(&2, 1), Admit::Go { delay_ms: 0 });
    }

    #[test]
    fn submissions_are_limited_per_hour_without_delay() {
        let mut l = Ledger::new(Limits::SUBMISSIONS.locking_after(2));
        assert_eq!(l.admit(&"k", 0), Admit::Go { delay_ms: 0 });
        l.record(&"k", 0);
        assert_eq!(l.admit(&"k", 10), Admit::Go { delay_ms: 0 });
        l.record(&"k", 10);
        assert_eq!(l.admit(&"k", 20), Admit::Locked { retry_after_secs: 3600 - 10 });
    }
}
