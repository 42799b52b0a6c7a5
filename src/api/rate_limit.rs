//! Per-client rate limiting (GCRA), so one client cannot crowd out everyone else.
//!
//! Each client is one `Instant` (its theoretical arrival time) in one of many small
//! mutex-guarded maps, so workers rarely wait on each other and a check is a hash and a
//! compare. Memory is bounded: a client whose allowance is full again holds no state.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::IpAddr;
use std::sync::{Mutex, Weak};
use std::time::{Duration, Instant};

use actix_web::dev::ServiceRequest;
use actix_web::http::header::HeaderMap;

/// How many clients are tracked at once. Clients whose allowance is full again are
/// forgotten first (that changes nothing for them); if a shard is still full, arbitrary
/// clients are dropped and start again with a full allowance, which errs on the side of
/// answering.
const TRACKED_CLIENTS: usize = 100_000;
/// Independent maps; a power of two well above the worker count keeps collisions rare.
const SHARDS: usize = 64;
const PER_SHARD: usize = TRACKED_CLIENTS / SHARDS;
/// How often idle clients are swept out. An entry lies at most a minute ahead of its last
/// request, so an address is forgotten within 90 s of it (docs/privacy.md promises two
/// minutes).
const SWEEP_EVERY: Duration = Duration::from_secs(30);

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
    /// Theoretical arrival time of each client's next request, sharded by address.
    shards: Vec<Mutex<HashMap<IpAddr, Instant>>>,
    hasher: RandomState,
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
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            hasher: RandomState::new(),
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
        let shard = &self.shards[self.hasher.hash_one(client) as usize % SHARDS];
        // A poisoned lock only means another request panicked mid-check; the map is
        // still a valid map of instants, so keep using it.
        let mut clients = shard.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let arrival = clients.get(&client).map_or(now, |tat| (*tat).max(now));
        let ahead = arrival - now;
        if ahead > self.burst {
            return self.decision(false, ahead, ahead - self.burst);
        }
        let next = arrival + self.interval;
        if clients.len() >= PER_SHARD && !clients.contains_key(&client) {
            make_room(&mut clients, now);
        }
        clients.insert(client, next);
        self.decision(true, next - now, next - now)
    }

    /// Drops every client whose allowance is full again at `now`; for them, holding an
    /// entry and holding none are the same.
    pub fn forget_idle(&self, now: Instant) {
        for shard in &self.shards {
            forget_full(&mut shard.lock().unwrap_or_else(std::sync::PoisonError::into_inner), now);
        }
    }

    fn decision(&self, allowed: bool, ahead: Duration, reset: Duration) -> Decision {
        // Whole nanoseconds in u64 (a minute is 6e10): a u128 division on every request
        // was a measurable part of a cached answer.
        let nanos = |d: Duration| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let interval = nanos(self.interval).max(1);
        let used = u32::try_from(nanos(ahead).div_ceil(interval)).unwrap_or(u32::MAX);
        Decision {
            allowed,
            limit: self.per_minute,
            remaining: self.per_minute.saturating_sub(used),
            reset_seconds: nanos(reset).div_ceil(1_000_000_000),
        }
    }
}

/// Sweeps idle clients out of `limiter` every [`SWEEP_EVERY`] until it is dropped, so no
/// address stays in memory long after its last request even when no traffic arrives.
pub async fn forget_idle_clients(limiter: Weak<RateLimiter>) {
    let mut ticks = tokio::time::interval(SWEEP_EVERY);
    loop {
        ticks.tick().await;
        let Some(limiter) = limiter.upgrade() else { return };
        limiter.forget_idle(Instant::now());
    }
}

fn forget_full(clients: &mut HashMap<IpAddr, Instant>, now: Instant) {
    clients.retain(|_, arrival| *arrival > now);
}

/// Forgets clients whose allowance is full again (no loss), then, if the shard is still
/// full, a quarter of it, so a flood of new addresses costs one sweep per many requests.
fn make_room(clients: &mut HashMap<IpAddr, Instant>, now: Instant) {
    forget_full(clients, now);
    if clients.len() >= PER_SHARD {
        let excess: Vec<IpAddr> = clients.keys().take(PER_SHARD / 4).copied().collect();
        for client in excess {
            clients.remove(&client);
        }
    }
}

/// The address to limit: the peer, unless the peer is a trusted proxy, in which case the
/// nearest address in `X-Forwarded-For` that is not itself a trusted proxy. Forwarded
/// headers from anyone else are ignored, or any client could pick its own key.
///
/// Addresses are compared canonically: behind a dual-stack bind (`[::]:8080`) an IPv4 peer
/// arrives as `::ffff:127.0.0.1`, which is `127.0.0.1`. The key is then the client's own
/// address for IPv4 and its /64 network for IPv6, since one IPv6 host commonly holds a
/// whole /64 and could otherwise take a fresh allowance per address.
pub fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = canonical(peer?);
    let trusted: Vec<IpAddr> = trusted.iter().copied().map(canonical).collect();
    if !trusted.contains(&peer) {
        return Some(limit_key(peer));
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .map(canonical)
        .collect();
    Some(limit_key(forwarded.into_iter().rev().find(|address| !trusted.contains(address)).unwrap_or(peer)))
}

/// `::ffff:a.b.c.d` is the IPv4 address `a.b.c.d`.
pub fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// What one client's allowance is keyed on: an IPv4 address, or an IPv6 /64.
fn limit_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
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
    fn a_flood_of_addresses_keeps_memory_bounded_forgetting_idle_clients_first() {
        let limiter = RateLimiter::new(2, Vec::new());
        let start = Instant::now();
        let regular = Some(ip("192.0.2.1"));
        assert!(limiter.check_at(regular, start).allowed);
        assert!(limiter.check_at(regular, start).allowed);
        for n in 0..(3 * TRACKED_CLIENTS as u32) {
            limiter.check_at(Some(IpAddr::from(n.to_be_bytes())), start);
        }
        let held: usize = limiter.shards.iter().map(|shard| shard.lock().unwrap().len()).sum();
        assert!(held <= TRACKED_CLIENTS, "{held} clients held");
        // Thirty seconds on (one interval at 2 per minute) the flood's allowances are full
        // again: a second flood displaces exactly those entries, which loses nothing.
        let later = start + Duration::from_secs(31);
        let second_flood = 1_000_000_000u32;
        for n in 0..(TRACKED_CLIENTS as u32) {
            limiter.check_at(Some(IpAddr::from((n + second_flood).to_be_bytes())), later);
        }
        for shard in &limiter.shards {
            let clients = shard.lock().unwrap();
            assert!(clients.len() <= PER_SHARD);
            let stale = clients.keys().filter(|c| matches!(c, IpAddr::V4(v4) if u32::from(*v4) < second_flood)).count();
            assert_eq!(stale, 0, "idle clients are forgotten before active ones");
        }
    }

    #[test]
    fn idle_clients_are_forgotten_within_a_minute_of_their_last_request() {
        let limiter = RateLimiter::new(600, Vec::new());
        let start = Instant::now();
        for n in 0..50u32 {
            for _ in 0..600 {
                limiter.check_at(Some(IpAddr::from(n.to_be_bytes())), start);
            }
        }
        let held = |limiter: &RateLimiter| limiter.shards.iter().map(|s| s.lock().unwrap().len()).sum::<usize>();
        limiter.forget_idle(start + Duration::from_secs(30));
        assert_eq!(held(&limiter), 50, "clients still using their allowance are kept");
        limiter.forget_idle(start + Duration::from_secs(60));
        assert_eq!(held(&limiter), 0, "a minute after the last request nothing is left");
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

    #[test]
    fn a_dual_stack_bind_still_recognises_its_ipv4_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for".parse().unwrap(), HeaderValue::from_static("203.0.113.9"));
        let mapped = ip("::ffff:127.0.0.1");
        assert_eq!(client_address(Some(mapped), &headers, &[ip("127.0.0.1")]), Some(ip("203.0.113.9")));
        assert_eq!(client_address(Some(mapped), &HeaderMap::new(), &[]), Some(ip("127.0.0.1")), "keyed as IPv4");
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        let one = client_address(Some(ip("2001:db8:1:2:aaaa::1")), &HeaderMap::new(), &[]);
        let other = client_address(Some(ip("2001:db8:1:2:bbbb::9")), &HeaderMap::new(), &[]);
        let elsewhere = client_address(Some(ip("2001:db8:1:3::1")), &HeaderMap::new(), &[]);
        assert_eq!(one, other, "one /64, one allowance");
        assert_ne!(one, elsewhere);
        assert_eq!(one, Some(ip("2001:db8:1:2::")));
    }
}
