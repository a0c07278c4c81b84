//! Server-side services: the only code that talks to the database. Server functions and
//! the plain-form handlers call these and nothing below them.
pub mod audit;
pub mod blocking;
pub mod case_moves;
pub mod cases;
pub mod charts;
pub mod closing;
pub mod db;
pub mod deadlines;
pub mod display;
pub mod evidence;
pub mod letters;
pub mod mail;
pub mod outbox;
pub mod profile;
pub mod export;
pub mod random;
pub mod reports;
pub mod reseal;
pub mod retention;
pub mod scrub;
pub mod sealed;
pub mod sealing;
pub mod secrets;
pub mod settings;
pub mod staff;
pub mod staff_notices;
pub mod stats;
pub mod survey;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
pub mod work_units;
#[doc(hidden)]
pub mod test_db;

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    /// The services depend on each other one way (cases and reports, reports and
    /// evidence, deadlines, sealing and secrets each used to need the other): a module
    /// that uses a sibling which uses it back cannot be read, tested or moved alone.
    #[test]
    fn no_two_services_depend_on_each_other_even_through_others() {
        use std::collections::{BTreeMap, BTreeSet};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services");
        let mut sources = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).expect("services folder") {
            let path = entry.expect("entry").path();
            let (name, file) = if path.is_dir() { (path.file_name(), path.join("mod.rs")) } else { (path.file_stem(), path.clone()) };
            let name = name.and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            if name != "mod" && file.exists() {
                sources.insert(name, std::fs::read_to_string(&file).expect("source"));
            }
        }
        let names: BTreeSet<String> = sources.keys().cloned().collect();
        let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (name, text) in &sources {
            let mut found = BTreeSet::new();
            // Code only: a comment may name a sibling without using it.
            let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
            for prefix in ["super::", "crate::services::"] {
                for (at, _) in code.match_indices(prefix) {
                    let rest = &code[at + prefix.len()..];
                    let word: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                    if names.contains(&word) && &word != name {
                        found.insert(word);
                    }
                }
            }
            uses.insert(name.clone(), found);
        }
        // Depth-first search for a path back to where it started.
        fn path_back(from: &str, to: &str, uses: &BTreeMap<String, BTreeSet<String>>, seen: &mut BTreeSet<String>) -> Option<Vec<String>> {
            for next in uses.get(from).into_iter().flatten() {
                if next == to {
                    return Some(vec![next.clone()]);
                }
                if seen.insert(next.clone()) {
                    if let Some(mut rest) = path_back(next, to, uses, seen) {
                        rest.insert(0, next.clone());
                        return Some(rest);
                    }
                }
            }
            None
        }
        let cycles: Vec<String> = names
            .iter()
            .filter_map(|m| path_back(m, m, &uses, &mut BTreeSet::new()).map(|p| format!("{m} -> {}", p.join(" -> "))))
            .collect();
        assert!(cycles.is_empty(), "module cycles among the services: {cycles:#?}");
    }
}
