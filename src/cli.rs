//! The command line: `haven serve` (the default), `haven check`, `haven verify`,
//! `haven probe`, `haven openapi`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::check::{run_check, CheckOptions, ReportFormat};
use crate::content::ids::CountryCode;
use crate::probe::{run_probe, ProbeOptions};
use crate::settings::SettingsFile;
use crate::startup::Application;
use crate::verify::{run_verify, Politeness, VerifyOptions};

#[derive(Debug, Parser)]
#[command(name = "haven", version, about = "Localized mental-health content and crisis lines, as an API")]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// `text` for people, `json` for log collectors.
    #[arg(long, global = true, env = "HAVEN_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,
    /// Settings for `serve` when no command is given.
    #[command(flatten)]
    serve: ServeArgs,
}

/// How log lines are written (to standard error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the content over HTTP (the default).
    Serve(ServeArgs),
    /// Load and check the content without serving; exits 1 if it has errors.
    Check(CheckArgs),
    /// Print the OpenAPI document.
    Openapi,
    /// Fetch each line's `check_url` and report whether the page still shows its number.
    Verify(VerifyArgs),
    /// Ask a running Haven on this machine whether it is alive (for container health checks).
    Probe(ProbeArgs),
}

/// Serve settings. Each may come from a flag, the environment or the `--config` file, in
/// that order of precedence; the defaults are in `SettingsFile::resolve`.
#[derive(Debug, Args)]
struct ServeArgs {
    /// A TOML file with any of the settings below (same names, e.g. `rate-limit = 120`).
    #[arg(long, env = "HAVEN_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "HAVEN_BIND", value_name = "ADDR:PORT")]
    bind: Option<SocketAddr>,
    /// The folder that holds `data/` and `locales/` [default: .].
    #[arg(long, env = "HAVEN_CONTENT_DIR", value_name = "DIR")]
    content_dir: Option<PathBuf>,
    /// Origins allowed to call the API from a browser, comma-separated
    /// (`https://a.example,https://b.example`) [default: any origin].
    #[arg(long, env = "HAVEN_CORS_ORIGINS", value_delimiter = ',', value_name = "ORIGINS")]
    cors_origins: Option<Vec<String>>,
    /// Requests per minute allowed per client address; 0 turns the limit off [default: 600].
    #[arg(long, env = "HAVEN_RATE_LIMIT", value_name = "N")]
    rate_limit: Option<u32>,
    /// Proxy addresses whose `X-Forwarded-For` header is trusted, comma-separated [default: none].
    #[arg(long, env = "HAVEN_TRUSTED_PROXIES", value_delimiter = ',', value_name = "IPS")]
    trusted_proxies: Option<Vec<std::net::IpAddr>>,
    /// Threads serving requests [default: one per CPU].
    #[arg(long, env = "HAVEN_WORKERS", value_name = "N")]
    workers: Option<usize>,
    /// Open connections each worker holds before new ones wait in the listen queue [default: 5000].
    #[arg(long, env = "HAVEN_MAX_CONNECTIONS_PER_WORKER", value_name = "N")]
    max_connections_per_worker: Option<usize>,
    /// Seconds an idle keep-alive connection stays open [default: 15].
    #[arg(long, env = "HAVEN_KEEP_ALIVE_SECONDS", value_name = "S")]
    keep_alive_seconds: Option<u64>,
    /// Seconds a client has to send its request head [default: 5].
    #[arg(long, env = "HAVEN_REQUEST_TIMEOUT_SECONDS", value_name = "S")]
    request_timeout_seconds: Option<u64>,
    /// Megabytes of rendered responses kept in memory [default: 64].
    #[arg(long, env = "HAVEN_CACHE_SIZE_MB", value_name = "MB")]
    cache_size_mb: Option<u64>,
    /// Reload the content when its files change (checked every second; a change is loaded
    /// once the files have been still for a second) [default: off, reload on SIGHUP].
    #[arg(long, env = "HAVEN_WATCH", num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    watch: Option<bool>,
    /// Seconds to keep serving after SIGTERM, not ready and closing every connection after
    /// its answer, before stopping: time for load balancers to notice (0–120) [default: 0].
    #[arg(long, env = "HAVEN_SHUTDOWN_DELAY_SECONDS", value_name = "S")]
    shutdown_delay_seconds: Option<u64>,
    /// Connections one client address may hold at once; trusted proxies are exempt; 0 is no
    /// limit [default: 256].
    #[arg(long, env = "HAVEN_MAX_CONNECTIONS_PER_CLIENT", value_name = "N")]
    max_connections_per_client: Option<usize>,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// Treat missing translations as errors.
    #[arg(long)]
    strict: bool,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
}

#[derive(Debug, Args)]
struct ProbeArgs {
    /// The address Haven listens on.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT")]
    address: SocketAddr,
    /// The path to ask for.
    #[arg(long, default_value = "/health/live")]
    path: String,
    /// Seconds to wait for the answer.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=60))]
    timeout_seconds: u64,
}

#[derive(Debug, Args)]
struct VerifyArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// Only this country's lines (ISO 3166-1 code).
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
    /// Record each confirmation as an `operator` evidence entry dated today.
    #[arg(long)]
    write: bool,
    /// Seconds a page (or robots.txt) may take.
    #[arg(long, default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=120))]
    timeout_seconds: u64,
    /// Milliseconds between two requests to the same host.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=60_000))]
    host_delay_ms: u64,
}

#[derive(Debug, Args)]
struct ContentArgs {
    /// The folder that holds `data/` and `locales/`.
    #[arg(long, env = "HAVEN_CONTENT_DIR", default_value = ".", value_name = "DIR")]
    content_dir: PathBuf,
}

/// Runs the parsed command and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => serve(cli.serve),
        Some(Command::Serve(args)) => serve(args),
        Some(Command::Check(args)) => {
            run_check(&args.content.content_dir, CheckOptions { strict: args.strict, format: args.format })
        }
        Some(Command::Verify(args)) => verify(args),
        Some(Command::Probe(args)) => run_probe(&ProbeOptions {
            address: args.address,
            path: args.path,
            timeout: Duration::from_secs(args.timeout_seconds),
        }),
        Some(Command::Openapi) => {
            print!("{}", crate::api::openapi_json());
            ExitCode::SUCCESS
        }
    }
}

fn verify(args: VerifyArgs) -> ExitCode {
    let country = match args.country.as_deref().map(CountryCode::parse).transpose() {
        Ok(country) => country,
        Err(_) => {
            eprintln!("haven verify: --country must be a two-letter ISO 3166-1 code");
            return ExitCode::FAILURE;
        }
    };
    run_verify(VerifyOptions {
        content_dir: args.content.content_dir,
        country,
        json: args.format == ReportFormat::Json,
        write: args.write,
        politeness: Politeness {
            timeout: Duration::from_secs(args.timeout_seconds),
            host_delay: Duration::from_millis(args.host_delay_ms),
            ..Politeness::default()
        },
    })
}

fn serve(args: ServeArgs) -> ExitCode {
    let file = match args.config.as_deref().map(SettingsFile::read).transpose() {
        Ok(file) => file.unwrap_or_default(),
        Err(message) => {
            eprintln!("haven: cannot start: {message}");
            return ExitCode::FAILURE;
        }
    };
    let given = SettingsFile {
        bind: args.bind,
        content_dir: args.content_dir,
        cors_origins: args.cors_origins,
        rate_limit: args.rate_limit,
        trusted_proxies: args.trusted_proxies,
        workers: args.workers,
        max_connections_per_worker: args.max_connections_per_worker,
        keep_alive_seconds: args.keep_alive_seconds,
        request_timeout_seconds: args.request_timeout_seconds,
        cache_size_mb: args.cache_size_mb,
        watch: args.watch,
        shutdown_delay_seconds: args.shutdown_delay_seconds,
        max_connections_per_client: args.max_connections_per_client,
    };
    let settings = match given.over(file).resolve() {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("haven: cannot start: {message}");
            return ExitCode::FAILURE;
        }
    };
    let result = actix_web::rt::System::new().block_on(async {
        let application = Application::build(&settings)?;
        if let Err(err) = application.reload_on_sighup() {
            tracing::warn!(%err, "cannot listen for SIGHUP; content reload is off");
        }
        if settings.watch {
            application.reload_on_change();
        }
        if let Err(err) = application.stop_on_signals(settings.shutdown_delay) {
            tracing::warn!(%err, "cannot listen for SIGTERM; stopping will not be graceful");
        }
        application
            .run_until_stopped()
            .await
            .map_err(|err| crate::startup::StartupError::Bind { address: settings.bind.to_string(), source: err })
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("haven: cannot start: {err}");
            ExitCode::FAILURE
        }
    }
}
