//! Connection-level limits, spoken over raw TCP: a pooling HTTP client would hide them.

use std::time::Duration;

use haven::settings::ServerLimits;

use crate::helpers::{spawn_app_configured, RawConnection};

/// A client that never finishes its request head cannot hold the connection.
#[tokio::test]
async fn a_slow_client_is_cut_off_after_the_request_timeout() {
    use std::io::{Read, Write};
    use std::time::Instant;

    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start(&content);
    let mut slow = std::net::TcpStream::connect(("127.0.0.1", server.port())).expect("connected");
    slow.write_all(b"GET /v1/faqs HTTP/1.1\r\nHost: haven\r\n").expect("half a request");
    slow.set_read_timeout(Some(Duration::from_secs(15))).expect("timeout");
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(10), "the server closed the connection after {waited:?}");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
}

/// An idle keep-alive connection is closed once its time is up, so idle clients cannot
/// pile up connections.
#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let app = spawn_app_configured(|settings| {
        settings.limits = ServerLimits { keep_alive: Duration::from_secs(1), ..settings.limits.clone() }
    })
    .await;
    let port = app.port();
    tokio::task::spawn_blocking(move || {
        let mut connection = RawConnection::open(port);
        connection.send_get("/v1/faqs");
        let status = connection.read_response(Duration::from_secs(5));
        assert_eq!(status.as_deref(), Some("HTTP/1.1 200 OK"));
        assert!(connection.closed_within(Duration::from_secs(5)), "the idle connection was closed");
    })
    .await
    .expect("the raw client");
}

/// Past the per-worker limit, a new connection is not served until an open one closes;
/// it waits in the listen queue rather than being dropped.
#[tokio::test]
async fn connections_past_the_limit_wait_until_one_closes() {
    let app = spawn_app_configured(|settings| {
        settings.limits = ServerLimits { workers: 1, max_connections_per_worker: 2, ..settings.limits.clone() }
    })
    .await;
    let port = app.port();
    tokio::task::spawn_blocking(move || {
        let mut held: Vec<RawConnection> = (0..2).map(|_| RawConnection::open(port)).collect();
        for connection in &mut held {
            connection.send_get("/health/live");
            assert_eq!(connection.read_response(Duration::from_secs(5)).as_deref(), Some("HTTP/1.1 200 OK"));
        }
        let mut third = RawConnection::open(port);
        third.send_get("/health/live");
        assert_eq!(third.read_response(Duration::from_millis(800)), None, "a third connection waits");
        drop(held.pop());
        let status = third.read_response(Duration::from_secs(5));
        assert_eq!(status.as_deref(), Some("HTTP/1.1 200 OK"), "and is served once a slot frees");
    })
    .await
    .expect("the raw client");
}

/// One address cannot take every connection: past `--max-connections-per-client`, new
/// connections from it are closed at once, and a slot frees when one of its own closes.
#[test]
fn one_address_holds_at_most_its_share_of_connections() {
    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start_with(
        &content,
        &["--max-connections-per-client", "3"],
        std::process::Stdio::null(),
    );
    let wait = std::time::Duration::from_secs(5);
    let mut held: Vec<crate::helpers::RawConnection> = (0..3)
        .map(|_| {
            let mut connection = crate::helpers::RawConnection::open(server.port());
            connection.send_get("/health/live");
            assert!(connection.read_response(wait).is_some_and(|r| r.starts_with("HTTP/1.1 200")), "within the share");
            connection
        })
        .collect();
    let mut refused = crate::helpers::RawConnection::open(server.port());
    assert!(refused.closed_within(wait), "a fourth connection from the same address is closed");
    drop(held.pop());
    let mut again = None;
    for _ in 0..50 {
        let mut connection = crate::helpers::RawConnection::open(server.port());
        connection.send_get("/health/live");
        if connection
            .read_response(std::time::Duration::from_millis(500))
            .is_some_and(|r| r.starts_with("HTTP/1.1 200"))
        {
            again = Some(connection);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(again.is_some(), "a closed connection frees its slot");
}
