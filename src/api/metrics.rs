//! Prometheus metrics at `/metrics`: requests by route and status with latency
//! histograms (actix-web-prom), plus Haven's own: cache hits, misses and size, the content
//! version, and reloads.

use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};
use prometheus::core::Collector;
use prometheus::{IntCounter, IntGauge, IntGaugeVec, Opts, Registry};

/// Haven's own metrics, shared by all workers.
#[derive(Clone)]
pub struct Metrics {
    /// The middleware that records requests and serves `/metrics`.
    pub http: PrometheusMetrics,
    pub cache_hits: IntCounter,
    pub cache_misses: IntCounter,
    pub cache_entries: IntGauge,
    pub cache_bytes: IntGauge,
    pub reloads_succeeded: IntCounter,
    pub reloads_failed: IntCounter,
    content: IntGaugeVec,
}

/// The metric definitions were rejected (an invalid or duplicate name).
#[derive(Debug, thiserror::Error)]
#[error("metrics cannot be set up: {0}")]
pub struct MetricsError(String);

impl Metrics {
    pub fn new() -> Result<Self, MetricsError> {
        let registry = Registry::new();
        // Unmatched paths share one label, so random URLs cannot grow the metric set.
        let http = PrometheusMetricsBuilder::new("haven")
            .registry(registry.clone())
            .endpoint("/metrics")
            .mask_unmatched_patterns("unmatched")
            .build()
            .map_err(|err| MetricsError(err.to_string()))?;
        let counter = |name: &str, help: &str| register(&registry, IntCounter::with_opts(opts(name, help)));
        let gauge = |name: &str, help: &str| register(&registry, IntGauge::with_opts(opts(name, help)));
        let content_opts = opts("content_info", "The content version being served (the value is always 1)");
        Ok(Self {
            http,
            cache_hits: counter("cache_hits_total", "Responses served from the response cache")?,
            cache_misses: counter("cache_misses_total", "Responses rendered because they were not cached")?,
            cache_entries: gauge("cache_entries", "Entries in the response cache")?,
            cache_bytes: gauge("cache_weighted_bytes", "Approximate bytes held by the response cache")?,
            reloads_succeeded: counter("reloads_succeeded_total", "Content reloads that were swapped in")?,
            reloads_failed: counter("reloads_failed_total", "Content reloads rejected because of errors")?,
            content: register(&registry, IntGaugeVec::new(content_opts, &["version"]))?,
        })
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
