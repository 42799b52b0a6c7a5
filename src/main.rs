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
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colours);
    match cli.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    haven::cli::run(cli)
}
