//! Pieces shared by several pages.
pub mod completeness;
pub mod evidence;
pub mod layout;
pub mod status;

/// Text to put inside a `<textarea>`. Leptos (tachys 0.2) writes textarea children into the
/// server's HTML unescaped, as it does for `<script>`, so a typed "</textarea><script>"
/// would end the element on a re-rendered form. The server escapes it; in the browser the
/// text is a text node already.
pub fn textarea_text(text: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(text).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text.to_owned()
    }
}
