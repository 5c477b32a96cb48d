//! The HL7 regression corpus (tests/hl7_corpus/, self-written messages, one per behaviour real
//! feeds need): every file through `radlabel hl7 convert`, compared with expected.json — the
//! events (accession and a phrase of their text or sections), the orders skipped and why, and
//! the failures with their error.

mod common;

use common::{json_lines, radlabel, repo, text};

#[test]
fn every_corpus_file_has_its_expected_outcome() {
    let dir = repo().join("tests/hl7_corpus");
    let expected: Vec<serde_json::Value> = serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 20, "{} cases", expected.len());
    let mut problems = Vec::new();
    for case in &expected {
        let file = case["file"].as_str().unwrap();
        let path = dir.join(file);
        let out = radlabel(&["hl7", "convert", path.to_str().unwrap()], None);
        let events = json_lines(&out.stdout);
        let err = text(&out.stderr);
        let mut fail = |what: String| problems.push(format!("{file} ({}): {what}\n  stderr: {err}", case["case"].as_str().unwrap_or("")));
        let want = case["events"].as_array().unwrap();
        let got: Vec<&str> = events.iter().map(|e| e["report_id"].as_str().unwrap_or("")).collect();
        let want_ids: Vec<&str> = want.iter().map(|e| e["report_id"].as_str().unwrap()).collect();
        if got != want_ids {
            fail(format!("events {got:?}, expected {want_ids:?}"));
            continue;
        }
        for (w, e) in want.iter().zip(&events) {
            for field in ["text", "findings", "impression"] {
                if let Some(phrase) = w[field].as_str() {
                    if !e[field].as_str().is_some_and(|t| t.contains(phrase)) {
                        fail(format!("{field} of {} is {:?}, expected to contain {phrase:?}", w["report_id"], e[field]));
                    }
                }
            }
        }
        for (id, reason) in case["skipped"].as_object().unwrap() {
            let line = format!("report {id} skipped ({})", reason.as_str().unwrap());
            if !err.contains(&line) {
                fail(format!("no `{line}`"));
            }
        }
        let failed = case["failed"].as_u64().unwrap();
        if !err.contains(&format!("{failed} failed")) {
            fail(format!("expected {failed} failed"));
        }
        if let Some(e) = case["error"].as_str() {
            if !err.contains(e) {
                fail(format!("no error containing {e:?}"));
            }
        }
        let code = out.status.code();
        if code != Some(if failed > 0 { 3 } else { 0 }) {
            fail(format!("exit code {code:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
