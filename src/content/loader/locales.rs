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
fn report_non_terms(reporter: &mut Reporter, path: &Path, resource: &FluentResource) {
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let offset = find_definition(resource.source(), message.id.name);
            let text = format!("`{}`: only terms (`-name = ...`) belong here", message.id.name);
            reporter.error_in_text(path, resource.source(), offset, text);
        }
    }
}

/// Parses a Fluent file, refusing it whole if any entry is broken: a broken entry would
/// otherwise silently vanish from the bundle. The resource takes the text over (a copy
/// would hold every Fluent file twice while loading).
fn parse_ftl(reporter: &mut Reporter, source: SourceText) -> Option<(PathBuf, FluentResource)> {
    match FluentResource::try_new(source.text) {
        Ok(resource) => Some((source.path, resource)),
        Err((partial, errors)) => {
            for error in errors {
                let message = format!("Fluent syntax error: {}", error.kind);
                reporter.error_in_text(&source.path, partial.source(), Some(error.pos.start), message);
            }
            None
        }
    }
}

/// Where each message of a locale is defined: file (shared by its messages), line, column.
type Definitions = BTreeMap<String, (Arc<Path>, usize, usize)>;

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
    let mut plain = HashMap::new();
    let mut definitions = Definitions::new();
    let mut ftl_files = 0;
    for path in reporter.list_dir(folder) {
        if stem_with_extension(&path, "ftl").is_none() {
            continue;
        }
        ftl_files += 1;
        let Some(source) = reporter.read(&path) else { continue };
        let Some((file, resource)) = parse_ftl(reporter, source) else { continue };
        let file: Arc<Path> = Arc::from(file);
        for (id, offset, line) in entry_ids(&resource) {
            definitions.entry(id.clone()).or_insert_with(|| (Arc::clone(&file), line, 1));
            if !message_ids.insert(id.clone()) {
                let message = format!("message `{id}` is defined more than once in {name}");
                reporter.error_in_text(&file, resource.source(), Some(offset), message);
            }
        }
        if stem_with_extension(&path, "ftl") == Some("terms") {
            report_non_terms(reporter, &file, &resource);
        }
        match plain_messages(&resource) {
            // Kept as text; the parsed file is dropped.
            Some(messages) => plain.extend(messages),
            // The locale's own terms replace the English ones it started with; duplicates
            // within the locale were reported above.
            None => bundle.add_resource_overriding(Arc::new(resource)),
        }
    }
    if ftl_files == 0 {
        reporter.error_in(folder, "a locale needs at least one `.ftl` file");
    }
    Some((Locale::new(tag, meta?, bundle, plain, message_ids), definitions))
}

/// Every message of `resource` as its text, if the file holds nothing but plain messages
/// (a value of text alone, no attributes; comments allowed). A text-only pattern formats
/// to its elements' text joined, which is what is kept.
fn plain_messages(resource: &FluentResource) -> Option<Vec<(Box<str>, Box<str>)>> {
    let mut messages = Vec::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(ast::Message { id, value: Some(pattern), attributes, .. }) if attributes.is_empty() => {
                let mut text = String::new();
                for element in &pattern.elements {
                    match element {
                        ast::PatternElement::TextElement { value } => text.push_str(value),
                        ast::PatternElement::Placeable { .. } => return None,
                    }
                }
                messages.push((Box::from(id.name), text.into_boxed_str()));
            }
            ast::Entry::Comment(_) | ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {}
            _ => return None,
        }
    }
    Some(messages)
}

/// What a message needs (see `signature.rs`); a plain message needs nothing.
fn signature_of(locale: &Locale, id: &str) -> Option<Signature> {
    if locale.plain_text(id).is_some() {
        return Some(Signature::default());
    }
    let message = locale.message(id)?;
    Some(Signature::of(message.value(), message.attributes().map(|a| a.id().to_owned())))
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
            let (Some(expected), Some(found)) = (signature_of(english, id), signature_of(locale, id)) else { continue };
            if let Some(difference) = found.difference_from(&expected) {
                let (file, line, column) = defined
                    .get(id)
                    .map_or((PathBuf::new(), 0, 0), |(file, line, column)| (file.to_path_buf(), *line, *column));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A plain message kept as text must read exactly as Fluent formats it: multiline
    /// values, blank lines, indentation and non-Latin text included.
    #[test]
    fn plain_messages_keep_the_text_fluent_would_format() {
        let source = "# A comment\n\
            one = A single line.\n\
            multi =\n    First line,\n    second line.\n\n    After a blank line.\n\
            indented =\n    Text\n        indented further\n    back.\n\
            script = 涙が出ない — «Почему я не могу плакать?»\n";
        let resource = FluentResource::try_new(source.to_owned()).expect("valid Fluent");
        let plain = plain_messages(&resource).expect("all plain");
        let tag = LocaleTag::english();
        let mut bundle = Locale::empty_bundle(&tag);
        bundle.add_resource(Arc::new(FluentResource::try_new(source.to_owned()).expect("valid"))).expect("added");
        assert_eq!(plain.len(), 4);
        for (id, text) in &plain {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("the message");
            let mut errors = Vec::new();
            assert_eq!(&**text, bundle.format_pattern(pattern, None, &mut errors), "{id}");
            assert!(errors.is_empty());
        }
    }

    #[test]
    fn a_file_with_placeables_terms_or_attributes_stays_in_the_bundle() {
        for source in [
            "a = Plain.\nb = Has { $count } minutes.\n",
            "a = Plain.\n-term = A term\n",
            "a = Plain.\nb = Value\n    .title = An attribute\n",
            "a = Plain.\nb = { \"{\" } is a literal placeable\n",
        ] {
            let resource = FluentResource::try_new(source.to_owned()).expect("valid Fluent");
            assert!(plain_messages(&resource).is_none(), "{source}");
        }
    }
}
