//! How many log lines the sink could not take. Logging must never stall serving: when
//! standard error is a pipe nobody reads (a stuck collector), lines beyond the queue are
//! dropped instead of making request workers wait, and the count shows in `/metrics`.

use std::sync::OnceLock;

use tracing_appender::non_blocking::ErrorCounter;

static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// Called once by `main` with the log writer's counter.
pub fn count_drops_from(counter: ErrorCounter) {
    let _ = DROPPED.set(counter);
}

/// Log lines dropped since start-up (0 when logging is not set up, as in tests).
pub fn dropped_lines() -> usize {
    DROPPED.get().map_or(0, ErrorCounter::dropped_lines)
}
