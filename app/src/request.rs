//! What a request says about itself, read in one place: its cookies, its language, whether
//! it came over HTTPS; and the cookies Lentera sets, built in one place (with the `cookie`
//! crate) so that each gets the same flags wherever it is set.
use cookie::{Cookie, SameSite};
use http::{header, HeaderMap, HeaderValue};

use crate::i18n::{Lang, LANG_COOKIE};

/// The staff session cookie's name over plain HTTP (a laptop, the test servers).
pub const SESSION_COOKIE: &str = "lentera_staf";
/// Its name over HTTPS: the `__Host-` prefix makes the browser refuse it unless it is
/// `Secure`, for this host alone and the whole path, so no other site or subdomain can set
/// or shadow it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-lentera_staf";

/// Whether the browser reached Lentera over HTTPS: the TLS-terminating proxy says so in
/// `X-Forwarded-Proto` (a client that claims it over plain HTTP only gets cookies its
/// browser will not send back over HTTP).
pub fn is_https(headers: &HeaderMap) -> bool {
    headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// The value of the cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// The staff session token of the request (under the name its scheme uses).
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, if is_https(headers) { SECURE_SESSION_COOKIE } else { SESSION_COOKIE })
}

/// The language the request's cookie chose; Indonesian by default.
pub fn language(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE).and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

fn header_value(c: &Cookie<'_>) -> Option<HeaderValue> {
    HeaderValue::from_str(&c.to_string()).ok()
}

/// `Set-Cookie` for the staff session (`value` empty and `max_age_secs` 0 to end it): never
/// readable by scripts, never sent by another site's request, `Secure` over HTTPS.
pub fn session_cookie(headers: &HeaderMap, value: &str, max_age_secs: i64) -> Option<HeaderValue> {
    let secure = is_https(headers);
    let name = if secure { SECURE_SESSION_COOKIE } else { SESSION_COOKIE };
    let c = Cookie::build((name, value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(max_age_secs))
        .build();
    header_value(&c)
}

/// `Set-Cookie` for the chosen language. It lives until the browser closes: on a phone
/// several people share, a cookie kept for a year would tell the next one that somebody
/// opened the whistleblowing site.
pub fn language_cookie(headers: &HeaderMap, lang: Lang) -> Option<HeaderValue> {
    let c = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(is_https(headers))
        .build();
    header_value(&c)
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::as_conversions)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).expect("header"));
        }
        h
    }

    #[test]
    fn cookies_are_read_by_exact_name_from_every_cookie_header() {
        let h = headers(&[("cookie", "a=1; lentera_staf_x=2"), ("cookie", "lentera_staf=tok; lentera_lang=en")]);
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("tok"));
        assert_eq!(language(&h), Lang::En);
        assert_eq!(language(&headers(&[("cookie", "lentera_lang=xx")])), Lang::Id, "unknown codes fall back");
    }

    #[test]
    fn over_https_the_session_cookie_is_secure_and_host_only_and_read_under_that_name() {
        let https = headers(&[("x-forwarded-proto", "https"), ("cookie", "lentera_staf=plain; __Host-lentera_staf=tls")]);
        let set = session_cookie(&https, "tok", 60).expect("cookie");
        let set = set.to_str().expect("ascii");
        assert!(set.starts_with("__Host-lentera_staf=tok;"), "{set}");
        for flag in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=60"] {
            assert!(set.contains(flag), "{set} lacks {flag}");
        }
        assert!(!set.contains("Domain"), "{set}");
        assert_eq!(session_token(&https).as_deref(), Some("tls"), "the plain-HTTP cookie does not count over HTTPS");

        let http = headers(&[("cookie", "lentera_staf=plain")]);
        let set = session_cookie(&http, "tok", 60).expect("cookie");
        assert!(!set.to_str().expect("ascii").contains("Secure"));
        assert_eq!(session_token(&http).as_deref(), Some("plain"));
    }

    #[test]
    fn the_language_cookie_ends_with_the_browser_session() {
        let set = language_cookie(&headers(&[("x-forwarded-proto", "https")]), Lang::En).expect("cookie");
        let set = set.to_str().expect("ascii");
        assert!(set.starts_with("lentera_lang=en;") && set.contains("Secure"), "{set}");
        assert!(!set.contains("Max-Age") && !set.contains("Expires"), "{set}");
    }
}
