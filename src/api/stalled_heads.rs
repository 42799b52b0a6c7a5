//! Closes a keep-alive connection whose *next* request head stalls.
//!
//! actix-http times out only a connection's first request head, and stops its keep-alive
//! timer at the first byte of the next one: a client that sent one complete request and
//! then one byte held its connection forever (10,000 such connections from one address
//! starved every other client). actix shows Haven neither the socket's reads nor that
//! first byte, so a sweep looks at every open connection from outside, once a second:
//!
//! - requests mark their connection busy while Haven answers them (`request_started`);
//! - the kernel's `TCP_INFO` says when data last arrived and was last sent, and whether
//!   the answer is still being delivered;
//! - data that arrived after the last answer was sent, with no request started since, is
//!   the head of the next request: it gets the request timeout, as the first head does;
//! - a connection idle for longer than keep-alive plus the request timeout (actix closes
//!   an idle one at keep-alive) is holding a head Haven cannot see, for instance one
//!   pipelined with the previous request, or a reader that stopped reading: closed too.
//!
//! Closed connections are counted in `haven_stalled_connections_closed_total`. The sweep
//! reads `TCP_INFO`, which is Linux's; elsewhere it only applies the idle rule.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, BorrowedFd, RawFd};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant};

use actix_web::dev::Extensions;
use actix_web::rt::net::TcpStream;
use prometheus::IntCounter;

/// How often connections are looked at; a stalled head is closed at most this late.
const SWEEP_EVERY: Duration = Duration::from_secs(1);
pub struct HeadWatch {
    request_timeout_ms: u64,
    idle_limit_ms: u64,
    epoch: Instant,
    open: Mutex<HashMap<u64, Arc<Watched>>>,
    next_id: AtomicU64,
    closed: IntCounter,
}

/// One open connection, as requests and the sweep see it.
struct Watched {
    id: u64,
    fd: RawFd,
    peer: SocketAddr,
    busy: AtomicU32,
    /// When the last answer was handed over (ms since `epoch`); the connection's start
    /// before its first request.
    idle_since_ms: AtomicU64,
    /// The watch's `epoch`, copied so a request never touches the shared watch.
    epoch: Instant,
}

/// Held in a connection's extensions. Dropping it (actix drops the extensions before the
/// socket) takes the connection off the watch list.
pub struct WatchedConnection {
    watch: Arc<HeadWatch>,
    connection: Arc<Watched>,
}

/// A request being answered; dropping it marks the connection idle again. It holds only
/// its own connection (no other worker touches that), never the shared watch.
pub struct Answering {
    connection: Arc<Watched>,
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.connection.idle_since_ms.fetch_max(millis(self.connection.epoch.elapsed()), Ordering::Relaxed);
        self.connection.busy.fetch_sub(1, Ordering::Release);
    }
}

impl WatchedConnection {
    pub fn request_started(&self) -> Answering {
        self.connection.busy.fetch_add(1, Ordering::Acquire);
        Answering { connection: Arc::clone(&self.connection) }
    }
}

impl Drop for WatchedConnection {
    fn drop(&mut self) {
        self.watch.open.lock().unwrap_or_else(PoisonError::into_inner).remove(&self.connection.id);
    }
}

/// What the sweep noticed about one connection's pending head.
struct PendingHead {
    /// The `idle_since_ms` it belongs to; a new answer starts over.
    after_answer_ms: u64,
    since_ms: u64,
}

impl HeadWatch {
    pub fn new(request_timeout: Duration, keep_alive: Duration, closed: IntCounter) -> Arc<Self> {
        Arc::new(Self {
            request_timeout_ms: millis(request_timeout),
            idle_limit_ms: millis(keep_alive + request_timeout + SWEEP_EVERY),
            epoch: Instant::now(),
            open: Mutex::default(),
            next_id: AtomicU64::new(1),
            closed,
        })
    }

    fn now_ms(&self) -> u64 {
        millis(self.epoch.elapsed())
    }

    /// Puts a new connection on the watch list (`HttpServer::on_connect`).
    pub fn on_connect(self: &Arc<Self>, connection: &dyn std::any::Any, extensions: &mut Extensions) {
        let Some(stream) = connection.downcast_ref::<TcpStream>() else { return };
        let Ok(peer) = stream.peer_addr() else { return };
        let watched = Arc::new(Watched {
            id: self.next_id.fetch_add(1, Ordering::Relaxed),
            fd: stream.as_raw_fd(),
            peer,
            busy: AtomicU32::new(0),
            idle_since_ms: AtomicU64::new(self.now_ms()),
            epoch: self.epoch,
        });
        self.open.lock().unwrap_or_else(PoisonError::into_inner).insert(watched.id, Arc::clone(&watched));
        extensions.insert(WatchedConnection { watch: Arc::clone(self), connection: watched });
    }

    fn sweep(&self, pending: &mut HashMap<u64, PendingHead>, previous_sweep_ms: u64) {
        let connections: Vec<Arc<Watched>> =
            self.open.lock().unwrap_or_else(PoisonError::into_inner).values().cloned().collect();
        pending.retain(|id, _| connections.iter().any(|c| c.id == *id));
        let now = self.now_ms();
        for connection in connections {
            if connection.busy.load(Ordering::Acquire) > 0 {
                pending.remove(&connection.id);
                continue;
            }
            let probe = tcp_probe(connection.fd, connection.peer);
            if probe.as_ref().is_some_and(|p| p.delivering) {
                // Still sending the last answer: that is progress, not idling.
                connection.idle_since_ms.fetch_max(now, Ordering::Relaxed);
                pending.remove(&connection.id);
                continue;
            }
            let idle_since = connection.idle_since_ms.load(Ordering::Relaxed);
            let head_arrived = probe.is_some_and(|p| p.data_after_answer);
            if !head_arrived {
                pending.remove(&connection.id);
            }
            let head_overdue = head_arrived && {
                let head = pending.entry(connection.id).or_insert(PendingHead {
                    after_answer_ms: idle_since,
                    since_ms: previous_sweep_ms.max(idle_since),
                });
                if head.after_answer_ms != idle_since {
                    *head = PendingHead { after_answer_ms: idle_since, since_ms: previous_sweep_ms.max(idle_since) };
                }
                now.saturating_sub(head.since_ms) > self.request_timeout_ms
            };
            let idle_too_long = now.saturating_sub(idle_since) > self.idle_limit_ms;
            if head_overdue || idle_too_long {
                self.close(&connection, if head_overdue { "next request head" } else { "idle past keep-alive" });
                pending.remove(&connection.id);
            }
        }
    }

    /// Shuts the socket down (actix then sees end of file and drops the connection). Done
    /// under the watch list's lock, after checking the connection is still on it and the
    /// descriptor still belongs to its peer: the list entry goes before the socket closes,
    /// so the descriptor cannot have been reused for someone else's connection.
    fn close(&self, connection: &Watched, reason: &'static str) {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if !open.contains_key(&connection.id) {
            return;
        }
        // SAFETY: the descriptor is open: its connection is still on the list (checked
        // under the lock its removal takes), and it is only borrowed for this call.
        let fd = unsafe { BorrowedFd::borrow_raw(connection.fd) };
        let socket = socket2::SockRef::from(&fd);
        if socket.peer_addr().ok().and_then(|a| a.as_socket()) != Some(connection.peer) {
            return;
        }
        let _ = socket.shutdown(std::net::Shutdown::Both);
        drop(open);
        self.closed.inc();
        // Debug, not warn: the client being cut off is the one holding connections.
        tracing::debug!(reason, "closed a connection whose request head stalled");
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Sweeps once a second until the server (the last strong reference) goes.
pub async fn close_stalled_heads(watch: Weak<HeadWatch>) {
    let mut interval = tokio::time::interval(SWEEP_EVERY);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut pending = HashMap::new();
    let mut previous_sweep_ms = 0;
    loop {
        interval.tick().await;
        let Some(watch) = watch.upgrade() else { return };
        watch.sweep(&mut pending, previous_sweep_ms);
        previous_sweep_ms = watch.now_ms();
    }
}

struct TcpProbe {
    /// Sent data is not yet acknowledged: the answer is still on its way.
    delivering: bool,
    /// Data arrived after the last data was sent: the start of the next request. Both
    /// times are the kernel's, in its clock ticks (1–10 ms), so a byte sent within the
    /// same tick as the answer is not seen here; the idle rule catches that one.
    data_after_answer: bool,
}

#[cfg(target_os = "linux")]
fn tcp_probe(fd: RawFd, peer: SocketAddr) -> Option<TcpProbe> {
    // SAFETY: `tcp_info` is plain integers, so all zeroes is a valid value.
    let mut info: libc::tcp_info = unsafe { std::mem::zeroed() };
    let mut length = libc::socklen_t::try_from(std::mem::size_of::<libc::tcp_info>()).ok()?;
    // SAFETY: `info` and `length` are valid for writes and `length` is `info`'s size. A
    // descriptor closed or reused since the list was read makes the call fail or answer
    // for another socket; the peer check below rejects the latter.
    let status =
        unsafe { libc::getsockopt(fd, libc::IPPROTO_TCP, libc::TCP_INFO, (&raw mut info).cast(), &raw mut length) };
    if status != 0 {
        return None;
    }
    // SAFETY: as above, only borrowed for this call; a wrong socket fails the comparison.
    let fd = unsafe { BorrowedFd::borrow_raw(fd) };
    if socket2::SockRef::from(&fd).peer_addr().ok().and_then(|a| a.as_socket()) != Some(peer) {
        return None;
    }
    Some(TcpProbe {
        delivering: info.tcpi_unacked > 0,
        // Both are "milliseconds ago": smaller is more recent.
        data_after_answer: info.tcpi_last_data_recv < info.tcpi_last_data_sent,
    })
}

#[cfg(not(target_os = "linux"))]
fn tcp_probe(_fd: RawFd, _peer: SocketAddr) -> Option<TcpProbe> {
    None
}
