//! Loads `locales/<tag>/`: the locale's metadata and its Fluent files.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::signature::Signature;
use super::source_file::{stem_with_extension, Reporter, SourceText};
use crate::content::ids::LocaleTag;
use crate::content::l10n::{Locale, LocaleMeta, Locales};
use crate::content::problems::{line_and_column, Problem, Severity};

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

/// `data/terms.ftl`: names shared by every locale (medicines, brands), as Fluent terms.
fn load_terms(reporter: &mut Reporter) -> Option<Arc<FluentResource>> {
    let source = reporter.read(Path::new("data/terms.ftl"))?;
    let resource = parse_ftl(reporter, &source)?;
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let offset = find_definition(&source.text, message.id.name);
            reporter.error_at(
                &source,
                offset,
                format!("`{}`: only terms (`-name = ...`) belong here", message.id.name),
            );
        }
    }
    Some(Arc::new(resource))
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
    if let Err(errors) = bundle.add_resource(Arc::clone(terms)) {
        reporter.error_in(folder, format!("the shared terms do not fit this locale: {errors:?}"));
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
        for (id, offset) in entry_ids(&resource) {
            let (line, column) = line_and_column(&source.text, offset);
            definitions.entry(id.clone()).or_insert_with(|| (source.path.clone(), line, column));
            if !message_ids.insert(id.clone()) {
                reporter.error_at(&source, Some(offset), format!("message `{id}` is defined more than once in {name}"));
            }
        }
        // Duplicates were reported above (the bundle keeps the first definition).
        let _ = bundle.add_resource(Arc::new(resource));
    }
    if ftl_files == 0 {
        reporter.error_in(folder, "a locale needs at least one `.ftl` file");
    }
    Some((Locale::new(tag, meta?, bundle, message_ids), definitions))
}

/// Message and term ids with the byte offset where each is defined; a repeated id gets
/// the offset of its own repetition.
fn entry_ids(resource: &FluentResource) -> Vec<(String, usize)> {
    let source = resource.source();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .map(|id| {
            let occurrence = seen.entry(id.clone()).or_default();
            let offset = definitions_of(source, &id).nth(*occurrence).unwrap_or(0);
            *occurrence += 1;
            (id, offset)
        })
        .collect()
}

/// Where `id =` starts a line, for error positions (the AST carries no spans).
fn find_definition(source: &str, id: &str) -> Option<usize> {
    definitions_of(source, id).next()
}

fn definitions_of<'a>(source: &'a str, id: &'a str) -> impl Iterator<Item = usize> + 'a {
    source
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .filter(move |(_, line)| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|(start, _)| start)
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
