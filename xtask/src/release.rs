//! `release`.
/// Placeholder.
pub fn run_release(_args: &crate::cli::ReleaseArgs) -> u8 {
    0
}
