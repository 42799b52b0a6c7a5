//! `haven verify`: re-checks each crisis line's `check_url` (the operator page that shows
//! its number) and reports per line whether the page still shows it. With `--write`, each
//! confirmation is recorded as an `operator` evidence entry dated today.
//! The rules of politeness and the results are in `docs/directory.md`.

mod fetch;
mod find;
mod robots;
mod write;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use serde::Serialize;

use crate::api::required_messages;
use crate::content::ids::CountryCode;
use crate::content::loader::load;
use crate::content::model::{Channel, Hotline};
use crate::content::Catalog;

use self::fetch::{by_host, client, Fetched, HostSession};
pub use self::fetch::{install_crypto_provider, Politeness, USER_AGENT};

/// What `haven verify` was asked to do.
#[derive(Debug, Clone)]
pub struct VerifyOptions {
    pub content_dir: PathBuf,
    pub country: Option<CountryCode>,
    pub json: bool,
    pub write: bool,
    pub politeness: Politeness,
}

/// What a line's page said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Confirmed,
    NumberNotFound,
    PageGone,
    Unreachable,
    Blocked,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineReport {
    /// The file the line lives in, relative to the content folder.
    pub file: String,
    pub id: String,
    pub name: Option<String>,
    pub served: bool,
    pub url: String,
    pub outcome: Outcome,
    /// The number as the page writes it, when confirmed; else what went wrong.
    pub detail: String,
}

#[derive(Debug, Serialize)]
struct VerifyReport {
    checked_on: NaiveDate,
    user_agent: &'static str,
    lines: Vec<LineReport>,
    /// Lines without a `check_url`, which cannot be re-checked automatically.
    without_check_url: usize,
    /// Served lines whose page no longer shows their number: the reason to exit 1.
    failing: usize,
    written: usize,
}

struct Target {
    file: String,
    id: String,
    name: Option<String>,
    served: bool,
    url: String,
    channels: Vec<Channel>,
}

pub fn run_verify(options: VerifyOptions) -> ExitCode {
    let today = Utc::now().date_naive();
    let catalog = match load(&options.content_dir, &required_messages(), today) {
        Ok(catalog) => catalog,
        Err(failure) => {
            eprintln!("haven verify: the content does not load:\n{failure}");
            return ExitCode::FAILURE;
        }
    };
    let (targets, without_check_url) = targets(&catalog, options.country.as_ref());
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("haven verify: cannot start: {err}");
            return ExitCode::FAILURE;
        }
    };
    let lines = match runtime.block_on(check_all(targets, options.politeness)) {
        Ok(lines) => lines,
        Err(message) => {
            eprintln!("haven verify: {message}");
            return ExitCode::FAILURE;
        }
    };
    let written = if options.write {
        match write::record_confirmations(&options.content_dir, &lines, today) {
            Ok(count) => count,
            Err(message) => {
                eprintln!("haven verify: cannot write: {message}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        0
    };
    let failing = lines
        .iter()
        .filter(|line| line.served && matches!(line.outcome, Outcome::NumberNotFound | Outcome::PageGone))
        .count();
    let report = VerifyReport { checked_on: today, user_agent: USER_AGENT, lines, without_check_url, failing, written };
    if options.json {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(err) => eprintln!("haven verify: cannot write JSON: {err}"),
        }
    } else {
        print!("{}", render_text(&report));
    }
    if failing > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn targets(catalog: &Catalog, country: Option<&CountryCode>) -> (Vec<Target>, usize) {
    let mut targets = Vec::new();
    let mut without = 0;
    let mut add = |file: String, line: &Hotline| match &line.check_url {
        Some(url) => targets.push(Target {
            file,
            id: line.id.to_string(),
            name: line.name.clone(),
            served: line.assessment.served(),
            url: url.clone(),
            channels: line.channels.clone(),
        }),
        None => without += 1,
    };
    for code in catalog.countries.keys().filter(|code| country.is_none_or(|wanted| wanted == *code)) {
        for line in &catalog.countries[code].lines {
            add(format!("data/hotlines/{code}.toml"), line);
        }
    }
    if country.is_none() {
        for line in &catalog.international {
            add("data/international.toml".to_owned(), line);
        }
    }
    (targets, without)
}

/// Every target, hosts in parallel (bounded), each host's pages one at a time.
async fn check_all(targets: Vec<Target>, politeness: Politeness) -> Result<Vec<LineReport>, String> {
    let client = client(&politeness)?;
    let permits = Arc::new(tokio::sync::Semaphore::new(politeness.concurrency.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    for (order, group) in by_host(targets, |t| t.url.as_str()).into_iter().enumerate() {
        let (client, permits) = (client.clone(), Arc::clone(&permits));
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let mut session = HostSession::new(client, politeness);
            let mut reports = Vec::new();
            for target in group {
                let fetched = session.fetch(&target.url).await;
                reports.push(judge(target, fetched));
            }
            (order, reports)
        });
    }
    let mut groups = Vec::new();
    while let Some(done) = tasks.join_next().await {
        groups.push(done.map_err(|err| format!("a check stopped: {err}"))?);
    }
    groups.sort_by_key(|(order, _)| *order);
    let mut lines: Vec<LineReport> = groups.into_iter().flat_map(|(_, reports)| reports).collect();
    lines.sort_by(|a, b| (&a.file, &a.id).cmp(&(&b.file, &b.id)));
    Ok(lines)
}

fn judge(target: Target, fetched: Fetched) -> LineReport {
    let (outcome, detail) = match fetched {
        Fetched::Page(body) => match find::find_number(&body, &target.channels) {
            Some(as_written) => (Outcome::Confirmed, as_written),
            None => (Outcome::NumberNotFound, "the page does not show the line's number".to_owned()),
        },
        Fetched::Gone(status) => (Outcome::PageGone, format!("the site answered {status}")),
        Fetched::Blocked(why) => (Outcome::Blocked, why),
        Fetched::Unreachable(why) => (Outcome::Unreachable, why),
    };
    LineReport {
        file: target.file,
        id: target.id,
        name: target.name,
        served: target.served,
        url: target.url,
        outcome,
        detail,
    }
}

fn render_text(report: &VerifyReport) -> String {
    let mut out = String::new();
    for line in &report.lines {
        let word =
            serde_json::to_value(line.outcome).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let served = if line.served { "served" } else { "held back" };
        out.push_str(&format!("{:<16} {} ({served}) {}: {}\n", word, line.id, line.url, line.detail));
    }
    let confirmed = report.lines.iter().filter(|l| l.outcome == Outcome::Confirmed).count();
    out.push_str(&format!(
        "verify: {} lines checked, {confirmed} confirmed, {} served lines no longer shown, {} without a check_url, {} written\n",
        report.lines.len(),
        report.failing,
        report.without_check_url,
        report.written,
    ));
    out
}
