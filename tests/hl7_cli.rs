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
    let obr = |acc: &str| format!("OBR|1||{acc}|71046^XR CHEST 2 VIEWS^CPT{}F", "|".repeat(21));
    let good = format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|G-1|P|2.5\r{}\rOBX|1|TX|||Lungs clear.||||||F", obr("ACC-G"));
    let bad = format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|B-2|P|2.5\r{}\rOBX|1|NM|||7||||||", obr("ACC-B"));
    // LF line endings and MLLP-free: as files exported from an interface engine often are.
    std::fs::write(&f, format!("{}\n{}\n{}\n", good.replace('\r', "\n"), bad.replace('\r', "\n"), good.replace("G-1", "G-3").replace("ACC-G", "ACC-G3").replace('\r', "\n"))).unwrap();
    let out = radlabel(&["hl7", "convert", f.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(json_lines(&out.stdout).iter().map(|e| e["report_id"].as_str().unwrap().to_string()).collect::<Vec<_>>(), ["ACC-G", "ACC-G3"]);
    let err = text(&out.stderr);
    assert!(err.contains("feed.hl7: message 2 (MSH-10 `B-2`), order 1: report ACC-B: no report text"), "{err}");
    let missing = radlabel(&["hl7", "convert", "/nonexistent/x.hl7"], None);
    assert_eq!(missing.status.code(), Some(2), "an input file that cannot be read is unusable input, as in label");
    assert!(text(&missing.stderr).contains("/nonexistent/x.hl7"));
}

/// A scripted MLLP receiver on a free loopback port: reads frames and answers each by `plan`
/// (MSA-1 code, or None for no ACK at all), like an interface engine honouring MSH-15.
fn scripted_receiver(plan: Vec<Option<&'static str>>) -> (String, std::thread::JoinHandle<usize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let handle = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut seen = 0;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        for answer in plan {
            // One whole frame: 0x0B ... 0x1C 0x0D.
            let frame = loop {
                if let Some(end) = buf.windows(2).position(|w| w == [0x1c, 0x0d]) {
                    let f: Vec<u8> = buf.drain(..end + 2).collect();
                    break f;
                }
                let n = s.read(&mut chunk).unwrap();
                if n == 0 {
                    return seen;
                }
                buf.extend_from_slice(&chunk[..n]);
            };
            seen += 1;
            let msg = String::from_utf8_lossy(&frame[1..frame.len() - 2]).into_owned();
            let control_id = msg.split('\r').next().unwrap().split('|').nth(9).unwrap().to_string();
            if let Some(code) = answer {
                let ack = format!("\x0bMSH|^~\\&|RL|H|RIS|H|2026||ACK|A{seen}|P|2.5\rMSA|{code}|{control_id}\r\x1c\r");
                s.write_all(ack.as_bytes()).unwrap();
            }
        }
        seen
    });
    (addr, handle)
}

#[test]
fn lab_results_and_bad_orders_in_a_feed() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("results.hl7");
    let msh = |id: &str| format!("MSH|^~\\&|LIS|H|RL|H|2026||ORU^R01|{id}|P|2.5");
    // A microbiology result (OBR-24 MB) and a radiology message whose first order has no text.
    let lab = format!("{}\rOBR|1||LAB-7|548-8^Bordetella pertussis DNA^LN{}MB|F\rOBX|1|CE|548-8^B pertussis^LN||260415000^Not detected^SCT||||||F", msh("L-1"), "|".repeat(20));
    let rad = format!(
        "{}\rOBR|1||ACC-N|71046^XR CHEST^CPT{}F\rOBX|1|NM|DOSE||5||||||F\rOBR|2||ACC-T|71046^XR CHEST^CPT{}F\rOBX|1|TX|||Lungs clear.||||||F",
        msh("R-2"),
        "|".repeat(21),
        "|".repeat(21)
    );
    std::fs::write(&f, format!("{lab}\r{rad}\r")).unwrap();
    let out = radlabel(&["hl7", "convert", f.to_str().unwrap()], None);
    let ids: Vec<String> = json_lines(&out.stdout).iter().map(|e| e["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["ACC-T"], "the lab result is not an event; the valid order beside a bad one is");
    let err = text(&out.stderr);
    assert!(err.contains("message 1: report LAB-7 skipped (not_radiology)"), "{err}");
    assert!(err.contains("(MSH-10 `R-2`), order 1: report ACC-N: no report text"), "{err}");
    assert!(err.contains("2 messages: 1 report events, 1 skipped, 1 failed"), "{err}");
    assert_eq!(out.status.code(), Some(3));
    let all = radlabel(&["hl7", "convert", "--accept", "all", f.to_str().unwrap()], None);
    assert_eq!(json_lines(&all.stdout).len(), 2, "--accept all publishes the lab result too");
}

#[test]
fn a_batch_file_converts_without_counting_its_envelope() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("backfill.hl7");
    let m = |id: &str| format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|{id}|P|2.5\nOBR|1||ACC-{id}|71046^XR CHEST^CPT{}F\nOBX|1|TX|||Clear.||||||F\n", "|".repeat(21));
    std::fs::write(&f, format!("FHS|^~\\&|RIS|H\nBHS|^~\\&|RIS|H\n{}{}BTS|2\nFTS|1\n", m("B-1"), m("B-2"))).unwrap();
    let out = radlabel(&["hl7", "convert", f.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let events = json_lines(&out.stdout);
    assert_eq!(events.len(), 2);
    assert_eq!(events[1]["text"], "Clear.", "the trailer is not part of the last message");
    assert!(text(&out.stderr).contains("2 messages: 2 report events, 0 skipped, 0 failed"), "{}", text(&out.stderr));
}

#[test]
fn send_honours_msh15_reports_a_missing_ack_and_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("backfill.hl7");
    let m = |id: &str, msh15: &str| format!("MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|{id}|P|2.5|||{msh15}\rOBR|1||ACC-{id}|71046^XR CHEST^CPT{}F\rOBX|1|TX|||Clear.||||||F\r", "|".repeat(21));
    // S-2 asks for no ACK (NE): the receiver rightly sends none and the client must not wait.
    // S-3's ACK never comes: reported after the timeout, and S-4 is still sent.
    std::fs::write(&f, [m("S-1", ""), m("S-2", "NE"), m("S-3", "AL"), m("S-4", "")].concat()).unwrap();
    let (addr, receiver) = scripted_receiver(vec![Some("AA"), None, None, Some("AA")]);
    let out = radlabel(&["hl7", "send", "--to", &addr, "--timeout-s", "2", f.to_str().unwrap()], None);
    assert_eq!(receiver.join().unwrap(), 4, "every message reached the receiver");
    let lines: Vec<Vec<String>> = text(&out.stdout).lines().map(|l| l.split('\t').map(str::to_string).collect()).collect();
    let codes: Vec<(&str, &str)> = lines.iter().map(|l| (l[0].as_str(), l[1].as_str())).collect();
    assert_eq!(codes, [("S-1", "AA"), ("S-2", "NE"), ("S-3", "-"), ("S-4", "AA")], "{}", text(&out.stdout));
    assert!(lines[2][2].contains("no ACK within 2"), "{:?}", lines[2]);
    let summary = text(&out.stderr);
    assert!(summary.contains("4 messages: 4 sent, 2 accepted (AA/CA), 0 refused (AE/AR/CE/CR), 2 without ACK (none asked: 1), 0 not sent"), "{summary}");
    assert_eq!(out.status.code(), Some(3), "a message without its ACK is not a success");
}
