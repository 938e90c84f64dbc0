//! The exit codes of the commands (`spec check` documents them; CI reads them).

/// Exit code: success / no drift.
pub const EXIT_OK: u8 = 0;
/// Exit code: additive or cosmetic drift (or a failed update/release step).
pub const EXIT_DRIFT: u8 = 1;
/// Exit code: breaking drift.
pub const EXIT_BREAKING: u8 = 2;
/// Exit code: could not check (fetch or parse failure).
pub const EXIT_CANNOT_CHECK: u8 = 3;
