//! `haven check` on the shipped content and on broken copies of it.

use std::process::{Command, Output};

use crate::helpers::{shipped_content_dir, ContentCopy};

fn check(dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--content-dir"])
        .arg(dir)
        .output()
        .expect("haven check runs")
}

#[test]
fn check_passes_on_the_shipped_content_and_prints_completeness_per_locale() {
    let output = check(&shipped_content_dir());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "exit 0; stderr: {}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("content ok"), "{stdout}");
    let en = stdout.lines().find(|l| l.starts_with("locale en ")).expect("a line for en");
    assert!(en.contains("100.0%"), "{en}");
}

#[test]
fn check_fails_listing_every_problem_with_file_and_line() {
    let content = ContentCopy::new();
    let article = content.read("data/articles/trauma-and-numbness.toml");
    content
        .write("locales/en/broken.ftl", "good = fine\nbroken = { $unclosed\n")
        .write("data/articles/trauma-and-numbness.toml", &article.replacen("faqs = [", "faqs = [\"no-such-faq\", ", 1))
        .write("data/strategies.toml", "[[strategies]]\nid = \"x\"\n");
    let output = check(content.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "exit 1; stderr: {stderr}");
    let expectations = [
        ("locales/en/broken.ftl:3:1: error: Fluent syntax error", "the Fluent syntax error, where the parser saw it"),
        ("data/articles/trauma-and-numbness.toml:", "the dangling FAQ reference"),
        ("`no-such-faq` does not name an existing FAQ", "what is wrong with it"),
        ("data/strategies.toml:", "the malformed strategies file"),
    ];
    for (needle, what) in expectations {
        assert!(stderr.contains(needle), "{what}: `{needle}` in\n{stderr}");
    }
    assert!(!stderr.contains("does not name an existing strategy"), "no cascade from the broken file:\n{stderr}");
}

#[test]
fn a_missing_english_message_is_reported_against_the_data_that_needs_it() {
    let content = ContentCopy::new();
    let strategies = content.read("locales/en/strategies.ftl");
    let without: String = strategies
        .lines()
        .filter(|line| !line.starts_with("strategy-journaling-prompts-how "))
        .map(|line| format!("{line}\n"))
        .collect();
    content.write("locales/en/strategies.ftl", &without);
    let output = check(content.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("data/strategies.toml:"), "{stderr}");
    assert!(stderr.contains("`strategy-journaling-prompts-how` is missing from locales/en"), "{stderr}");
}

#[test]
fn serve_refuses_to_start_on_broken_content() {
    let content = ContentCopy::new();
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
