//! The diagnosis of the HOS example against full re-solves: every unplaced student has a
//! specific reason, and each suggestion's claimed gain is what a full re-solve finds.

use stageplan::explain::{diagnose, DiagnoseOptions};
use stageplan::input;
use stageplan::pipeline::solve_and_check;
use stageplan::solve::SolveOptions;
use std::path::Path;

#[test]
fn hos_suggestion_gains_equal_full_re_solves() {
    let loaded = input::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos"),
        None,
    )
    .expect("the HOS example loads");
    let (inst, model) = (&loaded.instance, &loaded.model);
    let base = solve_and_check(inst, model, &SolveOptions::default()).unwrap();
    let d = diagnose(
        inst,
        model,
        &base.verdict.placed,
        base.verdict.objective,
        base.solved.capacity_flow.clone(),
        &DiagnoseOptions::default(),
    );
    assert_eq!(
        d.reasons.len(),
        inst.students.len() - base.verdict.placed.len()
    );
    assert!(d.flow.unplaced_bound() <= d.reasons.len());
    for r in &d.reasons {
        // A rule code, or a capacity/group code: never the generic fallback text.
        assert!(
            r.code.starts_with('R') && !r.reason.contains("taken by others"),
            "{r:?}"
        );
    }
    assert!(
        !d.full_resolve,
        "HOS is verified locally; the local gain must be the full one"
    );
    assert!(!d.suggestions.is_empty(), "HOS has verified suggestions");
    for s in &d.suggestions {
        let (changed, changed_model) = s.change.apply(inst, model);
        let full = solve_and_check(&changed, &changed_model, &SolveOptions::default()).unwrap();
        let full_gain = full.verdict.placed.len() as i64 - base.verdict.placed.len() as i64;
        assert_eq!(s.gain, full_gain, "{:?}", s.change);
        assert!(
            full.verdict.objective <= s.objective_after + 1e-6,
            "the verified plan is a plan of the changed input, so the optimum is no worse"
        );
    }
}
