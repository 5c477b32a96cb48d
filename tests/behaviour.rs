//! The behavioural suite (tests/behaviour/cases.jsonl, written for this project) as a
//! regression gate on the bundled model: negations, hedges, rare findings and the guideline's
//! exclusions, each alone and inside a normal report. `scripts/bench.sh` prints the full table.
//! The floors are the targets where the shipped model meets them, else just under what
//! it measured (see README), so a model that reads negation or hedging worse fails here.

mod common;

use common::{radlabel, repo, text};
use radlabel::eval::behaviour::{read_cases, score, table};
use radlabel::eval::read_labels;

/// (category, minimum share of cases whose probed observation is right, minimum share right
/// with no other observation wrongly marked present or uncertain).
const FLOORS: [(&str, f64, f64); 4] = [("affirmed", 0.95, 0.90), ("negated", 0.90, 0.88), ("hedged", 0.80, 0.75), ("exclusion", 0.90, 0.85)];

#[test]
fn bundled_model_reads_negation_hedging_and_exclusions() {
    let cases_path = repo().join("tests/behaviour/cases.jsonl");
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let out = radlabel(&["label", cases_path.to_str().unwrap(), "-q", "-o", pred.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let cases = read_cases(&cases_path).unwrap();
    assert!(cases.len() >= 400, "the suite holds {} cases", cases.len());
    let report = score(&cases, &read_labels(&pred).unwrap());
    assert_eq!(report.total.cases, cases.len());
    let printed = table(&report);
    for (category, probe, clean) in FLOORS {
        let t = report.by_category.get(category).unwrap_or_else(|| panic!("no `{category}` cases"));
        assert!(t.probe_rate() >= probe, "{category}: probe right {:.3} < {probe}\n{printed}", t.probe_rate());
        assert!(t.clean_rate() >= clean, "{category}: right without leaks {:.3} < {clean}\n{printed}", t.clean_rate());
    }
}

#[test]
fn suite_covers_every_category_in_both_contexts() {
    // That cases.jsonl is exactly what make_cases.py writes is checked on the Python side
    // (training/tests/test_behaviour_cases.py).
    let cases = read_cases(&repo().join("tests/behaviour/cases.jsonl")).unwrap();
    for category in ["affirmed", "negated", "hedged", "exclusion"] {
        let n = cases.iter().filter(|c| c.category == category).count();
        assert!(n >= 40, "{category}: {n} cases");
        for context in ["sentence", "report"] {
            assert!(cases.iter().any(|c| c.category == category && c.context == context), "{category} has no {context} case");
        }
    }
}
