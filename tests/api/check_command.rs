//! `haven check` on the shipped content and on broken copies of it.

use std::process::{Command, Output};

use crate::helpers::{shipped_content_dir, ContentCopy};

fn check(dir: &std::path::Path) -> Output {
    check_with(dir, &[])
}

fn check_with(dir: &std::path::Path, flags: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--content-dir"])
        .arg(dir)
        .args(flags)
        .output()
        .expect("haven check runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_passes_on_the_shipped_content_and_prints_completeness_per_locale() {
    let output = check(&shipped_content_dir());
    let stdout = stdout(&output);
    assert!(output.status.success(), "exit 0; output: {stdout}");
    assert!(stdout.contains("ok: no errors"), "{stdout}");
    let en = stdout.lines().find(|l| l.starts_with("locale en ")).expect("a line for en");
    assert!(en.contains("100.0%"), "{en}");
    assert!(stdout.lines().any(|l| l.starts_with("directory: ")), "a coverage line: {stdout}");
}

#[test]
fn check_fails_listing_every_problem_with_file_and_line() {
    let content = ContentCopy::english_only();
    let article = content.read("data/articles/trauma-and-numbness.toml");
    content
        .write("locales/en/broken.ftl", "good = fine\nbroken = { $unclosed\n")
        .write("data/articles/trauma-and-numbness.toml", &article.replacen("faqs = [", "faqs = [\"no-such-faq\", ", 1))
        .write("data/strategies.toml", "[[strategies]]\nid = \"x\"\n");
    let output = check(content.path());
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "exit 1; output: {report}");
    let expectations = [
        ("locales/en/broken.ftl:3:1: error: Fluent syntax error", "the Fluent syntax error, where the parser saw it"),
        ("data/articles/trauma-and-numbness.toml:", "the dangling FAQ reference"),
        ("`no-such-faq` does not name an existing FAQ", "what is wrong with it"),
        ("data/strategies.toml:", "the malformed strategies file"),
    ];
    for (needle, what) in expectations {
        assert!(report.contains(needle), "{what}: `{needle}` in\n{report}");
    }
    assert!(!report.contains("does not name an existing strategy"), "no cascade from the broken file:\n{report}");
}

#[test]
fn a_missing_english_message_is_reported_against_the_data_that_needs_it() {
    let content = ContentCopy::english_only();
    let strategies = content.read("locales/en/strategies.ftl");
    let without: String = strategies
        .lines()
        .filter(|line| !line.starts_with("strategy-journaling-prompts-how "))
        .map(|line| format!("{line}\n"))
        .collect();
    content.write("locales/en/strategies.ftl", &without);
    let output = check(content.path());
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(report.contains("data/strategies.toml:"), "{report}");
    assert!(report.contains("`strategy-journaling-prompts-how` is missing from locales/en"), "{report}");
}

#[test]
fn serve_refuses_to_start_on_broken_content() {
    let content = ContentCopy::english_only();
    content.write("locales/en/broken.ftl", "broken = { \n");
    let output = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["serve", "--bind", "127.0.0.1:0", "--content-dir"])
        .arg(content.path())
        .output()
        .expect("haven serve runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "no partial start");
    assert!(stderr.contains("locales/en/broken.ftl:2:1: error: Fluent syntax error"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A locale with one of each translation problem `haven check` knows.
fn content_with_a_faulty_translation() -> ContentCopy {
    let content = ContentCopy::english_only();
    content.add_locale("es", "ltr", "reading-time = lectura rápida\nno-longer-in-en = Obsoleto.\nbroken = { \n");
    content.write("locales/es/more.ftl", "disclaimer = Solo educativo.\ndisclaimer = Otra vez.\n");
    content
}

#[test]
fn check_reports_each_kind_of_translation_problem() {
    let content = content_with_a_faulty_translation();
    let output = check(content.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "syntax errors fail the check: {text}");
    let expectations = [
        ("locales/es/test.ftl:4:1: error: Fluent syntax error", "a syntax error, located where the parser saw it"),
        (
            "locales/es/more.ftl:2:1: error: message `disclaimer` is defined more than once",
            "a duplicate id, at the repeat",
        ),
    ];
    for (needle, what) in expectations {
        assert!(text.contains(needle), "{what}: `{needle}` in\n{text}");
    }
    // Fixed syntax and duplicates: the translation loads, and check still fails on the rest.
    content.write("locales/es/test.ftl", "reading-time = lectura rápida\nno-longer-in-en = Obsoleto.\n");
    content.write("locales/es/more.ftl", "disclaimer = Solo educativo.\n");
    let output = check(content.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "a dropped placeable fails the check: {text}");
    let expectations = [
        ("locales/es/test.ftl:1:1: error: message `reading-time` drops { $minutes }", "a dropped placeable"),
        ("locales/es: warning: message `no-longer-in-en` is obsolete", "an obsolete message"),
        ("locales/es: warning: message `", "missing messages"),
        ("more missing messages (`--format json` lists them all)", "a long list cut short"),
    ];
    for (needle, what) in expectations {
        assert!(text.contains(needle), "{what}: `{needle}` in\n{text}");
    }
    let es = text.lines().find(|l| l.starts_with("locale es ")).expect("a line for es");
    assert!(es.contains("(2/"), "two of en's messages are translated: {es}");
}

#[test]
fn missing_translations_are_warnings_unless_strict() {
    let content = ContentCopy::english_only();
    content.add_locale("es", "ltr", "disclaimer = Solo educativo.\n");
    let relaxed = check(content.path());
    assert!(relaxed.status.success(), "missing messages only warn: {}", stdout(&relaxed));
    let strict = check_with(content.path(), &["--strict"]);
    let text = stdout(&strict);
    assert_eq!(strict.status.code(), Some(1), "--strict fails: {text}");
    assert!(text.contains("locales/es: error: message `"), "{text}");
    let json = check_with(content.path(), &["--strict", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let problems = report["problems"].as_array().expect("problems");
    let missing =
        problems.iter().find(|p| p["message"].as_str().unwrap_or("").contains("`get-help-now-title` is missing"));
    assert_eq!(missing.map(|p| p["severity"].clone()), Some(serde_json::json!("error")));
}

#[test]
fn the_json_report_is_machine_readable_and_complete() {
    let content = ContentCopy::english_only();
    content.add_locale("es", "ltr", "disclaimer = Solo educativo.\n");
    let output = check_with(content.path(), &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(report["ok"], true);
    let es = report["locales"].as_array().expect("locales").iter().find(|l| l["tag"] == "es").expect("es").clone();
    assert_eq!(es["translated"], 1);
    let total = es["total"].as_u64().expect("total");
    assert_eq!(es["missing"].as_array().expect("missing").len() as u64, total - 1, "every missing id is listed");
    assert!(report["problems"].as_array().expect("problems").iter().all(|p| p["severity"] == "warning"));
    assert!(report["directory"]["countries"].as_u64().unwrap_or(0) > 0);
}

#[test]
fn the_twelve_shipped_locales_are_complete_under_strict_checking_at_a_translators_size() {
    let output = check_with(&shipped_content_dir(), &["--strict", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["ok"], true, "{}", String::from_utf8_lossy(&output.stdout));
    let tags: Vec<&str> =
        report["locales"].as_array().expect("locales").iter().filter_map(|l| l["tag"].as_str()).collect();
    for tag in ["en", "es", "fr", "de", "pt-BR", "ar", "zh-Hans", "hi", "ru", "ja", "id", "tr"] {
        assert!(tags.contains(&tag), "{tag} ships");
    }
    assert_eq!(tags.len(), 12);
    for locale in report["locales"].as_array().expect("locales") {
        assert_eq!(locale["missing"], serde_json::json!([]), "{} is complete", locale["tag"]);
        // A new locale is a day's work: crisis lines need no message of their own.
        assert!(locale["total"].as_u64().is_some_and(|total| total <= 350), "{}: {}", locale["tag"], locale["total"]);
    }
}

/// A fixture country (XD is user-assigned, never shipped) with one line the rule serves,
/// one it holds back, and one whose SMS number is the other service's phone.
fn content_with_directory_fixture() -> ContentCopy {
    let content = ContentCopy::english_only();
    let page = |url: &str, publisher: &str, observed: &str, number: &str| {
        format!("\n[[lines.evidence]]\nurl = \"{url}\"\npublisher = \"{publisher}\"\n{observed}number = \"{number}\"\n")
    };
    let phone = |number: &str, kind: &str| {
        format!("\n[[lines.channels]]\nkind = \"{kind}\"\nvalue = \"{number}\"\ndisplay = \"{number}\"\nlink = \"{kind}:{number}\"\n")
    };
    let file = [
        "country = \"XD\"\n[emergency]\ngeneral = [\"112\"]\nconfidence = \"low\"\nbasis = \"fixture\"\nsources = [\"fixture\"]\n".to_owned(),
        "\n[[lines]]\nid = \"xd-served\"\nname = \"Served Line\"\nnational = true\ntopics = [\"crisis\"]\nhours = { kind = \"unknown\" }\n".to_owned(),
        phone("0800 111 222", "tel"),
        page("https://served.example.org/", "operator", "", "0800 111 222"),
        "\n[[lines]]\nid = \"xd-old-listing\"\nname = \"Old Listing\"\nnational = true\ntopics = [\"crisis\"]\nhours = { kind = \"unknown\" }\n".to_owned(),
        phone("0800 333 444", "tel"),
        page("https://en.wikipedia.org/wiki/List", "encyclopedia", "observed = \"2019\"\n", "0800 333 444"),
        "\n[[lines]]\nid = \"xd-borrowed\"\nname = \"Borrowed Text\"\ntopics = [\"youth\"]\nhours = { kind = \"unknown\" }\n".to_owned(),
        phone("0800 555 666", "tel"),
        phone("0800 111 222", "sms"),
        page("https://borrowed.example.org/", "operator", "", "0800 555 666"),
    ]
    .concat()
    .replace("kind = \"tel\"", "kind = \"phone\"");
    content.write("data/hotlines/XD.toml", &file).write("locales/en/fixture.ftl", "country-XD = Testland D\n");
    content
}

#[test]
fn check_prints_the_reverification_queue_and_the_directory_figures() {
    let content = content_with_directory_fixture();
    let output = check_with(content.path(), &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let queue = report["directory"]["queue"].as_array().expect("a queue");
    let queued: Vec<&str> = queue.iter().filter_map(|entry| entry["id"].as_str()).collect();
    assert!(queued.contains(&"xd-old-listing"), "the line on one old listing waits for re-verification: {queued:?}");
    assert!(!queued.contains(&"xd-served"), "an operator page serves a line, however old");
    let old = queue.iter().find(|entry| entry["id"] == "xd-old-listing").expect("queued");
    assert_eq!(old["last_confirmed"], "2019-01-01");
    assert_eq!(old["reason"], "rests on one source family with nothing from the last 24 months");
    let lines = &report["directory"]["lines"];
    assert!(lines["served"].as_u64().unwrap_or(0) >= 2 && lines["held_back"].as_u64().unwrap_or(0) >= 1, "{lines}");
    let first_queued_country = queue.first().and_then(|entry| entry["country"].as_str());
    assert_eq!(first_queued_country, Some("IN"), "the most populous country's lines come first");

    let text = stdout(&check(content.path()));
    assert!(text.contains("re-verification queue"), "{text}");
}

#[test]
fn a_text_number_that_is_another_services_phone_is_flagged() {
    let content = content_with_directory_fixture();
    let text = stdout(&check(content.path()));
    assert!(
        text.contains(
            "line `xd-borrowed`: its Sms number 0800 111 222 is the phone number of `xd-served`; check it belongs to this service"
        ),
        "{text}"
    );
}

/// Runs `haven check` on `content`, killing it if it has not finished within ten seconds.
fn check_within_ten_seconds(content: &ContentCopy) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--content-dir"])
        .arg(content.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("haven check runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            let output = child.wait_with_output().expect("output");
            return (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("haven check hung");
}

#[test]
fn a_fifo_or_an_endless_file_is_refused_by_name_not_waited_on() {
    let content = ContentCopy::english_only();
    let fifo = content.path().join("data/hotlines/XF.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs").success());
    std::os::unix::fs::symlink("/dev/zero", content.path().join("locales/en/endless.ftl")).expect("a link");
    let (status, text) = check_within_ten_seconds(&content);
    assert_eq!(status, Some(1), "{text}");
    assert!(text.contains("data/hotlines/XF.toml: error: is not a regular file"), "{text}");
    assert!(text.contains("locales/en/endless.ftl: error: is not a regular file"), "{text}");
}

#[test]
fn an_oversized_content_file_is_refused_with_its_size() {
    let content = ContentCopy::english_only();
    let big = format!("# padding\n{}", "#".repeat(5 << 20));
    content.write("locales/en/huge.ftl", &big);
    let (status, text) = check_within_ten_seconds(&content);
    assert_eq!(status, Some(1), "{text}");
    assert!(
        text.contains("locales/en/huge.ftl: error: is 5242890 bytes; a content file may hold at most 4 MiB"),
        "{text}"
    );
}
