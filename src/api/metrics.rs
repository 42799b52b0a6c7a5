//! Prometheus metrics at `/metrics`: requests by route and status with latency
//! histograms, cache hits, misses and size, the content version, and reloads.

use prometheus::core::Collector;
use prometheus::{
    Encoder as _, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// Haven's metrics, shared by all workers.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    durations: HistogramVec,
    pub cache_hits: IntCounter,
    pub cache_misses: IntCounter,
    /// The subset of `cache_hits` answered before routing (`ready.rs`).
    pub ready_hits: IntCounter,
    pub cache_entries: IntGauge,
    pub cache_bytes: IntGauge,
    pub reloads_succeeded: IntCounter,
    pub reloads_failed: IntCounter,
    pub stalled_connections_closed: IntCounter,
    content: IntGaugeVec,
    dropped_log_lines: IntGauge,
    client_protocol_errors: IntGauge,
}

/// One route, method and status's request metrics.
pub struct RouteMetrics {
    requests: IntCounter,
    duration: prometheus::Histogram,
}

impl RouteMetrics {
    pub fn observe(&self, seconds: f64) {
        self.requests.inc();
        self.duration.observe(seconds);
    }
}

/// The metric definitions were rejected (an invalid or duplicate name).
#[derive(Debug, thiserror::Error)]
#[error("metrics cannot be set up: {0}")]
pub struct MetricsError(String);

impl Metrics {
    pub fn new() -> Result<Self, MetricsError> {
        let registry = Registry::new();
        // Labelled by route template, never by raw path, so random URLs cannot grow the set.
        const LABELS: [&str; 3] = ["endpoint", "method", "status"];
        let requests_opts = opts("http_requests_total", "Requests answered, by route, method and status");
        let durations_opts = HistogramOpts::from(opts(
            "http_requests_duration_seconds",
            "Time from receiving a request to its response head, by route, method and status",
        ));
        let counter = |name: &str, help: &str| register(&registry, IntCounter::with_opts(opts(name, help)));
        let gauge = |name: &str, help: &str| register(&registry, IntGauge::with_opts(opts(name, help)));
        let content_opts = opts("content_info", "The content version being served (the value is always 1)");
        Ok(Self {
            requests: register(&registry, IntCounterVec::new(requests_opts, &LABELS))?,
            durations: register(&registry, HistogramVec::new(durations_opts, &LABELS))?,
            cache_hits: counter("cache_hits_total", "Responses served from the response cache")?,
            cache_misses: counter("cache_misses_total", "Responses rendered because they were not cached")?,
            ready_hits: counter(
                "cache_ready_hits_total",
                "Cache hits answered before routing, with headers made once (part of cache_hits_total)",
            )?,
            cache_entries: gauge("cache_entries", "Entries in the response cache")?,
            cache_bytes: gauge("cache_weighted_bytes", "Approximate bytes held by the response cache")?,
            reloads_succeeded: counter("reloads_succeeded_total", "Content reloads that were swapped in")?,
            reloads_failed: counter("reloads_failed_total", "Content reloads rejected because of errors")?,
            stalled_connections_closed: counter(
                "stalled_connections_closed_total",
                "Keep-alive connections closed because their next request head stalled",
            )?,
            content: register(&registry, IntGaugeVec::new(content_opts, &["version"]))?,
            dropped_log_lines: gauge(
                "log_lines_dropped",
                "Log lines dropped since start-up because the log sink could not take them",
            )?,
            client_protocol_errors: gauge(
                "client_protocol_errors",
                "Requests since start-up that could not be read (malformed, HTTP/2 without TLS, cut off); logged at debug",
            )?,
            registry,
        })
    }

    /// Counts one answered request. `route` is a template or `unmatched`, never a raw path.
    pub fn observe_request(&self, route: &str, method: &str, status: u16, seconds: f64) {
        self.route(route, method, status).observe(seconds);
    }

    /// The counter and histogram of one route, method and status, looked up once so a
    /// ready answer can count itself without hashing its labels again.
    pub fn route(&self, route: &str, method: &str, status: u16) -> RouteMetrics {
        let status = status.to_string();
        let labels = [route, method, status.as_str()];
        RouteMetrics {
            requests: self.requests.with_label_values(&labels),
            duration: self.durations.with_label_values(&labels),
        }
    }

    /// Every metric in the Prometheus text format.
    pub fn render(&self) -> Result<Vec<u8>, prometheus::Error> {
        self.dropped_log_lines.set(i64::try_from(crate::logging::dropped_lines()).unwrap_or(i64::MAX));
        self.client_protocol_errors.set(i64::try_from(crate::logging::client_protocol_errors()).unwrap_or(i64::MAX));
        let mut text = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut text)?;
        Ok(text)
    }

    pub fn set_content_version(&self, version: &str) {
        self.content.reset();
        self.content.with_label_values(&[version]).set(1);
    }
}

fn opts(name: &str, help: &str) -> Opts {
    Opts::new(name, help).namespace("haven")
}

fn register<M: Collector + Clone + 'static>(
    registry: &Registry,
    metric: prometheus::Result<M>,
) -> Result<M, MetricsError> {
    let metric = metric.map_err(|err| MetricsError(err.to_string()))?;
    registry.register(Box::new(metric.clone())).map_err(|err| MetricsError(err.to_string()))?;
    Ok(metric)
}
