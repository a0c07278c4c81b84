//! Statistics arithmetic: percentiles of durations and the small-count rule that keeps the
//! public page from singling anyone out.
use serde::{Deserialize, Serialize};

/// Cells with fewer reports than this are never shown on their own in public.
pub const PUBLIC_MIN_COUNT: u32 = 5;

/// The `p`-th percentile (0–100) of `values` by the nearest-rank method; `None` when empty.
/// Nearest rank picks a value that occurred, which reads naturally as "days".
pub fn percentile(values: &[u32], p: u8) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let rank = (usize::from(p.min(100)) * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// Median and 90th percentile of a set of durations, in days, with how many there were.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread {
    pub count: u32,
    pub median: Option<u32>,
    pub p90: Option<u32>,
}

impl Spread {
    pub fn of(values: &[u32]) -> Self {
        Self { count: u32::try_from(values.len()).unwrap_or(u32::MAX), median: percentile(values, 50), p90: percentile(values, 90) }
    }
}

/// A row of a public table after the small-count rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PublicRow {
    /// A named cell with enough reports to show.
    Shown { label: String, count: u32 },
    /// The small cells merged, shown when together they reach the minimum.
    Others { count: u32 },
    /// Small cells that even merged stay under the minimum: shown only as "fewer than 5".
    Few,
}

/// Applies the small-count rule: cells under [`PUBLIC_MIN_COUNT`] are merged into one
/// "others" row; if that row is still under the minimum it shows no number at all (so no
/// subtraction from a total reveals a small cell either — the total is published only when
/// the page says so).
pub fn public_rows(cells: &[(String, u32)]) -> Vec<PublicRow> {
    let mut rows: Vec<PublicRow> = cells
        .iter()
        .filter(|(_, n)| *n >= PUBLIC_MIN_COUNT)
        .map(|(label, n)| PublicRow::Shown { label: label.clone(), count: *n })
        .collect();
    let small: Vec<u32> = cells.iter().map(|(_, n)| *n).filter(|n| (1..PUBLIC_MIN_COUNT).contains(n)).collect();
    let merged: u32 = small.iter().sum();
    if merged >= PUBLIC_MIN_COUNT {
        rows.push(PublicRow::Others { count: merged });
    } else if merged > 0 {
        rows.push(PublicRow::Few);
    }
    rows
}

/// A count for the public page: the number, or nothing when it is under the minimum.
pub fn public_count(n: u32) -> Option<u32> {
    (n >= PUBLIC_MIN_COUNT || n == 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_pick_values_that_occurred() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[7], 50), Some(7));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(percentile(&[5, 1, 4, 2, 3], 50), Some(3), "unsorted input");
        let ten: Vec<u32> = (1..=10).collect();
        assert_eq!(percentile(&ten, 90), Some(9));
        assert_eq!(percentile(&ten, 100), Some(10));
        assert_eq!(Spread::of(&ten), Spread { count: 10, median: Some(5), p90: Some(9) });
    }

    #[test]
    fn small_cells_are_merged_and_a_small_merge_shows_no_number() {
        let cells = |v: &[(&str, u32)]| v.iter().map(|(l, n)| ((*l).to_owned(), *n)).collect::<Vec<_>>();
        assert_eq!(
            public_rows(&cells(&[("Dinas A", 12), ("Dinas B", 3), ("Dinas C", 2), ("Dinas D", 0)])),
            vec![PublicRow::Shown { label: "Dinas A".into(), count: 12 }, PublicRow::Others { count: 5 }]
        );
        assert_eq!(
            public_rows(&cells(&[("Dinas A", 5), ("Dinas B", 1)])),
            vec![PublicRow::Shown { label: "Dinas A".into(), count: 5 }, PublicRow::Few],
            "one report of Dinas B is never shown as a number"
        );
        assert_eq!(public_rows(&cells(&[("Dinas A", 4)])), vec![PublicRow::Few]);
        assert!(public_rows(&[]).is_empty());
        assert_eq!((public_count(4), public_count(5), public_count(0)), (None, Some(5), Some(0)));
    }
}
