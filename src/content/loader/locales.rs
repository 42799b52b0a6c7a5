//! Loads `locales/<tag>/`: the locale's metadata and its Fluent files.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::source_file::{stem_with_extension, Reporter};
use crate::content::ids::LocaleTag;
use crate::content::l10n::{Locale, LocaleMeta, Locales};

pub fn load_locales(reporter: &mut Reporter) -> Option<Locales> {
    let mut loaded = Vec::new();
    for folder in reporter.list_dir(Path::new("locales")) {
        if !reporter.is_dir(&folder) {
            continue;
        }
        if let Some(locale) = load_locale(reporter, &folder) {
            loaded.push(locale);
        }
    }
    let Some(english_at) = loaded.iter().position(|l| l.tag == LocaleTag::english()) else {
        reporter.error_in(Path::new("locales/en"), "the source locale `en` is missing");
        return None;
    };
    let english = loaded.remove(english_at);
    loaded.insert(0, english);
    report_obsolete_messages(reporter, &loaded);
    Some(Locales::new(loaded))
}

fn load_locale(reporter: &mut Reporter, folder: &Path) -> Option<Locale> {
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
    let mut message_ids = BTreeSet::new();
    let mut ftl_files = 0;
    for path in reporter.list_dir(folder) {
        if stem_with_extension(&path, "ftl").is_none() {
            continue;
        }
        ftl_files += 1;
        let Some(source) = reporter.read(&path) else { continue };
        let resource = match FluentResource::try_new(source.text.clone()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                // A broken entry would silently vanish from the bundle; refuse the file.
                for error in errors {
                    reporter.error_at(&source, Some(error.pos.start), format!("Fluent syntax error: {}", error.kind));
                }
                continue;
            }
        };
        let mut duplicate = false;
        for (id, offset) in entry_ids(&resource) {
            if !message_ids.insert(id.clone()) {
                reporter.error_at(&source, Some(offset), format!("message `{id}` is defined more than once in {name}"));
                duplicate = true;
            }
        }
        if duplicate {
            continue;
        }
        if let Err(errors) = bundle.add_resource(resource) {
            reporter.error_at(&source, None, format!("Fluent rejected the file: {errors:?}"));
        }
    }
    if ftl_files == 0 {
        reporter.error_in(folder, "a locale needs at least one `.ftl` file");
    }
    Some(Locale::new(tag, meta?, bundle, message_ids))
}

/// Message and term ids with the byte offset where each is defined.
fn entry_ids(resource: &FluentResource) -> Vec<(String, usize)> {
    let source = resource.source();
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .map(|id| {
            let bare = id.trim_start_matches('-');
            let offset = find_definition(source, &id).or_else(|| find_definition(source, bare)).unwrap_or(0);
            (id, offset)
        })
        .collect()
}

/// Where `id =` starts a line, for error positions (the AST carries no spans).
fn find_definition(source: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                return Some(offset);
            }
        }
        offset += line.len();
    }
    None
}

fn report_obsolete_messages(reporter: &mut Reporter, locales: &[Locale]) {
    let Some((english, translations)) = locales.split_first() else { return };
    for locale in translations {
        for id in locale.message_ids.difference(&english.message_ids) {
            let folder = format!("locales/{}", locale.tag);
            reporter.warning_in(Path::new(&folder), format!("message `{id}` is obsolete: `en` no longer has it"));
        }
    }
}
