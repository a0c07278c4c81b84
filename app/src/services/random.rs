//! The operating system's random number generator: the one source of nonces, salts,
//! receipts, keys and codes.
use crate::errors::AppError;

/// Fills `buf` from the operating system's CSPRNG.
pub fn random_bytes(buf: &mut [u8]) -> Result<(), AppError> {
    getrandom::fill(buf).map_err(|e| {
        tracing::error!(error = %e, "OS random number generator failed");
        AppError::Internal
    })
}
