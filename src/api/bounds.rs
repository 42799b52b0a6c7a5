//! How big a request may be: the sizes and counts Haven documents, enforces (`limits.rs`,
//! `params.rs`) and names in its problem documents (`error.rs`). A leaf: it depends on
//! nothing, so the error type can quote the bounds without depending on the code that
//! enforces them.

/// Longer than any URI Haven's API produces or documents; browsers and CDNs start
/// failing around 8 kB anyway.
pub const MAX_URI_BYTES: usize = 2048;
/// All header names and values together. Browsers send 1–2 kB; nginx's default buffers
/// refuse a single header line over 8 kB. (The HTTP layer itself refuses more than 96
/// headers or a 128 kB head before Haven sees the request.)
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Haven's routes take at most seven query parameters.
pub const MAX_QUERY_PARAMETERS: usize = 32;

/// Items per page when the client does not say.
pub const DEFAULT_PER_PAGE: u64 = 20;
/// The most items one page may hold, so one request cannot ask for everything at once.
pub const MAX_PER_PAGE: u64 = 100;
