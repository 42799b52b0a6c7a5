//! Loads `locales/<tag>/`: the locale's metadata and its Fluent files.

use std::collections::BTreeSet;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::signature::Signature;
use super::source_file::{stem_with_extension, Reporter, SourceText};
use crate::content::ids::LocaleTag;
use crate::content::l10n::{Locale, LocaleMeta, Locales};
use crate::content::problems::{Problem, Severity};

/// The English terms, the fallback for every locale's medicine names.
const ENGLISH_TERMS: &str = "locales/en/terms.ftl";

pub fn load_locales(reporter: &mut Reporter) -> Option<Locales> {
    let terms = load_terms(reporter)?;
    let mut loaded = Vec::new();
    for folder in reporter.list_dir(Path::new("locales")) {
        if !reporter.is_dir(&folder) {
            continue;
        }
        if let Some(locale) = load_locale(reporter, &folder, &terms) {
            loaded.push(locale);
        }
    }
    let definitions: Vec<(LocaleTag, Definitions)> =
        loaded.iter_mut().map(|(locale, defs)| (locale.tag.clone(), std::mem::take(defs))).collect();
    let mut loaded: Vec<Locale> = loaded.into_iter().map(|(locale, _)| locale).collect();
    let Some(english_at) = loaded.iter().position(|l| l.tag == LocaleTag::english()) else {
        reporter.error_in(Path::new("locales/en"), "the source locale `en` is missing");
        return None;
    };
    let english = loaded.remove(english_at);
    loaded.insert(0, english);
    report_obsolete_messages(reporter, &loaded);
    report_signature_mismatches(reporter, &loaded, &definitions);
    Some(Locales::new(loaded))
}

/// `locales/en/terms.ftl`: medicine names as Fluent terms. Every locale's bundle starts
/// with them, so a term a translation does not spell its own way comes from English.
fn load_terms(reporter: &mut Reporter) -> Option<Arc<FluentResource>> {
    let source = reporter.read(Path::new(ENGLISH_TERMS))?;
    // A broken file is reported when `en` itself loads it; here it just adds no terms.
    let resource = FluentResource::try_new(source.text.clone()).unwrap_or_else(|(partial, _)| partial);
    Some(Arc::new(resource))
}

/// A `terms.ftl` holds only terms: a message there would hide among medicine names.
fn report_non_terms(reporter: &mut Reporter, source: &SourceText, resource: &FluentResource) {
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let offset = find_definition(&source.text, message.id.name);
            reporter.error_at(source, offset, format!("`{}`: only terms (`-name = ...`) belong here", message.id.name));
        }
    }
}

/// Parses a Fluent file, refusing it whole if any entry is broken: a broken entry would
/// otherwise silently vanish from the bundle.
fn parse_ftl(reporter: &mut Reporter, source: &SourceText) -> Option<FluentResource> {
    match FluentResource::try_new(source.text.clone()) {
        Ok(resource) => Some(resource),
        Err((_, errors)) => {
            for error in errors {
                reporter.error_at(source, Some(error.pos.start), format!("Fluent syntax error: {}", error.kind));
            }
            None
        }
    }
}

/// Where each message of a locale is defined: file, line, column.
type Definitions = BTreeMap<String, (PathBuf, usize, usize)>;

fn load_locale(reporter: &mut Reporter, folder: &Path, terms: &Arc<FluentResource>) -> Option<(Locale, Definitions)> {
    let name = folder.file_name()?.to_string_lossy().into_owned();
    let tag = match LocaleTag::parse(&name) {
        Ok(tag) if tag.to_string() == name => tag,
        Ok(tag) => {
            reporter.error_in(folder, format!("name the folder `{tag}`, the canonical form of `{name}`"));
            return None;
        }
        Err(err) => {
            reporter.error_in(folder, err.to_string());
            return None;
        }
    };
    let meta = reporter.read_toml::<LocaleMeta>(&folder.join("locale.toml")).map(|(_, meta)| meta);
    let mut bundle = Locale::empty_bundle(&tag);
    let english = tag == LocaleTag::english();
    if !english {
        if let Err(errors) = bundle.add_resource(Arc::clone(terms)) {
            reporter.error_in(folder, format!("the English terms do not fit this locale: {errors:?}"));
        }
    }
    let mut message_ids = BTreeSet::new();
    let mut definitions = Definitions::new();
    let mut ftl_files = 0;
    for path in reporter.list_dir(folder) {
        if stem_with_extension(&path, "ftl").is_none() {
            continue;
        }
        ftl_files += 1;
        let Some(source) = reporter.read(&path) else { continue };
        let Some(resource) = parse_ftl(reporter, &source) else { continue };
        for (id, offset, line) in entry_ids(&resource) {
            definitions.entry(id.clone()).or_insert_with(|| (source.path.clone(), line, 1));
            if !message_ids.insert(id.clone()) {
                reporter.error_at(&source, Some(offset), format!("message `{id}` is defined more than once in {name}"));
            }
        }
        if stem_with_extension(&path, "ftl") == Some("terms") {
            report_non_terms(reporter, &source, &resource);
        }
        // The locale's own terms replace the English ones it started with; duplicates
        // within the locale were reported above.
        bundle.add_resource_overriding(Arc::new(resource));
    }
    if ftl_files == 0 {
        reporter.error_in(folder, "a locale needs at least one `.ftl` file");
    }
    Some((Locale::new(tag, meta?, bundle, message_ids), definitions))
}

/// Message and term ids with the byte offset and 1-based line where each is defined; a
/// repeated id gets the position of its own repetition. The AST carries no spans, so the
/// file is scanned once for lines of the form `id =`.
fn entry_ids(resource: &FluentResource) -> Vec<(String, usize, usize)> {
    let mut positions = definition_lines(resource.source());
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .map(|id| {
            let (offset, line) = positions.get_mut(id.as_str()).and_then(|queue| queue.pop_front()).unwrap_or((0, 1));
            (id, offset, line)
        })
        .collect()
}

/// Where `id =` starts a line, for error positions.
fn find_definition(source: &str, id: &str) -> Option<usize> {
    definition_lines(source).get(id).and_then(|queue| queue.front()).map(|(offset, _)| *offset)
}

/// Every line that starts a definition, by id, in file order: (byte offset, line number).
fn definition_lines(source: &str) -> HashMap<&str, VecDeque<(usize, usize)>> {
    let mut found: HashMap<&str, VecDeque<(usize, usize)>> = HashMap::new();
    let mut offset = 0;
    for (index, line) in source.split_inclusive('\n').enumerate() {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            let is_id = !id.is_empty()
                && id.trim_start_matches('-').starts_with(|c: char| c.is_ascii_alphabetic())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if is_id {
                found.entry(id).or_default().push_back((offset, index + 1));
            }
        }
        offset += line.len();
    }
    found
}

/// A translation must use the same variables, terms and attributes as `en`.
fn report_signature_mismatches(reporter: &mut Reporter, locales: &[Locale], definitions: &[(LocaleTag, Definitions)]) {
    let Some((english, translations)) = locales.split_first() else { return };
    for locale in translations {
        let Some((_, defined)) = definitions.iter().find(|(tag, _)| *tag == locale.tag) else { continue };
        for id in locale.message_ids.intersection(&english.message_ids) {
            let (Some(source), Some(translation)) = (english.message(id), locale.message(id)) else { continue };
            let expected = Signature::of(source.value(), source.attributes().map(|a| a.id().to_owned()));
            let found = Signature::of(translation.value(), translation.attributes().map(|a| a.id().to_owned()));
            if let Some(difference) = found.difference_from(&expected) {
                let (file, line, column) = defined.get(id).cloned().unwrap_or_default();
                reporter.findings.push(Problem {
                    severity: Severity::Error,
                    file,
                    line: Some(line),
                    column: Some(column),
                    message: format!("message `{id}` {difference} compared with en"),
                });
            }
        }
    }
}

fn report_obsolete_messages(reporter: &mut Reporter, locales: &[Locale]) {
    let Some((english, translations)) = locales.split_first() else { return };
    for locale in translations {
        for id in locale.message_ids.difference(&english.message_ids) {
            let folder = format!("locales/{}", locale.tag);
            reporter.findings.push(Problem {
                severity: Severity::Warning,
                file: folder.into(),
                line: None,
                column: None,
                message: format!("message `{id}` is obsolete: `en` no longer has it"),
            });
        }
    }
}
