//! `haven probe`: asks a running Haven whether it is alive, for a container `HEALTHCHECK`
//! in an image that has no shell and no curl. Plain HTTP to a local port, one request,
//! bounded in time.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::ExitCode;
use std::time::Duration;

/// What to ask: `path` on `address`, within `timeout`.
pub struct ProbeOptions {
    pub address: SocketAddr,
    pub path: String,
    pub timeout: Duration,
}

/// 0 when the answer is `200`, 1 otherwise (and why, on standard error).
pub fn run_probe(options: &ProbeOptions) -> ExitCode {
    match status_of(options) {
        Ok(200) => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("haven probe: {} answered {status}", options.path);
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("haven probe: {}: {err}", options.address);
            ExitCode::FAILURE
        }
    }
}

fn status_of(options: &ProbeOptions) -> std::io::Result<u16> {
    let mut stream = TcpStream::connect_timeout(&options.address, options.timeout)?;
    stream.set_read_timeout(Some(options.timeout))?;
    stream.set_write_timeout(Some(options.timeout))?;
    write!(stream, "GET {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", options.path, options.address)?;
    let mut head = [0u8; 64];
    let read = stream.read(&mut head)?;
    let line = String::from_utf8_lossy(&head[..read]);
    line.split_whitespace()
        .nth(1)
        .and_then(|status| status.parse().ok())
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "not an HTTP answer"))
}
