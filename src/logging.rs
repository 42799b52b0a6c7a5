//! Logging that cannot hurt serving.
//!
//! - **Dropped lines.** Logging must never stall serving: when standard error is a pipe
//!   nobody reads (a stuck collector), lines beyond the queue are dropped instead of making
//!   request workers wait, and the count shows in `/metrics`.
//! - **Clients' protocol errors.** actix-http logs every request it cannot parse (an
//!   HTTP/2 preface, a garbled line) at ERROR, so any client could fill the error log.
//!   Those events are re-logged at DEBUG under `haven::client` and counted in `/metrics`.
//! - **Request lines** are formatted off the request workers (see [`RequestLine`]).

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, SystemTime};

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

/// Log lines dropped since start-up (0 when logging is not set up, as in tests): by the
/// writer's queue, and request lines by their own queue.
pub fn dropped_lines() -> usize {
    let request_lines = usize::try_from(REQUEST_LINES_DROPPED.load(Ordering::Relaxed)).unwrap_or(usize::MAX);
    DROPPED.get().map_or(0, ErrorCounter::dropped_lines).saturating_add(request_lines)
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

/// One answered request, as its log line tells it.
pub struct RequestLine {
    pub at: SystemTime,
    /// As sent in `X-Request-Id` (ASCII: generated, or a caller's checked one).
    pub id: actix_web::http::header::HeaderValue,
    pub method: actix_web::http::Method,
    pub route: Arc<str>,
    pub status: u16,
    pub elapsed: Duration,
}

/// How often buffered request lines are written out.
const FLUSH_EVERY: Duration = Duration::from_millis(100);
/// A thread's buffer this full wakes the flusher early (under load 100 ms of lines can
/// be over a megabyte).
const WAKE_FLUSHER_AT: usize = 64 << 10;
/// A thread's buffer past this (the writer has stopped taking lines) drops new lines,
/// counted, rather than growing.
const MAX_BUFFERED_BYTES: usize = 256 << 10;
/// Lines are written at most this many bytes at a time, ending at a line's end: writes
/// to a pipe up to `PIPE_BUF` (4,096 on Linux) are never interleaved with another
/// writer's, so request lines and other log lines never cut into each other.
const WRITE_AT_MOST: usize = 4096;

/// Where request lines go once [`write_request_lines_to`] has run.
struct RequestLines {
    json: bool,
    /// One buffer per thread that logs requests; the flusher takes them in turn.
    buffers: Mutex<Vec<Arc<Mutex<LineBuffer>>>>,
    flusher: OnceLock<std::thread::Thread>,
}

#[derive(Default)]
struct LineBuffer {
    text: String,
    /// The timestamp's whole-second part, formatted once per second.
    second: u64,
    second_text: String,
}

static REQUEST_LINES: OnceLock<RequestLines> = OnceLock::new();
static REQUEST_LINES_DROPPED: AtomicU64 = AtomicU64::new(0);
static FLUSHER: Mutex<Option<std::thread::JoinHandle<()>>> = Mutex::new(None);
static FINISHING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    static THIS_THREADS_LINES: std::cell::OnceCell<Arc<Mutex<LineBuffer>>> = const { std::cell::OnceCell::new() };
}

/// Request lines, written by hand into a buffer per worker and written to `writer` by
/// one thread every 100 ms (sooner when a buffer fills), as text or JSON in the shape the tracing formatter gives
/// every other line. The tracing formatter cost a cached answer about a fifth of its
/// time (a timestamp, five fields and a channel send with a wake-up, per request).
/// Called once by `main`, only when `haven::request` lines are enabled; without it
/// (tests, or the lines turned off) [`log_request`] goes through `tracing` as usual.
pub fn write_request_lines_to(mut writer: impl Write + Send + 'static, json: bool) {
    if REQUEST_LINES.set(RequestLines { json, buffers: Mutex::default(), flusher: OnceLock::new() }).is_err() {
        return;
    }
    let spawned = std::thread::Builder::new().name("haven-request-log".to_owned()).spawn(move || {
        let Some(lines) = REQUEST_LINES.get() else { return };
        let mut taken = String::new();
        loop {
            std::thread::park_timeout(FLUSH_EVERY);
            let last_time = FINISHING.load(Ordering::Acquire);
            let buffers: Vec<_> = lines.buffers.lock().unwrap_or_else(PoisonError::into_inner).clone();
            for buffer in buffers {
                std::mem::swap(&mut buffer.lock().unwrap_or_else(PoisonError::into_inner).text, &mut taken);
                write_whole_lines(&mut writer, &taken);
                taken.clear();
            }
            if last_time {
                let _ = writer.flush();
                return;
            }
        }
    });
    match spawned {
        Ok(flusher) => {
            if let Some(lines) = REQUEST_LINES.get() {
                let _ = lines.flusher.set(flusher.thread().clone());
            }
            *FLUSHER.lock().unwrap_or_else(PoisonError::into_inner) = Some(flusher);
        }
        Err(error) => eprintln!("haven: cannot start the request-log thread ({error}); request lines are dropped"),
    }
}

/// Writes out the request lines still buffered, then stops their thread. Called by
/// `main` before it exits, so the last requests before a shutdown are logged too.
pub fn finish_request_lines() {
    let Some(flusher) = FLUSHER.lock().unwrap_or_else(PoisonError::into_inner).take() else { return };
    FINISHING.store(true, Ordering::Release);
    flusher.thread().unpark();
    let _ = flusher.join();
}

/// Logs one answered request at INFO under [`REQUEST_TARGET`].
pub fn log_request(line: RequestLine) {
    let Some(lines) = REQUEST_LINES.get() else {
        tracing::info!(
            target: REQUEST_TARGET,
            request_id = line.id.to_str().unwrap_or("-"),
            method = %line.method,
            route = %line.route,
            status = line.status,
            elapsed_ms = elapsed_ms(line.elapsed),
            "request"
        );
        return;
    };
    THIS_THREADS_LINES.with(|mine| {
        let buffer = mine.get_or_init(|| {
            let buffer = Arc::new(Mutex::new(LineBuffer::default()));
            lines.buffers.lock().unwrap_or_else(PoisonError::into_inner).push(Arc::clone(&buffer));
            buffer
        });
        let mut buffer = buffer.lock().unwrap_or_else(PoisonError::into_inner);
        if buffer.text.len() > MAX_BUFFERED_BYTES {
            REQUEST_LINES_DROPPED.fetch_add(1, Ordering::Relaxed);
            return;
        }
        format_line(&mut buffer, &line, lines.json);
        if buffer.text.len() >= WAKE_FLUSHER_AT {
            if let Some(flusher) = lines.flusher.get() {
                flusher.unpark();
            }
        }
    });
}

/// Writes `text` (whole lines) in pieces of at most [`WRITE_AT_MOST`] bytes, each ending
/// at a line's end. A line longer than that is written whole.
fn write_whole_lines(writer: &mut impl Write, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let window = &rest.as_bytes()[..rest.len().min(WRITE_AT_MOST)];
        let cut = match window.iter().rposition(|&b| b == b'\n') {
            Some(end) if rest.len() > WRITE_AT_MOST => end + 1,
            _ if rest.len() <= WRITE_AT_MOST => rest.len(),
            _ => rest.find('\n').map_or(rest.len(), |end| end + 1),
        };
        if writer.write_all(&rest.as_bytes()[..cut]).is_err() {
            return;
        }
        rest = &rest[cut..];
    }
}

/// The target of per-request lines, so operators can turn them off on their own:
/// `RUST_LOG=info,haven::request=off`.
pub const REQUEST_TARGET: &str = "haven::request";

fn elapsed_ms(elapsed: Duration) -> f64 {
    // Microseconds are all a request line needs; more digits are noise.
    (elapsed.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

fn format_line(buffer: &mut LineBuffer, line: &RequestLine, json: bool) {
    use std::fmt::Write as _;
    let since_epoch = line.at.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    if buffer.second != since_epoch.as_secs() || buffer.second_text.is_empty() {
        buffer.second = since_epoch.as_secs();
        buffer.second_text = chrono::DateTime::<chrono::Utc>::from(line.at).format("%Y-%m-%dT%H:%M:%S").to_string();
    }
    let LineBuffer { text: out, second_text, .. } = buffer;
    let micros = since_epoch.subsec_micros();
    let elapsed = u64::try_from(line.elapsed.as_micros()).unwrap_or(u64::MAX);
    let (ms, fraction) = (elapsed / 1000, elapsed % 1000);
    if json {
        let _ = write!(
            out,
            r#"{{"timestamp":"{second_text}.{micros:06}Z","level":"INFO","fields":{{"message":"request","request_id":"#
        );
        json_string(out, line.id.to_str().unwrap_or("-"));
        out.push_str(r#","method":"#);
        json_string(out, line.method.as_str());
        out.push_str(r#","route":"#);
        json_string(out, &line.route);
        let _ = writeln!(
            out,
            r#","status":{},"elapsed_ms":{ms}.{fraction:03}}},"target":"{REQUEST_TARGET}"}}"#,
            line.status
        );
    } else {
        let _ = writeln!(
            out,
            "{second_text}.{micros:06}Z  INFO {REQUEST_TARGET}: request request_id={} method={} route={} status={} elapsed_ms={ms}.{fraction:03}",
            line.id.to_str().unwrap_or("-"),
            line.method,
            line.route,
            line.status
        );
    }
}

fn json_string(out: &mut String, value: &str) {
    out.push_str(&serde_json::to_string(value).unwrap_or_else(|_| "\"\"".to_owned()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str) -> RequestLine {
        RequestLine {
            at: SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_126_400) + Duration::from_micros(123_456),
            id: actix_web::http::header::HeaderValue::from_str(id).expect("a header value"),
            method: actix_web::http::Method::GET,
            route: Arc::from("/v1/countries/{code}"),
            status: 200,
            elapsed: Duration::from_micros(1_234_567),
        }
    }

    #[test]
    fn lines_are_written_in_pieces_that_end_at_a_line_end() {
        let text: String = (0..200).map(|i| format!("line {i:03} {}\n", "x".repeat(40))).collect();
        let long = format!("{}\n", "y".repeat(5000));
        let all = format!("{text}{long}{text}");
        struct Writes(Vec<Vec<u8>>);
        impl Write for Writes {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.push(bytes.to_vec());
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut writes = Writes(Vec::new());
        write_whole_lines(&mut writes, &all);
        assert_eq!(writes.0.concat(), all.as_bytes(), "everything, in order");
        for piece in &writes.0 {
            assert!(piece.ends_with(b"\n"), "each piece ends a line");
            assert!(piece.len() <= WRITE_AT_MOST || piece.len() == long.len(), "{}", piece.len());
        }
    }

    #[test]
    fn request_lines_read_as_the_tracing_formatter_writes_them() {
        let mut buffer = LineBuffer::default();
        format_line(&mut buffer, &line("ticket-4711"), false);
        assert_eq!(
            buffer.text,
            "2026-12-01T12:00:00.123456Z  INFO haven::request: request request_id=ticket-4711 method=GET \
             route=/v1/countries/{code} status=200 elapsed_ms=1234.567\n"
        );
    }

    #[test]
    fn json_request_lines_are_one_json_object_each() {
        let mut buffer = LineBuffer::default();
        format_line(&mut buffer, &line("a\"b"), true);
        format_line(&mut buffer, &line("second"), true);
        let records: Vec<serde_json::Value> =
            buffer.text.lines().map(|text| serde_json::from_str(text).expect("one object per line")).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0]["timestamp"], "2026-12-01T12:00:00.123456Z");
        assert_eq!(records[0]["level"], "INFO");
        assert_eq!(records[0]["target"], "haven::request");
        assert_eq!(records[0]["fields"]["request_id"], "a\"b", "quotes are escaped");
        assert_eq!(records[0]["fields"]["route"], "/v1/countries/{code}");
        assert_eq!(records[0]["fields"]["status"], 200);
        assert_eq!(records[0]["fields"]["elapsed_ms"], 1234.567);
        assert_eq!(records[1]["fields"]["request_id"], "second");
    }
}
