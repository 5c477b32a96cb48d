//! `radlabel teacher` against the local broker and a scripted OpenAI-compatible server:
//! protocol cases (fences, prose, malformed JSON, wrong keys, 429 with Retry-After, 500, a
//! timeout, a request the server rejects), redaction before sending, labels and dead letters
//! on their topics, offsets committed only for finished cases, and `teacher export`.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::broker::{self, Broker, Rec};
use common::openai::OpenAi;
use common::Connector;

const UNCERTAIN: &str = "radiology.uncertain";
const LABELS: &str = "radiology.teacher-labels";
const DLQ: &str = "radiology.dlq";

/// An uncertain case as the connector writes it (the fields the worker reads and carries).
fn case(id: &str, marker: &str) -> Vec<u8> {
    serde_json::json!({
        "report_id": id,
        "text": format!("FINDINGS: Enlarged heart. Possible small left effusion. Discussed with Dr. Okafor on 11/30/2026 at 555-201-3344. case:{marker}"),
        "labels": {"Cardiomegaly": "positive"},
        "probabilities": {"Cardiomegaly": {"positive": 0.61, "negative": 0.2, "uncertain": 0.1, "not_mentioned": 0.09}},
        "confidence": 0.55,
        "model": {"name": "student", "version": "7", "variant": "int8"},
        "reason": "low confidence",
        "reason_kind": "low_confidence",
    })
    .to_string()
    .into_bytes()
}

fn by_id(recs: &[Rec]) -> HashMap<String, Vec<serde_json::Value>> {
    let mut m: HashMap<String, Vec<serde_json::Value>> = HashMap::new();
    for r in recs {
        let v = r.json();
        m.entry(v["report_id"].as_str().unwrap_or_default().to_string()).or_default().push(v);
    }
    m
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uncertain_cases_become_teacher_labels_through_every_protocol_case() {
    let b = Broker::start();
    b.create_topics(&[(UNCERTAIN, 2), (LABELS, 1), (DLQ, 1)]).await;
    let server = OpenAi::start();
    let markers = ["plain", "fence", "prose", "malformed", "wrongkeys", "429", "500", "slow", "toolong"];
    let records: Vec<(i32, String, Vec<u8>)> = markers.iter().enumerate().map(|(i, m)| ((i % 2) as i32, format!("R-{m}"), case(&format!("R-{m}"), m))).collect();
    broker::produce(&b.producer(), UNCERTAIN, &records).await;
    // "not json" on partition 0: dead-lettered, not retried, offset still committed.
    broker::produce(&b.producer(), UNCERTAIN, &[(0, "bad".into(), b"not json".to_vec())]).await;

    let w = Connector::spawn_cmd(
        &["teacher", "--brokers", &b.addr, "--url", &server.url, "--metrics-listen", "127.0.0.1:0"],
        &[
            ("RADLABEL_TEACHER_API_KEY_ENV", "TEST_TEACHER_KEY"),
            ("TEST_TEACHER_KEY", "sk-test-0123456789"),
            ("RADLABEL_TEACHER_MAX_ATTEMPTS", "3"),
            ("RADLABEL_TEACHER_BACKOFF_MS", "50"),
            ("RADLABEL_TEACHER_BACKOFF_MAX_MS", "200"),
            ("RADLABEL_TEACHER_REQUEST_TIMEOUT_MS", "1500"),
            ("RADLABEL_TEACHER_CONCURRENCY", "4"),
            ("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000"),
            ("RADLABEL_KAFKA_COMMIT_INTERVAL_MS", "200"),
        ],
    );
    let addr = w.wait_for("metrics endpoint listening", Duration::from_secs(30));
    let metrics_addr = addr.split("addr=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    let labels = broker::read_until(&b.addr, LABELS, 1, Duration::from_secs(90), |r| r.len() >= 7);
    let dlq = broker::read_until(&b.addr, DLQ, 1, Duration::from_secs(60), |r| r.len() >= 3);

    // Seven labelled (fence, prose, malformed once, 429 once, 500 once, slow once, plain), one each.
    let labels_by = by_id(&labels);
    let mut got: Vec<&str> = labels_by.keys().map(String::as_str).collect();
    got.sort();
    assert_eq!(got, ["R-429", "R-500", "R-fence", "R-malformed", "R-plain", "R-prose", "R-slow"]);
    for (id, ls) in &labels_by {
        assert_eq!(ls.len(), 1, "{id} labelled once");
        let l = &ls[0];
        assert_eq!(l["labels"]["Cardiomegaly"], "positive");
        assert_eq!(l["labels"]["Pleural Effusion"], "uncertain");
        assert_eq!(l["labels"]["No Finding"], "not_mentioned", "recomputed by the rule");
        assert_eq!(l["teacher"]["model"], "scripted-teacher");
        assert_eq!(l["teacher"]["prompt_version"], "radlabel-guideline-v1");
        assert_eq!(l["teacher"]["answer_sha256"].as_str().unwrap().len(), 64);
        assert_eq!(l["student"]["model"]["version"], "7");
        assert_eq!(l["student"]["probabilities"]["Cardiomegaly"]["positive"], 0.61);
        assert_eq!(l["redaction"], serde_json::json!({"DATE": 1, "NAME": 1, "PHONE": 1}));
        assert!(!l["text"].as_str().unwrap().contains("Okafor") && l["text"].as_str().unwrap().contains("Dr. [NAME]"));
    }
    assert_eq!(labels_by["R-prose"][0]["teacher"]["no_finding_disagreed"], true, "prose answered No Finding positive");
    assert_eq!(labels_by["R-plain"][0]["teacher"]["attempts"], 1);
    for id in ["R-malformed", "R-429", "R-500", "R-slow"] {
        assert_eq!(labels_by[id][0]["teacher"]["attempts"], 2, "{id}: one failure, then an answer");
    }

    // Dead letters: wrong keys after 3 attempts, the rejected request at once, the bad record.
    let classes: HashMap<String, String> = dlq.iter().map(|r| (r.key.as_ref().map(|k| String::from_utf8_lossy(k).into_owned()).unwrap_or_default(), r.header("radlabel.error.class").unwrap_or_default())).collect();
    assert_eq!(classes["R-wrongkeys"], "UnknownKey");
    assert_eq!(classes["R-toolong"], "RequestRejected");
    assert_eq!(classes["bad"], "InvalidCase");
    assert!(dlq.iter().all(|r| r.header("radlabel.error.stage").as_deref() == Some("teacher")));
    let wrong = dlq.iter().find(|r| r.key.as_deref() == Some(b"R-wrongkeys")).unwrap();
    assert_eq!(wrong.value.as_deref(), Some(case("R-wrongkeys", "wrongkeys").as_slice()), "the original case, unchanged");
    assert_eq!(server.attempts("wrongkeys"), 3);
    assert_eq!(server.attempts("toolong"), 1, "a rejected request is not retried");

    // Nothing identifying reached the server; the key went as a Bearer token.
    {
        let seen = server.seen.lock().unwrap();
        assert!(!seen.requests.is_empty());
        for (auth, body) in &seen.requests {
            assert_eq!(auth.as_deref(), Some("Bearer sk-test-0123456789"));
            for phi in ["Okafor", "11/30/2026", "555-201-3344"] {
                assert!(!body.contains(phi), "{phi} was sent");
            }
            let v: serde_json::Value = serde_json::from_str(body).unwrap();
            assert_eq!(v["response_format"]["type"], "json_schema");
        }
    }

    let metrics = reqwest_get(&metrics_addr, "/metrics");
    assert!(metrics.contains("radlabel_teacher_cases_total{result=\"labelled\"} 7"), "{metrics}");
    assert!(metrics.contains("radlabel_teacher_requests_total{result=\"rate_limited\"} 1"));
    assert!(metrics.contains("radlabel_teacher_tokens_total{kind=\"prompt\"}"));

    // Every case finished: all offsets committed (5 + 1 on partition 0, 4 on partition 1).
    let mut log = Vec::new();
    assert_eq!(w.terminate_keeping(&mut log), Some(0), "{}", log.join("\n"));
    assert_eq!(broker::committed(&b.addr, "radlabel-teacher", UNCERTAIN, 2), vec![6, 4]);
    let all = log.join("\n");
    assert!(!all.contains("sk-test-0123456789"), "the key never reaches a log line");
    assert!(!all.contains("Okafor"), "nor the report's identifiers");

    // A second label for one report (the teacher asked again later): export keeps the latest.
    broker::produce(&b.producer(), UNCERTAIN, &[(0, "R-plain".into(), case("R-plain", "prose"))]).await;
    let w = Connector::spawn_cmd(&["teacher", "--brokers", &b.addr, "--url", &server.url], &[("RADLABEL_TEACHER_BACKOFF_MS", "50"), ("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000")]);
    broker::read_until(&b.addr, LABELS, 1, Duration::from_secs(60), |r| r.len() >= 8);
    assert_eq!(w.terminate(), Some(0));
    let out = common::radlabel(&["teacher", "export", "--brokers", &b.addr], None);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let rows = common::json_lines(&out.stdout);
    assert_eq!(rows.len(), 7, "one row per report");
    let plain = rows.iter().find(|r| r["report_id"] == "R-plain").unwrap();
    assert_eq!(plain["marks"], "CM+ EFF?");
    assert!(plain["text"].as_str().unwrap().contains("case:prose"), "the latest label's text");
    assert!(common::text(&out.stderr).contains("8 records"));
}

/// A plain GET on the metrics endpoint.
fn reqwest_get(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn a_server_that_refuses_the_key_stops_the_worker_with_nothing_committed() {
    // 401 for everything: a plain listener that answers it.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", l.local_addr().unwrap());
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for mut c in l.incoming().map_while(Result::ok) {
            let mut buf = [0u8; 65536];
            let _ = c.read(&mut buf);
            let _ = c.write_all(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        }
    });
    let rt = tokio::runtime::Runtime::new().unwrap();
    let b = Broker::start();
    rt.block_on(b.create_topics(&[(UNCERTAIN, 1), (LABELS, 1), (DLQ, 1)]));
    broker::produce_blocking(&b.addr, &[], UNCERTAIN, &case("R1", "plain"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_radlabel"))
        .args(["teacher", "--brokers", &b.addr, "--url", &url])
        .env("RADLABEL_TEACHER_API_KEY_ENV", "TEST_TEACHER_KEY")
        .env("TEST_TEACHER_KEY", "sk-wrong-key-42")
        .output()
        .unwrap();
    let err = common::text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("refuses requests") && err.contains("401"), "{err}");
    assert!(!err.contains("sk-wrong-key-42"));
    // Nothing past the case is committed: either no commit at all, or a commit tick that came
    // while the request was out stored the case's own offset as the next to read (the tracker's
    // position while it is in flight). Both read the case again after the fix.
    let committed = broker::committed(&b.addr, "radlabel-teacher", UNCERTAIN, 1);
    assert!(matches!(committed[..], [-1] | [0]), "the case is read again after the fix: {committed:?}");
    let unset = std::process::Command::new(env!("CARGO_BIN_EXE_radlabel")).args(["teacher", "--brokers", &b.addr]).env("RADLABEL_TEACHER_API_KEY_ENV", "NOT_SET_ANYWHERE").output().unwrap();
    assert!(common::text(&unset.stderr).contains("teacher.api_key_env") && common::text(&unset.stderr).contains("NOT_SET_ANYWHERE"));
}

#[test]
fn teacher_label_runs_the_same_protocol_on_a_file_in_input_order() {
    let server = OpenAi::start();
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("r.jsonl");
    let rows = [("A", "plain"), ("B", "wrongkeys"), ("C", "fence")];
    let lines: String = rows.iter().map(|(id, m)| format!("{}\n", serde_json::json!({"id": id, "text": format!("Seen by Dr. Okafor. Enlarged heart. case:{m}")}))).collect();
    std::fs::write(&input, lines).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_radlabel"))
        .args(["teacher", "label", input.to_str().unwrap(), "--url", &server.url])
        .env("RADLABEL_TEACHER_MAX_ATTEMPTS", "2")
        .env("RADLABEL_TEACHER_BACKOFF_MS", "20")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "one row failed: {}", common::text(&out.stderr));
    let got = common::json_lines(&out.stdout);
    let ids: Vec<&str> = got.iter().map(|v| v["report_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["A", "B", "C"]);
    assert_eq!(got[0]["marks"], "CM+ EFF?");
    assert_eq!(got[0]["redaction"]["NAME"], 1);
    assert_eq!(got[1]["error"]["class"], "UnknownKey");
    assert_eq!(got[2]["labels"]["Cardiomegaly"], "positive");
    assert!(server.seen.lock().unwrap().requests.iter().all(|(_, b)| !b.contains("Okafor")));
    assert!(common::text(&out.stderr).contains("teacher labelled 2 reports, 1 failed"));
}

/// The loop as it runs: `radlabel run` routes its uncertain cases, the worker labels each of
/// them once, `teacher export` turns them into training rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_connectors_uncertain_cases_reach_the_teacher_and_the_export() {
    let b = Broker::start();
    b.create_topics(&[("radiology.reports", 2), ("radiology.findings", 1), (UNCERTAIN, 2), (LABELS, 1), (DLQ, 1)]).await;
    let server = OpenAi::start();
    let run = Connector::spawn(&b.addr, "g-loop", &[("RADLABEL_ROUTING_MIN_CONFIDENCE", "0.99")]);
    let teacher = Connector::spawn_cmd(&["teacher", "--brokers", &b.addr, "--url", &server.url], &[("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000")]);
    run.wait_for("partitions assigned", Duration::from_secs(60));
    let texts = ["Dr. Haddad: heart enlarged. case:plain", "Possible effusion, called to Maria Lindqvist 555-867-5309. case:fence"];
    let events: Vec<(i32, String, Vec<u8>)> = (0..12).map(|i| ((i % 2) as i32, format!("L{i}"), serde_json::json!({"report_id": format!("L{i}"), "text": texts[i % 2]}).to_string().into_bytes())).collect();
    broker::produce(&b.producer(), "radiology.reports", &events).await;
    broker::read_until(&b.addr, "radiology.findings", 1, Duration::from_secs(60), |r| r.len() >= 12);
    let routed = broker::read_until(&b.addr, UNCERTAIN, 2, Duration::from_secs(30), |r| r.len() >= 12);
    assert!(routed.len() >= 10, "the random tiny model at min_confidence 0.99 routes (nearly) all: {}", routed.len());
    let labels = broker::read_until(&b.addr, LABELS, 1, Duration::from_secs(60), |r| r.len() >= routed.len());
    assert_eq!(run.terminate(), Some(0));
    assert_eq!(teacher.terminate(), Some(0));
    let by = by_id(&labels);
    assert_eq!(by.len(), routed.len(), "every routed case labelled");
    assert!(by.values().all(|v| v.len() == 1), "once each");
    for v in by.values() {
        assert_eq!(v[0]["student"]["model"]["version"], "test", "the student's version travels with the label");
        let text = v[0]["text"].as_str().unwrap();
        assert!(!text.contains("Haddad") && !text.contains("Lindqvist") && !text.contains("867-5309"), "{text}");
    }
    let out = common::radlabel(&["teacher", "export", "--brokers", &b.addr], None);
    assert!(out.status.success());
    assert_eq!(common::json_lines(&out.stdout).len(), routed.len());
}
