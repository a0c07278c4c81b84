//! Hashing receipts. A receipt is stored only as a deterministic Argon2id hash salted with
//! an installation-wide secret (as GlobaLeaks does): it can be looked up, not reversed, and a
//! stolen database without the secret does not even allow guessing.
use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::domain::receipt::Receipt;
use crate::errors::AppError;

/// OWASP's minimum for Argon2id: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;

#[derive(Clone)]
pub struct ReceiptHasher {
    secret: Arc<[u8; 32]>,
    /// Argon2 runs on blocking threads, at most one per core at a time, so a burst of
    /// submissions queues instead of exhausting memory or starving the async runtime.
    permits: Arc<Semaphore>,
}

impl ReceiptHasher {
    pub fn new(secret: [u8; 32]) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self { secret: Arc::new(secret), permits: Arc::new(Semaphore::new(cores)) }
    }

    /// The hex hash under which a report with this receipt is stored.
    pub async fn hash(&self, receipt: &Receipt) -> Result<String, AppError> {
        let _permit = self.permits.acquire().await.map_err(|_| AppError::Internal)?;
        let secret = Arc::clone(&self.secret);
        let digits = receipt.digits().to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&secret, &digits))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "receipt hashing task failed");
                AppError::Internal
            })?
    }
}

fn hash_blocking(secret: &[u8; 32], digits: &str) -> Result<String, AppError> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, Some(32)).map_err(|e| {
        tracing::error!(error = %e, "argon2 parameters");
        AppError::Internal
    })?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = [0u8; 32];
    argon.hash_password_into(digits.as_bytes(), secret, &mut out).map_err(|e| {
        tracing::error!(error = %e, "argon2 hashing");
        AppError::Internal
    })?;
    Ok(hex::encode(out))
}

/// Fills `buf` from the operating system's CSPRNG.
pub fn random_bytes(buf: &mut [u8]) -> Result<(), AppError> {
    getrandom::fill(buf).map_err(|e| {
        tracing::error!(error = %e, "OS random number generator failed");
        AppError::Internal
    })
}

/// A fresh receipt from the OS CSPRNG.
pub fn new_receipt() -> Result<Receipt, AppError> {
    loop {
        let mut bytes = [0u8; 32];
        random_bytes(&mut bytes)?;
        if let Some(r) = Receipt::from_random_bytes(&bytes) {
            return Ok(r);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_same_receipt_hashes_the_same_and_another_differently() {
        let hasher = ReceiptHasher::new([7; 32]);
        let a = Receipt::parse("1111 2222 3333 4444").unwrap();
        let b = Receipt::parse("1111 2222 3333 4445").unwrap();
        assert_eq!(hasher.hash(&a).await.unwrap(), hasher.hash(&a).await.unwrap());
        assert_ne!(hasher.hash(&a).await.unwrap(), hasher.hash(&b).await.unwrap());
    }

    #[tokio::test]
    async fn another_installation_secret_gives_another_hash() {
        let r = Receipt::parse("1111 2222 3333 4444").unwrap();
        let one = ReceiptHasher::new([1; 32]).hash(&r).await.unwrap();
        let two = ReceiptHasher::new([2; 32]).hash(&r).await.unwrap();
        assert_ne!(one, two);
        assert!(!one.contains("1111"));
    }

    #[test]
    fn new_receipts_are_sixteen_digits_and_differ() {
        let a = new_receipt().unwrap();
        let b = new_receipt().unwrap();
        assert_eq!(a.digits().len(), 16);
        assert_ne!(a, b);
    }
}
