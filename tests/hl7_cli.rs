//! `radlabel hl7 convert` as a user runs it: files in, report-event JSON lines out, problems
//! on stderr with file, position and MSH-10, exit code saying whether any message failed.

mod common;

use common::{json_lines, radlabel, repo, text};

#[test]
fn converts_the_sample_file_and_reports_skipped_orders() {
    let sample = repo().join("examples/sample_messages.hl7");
    let out = radlabel(&["hl7", "convert", sample.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let events = json_lines(&out.stdout);
    let ids: Vec<&str> = events.iter().map(|e| e["report_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ACC-1001", "ACC-1002", "ACC-1003", "DOC-1004"]);
    assert_eq!(events[2]["status"], "corrected");
    assert_eq!(events[1]["findings"], "Lungs are clear. No focal consolidation| effusion or pneumothorax.");
    assert!(text(&out.stderr).contains("report ACC-1005 skipped (preliminary)"), "{}", text(&out.stderr));
    let with = radlabel(&["hl7", "convert", "--include-preliminary", sample.to_str().unwrap()], None);
    assert_eq!(json_lines(&with.stdout).len(), 5);
}

#[test]
fn bad_messages_are_named_and_the_rest_converted() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("feed.hl7");
    let obr = |acc: &str| format!("OBR|1||{acc}{}F", "|".repeat(22));
    let good = format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|G-1|P|2.5\r{}\rOBX|1|TX|||Lungs clear.||||||F", obr("ACC-G"));
    let bad = format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|B-2|P|2.5\r{}\rOBX|1|NM|||7||||||", obr("ACC-B"));
    // LF line endings and MLLP-free: as files exported from an interface engine often are.
    std::fs::write(&f, format!("{}\n{}\n{}\n", good.replace('\r', "\n"), bad.replace('\r', "\n"), good.replace("G-1", "G-3").replace("ACC-G", "ACC-G3").replace('\r', "\n"))).unwrap();
    let out = radlabel(&["hl7", "convert", f.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(json_lines(&out.stdout).iter().map(|e| e["report_id"].as_str().unwrap().to_string()).collect::<Vec<_>>(), ["ACC-G", "ACC-G3"]);
    let err = text(&out.stderr);
    assert!(err.contains("feed.hl7: message 2 (MSH-10 `B-2`): report ACC-B: no report text"), "{err}");
    let missing = radlabel(&["hl7", "convert", "/nonexistent/x.hl7"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("/nonexistent/x.hl7"));
}
