//! Property tests of the content loader: whatever a translator or editor saves, loading
//! either succeeds or lists problems; it never panics and never half-loads.

use haven::api::required_messages;
use haven::content::loader::load;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::helpers::ContentCopy;

/// Files an editor is most likely to break, one of each kind the loader reads.
const FILES: [&str; 7] = [
    "locales/en/articles.ftl",
    "locales/en/locale.toml",
    "data/articles/why-cant-i-cry.toml",
    "data/strategies.toml",
    "data/hotlines/GB.toml",
    "locales/en/terms.ftl",
    "data/international.toml",
];

#[test]
fn any_edit_to_any_content_file_loads_or_is_reported_never_panics() {
    let content = ContentCopy::english_only();
    let originals: Vec<String> = FILES.iter().map(|file| content.read(file)).collect();
    let mut runner = TestRunner::new(Config { cases: 48, ..Config::default() });
    let edit = (
        0..FILES.len(),
        prop_oneof![
            // Arbitrary text, including control characters and broken UTF-8-like sequences.
            ".{0,400}",
            // Plausible edits: the original with a slice cut out.
            (0usize..4000, 0usize..200).prop_map(|(at, len)| format!("CUT:{at}:{len}")),
        ],
    );
    runner
        .run(&edit, |(index, text)| {
            let file = FILES[index];
            let edited = match text.strip_prefix("CUT:") {
                Some(cut) => {
                    let (at, len) = cut.split_once(':').expect("a cut");
                    let original = &originals[index];
                    let at = at.parse::<usize>().unwrap_or(0).min(original.len());
                    let at = (0..=at).rev().find(|i| original.is_char_boundary(*i)).unwrap_or(0);
                    let end = (at + len.parse::<usize>().unwrap_or(0)).min(original.len());
                    let end = (end..=original.len()).find(|i| original.is_char_boundary(*i)).unwrap_or(original.len());
                    format!("{}{}", &original[..at], &original[end..])
                }
                None => text,
            };
            content.write(file, &edited);
            let outcome = load(content.path(), &required_messages(), chrono::Utc::now().date_naive());
            content.write(file, &originals[index]);
            if let Err(failure) = outcome {
                prop_assert!(!failure.problems.is_empty(), "a failure names its problems");
                for problem in &failure.problems {
                    prop_assert!(!problem.message.is_empty());
                }
            }
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
}
