use std::process::ExitCode;

use clap::Parser;
use haven::cli::LogFormat;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    haven::memory::limit_allocator_arenas();
    let cli = haven::cli::Cli::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only on a terminal: a log file or collector gets plain text.
    let colours = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // Log lines are written by a background thread, buffered while requests keep coming
    // and flushed whenever it catches up, so request workers never wait on `write(2)`.
    // Nothing is dropped (`lossy(false)`: a full queue makes workers wait instead), and
    // `_flush_on_exit` writes what is queued when `main` returns. The queue is kept short
    // (about 1 MB of lines): the default 128k lines let a burst hold ~20 MB for good.
    let (writer, _flush_on_exit) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .buffered_lines_limit(8_192)
        .finish(std::io::BufWriter::new(std::io::stderr()));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer).with_ansi(colours);
    match cli.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    haven::cli::run(cli)
}
