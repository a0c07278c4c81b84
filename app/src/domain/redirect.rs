//! Where a link may send the browser back to after a detour (the language switch): a path of
//! this site, never another site. Browsers forgive a lot while parsing a URL — they drop
//! tabs and line breaks, turn `\` into `/` — so `/\t/evil.example` is followed as
//! `//evil.example`, another host. Rather than list the tricks, only a path made of the
//! characters a URL path plainly holds is accepted.

/// `back` when it is a path on this site, else `None`.
pub fn same_site_path(back: &str) -> Option<&str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/-._~%!$&'()*+,;=:@?#".contains(c);
    let ok = back.starts_with('/') && !back.starts_with("//") && back.len() <= 2048 && back.chars().all(plain);
    ok.then_some(back)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_this_site_are_kept() {
        for path in ["/", "/lapor", "/cek?x=1", "/staf/kasus/LPR-2026-0001#catatan", "/statistik?tahun=2026&kategori=3"] {
            assert_eq!(same_site_path(path), Some(path));
        }
    }

    #[test]
    fn anything_a_browser_could_read_as_another_host_is_refused() {
        for trick in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            " /evil",
            "/ /evil.example",
            "https://evil.example",
            "evil.example",
            "javascript:alert(1)",
            "/\u{0}/evil.example",
            "/\u{2028}/evil.example",
            "/ｅvil",
            "",
        ] {
            assert_eq!(same_site_path(trick), None, "{trick:?}");
        }
        assert_eq!(same_site_path(&format!("/{}", "a".repeat(3000))), None, "no endless paths");
    }
}
