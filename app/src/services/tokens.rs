//! The report form's one-time token, which makes submission idempotent: a double click or
//! a retried request with the same token shows the same receipt and creates one report.
//! What is needed to show the receipt again is kept for at most an hour, encrypted under
//! a key derived from the token, so the table alone reveals no receipt.
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::random::random_bytes;
use crate::errors::AppError;

/// How long a form token keeps its receipt.
pub const TOKEN_LIFETIME_SECS: i64 = 3600;

/// A well-formed token: 32 lowercase hex digits (128 random bits).
#[derive(Clone, PartialEq, Eq)]
pub struct FormToken(String);

/// What a token's row holds once decrypted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedReceipt {
    pub report_id: i32,
    pub receipt_digits: String,
}

impl FormToken {
    pub fn generate() -> Result<Self, AppError> {
        let mut bytes = [0u8; 16];
        random_bytes(&mut bytes)?;
        Ok(Self(hex::encode(bytes)))
    }

    pub fn parse(s: &str) -> Result<Self, AppError> {
        let s = s.trim();
        if s.len() == 32 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(Self(s.to_owned()))
        } else {
            Err(AppError::FormExpired)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The row key: a hash, so the table does not hold the token itself.
    pub fn id(&self) -> String {
        hex::encode(Sha256::digest(format!("lentera/token-id/v1/{}", self.0)))
    }

    fn cipher(&self) -> ChaCha20Poly1305 {
        let key = Sha256::digest(format!("lentera/token-key/v1/{}", self.0));
        ChaCha20Poly1305::new(Key::from_slice(&key))
    }

    pub fn seal(&self, value: &SealedReceipt) -> Result<String, AppError> {
        let plain = serde_json::to_vec(value).map_err(|e| AppError::internal(e))?;
        let mut nonce = [0u8; 12];
        random_bytes(&mut nonce)?;
        let sealed = self
            .cipher()
            .encrypt(Nonce::from_slice(&nonce), plain.as_slice())
            .map_err(|e| AppError::internal(e))?;
        Ok(hex::encode([nonce.as_slice(), sealed.as_slice()].concat()))
    }

    pub fn open(&self, sealed: &str) -> Result<SealedReceipt, AppError> {
        let bytes = hex::decode(sealed).map_err(|e| AppError::internal(e))?;
        if bytes.len() < 12 {
            return Err(AppError::Internal);
        }
        let (nonce, ct) = bytes.split_at(12);
        let plain = self
            .cipher()
            .decrypt(Nonce::from_slice(nonce), ct)
            .map_err(|e| AppError::internal(e))?;
        serde_json::from_slice(&plain).map_err(|e| AppError::internal(e))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_receipt_opens_only_with_its_own_token() {
        let token = FormToken::generate().unwrap();
        let other = FormToken::generate().unwrap();
        let value = SealedReceipt { report_id: 7, receipt_digits: "1234567890123456".into() };
        let sealed = token.seal(&value).unwrap();
        assert!(!sealed.contains("1234567890123456"));
        assert_eq!(token.open(&sealed).unwrap(), value);
        assert!(other.open(&sealed).is_err());
    }

    #[test]
    fn a_malformed_token_is_refused() {
        assert!(FormToken::parse("").is_err());
        assert!(FormToken::parse("xyz").is_err());
        assert!(FormToken::parse(&"A".repeat(32)).is_err());
        assert!(FormToken::parse(&"a".repeat(32)).is_ok());
    }

    #[test]
    fn the_row_key_is_not_the_token() {
        let token = FormToken::parse(&"ab".repeat(16)).unwrap();
        assert_ne!(token.id(), token.as_str());
        assert_eq!(token.id().len(), 64);
    }
}
