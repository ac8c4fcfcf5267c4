//! A panic restores the terminal (safe when it was never entered) and leaves
//! a crash report in the data folder. Its own test binary, because the
//! panic hook is process-wide.

#[test]
fn a_panic_writes_a_crash_report_and_keeps_the_previous_hook() {
    let dir = tempfile::tempdir().unwrap();
    chairdesk::ui::terminal::install_panic_hook(dir.path().to_path_buf());
    let result = std::panic::catch_unwind(|| panic!("测试用的崩溃 test crash"));
    assert!(result.is_err());
    let reports: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("crash-")
        })
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let text = std::fs::read_to_string(&reports[0]).unwrap();
    assert!(text.contains("测试用的崩溃 test crash"), "{text}");
    assert!(text.contains(env!("CARGO_PKG_VERSION")));
    // Restoring a terminal that was never entered, twice, is harmless.
    chairdesk::ui::terminal::restore();
    chairdesk::ui::terminal::restore();
}
