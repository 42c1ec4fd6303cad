//! Bytes → `load::parse_dataset` (as lossy UTF-8, so every input reaches the
//! parser): must return, never panic, and every error must be well formed.
//! The same text also goes through `load::locate`, which the loader only runs
//! on text `ron` accepted, to shake its scanner with anything at all.

#![no_main]

use hk_ai_dashboard::load::{self, ProblemKind, Step};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match load::parse_dataset(&text, "fuzz.ron") {
        Ok(dataset) => {
            // A valid dataset's references all resolve.
            for f in &dataset.funding {
                assert!(dataset.sector(&f.sector).is_some());
                assert!(dataset.source(&f.source).is_some());
            }
        }
        Err(error) => {
            assert!(!error.problems.is_empty());
            for problem in &error.problems {
                if problem.kind == ProblemKind::Invalid {
                    assert!(problem.path.is_some());
                    assert!(problem.position.is_some());
                }
                if let Some(p) = problem.position {
                    assert!(p.line >= 1 && p.column >= 1);
                }
                let line = problem.render("fuzz.ron");
                assert!(line.starts_with("fuzz.ron"));
            }
        }
    }
    for path in [
        &[
            Step::Field("sources".into()),
            Step::Index(0),
            Step::Field("id".into()),
        ][..],
        &[
            Step::Field("funding".into()),
            Step::Index(3),
            Step::Field("amount".into()),
            Step::Field("value".into()),
        ][..],
        &[Step::Index(1)][..],
        &[][..],
    ] {
        if let Some(p) = load::locate(&text, path) {
            assert!(p.line >= 1 && p.column >= 1);
        }
    }
    let p = load::position_of(&text, data.len() / 2);
    assert!(p.line >= 1 && p.column >= 1);
});
