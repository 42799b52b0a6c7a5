use std::process::ExitCode;

use clap::Parser;
use haven::cli::LogFormat;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

fn main() -> ExitCode {
    haven::memory::limit_allocator_arenas();
    let cli = haven::cli::Cli::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only on a terminal: a log file or collector gets plain text.
    let colours = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // Log lines are written by a background thread, buffered while requests keep coming
    // and flushed whenever it catches up, so request workers never wait on `write(2)`.
    // When the queue is full (a log pipe nobody reads), lines are dropped rather than
    // making workers wait, and counted (`haven_log_lines_dropped` in /metrics): serving
    // must never depend on logging. `_flush_on_exit` writes what is queued when `main`
    // returns. The queue is kept short (about 1 MB of lines): the default 128k lines let a
    // burst hold ~20 MB for good.
    let (writer, _flush_on_exit) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(8_192)
        .finish(std::io::BufWriter::new(std::io::stderr()));
    haven::logging::count_drops_from(writer.error_counter());
    // Clients' malformed requests are re-logged at debug rather than written at error
    // (see `haven::logging`). The re-logging layer goes last: it logs from inside an
    // event, and the line writer must have finished with that event by then.
    let logs = tracing_subscriber::registry().with(filter);
    let lines = tracing_subscriber::fmt::layer().with_writer(writer).with_ansi(colours);
    let demote = haven::logging::ClientErrorsAtDebug;
    match cli.log_format {
        LogFormat::Text => logs.with(lines.with_filter(haven::logging::without_client_errors())).with(demote).init(),
        LogFormat::Json => {
            logs.with(lines.json().with_filter(haven::logging::without_client_errors())).with(demote).init()
        }
    }
    // Request lines are buffered per worker and written by a thread of their own (see
    // `haven::logging`), when the filter lets them through at all.
    if tracing::enabled!(target: haven::logging::REQUEST_TARGET, tracing::Level::INFO) {
        haven::logging::write_request_lines_to(std::io::stderr(), matches!(cli.log_format, LogFormat::Json));
    }
    let exit = haven::cli::run(cli);
    haven::logging::finish_request_lines();
    exit
}
