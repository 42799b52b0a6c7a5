//! `haven verify` against a fixture site on loopback: odd number formatting, 404/410, a
//! redirect loop, a huge body, a slow server, non-UTF-8, robots.txt and a 403.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::helpers::{today, ContentCopy};

/// A tiny HTTP/1.1 site, one thread per connection, stopped when dropped (and after a
/// minute whatever happens, so a failing test cannot leave it running).
struct FixtureSite {
    port: u16,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl FixtureSite {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let port = listener.local_addr().expect("an address").port();
        listener.set_nonblocking(true).expect("non-blocking");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let accept = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !flag.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        std::thread::spawn(move || serve(stream, port));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Self { port, stop, accept: Some(accept) }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for FixtureSite {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn serve(mut stream: TcpStream, port: u16) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let page = |status: &str, body: &[u8]| {
        let mut reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        reply.extend_from_slice(body);
        reply
    };
    let reply = match path.as_str() {
        "/robots.txt" => page("200 OK", b"User-agent: *\nDisallow: /private\n"),
        "/odd" => page("200 OK", "<p>Ruf an: <b>(0800)&nbsp;111&#8209;0&#160;111</b></p>".as_bytes()),
        "/tel-link" => page("200 OK", b"<a href=\"tel:+498001110222\">Anrufen</a>"),
        "/fullwidth" => page("200 OK", "<p>電話 ０１２０－９９－７７７７</p>".as_bytes()),
        "/latin1" => page("200 OK", b"<p>T\xe9l\xe9phone\xa0: 01\xa045\xa039\xa040\xa000</p>"),
        "/changed" => page("200 OK", b"<p>Our number has changed: 0800 999 999</p>"),
        "/gone" => page("404 Not Found", b"not here"),
        "/removed" => page("410 Gone", b"gone for good"),
        "/forbidden" => page("403 Forbidden", b"no"),
        "/private" => page("200 OK", b"<p>0800 111 0 111</p>"),
        "/loop" => format!("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .into_bytes(),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            page("200 OK", b"<p>0800 111 0 111</p>")
        }
        "/huge" => {
            // No Content-Length: the cap must hold while streaming.
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
            let chunk = vec![b'x'; 64 * 1024];
            for _ in 0..48 {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
            return;
        }
        _ => page("404 Not Found", b"unknown"),
    };
    let _ = stream.write_all(&reply);
}

/// (id, phone number, page) for each fixture line; each is served (an undated operator page).
const LINES: &[(&str, &str, &str)] = &[
    ("xf-odd", "0800 111 0 111", "/odd"),
    ("xf-tel-link", "0800 111 0 222", "/tel-link"),
    ("xf-fullwidth", "0120-99-7777", "/fullwidth"),
    ("xf-latin1", "01 45 39 40 00", "/latin1"),
    ("xf-changed", "0800 222 333", "/changed"),
    ("xf-gone", "0800 222 444", "/gone"),
    ("xf-removed", "0800 222 555", "/removed"),
    ("xf-forbidden", "0800 222 666", "/forbidden"),
    ("xf-private", "0800 111 0 111", "/private"),
    ("xf-loop", "0800 222 777", "/loop"),
    ("xf-slow", "0800 111 0 111", "/slow"),
    ("xf-huge", "0800 222 888", "/huge"),
];

fn content_checked_at(site: &FixtureSite) -> ContentCopy {
    let content = ContentCopy::english_only();
    let mut file =
        "country = \"XF\"\n[emergency]\ngeneral = [\"112\"]\nconfidence = \"low\"\nbasis = \"fixture\"\nsources = [\"fixture\"]\n"
            .to_owned();
    for (id, number, path) in LINES {
        let url = site.url(path);
        file.push_str(&format!(
            "\n[[lines]]\nid = \"{id}\"\nname = \"{id}\"\ntopics = [\"crisis\"]\nhours = {{ kind = \"unknown\" }}\ncheck_url = \"{url}\"\n\
             \n[[lines.channels]]\nkind = \"phone\"\nvalue = \"{number}\"\ndisplay = \"{number}\"\nlink = \"tel:{number}\"\n\
             \n[[lines.evidence]]\nurl = \"{url}\"\npublisher = \"operator\"\nnumber = \"{number}\"\n"
        ));
    }
    content.write("data/hotlines/XF.toml", &file).write("locales/en/fixture.ftl", "country-XF = Testland F\n");
    content
}

fn verify(content: &ContentCopy, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["verify", "--country", "XF", "--format", "json", "--timeout-seconds", "1", "--host-delay-ms", "0"])
        .arg("--content-dir")
        .arg(content.path())
        .args(extra)
        .output()
        .expect("haven verify runs")
}

fn outcomes(output: &Output) -> Vec<(String, String, String)> {
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("JSON ({err}): {}", String::from_utf8_lossy(&output.stdout)));
    report["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            let text = |key: &str| line[key].as_str().unwrap_or("").to_owned();
            (text("id"), text("outcome"), text("detail"))
        })
        .collect()
}

#[test]
fn verify_reports_each_kind_of_page_and_fails_when_a_served_number_is_gone() {
    let site = FixtureSite::start();
    let content = content_checked_at(&site);
    let started = Instant::now();
    let output = verify(&content, &[]);
    let results = outcomes(&output);
    let outcome = |id: &str| {
        results
            .iter()
            .find(|(line, _, _)| line == id)
            .map(|(_, o, d)| (o.as_str(), d.as_str()))
            .unwrap_or(("missing", ""))
    };
    assert_eq!(outcome("xf-odd"), ("confirmed", "(0800) 111‑0 111"), "entities, brackets, a non-breaking hyphen");
    assert_eq!(outcome("xf-tel-link").0, "confirmed", "a tel: link with +CC");
    assert_eq!(outcome("xf-fullwidth").0, "confirmed", "full-width digits and dashes");
    assert_eq!(outcome("xf-latin1").0, "confirmed", "a page that is not UTF-8");
    assert_eq!(outcome("xf-changed").0, "number-not-found");
    assert_eq!(outcome("xf-gone"), ("page-gone", "the site answered 404"));
    assert_eq!(outcome("xf-removed"), ("page-gone", "the site answered 410"));
    assert_eq!(outcome("xf-forbidden").0, "blocked");
    assert_eq!(outcome("xf-private"), ("blocked", "robots.txt disallows this page"));
    assert_eq!(outcome("xf-loop").0, "unreachable");
    assert!(outcome("xf-loop").1.contains("redirect"), "{:?}", outcome("xf-loop"));
    assert_eq!(outcome("xf-slow"), ("unreachable", "timed out"));
    assert_eq!(outcome("xf-huge"), ("unreachable", "the page is larger than 2 MiB"));
    assert_eq!(output.status.code(), Some(1), "served lines whose page lost their number fail the run");
    assert!(started.elapsed() < Duration::from_secs(30), "bounded: {:?}", started.elapsed());
}

#[test]
fn verify_write_records_each_confirmation_as_fresh_operator_evidence() {
    let site = FixtureSite::start();
    let content = content_checked_at(&site);
    let output = verify(&content, &["--write"]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["written"], 4, "the four confirmed lines");
    let today = today();
    let catalog = haven::content::loader::load(content.path(), &haven::api::required_messages(), today)
        .unwrap_or_else(|failure| panic!("the written file still loads: {failure}"));
    let country = catalog.countries.values().find(|c| c.code.as_str() == "XF").expect("XF");
    for line in &country.lines {
        let written = line
            .evidence
            .iter()
            .filter(|e| e.via.as_deref().is_some_and(|via| via.starts_with("haven verify")))
            .count();
        let confirmed = ["xf-odd", "xf-tel-link", "xf-fullwidth", "xf-latin1"].contains(&line.id.as_str());
        assert_eq!(written, usize::from(confirmed), "{}", line.id);
        if confirmed {
            assert_eq!(line.assessment.last_confirmed, Some(today), "{} is confirmed today", line.id);
            assert!(!line.assessment.stale);
        }
    }
}
