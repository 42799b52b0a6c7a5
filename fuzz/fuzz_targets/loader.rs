//! Any bytes saved as a locale file or an article load or are reported; never a panic.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// One English-only copy of the shipped content, made once per fuzzing process.
fn content() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        copy(&root.join("data"), &dir.path().join("data"));
        copy(&root.join("locales/en"), &dir.path().join("locales/en"));
        dir
    })
    .path()
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

fuzz_target!(|input: (bool, &[u8])| {
    let (which, bytes) = input;
    let file = if which { "locales/en/fuzz.ftl" } else { "data/articles/fuzz.toml" };
    let path = content().join(file);
    std::fs::write(&path, bytes).expect("write");
    if let Err(failure) = haven::content::loader::load(content(), &haven::api::required_messages(), chrono::NaiveDate::MIN) {
        assert!(!failure.problems.is_empty());
    }
    std::fs::remove_file(&path).expect("remove");
});
