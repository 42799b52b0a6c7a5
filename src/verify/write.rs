//! `haven verify --write`: records each confirmation in the line's own file as an
//! `operator` evidence entry, inserted after the line's last table so the file keeps its
//! layout and comments.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::{LineReport, Outcome};

/// Adds an evidence entry to every confirmed line's file; returns how many were added.
pub fn record_confirmations(content_dir: &Path, lines: &[LineReport], today: NaiveDate) -> Result<usize, String> {
    let mut by_file: BTreeMap<&str, Vec<&LineReport>> = BTreeMap::new();
    for line in lines.iter().filter(|line| line.outcome == Outcome::Confirmed) {
        by_file.entry(line.file.as_str()).or_default().push(line);
    }
    let mut written = 0;
    for (file, confirmed) in by_file {
        let path = content_dir.join(file);
        let mut text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        for line in confirmed {
            text = insert_evidence(&text, line, today).ok_or_else(|| format!("{file}: no line `{}`", line.id))?;
            written += 1;
        }
        std::fs::write(&path, text).map_err(|err| format!("{}: {err}", path.display()))?;
    }
    Ok(written)
}

/// `text` with an evidence table appended to line `report.id`, or `None` if the file has no
/// such line.
fn insert_evidence(text: &str, report: &LineReport, today: NaiveDate) -> Option<String> {
    let id_line = format!("id = {}", toml_string(&report.id));
    let rows: Vec<&str> = text.split_inclusive('\n').collect();
    let id_row = rows.iter().position(|row| row.trim_end() == id_line)?;
    // The line's tables end where the next `[[lines]]` (or the end of the file) begins.
    let end = rows
        .iter()
        .skip(id_row + 1)
        .position(|row| row.trim_end() == "[[lines]]")
        .map_or(rows.len(), |i| id_row + 1 + i);
    let mut block = String::new();
    if !rows[..end].concat().ends_with("\n\n") {
        block.push('\n');
    }
    block.push_str(&format!(
        "[[lines.evidence]]\nurl = {}\npublisher = \"operator\"\nobserved = \"{today}\"\nnumber = {}\nvia = {}\n",
        toml_string(&report.url),
        toml_string(&report.detail),
        toml_string(&format!("haven verify on {today}: the page showed this number")),
    ));
    if end < rows.len() {
        block.push('\n');
    }
    let mut out = rows[..end].concat();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&block);
    out.push_str(&rows[end..].concat());
    Some(out)
}

/// A TOML basic string.
fn toml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(id: &str) -> LineReport {
        LineReport {
            file: "data/hotlines/XX.toml".into(),
            id: id.into(),
            name: None,
            served: true,
            url: "https://example.org/help".into(),
            outcome: Outcome::Confirmed,
            detail: "0800 \"111\"".into(),
        }
    }

    #[test]
    fn evidence_goes_after_the_lines_last_table_and_nowhere_else() {
        let file = "country = \"XX\"\n\n[[lines]]\nid = \"xx-a\"\n\n[[lines.channels]]\nkind = \"phone\"\n\n[[lines]]\nid = \"xx-b\"\n";
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let out = insert_evidence(file, &report("xx-a"), today).expect("xx-a exists");
        let a = out.find("id = \"xx-a\"").expect("a");
        let evidence = out.find("[[lines.evidence]]").expect("evidence");
        let b = out.find("id = \"xx-b\"").expect("b");
        assert!(a < evidence && evidence < b, "{out}");
        assert!(out.contains("observed = \"2026-12-01\"\nnumber = \"0800 \\\"111\\\"\"\n"), "{out}");
        let last = insert_evidence(file, &report("xx-b"), today).expect("xx-b exists");
        assert!(last.ends_with("via = \"haven verify on 2026-12-01: the page showed this number\"\n"), "{last}");
        assert!(insert_evidence(file, &report("xx-c"), today).is_none());
    }
}
