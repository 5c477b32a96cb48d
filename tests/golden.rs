//! Golden outputs of the bundled model (models/default) on self-written reports
//! (examples/), plus the clinical facts any acceptable model must get right on them.
//! After replacing the model: `bash scripts/golden.sh`, review the diff.

mod common;

use common::{json_lines, radlabel, repo, text};

fn label(input: &str) -> Vec<serde_json::Value> {
    let path = repo().join(input);
    let out = radlabel(&["label", path.to_str().unwrap(), "--threads", "1"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    json_lines(&out.stdout)
}

fn golden(name: &str) -> Vec<serde_json::Value> {
    json_lines(&std::fs::read(repo().join("tests/golden").join(name)).expect("golden file (scripts/golden.sh)"))
}

fn compare(got: &[serde_json::Value], want: &[serde_json::Value]) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g["report_id"], w["report_id"]);
        assert_eq!(g["labels"], w["labels"], "labels of {}", g["report_id"]);
        assert_eq!(g["model"], w["model"]);
        for (obs, probs) in w["probabilities"].as_object().unwrap() {
            for (class, p) in probs.as_object().unwrap() {
                let q = g["probabilities"][obs][class].as_f64().unwrap();
                assert!((q - p.as_f64().unwrap()).abs() <= 2e-3, "{} {obs}/{class}: {q} vs {p}", g["report_id"]);
            }
        }
    }
}

#[test]
fn sample_reports_match_their_golden_outputs() {
    compare(&label("examples/sample_reports.csv"), &golden("sample_reports.jsonl"));
    compare(&label("examples/sample_reports.jsonl"), &golden("sample_reports_jsonl.jsonl"));
}

#[test]
fn the_bundled_model_gets_the_clear_cut_findings_right() {
    let recs = label("examples/sample_reports.csv");
    let get = |id: &str, obs: &str| -> String {
        let r = recs.iter().find(|r| r["report_id"] == id).unwrap();
        r["labels"][obs].as_str().unwrap().to_string()
    };
    assert_eq!(get("DEMO-001", "No Finding"), "positive", "a normal study");
    assert_eq!(get("DEMO-001", "Pleural Effusion"), "negative");
    for obs in ["Cardiomegaly", "Edema", "Pleural Effusion", "Support Devices"] {
        assert_eq!(get("DEMO-002", obs), "positive", "DEMO-002 {obs}");
    }
    assert_eq!(get("DEMO-003", "Consolidation"), "positive");
    assert_eq!(get("DEMO-004", "Pneumothorax"), "positive");
    assert_eq!(get("DEMO-004", "Fracture"), "positive");
    assert_eq!(get("DEMO-006", "Lung Lesion"), "positive");
    assert_eq!(get("DEMO-007", "Support Devices"), "positive");
    assert_eq!(get("DEMO-007", "No Finding"), "positive", "devices do not block No Finding");
    assert_eq!(get("DEMO-005", "Cardiomegaly"), "uncertain", "borderline heart size is hedged");
}
