//! Logging that cannot hurt serving.
//!
//! - **Dropped lines.** Logging must never stall serving: when standard error is a pipe
//!   nobody reads (a stuck collector), lines beyond the queue are dropped instead of making
//!   request workers wait, and the count shows in `/metrics`.
//! - **Clients' protocol errors.** actix-http logs every request it cannot parse (an
//!   HTTP/2 preface, a garbled line) at ERROR, so any client could fill the error log.
//!   Those events are re-logged at DEBUG under `haven::client` and counted in `/metrics`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_appender::non_blocking::ErrorCounter;
use tracing_subscriber::filter::{filter_fn, FilterFn};
use tracing_subscriber::layer::{Context, Layer};

static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();
static CLIENT_PROTOCOL_ERRORS: AtomicU64 = AtomicU64::new(0);

/// Where actix-http's HTTP/1 connection handling logs a client's malformed request.
const CLIENT_ERROR_TARGET: &str = "actix_http::h1::dispatcher";
/// The target they are logged under instead.
pub const CLIENT_LOG_TARGET: &str = "haven::client";

/// Called once by `main` with the log writer's counter.
pub fn count_drops_from(counter: ErrorCounter) {
    let _ = DROPPED.set(counter);
}

/// Log lines dropped since start-up (0 when logging is not set up, as in tests).
pub fn dropped_lines() -> usize {
    DROPPED.get().map_or(0, ErrorCounter::dropped_lines)
}

/// Client protocol errors seen since start-up (0 when logging is not set up).
pub fn client_protocol_errors() -> u64 {
    CLIENT_PROTOCOL_ERRORS.load(Ordering::Relaxed)
}

fn is_client_error(metadata: &Metadata<'_>) -> bool {
    metadata.target() == CLIENT_ERROR_TARGET && *metadata.level() <= Level::WARN
}

/// For the layer that writes lines: everything but the events [`ClientErrorsAtDebug`]
/// re-logs.
pub fn without_client_errors() -> FilterFn<impl Fn(&Metadata<'_>) -> bool> {
    filter_fn(|metadata| !is_client_error(metadata))
}

/// Re-logs actix-http's client protocol errors at DEBUG and counts them.
pub struct ClientErrorsAtDebug;

impl<S: Subscriber> Layer<S> for ClientErrorsAtDebug {
    fn on_event(&self, event: &Event<'_>, _context: Context<'_, S>) {
        if !is_client_error(event.metadata()) {
            return;
        }
        CLIENT_PROTOCOL_ERRORS.fetch_add(1, Ordering::Relaxed);
        let mut message = Message(String::new());
        event.record(&mut message);
        tracing::debug!(target: CLIENT_LOG_TARGET, error = %message.0, "a client's request could not be read");
    }
}

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}
