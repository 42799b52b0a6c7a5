//! How many connections one address may hold at once (`--max-connections-per-client`), so
//! one host cannot take every connection slot (10,000 idle connections from one address
//! used to starve everyone else). Counted when a connection opens, released when actix
//! drops the connection's extensions, i.e. when it closes. Trusted proxies are exempt:
//! behind one, every visitor arrives from the proxy's address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

use actix_web::dev::Extensions;
use actix_web::rt::net::TcpStream;

use super::rate_limit::canonical;

pub struct ConnectionLimit {
    per_client: usize,
    exempt: Vec<IpAddr>,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// Held in a connection's extensions; dropping it releases the connection's slot.
struct Slot {
    limit: Arc<ConnectionLimit>,
    address: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.limit.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
}

impl ConnectionLimit {
    /// `per_client` 0 turns the limit off.
    pub fn new(per_client: usize, exempt: &[IpAddr]) -> Arc<Self> {
        Arc::new(Self { per_client, exempt: exempt.iter().copied().map(canonical).collect(), open: Mutex::default() })
    }

    /// Admits or refuses a new connection (`HttpServer::on_connect`). A refused one is shut
    /// down at once, before any byte of a request is read, and `false` is returned.
    pub fn on_connect(self: &Arc<Self>, connection: &dyn std::any::Any, extensions: &mut Extensions) -> bool {
        if self.per_client == 0 {
            return true;
        }
        let Some(stream) = connection.downcast_ref::<TcpStream>() else { return true };
        let Ok(peer) = stream.peer_addr() else { return true };
        let address = canonical(peer.ip());
        if self.exempt.contains(&address) {
            return true;
        }
        let admitted = {
            let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
            let count = open.entry(address).or_default();
            if *count < self.per_client {
                *count += 1;
                true
            } else {
                false
            }
        };
        if admitted {
            extensions.insert(Slot { limit: Arc::clone(self), address });
        } else {
            // Debug, not warn: the client refused here is the one flooding us (over a
            // million refusals in 30 s in bench/churn.py), and a warn line each would
            // fill the log with one client's noise.
            tracing::debug!(
                limit = self.per_client,
                "connection refused: one client holds the most connections allowed"
            );
            let _ = socket2::SockRef::from(stream).shutdown(std::net::Shutdown::Both);
        }
        admitted
    }
}
