//! Argon2id hashing of receipts and staff passwords, on blocking threads.
//!
//! A receipt is stored only as a deterministic Argon2id hash salted with an
//! installation-wide secret (as GlobaLeaks does): it can be looked up, not reversed, and a
//! stolen database without the secret does not even allow guessing. A staff password is an
//! ordinary Argon2id PHC string with its own random salt.
use std::sync::Arc;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use sha2::Digest;

use super::random::random_bytes;
use super::sealing::Sealer;
use crate::domain::receipt::Receipt;
use crate::errors::AppError;

/// OWASP's minimum for Argon2id: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;

/// The installation's secrets at work: receipt and password hashing, and (through its
/// [`Sealer`]) encryption of report text at rest.
#[derive(Clone)]
pub struct Hasher {
    secret: Arc<[u8; 32]>,
    sealer: Sealer,
    /// Argon2 runs on blocking threads, at most one per core at a time, so a burst of
    /// submissions queues instead of exhausting memory or starving the async runtime.
    permits: Arc<Semaphore>,
    /// Argon2's 19 MiB working memory, kept and reused (one per permit): allocating it per
    /// hash on ever-new blocking threads grew the server to 800 MB under load (measured by
    /// `scripts/bench.sh`).
    arenas: Arc<std::sync::Mutex<Vec<Vec<argon2::Block>>>>,
}

impl Hasher {
    pub fn new(secret: [u8; 32]) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        // Without a configured data key (tests), one derived from the receipt secret.
        let derived: [u8; 32] = sha2::Sha256::new_with_prefix(b"lentera derived data key").chain_update(secret).finalize().into();
        Self {
            secret: Arc::new(secret),
            sealer: Sealer::new(derived, &[]),
            permits: Arc::new(Semaphore::new(cores)),
            arenas: Arc::new(std::sync::Mutex::new(Vec::new())),
        }
    }

    /// The same hasher sealing report text under the installation's data key.
    pub fn with_sealer(mut self, sealer: Sealer) -> Self {
        self.sealer = sealer;
        self
    }

    pub fn sealer(&self) -> &Sealer {
        &self.sealer
    }

    /// A hex SHA-256 of `data` keyed with the installation secret, for high-entropy values
    /// (recovery codes) that must be recognised but not recoverable from a database dump.
    pub fn keyed_digest(&self, purpose: &str, data: &str) -> String {
        let mut h = sha2::Sha256::new();
        h.update(*self.secret);
        h.update(purpose.as_bytes());
        h.update([0]);
        h.update(data.as_bytes());
        hex::encode(h.finalize())
    }

    /// The hex hash under which a report with this receipt is stored.
    pub async fn hash(&self, receipt: &Receipt) -> Result<String, AppError> {
        let secret = Arc::clone(&self.secret);
        let digits = receipt.digits().to_owned();
        let arenas = Arc::clone(&self.arenas);
        self.blocking(move || {
            // At most one arena per permit is ever taken at once, so the pool stays that size.
            let mut memory = arenas.lock().unwrap_or_else(std::sync::PoisonError::into_inner).pop().unwrap_or_default();
            let hashed = hash_blocking(&secret, &digits, &mut memory);
            arenas.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(memory);
            hashed
        })
        .await
    }

    /// A new PHC string for a staff password.
    pub async fn hash_password(&self, password: &str) -> Result<String, AppError> {
        let password = password.to_owned();
        self.blocking(move || {
            let mut salt = [0u8; 16];
            random_bytes(&mut salt)?;
            let salt = SaltString::encode_b64(&salt).map_err(|e| AppError::internal(e))?;
            argon2_id()?
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| {
                    tracing::error!(error = %e, "password hashing");
                    AppError::Internal
                })
        })
        .await
    }

    /// Whether `password` matches `phc`. With `None` (unknown user) a dummy hash is checked
    /// so that the answer takes as long as for a real account.
    pub async fn verify_password(&self, password: &str, phc: Option<&str>) -> Result<bool, AppError> {
        let password = password.to_owned();
        let known = phc.is_some();
        let phc = phc.map_or_else(|| DUMMY_PHC.to_owned(), str::to_owned);
        self.blocking(move || {
            let parsed = PasswordHash::new(&phc).map_err(|e| AppError::internal(e))?;
            let ok = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
            Ok(ok && known)
        })
        .await
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let permit = Arc::clone(&self.permits).acquire_owned().await.map_err(|e| AppError::internal(e))?;
        super::blocking::spawn_holding(permit, f).await.map_err(|e| {
            tracing::error!(error = %e, "hashing task failed");
            AppError::Internal
        })?
    }
}

/// An Argon2id hash of a random password nobody knows, with the same parameters as real ones.
const DUMMY_PHC: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Xx4uTz3vWkYc0pYp3Q2q8mV9lDk6n3mHnT7yJYb0wA";

fn argon2_id() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, Some(32)).map_err(|e| AppError::internal(e))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(secret: &[u8; 32], digits: &str, memory: &mut Vec<argon2::Block>) -> Result<String, AppError> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, Some(32)).map_err(|e| {
        tracing::error!(error = %e, "argon2 parameters");
        AppError::Internal
    })?;
    memory.resize(params.block_count(), argon2::Block::default());
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = [0u8; 32];
    argon.hash_password_into_with_memory(digits.as_bytes(), secret, &mut out, memory.as_mut_slice()).map_err(|e| {
        tracing::error!(error = %e, "argon2 hashing");
        AppError::Internal
    })?;
    Ok(hex::encode(out))
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
        let hasher = Hasher::new([7; 32]);
        let a = Receipt::parse("1111 2222 3333 4444").unwrap();
        let b = Receipt::parse("1111 2222 3333 4445").unwrap();
        assert_eq!(hasher.hash(&a).await.unwrap(), hasher.hash(&a).await.unwrap());
        assert_ne!(hasher.hash(&a).await.unwrap(), hasher.hash(&b).await.unwrap());
    }

    #[tokio::test]
    async fn another_installation_secret_gives_another_hash() {
        let r = Receipt::parse("1111 2222 3333 4444").unwrap();
        let one = Hasher::new([1; 32]).hash(&r).await.unwrap();
        let two = Hasher::new([2; 32]).hash(&r).await.unwrap();
        assert_ne!(one, two);
        assert!(!one.contains("1111"));
    }

    #[tokio::test]
    async fn a_password_verifies_only_against_its_own_hash() {
        let h = Hasher::new([0; 32]);
        let phc = h.hash_password("Kopi-susu-77").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(h.verify_password("Kopi-susu-77", Some(&phc)).await.unwrap());
        assert!(!h.verify_password("kopi-susu-77", Some(&phc)).await.unwrap());
        assert_ne!(phc, h.hash_password("Kopi-susu-77").await.unwrap(), "salted");
    }

    #[tokio::test]
    async fn an_unknown_user_is_checked_against_a_dummy_and_never_passes() {
        let h = Hasher::new([0; 32]);
        assert!(!h.verify_password("anything", None).await.unwrap());
        assert!(PasswordHash::new(DUMMY_PHC).is_ok(), "the dummy must be a valid hash to cost the same");
    }

    #[tokio::test]
    async fn a_hash_whose_caller_gave_up_keeps_its_core_and_memory_until_it_ends() {
        let hasher = Hasher::new([3; 32]);
        let r = Receipt::parse("1111 2222 3333 4444").unwrap();
        let free = hasher.permits.available_permits();
        // The citizen's connection drops while the receipt is being hashed (a hash takes
        // milliseconds, so it is still running when the caller gives up).
        let gave_up = tokio::time::timeout(std::time::Duration::from_millis(1), hasher.hash(&r)).await;
        assert!(gave_up.is_err());
        assert_eq!(hasher.permits.available_permits(), free - 1, "the abandoned hash still holds its core");
        // Once it ends, its memory is back in the pool for the next hash, not lost.
        let _all = hasher.permits.acquire_many(u32::try_from(free).unwrap()).await.unwrap();
        assert_eq!(hasher.arenas.lock().unwrap().len(), 1);
    }

    #[test]
    fn new_receipts_are_sixteen_digits_and_differ() {
        let a = new_receipt().unwrap();
        let b = new_receipt().unwrap();
        assert_eq!(a.digits().len(), 16);
        assert_ne!(a, b);
    }
}
