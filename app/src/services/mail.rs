//! Sending one e-mail over SMTP (lettre). Configured by `LENTERA_SMTP_URL`:
//! `smtp://host:25` (plain, for a relay on the same machine), `smtp://host:587?tls=required`
//! (STARTTLS, refused if the server does not offer it), `smtps://host:465` (implicit TLS),
//! with `user:password@` for authentication; and `LENTERA_MAIL_FROM`. Nothing here logs a
//! recipient, a subject or a body: a failure is reported as its class only.
use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How long one conversation with the mail server may take; shorter than the outbox's lease
/// on a message, so that no other instance takes a message still being sent.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(20);

/// The configured mail server, the sender address, and the site's public address (for the
/// links in messages).
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    pub site: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never printed.
        f.debug_struct("Mailer").field("site", &self.site).finish_non_exhaustive()
    }
}

/// Why a message did not go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// The server refused it for good (a 5xx reply, or an address it cannot take): trying
    /// again would not help.
    Permanent(&'static str),
    /// The server is away, busy or slow: try again later.
    Transient(&'static str),
}

impl Mailer {
    /// From the SMTP URL, the sender address and the site's public address; the error says
    /// which is wrong (without repeating the URL, which may hold a password).
    pub fn new(smtp_url: &str, from: &str, site: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|_| "LENTERA_SMTP_URL is not an smtp:// or smtps:// address".to_owned())?
            .timeout(Some(SEND_TIMEOUT))
            .build();
        let from: Mailbox = from.parse().map_err(|_| format!("LENTERA_MAIL_FROM is not an e-mail address: {from}"))?;
        Ok(Self { transport, from, site: site.trim_end_matches('/').to_owned() })
    }

    /// Sends one plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), SendFailure> {
        let to: Mailbox = to.parse().map_err(|_| SendFailure::Permanent("address"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|_| SendFailure::Permanent("message"))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendFailure::Permanent("refused")),
            Err(e) if e.is_timeout() => Err(SendFailure::Transient("timeout")),
            Err(e) if e.is_tls() => Err(SendFailure::Transient("tls")),
            Err(e) if e.is_transient() => Err(SendFailure::Transient("busy")),
            Err(_) => Err(SendFailure::Transient("connection")),
        }
    }
}

/// Whether `text` is an address a message can be sent to: the shape checks of
/// [`crate::domain::notice::plausible_address`], then the mail library's own parser.
pub fn valid_address(text: &str) -> Option<String> {
    let address = crate::domain::notice::plausible_address(text)?;
    address.parse::<lettre::Address>().ok().map(|_| address)
}
