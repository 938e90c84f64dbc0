//! `spec update`.
/// Default command that regenerates the client and runs the tests.
pub const DEFAULT_TEST_COMMAND: &str = "cargo test --workspace --all-features";
/// Placeholder.
pub fn run_update(_args: &crate::cli::UpdateArgs) -> u8 {
    0
}
