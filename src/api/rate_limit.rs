//! Per-client rate limiting (GCRA), so one client cannot crowd out everyone else. Memory
//! is bounded: clients are kept in a bounded cache and forgotten when idle.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use actix_web::dev::ServiceRequest;
use actix_web::http::header::HeaderMap;
use moka::sync::Cache;

/// How many clients are tracked at once; beyond this the least recently seen are dropped
/// (they start again with a full allowance, which errs on the side of answering).
const TRACKED_CLIENTS: u64 = 100_000;

/// The outcome for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the allowance is full again (allowed) or until a retry may succeed.
    pub reset_seconds: u64,
}

pub struct RateLimiter {
    per_minute: u32,
    /// Time between requests at the sustained rate.
    interval: Duration,
    /// How far ahead of the sustained rate a client may run: a full minute's allowance.
    burst: Duration,
    /// Theoretical arrival time of each client's next request.
    clients: Cache<IpAddr, Instant>,
    trusted_proxies: Vec<IpAddr>,
}

impl RateLimiter {
    /// `per_minute` must be at least 1.
    pub fn new(per_minute: u32, trusted_proxies: Vec<IpAddr>) -> Self {
        let window = Duration::from_secs(60);
        let interval = window / per_minute.max(1);
        Self {
            per_minute,
            interval,
            burst: window - interval,
            clients: Cache::builder().max_capacity(TRACKED_CLIENTS).time_to_idle(window * 2).build(),
            trusted_proxies,
        }
    }

    pub fn check(&self, request: &ServiceRequest) -> Decision {
        let client = client_address(request.peer_addr().map(|a| a.ip()), request.headers(), &self.trusted_proxies);
        self.check_at(client, Instant::now())
    }

    fn check_at(&self, client: Option<IpAddr>, now: Instant) -> Decision {
        let Some(client) = client else {
            // No address (a Unix socket, a test harness): nothing to key on.
            return Decision { allowed: true, limit: self.per_minute, remaining: self.per_minute, reset_seconds: 0 };
        };
        let mut decision = None;
        self.clients.entry(client).and_compute_with(|entry| {
            let arrival = entry.map_or(now, |e| (*e.value()).max(now));
            let ahead = arrival - now;
            if ahead > self.burst {
                let wait = ahead - self.burst;
                decision = Some(self.decision(false, ahead, wait));
                moka::ops::compute::Op::Nop
            } else {
                let next = arrival + self.interval;
                decision = Some(self.decision(true, next - now, next - now));
                moka::ops::compute::Op::Put(next)
            }
        });
        decision.unwrap_or(Decision { allowed: true, limit: self.per_minute, remaining: 0, reset_seconds: 0 })
    }

    fn decision(&self, allowed: bool, ahead: Duration, reset: Duration) -> Decision {
        let used = u32::try_from(ahead.as_nanos().div_ceil(self.interval.as_nanos().max(1))).unwrap_or(u32::MAX);
        Decision {
            allowed,
            limit: self.per_minute,
            remaining: self.per_minute.saturating_sub(used),
            reset_seconds: reset.as_secs_f64().ceil() as u64,
        }
    }
}

/// The address to limit: the peer, unless the peer is a trusted proxy, in which case the
/// nearest address in `X-Forwarded-For` that is not itself a trusted proxy. Forwarded
/// headers from anyone else are ignored, or any client could pick its own key.
pub fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    Some(forwarded.into_iter().rev().find(|address| !trusted.contains(address)).unwrap_or(peer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn a_client_gets_its_minutes_allowance_then_is_refused_until_time_passes() {
        let limiter = RateLimiter::new(3, Vec::new());
        let start = Instant::now();
        let client = Some(ip("192.0.2.1"));
        let first = limiter.check_at(client, start);
        assert!(first.allowed);
        assert_eq!(first.remaining, 2);
        assert!(limiter.check_at(client, start).allowed);
        assert!(limiter.check_at(client, start).allowed);
        let refused = limiter.check_at(client, start);
        assert!(!refused.allowed, "the fourth request in the same instant is refused");
        assert_eq!(refused.remaining, 0);
        assert_eq!(refused.reset_seconds, 20, "one interval (60 s / 3) until a retry succeeds");
        assert!(limiter.check_at(Some(ip("192.0.2.2")), start).allowed, "other clients are unaffected");
        assert!(limiter.check_at(client, start + Duration::from_secs(20)).allowed, "allowed again later");
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for".parse().unwrap(), HeaderValue::from_static("203.0.113.9, 10.0.0.2"));
        let proxy = ip("10.0.0.1");
        assert_eq!(
            client_address(Some(ip("198.51.100.7")), &headers, &[proxy]),
            Some(ip("198.51.100.7")),
            "untrusted peer"
        );
        assert_eq!(
            client_address(Some(proxy), &headers, &[proxy, ip("10.0.0.2")]),
            Some(ip("203.0.113.9")),
            "the nearest untrusted hop behind trusted proxies"
        );
        assert_eq!(client_address(Some(proxy), &HeaderMap::new(), &[proxy]), Some(proxy), "no header");
    }
}
