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

/// The request timeout applies to every request head on a connection, not only the first:
/// one complete request and then one byte of the next no longer holds a connection open.
/// A client that waits between requests, within keep-alive, is still served.
#[test]
fn a_stalled_second_request_head_is_cut_off() {
    use std::time::Instant;

    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start_with(
        &content,
        &["--request-timeout-seconds", "1", "--keep-alive-seconds", "4"],
        std::process::Stdio::null(),
    );
    let wait = Duration::from_secs(5);
    let mut stalled = RawConnection::open(server.port());
    let mut patient = RawConnection::open(server.port());
    for connection in [&mut stalled, &mut patient] {
        connection.send_get("/health/live");
        assert_eq!(connection.read_response(wait).as_deref(), Some("HTTP/1.1 200 OK"));
    }
    // A client across a network: its byte arrives a round trip after the answer. (Sent
    // within the kernel's clock tick of the answer, it is caught by the idle rule instead,
    // as the next test shows.)
    std::thread::sleep(Duration::from_millis(50));
    stalled.send_raw(b"G");
    let started = Instant::now();
    assert!(stalled.closed_within(Duration::from_secs(4)), "the stalled head was cut off");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900), "not before the request timeout: {waited:?}");
    assert!(waited < Duration::from_millis(3500), "within the timeout and one sweep: {waited:?}");
    // About 2.5 s idle by now, within the 4 s keep-alive: still served.
    std::thread::sleep(Duration::from_millis(500));
    patient.send_get("/health/live");
    assert_eq!(patient.read_response(wait).as_deref(), Some("HTTP/1.1 200 OK"), "a patient client is served");
}

/// A partial head sent together with a complete request (pipelined), or within a clock
/// tick of its answer, cannot be told apart from that request by the kernel's times; the
/// idle rule closes it once keep-alive plus the request timeout have passed.
#[test]
fn a_pipelined_partial_head_is_cut_off_after_keep_alive() {
    use std::time::Instant;

    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start_with(
        &content,
        &["--request-timeout-seconds", "1", "--keep-alive-seconds", "2"],
        std::process::Stdio::null(),
    );
    let mut connection = RawConnection::open(server.port());
    connection.send_raw(b"GET /health/live HTTP/1.1\r\nHost: haven.test\r\n\r\nG");
    assert_eq!(connection.read_response(Duration::from_secs(5)).as_deref(), Some("HTTP/1.1 200 OK"));
    let started = Instant::now();
    assert!(connection.closed_within(Duration::from_secs(8)), "the pipelined partial head was cut off");
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(6), "within keep-alive, the request timeout and a sweep: {waited:?}");
}
