//! Keeping resident memory flat under cache churn.
//!
//! glibc's allocator gives each busy thread its own arena (up to 8 per core) and keeps the
//! memory freed in each. When the response cache is full, entries rendered on one thread
//! are evicted and freed on another, and the arenas kept growing: `bench/soak.sh` measured
//! 154 → 192 MB in five minutes with a full 64 MB cache. With two arenas the same soak
//! levels off within a minute and stays flat, at the same throughput. (mimalloc also kept
//! memory flat and was faster, but doubled the idle footprint: 59 MB at start-up.)

/// Limits glibc to two malloc arenas, unless the operator chose otherwise through
/// `MALLOC_ARENA_MAX` or `GLIBC_TUNABLES`, which glibc has already read.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn limit_allocator_arenas() {
    const ARENAS: libc::c_int = 2;
    if std::env::var_os("MALLOC_ARENA_MAX").is_some() || std::env::var_os("GLIBC_TUNABLES").is_some() {
        return;
    }
    // SAFETY: `mallopt` only sets an allocator parameter; it is called once at start-up,
    // before any thread other than the main one exists.
    let accepted = unsafe { libc::mallopt(libc::M_ARENA_MAX, ARENAS) };
    if accepted != 1 {
        eprintln!("haven: glibc refused M_ARENA_MAX; memory may grow under cache churn");
    }
}

/// Other platforms' allocators are left as they are.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn limit_allocator_arenas() {}
