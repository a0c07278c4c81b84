//! Encryption at rest of what a report says: each sensitive column value is sealed with
//! XChaCha20-Poly1305 under the installation's data key, with a fresh random nonce and the
//! column's name as associated data (a value moved to another column does not open). A
//! database dump alone reveals none of it.
//!
//! Stored form: `s1.<key id>.<hex of nonce ‖ ciphertext>`. The key id (8 hex digits of a
//! hash of the key) lets a rotated installation keep reading values sealed under previous
//! keys until `lentera admin reseal` has sealed everything under the current one. Values
//! without the prefix are read as they are (written before sealing existed).
use std::sync::Arc;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use crate::errors::AppError;

const PREFIX: &str = "s1.";

struct DataKey {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl DataKey {
    fn new(key: &[u8; 32]) -> Self {
        let id = hex::encode(&Sha256::new_with_prefix(b"lentera data key id").chain_update(key).finalize()[..4]);
        Self { id, cipher: XChaCha20Poly1305::new(key.into()) }
    }
}

/// Seals and opens column values. Cheap to clone.
#[derive(Clone)]
pub struct Sealer {
    current: Arc<DataKey>,
    previous: Arc<Vec<DataKey>>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer({})", self.current.id)
    }
}

impl Sealer {
    /// `current` seals; `previous` keys only open what they sealed.
    pub fn new(current: [u8; 32], previous: &[[u8; 32]]) -> Self {
        Self { current: Arc::new(DataKey::new(&current)), previous: Arc::new(previous.iter().map(DataKey::new).collect()) }
    }

    pub fn key_id(&self) -> &str {
        &self.current.id
    }

    pub fn seal(&self, column: &str, plain: &str) -> Result<String, AppError> {
        let mut nonce = [0u8; 24];
        super::random::random_bytes(&mut nonce)?;
        let sealed = self
            .current
            .cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: column.as_bytes() })
            .map_err(|e| AppError::internal(e))?;
        let mut out = String::with_capacity(PREFIX.len() + 9 + 2 * (nonce.len() + sealed.len()));
        out.push_str(PREFIX);
        out.push_str(&self.current.id);
        out.push('.');
        out.push_str(&hex::encode(nonce));
        out.push_str(&hex::encode(sealed));
        Ok(out)
    }

    pub fn seal_opt(&self, column: &str, plain: Option<&str>) -> Result<Option<String>, AppError> {
        plain.map(|p| self.seal(column, p)).transpose()
    }

    /// The plain text of a stored value; a value that was tampered with, sealed for another
    /// column, or sealed under an unknown key is an internal error (logged, never shown).
    pub fn open(&self, column: &str, stored: &str) -> Result<String, AppError> {
        let Some(rest) = stored.strip_prefix(PREFIX) else { return Ok(stored.to_owned()) };
        let fail = |why: &str| {
            tracing::error!(column, why, "a sealed value could not be opened");
            AppError::Internal
        };
        let (id, body) = rest.split_once('.').ok_or_else(|| fail("malformed"))?;
        let key = std::iter::once(&*self.current)
            .chain(self.previous.iter())
            .find(|k| k.id == id)
            .ok_or_else(|| fail("unknown key"))?;
        let bytes = hex::decode(body).map_err(|_| fail("malformed"))?;
        if bytes.len() < 24 {
            return Err(fail("malformed"));
        }
        let (nonce, sealed) = bytes.split_at(24);
        let plain = key
            .cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: column.as_bytes() })
            .map_err(|_| fail("authentication failed"))?;
        String::from_utf8(plain).map_err(|_| fail("not UTF-8"))
    }

    pub fn open_opt(&self, column: &str, stored: Option<&str>) -> Result<Option<String>, AppError> {
        stored.map(|s| self.open(column, s)).transpose()
    }

    /// Seals a file's bytes: `s1.<key id>.` then nonce ‖ ciphertext, raw (no hex: files are
    /// large).
    pub fn seal_bytes(&self, column: &str, plain: &[u8]) -> Result<Vec<u8>, AppError> {
        let mut nonce = [0u8; 24];
        super::random::random_bytes(&mut nonce)?;
        let sealed = self
            .current
            .cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: column.as_bytes() })
            .map_err(|e| AppError::internal(e))?;
        let mut out = Vec::with_capacity(PREFIX.len() + 9 + nonce.len() + sealed.len());
        out.extend_from_slice(PREFIX.as_bytes());
        out.extend_from_slice(self.current.id.as_bytes());
        out.push(b'.');
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// The bytes [`Self::seal_bytes`] sealed; anything else is an internal error.
    pub fn open_bytes(&self, column: &str, stored: &[u8]) -> Result<Vec<u8>, AppError> {
        let fail = |why: &str| {
            tracing::error!(column, why, "a sealed file could not be opened");
            AppError::Internal
        };
        let rest = stored.strip_prefix(PREFIX.as_bytes()).ok_or_else(|| fail("malformed"))?;
        if rest.len() < 9 + 24 || rest[8] != b'.' {
            return Err(fail("malformed"));
        }
        let (id, body) = (&rest[..8], &rest[9..]);
        let key = std::iter::once(&*self.current)
            .chain(self.previous.iter())
            .find(|k| k.id.as_bytes() == id)
            .ok_or_else(|| fail("unknown key"))?;
        let (nonce, sealed) = body.split_at(24);
        key.cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: column.as_bytes() })
            .map_err(|_| fail("authentication failed"))
    }

    /// Whether sealed bytes are under the current key.
    pub fn is_current_bytes(&self, stored: &[u8]) -> bool {
        stored.strip_prefix(PREFIX.as_bytes()).is_some_and(|r| r.len() > 8 && &r[..8] == self.current.id.as_bytes())
    }

    /// Whether `stored` is sealed under the current key (else `reseal` has work to do).
    pub fn is_current(&self, stored: &str) -> bool {
        stored.strip_prefix(PREFIX).and_then(|r| r.split_once('.')).is_some_and(|(id, _)| id == self.current.id)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_in_its_column_and_reveals_nothing() {
        let s = Sealer::new([7; 32], &[]);
        let sealed = s.seal("what", "Pak Budi meminta Rp 200.000").unwrap();
        assert!(sealed.starts_with("s1."));
        // Sealed values are hex, so look for fragments hex cannot contain by chance.
        assert!(!sealed.contains("Budi") && !sealed.contains("Rp 200.000"));
        assert_ne!(sealed, s.seal("what", "Pak Budi meminta Rp 200.000").unwrap(), "a fresh nonce each time");
        assert_eq!(s.open("what", &sealed).unwrap(), "Pak Budi meminta Rp 200.000");
        assert_eq!(s.open("who", &sealed), Err(AppError::Internal), "moved to another column");
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('0') { '1' } else { '0' });
        assert_eq!(s.open("what", &tampered), Err(AppError::Internal));
        assert_eq!(Sealer::new([8; 32], &[]).open("what", &sealed), Err(AppError::Internal), "another installation's key");
        assert_eq!(s.open("what", "ditulis sebelum enkripsi").unwrap(), "ditulis sebelum enkripsi");
        assert_eq!(s.open("what", "s1.zz"), Err(AppError::Internal));
    }

    #[test]
    fn sealed_files_open_only_with_their_column_and_a_known_key() {
        let s = Sealer::new([7; 32], &[]);
        let photo = b"\xFF\xD8\xFF pixels of a receipt".to_vec();
        let sealed = s.seal_bytes("attachment.content", &photo).unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"pixels"));
        assert_eq!(s.open_bytes("attachment.content", &sealed).unwrap(), photo);
        assert_eq!(s.open_bytes("report.what", &sealed), Err(AppError::Internal));
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(s.open_bytes("attachment.content", &tampered), Err(AppError::Internal));
        assert_eq!(s.open_bytes("attachment.content", b"s1.short"), Err(AppError::Internal));
        let rotated = Sealer::new([9; 32], &[[7; 32]]);
        assert_eq!(rotated.open_bytes("attachment.content", &sealed).unwrap(), photo);
        assert!(!rotated.is_current_bytes(&sealed) && s.is_current_bytes(&sealed));
    }

    #[test]
    fn after_rotation_old_values_still_open_and_are_known_to_need_resealing() {
        let old = Sealer::new([1; 32], &[]);
        let sealed = old.seal("contact", "0812-3456-7890").unwrap();
        let rotated = Sealer::new([2; 32], &[[1; 32]]);
        assert_eq!(rotated.open("contact", &sealed).unwrap(), "0812-3456-7890");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal("contact", "x").unwrap()));
    }
}
