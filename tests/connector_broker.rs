//! `radlabel run` against a real Kafka-compatible broker (tansu) on loopback.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use common::broker::{self, Broker, Rec};
use common::Connector;

const REPORTS: &str = "radiology.reports";
const FINDINGS: &str = "radiology.findings";
const UNCERTAIN: &str = "radiology.uncertain";
const DLQ: &str = "radiology.dlq";

/// Self-written report texts; varied so that some reports are routed to the teacher.
const TEXTS: [&str; 6] = [
    "Heart size normal. Lungs clear. No effusion or pneumothorax.",
    "Possible small left pleural effusion. Cannot exclude early pneumonia.",
    "Cardiomegaly with mild pulmonary edema. Bilateral small effusions.",
    "Small right apical pneumothorax. Right chest tube in place.",
    "Left lower lobe consolidation. Healed left rib fracture.",
    "Widened mediastinum. Nodular opacity in the right upper lobe, suspicious for neoplasm.",
];

fn event(i: usize) -> Vec<u8> {
    serde_json::json!({"report_id": format!("R{i}"), "findings": TEXTS[i % TEXTS.len()], "impression": TEXTS[(i / 7) % TEXTS.len()]})
        .to_string()
        .into_bytes()
}

async fn setup(partitions: i32) -> Broker {
    let b = Broker::start();
    b.create_topics(&[(REPORTS, partitions), (FINDINGS, 1), (UNCERTAIN, 1), (DLQ, 1)]).await;
    b
}

fn by_report(recs: &[Rec]) -> HashMap<String, Vec<serde_json::Value>> {
    let mut m: HashMap<String, Vec<serde_json::Value>> = HashMap::new();
    for r in recs {
        let v = r.json();
        m.entry(v["report_id"].as_str().unwrap().to_string()).or_default().push(v);
    }
    m
}

fn wait_distinct(addr: &str, topic: &str, n: usize, timeout: Duration) -> Vec<Rec> {
    broker::read_until(addr, topic, 1, timeout, |recs| {
        recs.iter().map(|r| r.json()["idempotency_id"].as_str().unwrap_or("").to_string()).collect::<HashSet<_>>().len() >= n
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_reports_one_findings_record_each() {
    let b = setup(4).await;
    let n = 10_000;
    let records: Vec<(i32, String, Vec<u8>)> = (0..n).map(|i| ((i % 4) as i32, format!("R{i}"), event(i))).collect();
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-10k", &[]);
    let findings = wait_distinct(&b.addr, FINDINGS, n, Duration::from_secs(240));
    let got = by_report(&findings);
    assert_eq!(got.len(), n, "one findings record per report");
    assert!(got.values().all(|v| v.len() == 1), "no duplicates without a crash");
    // Exactly the cases the policy selects are on the uncertain topic.
    let expect: HashSet<String> = got
        .iter()
        .filter(|(_, v)| v[0]["uncertain"].as_bool().unwrap() || v[0]["confidence"].as_f64().unwrap() < 0.5)
        .map(|(k, _)| k.clone())
        .collect();
    assert!(!expect.is_empty() && expect.len() < n, "the test data exercises routing ({} of {n})", expect.len());
    let unc = broker::read_until(&b.addr, UNCERTAIN, 1, Duration::from_secs(60), |r| r.len() >= expect.len());
    let unc_ids: HashSet<String> = unc.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(unc.len(), unc_ids.len());
    assert_eq!(unc_ids, expect);
    let case = unc[0].json();
    assert!(case["text"].as_str().unwrap().starts_with("FINDINGS: "));
    assert!(case["reason"].as_str().unwrap().len() > 5);
    // Provenance and the idempotency id.
    let f = &got["R5"][0];
    assert_eq!(f["source"]["topic"], REPORTS);
    assert_eq!(f["source"]["partition"], 1);
    assert_eq!(f["source"]["offset"], 1);
    assert_eq!(f["labels"].as_object().unwrap().len(), 14);
    assert_eq!(c.terminate(), Some(0), "graceful exit");
    assert_eq!(broker::committed(&b.addr, "g-10k", REPORTS, 4), vec![2500; 4], "every input committed, nothing beyond");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poison_messages_are_dead_lettered_and_good_ones_keep_their_order() {
    let b = setup(2).await;
    let mut records = Vec::new();
    let poison: Vec<(Vec<u8>, &str)> = vec![
        (vec![0x7b, 0xff, 0xfe], "InvalidUtf8"),
        (b"{not json".to_vec(), "InvalidJson"),
        (br#"{"text": "no id"}"#.to_vec(), "MissingReportId"),
        (br#"{"report_id": "E1"}"#.to_vec(), "MissingReportText"),
        (serde_json::json!({"report_id": "L1", "text": "x".repeat(70_000)}).to_string().into_bytes(), "ReportTooLong"),
        (br#"{"report_id": "P1", "text": "Clear.", "status": "preliminary"}"#.to_vec(), "PreliminaryReport"),
    ];
    let mut good = 0;
    for i in 0..120 {
        let part = (i % 2) as i32;
        if i % 10 == 3 {
            let (v, _) = &poison[(i / 10) % poison.len()];
            records.push((part, format!("bad-{i}"), v.clone()));
        } else {
            records.push((part, format!("R{i}"), event(i)));
            good += 1;
        }
    }
    let p = b.producer();
    broker::produce(&p, REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-poison", &[("RADLABEL_INPUT_PRELIMINARY", "dead-letter")]);
    let n_bad = records.len() - good;
    let dlq = broker::read_until(&b.addr, DLQ, 1, Duration::from_secs(120), |r| r.len() >= n_bad);
    let findings = wait_distinct(&b.addr, FINDINGS, good, Duration::from_secs(120));
    assert_eq!(dlq.len(), n_bad);
    for d in &dlq {
        let part: i32 = d.header("radlabel.error.partition").unwrap().parse().unwrap();
        let off: i64 = d.header("radlabel.error.offset").unwrap().parse().unwrap();
        let original = records.iter().filter(|r| r.0 == part).nth(off as usize).unwrap();
        assert_eq!(d.value.as_deref(), Some(original.2.as_slice()), "value untouched");
        assert_eq!(d.key.as_deref(), Some(original.1.as_bytes()), "key untouched");
        assert_eq!(d.header("radlabel.error.topic").as_deref(), Some(REPORTS));
        let class = d.header("radlabel.error.class").unwrap();
        let want = poison.iter().find(|(v, _)| v == &original.2).unwrap().1;
        assert_eq!(class, want);
        assert!(["decode", "validate"].contains(&d.header("radlabel.error.stage").unwrap().as_str()));
        assert!(!d.header("radlabel.error.message").unwrap().is_empty());
    }
    // Order per input partition is kept among the good ones.
    let mut last: HashMap<i64, i64> = HashMap::new();
    for f in &findings {
        let v = f.json();
        let (part, off) = (v["source"]["partition"].as_i64().unwrap(), v["source"]["offset"].as_i64().unwrap());
        assert!(last.get(&part).is_none_or(|&prev| off > prev), "partition {part}: {off} after {:?}", last.get(&part));
        last.insert(part, off);
    }
    assert_eq!(findings.len(), good);
    assert_eq!(c.terminate(), Some(0));
    assert_eq!(broker::committed(&b.addr, "g-poison", REPORTS, 2), vec![60, 60]);
}

/// Input offsets per partition that have at least one output (findings or dead letter).
fn covered(findings: &[Rec]) -> HashMap<i64, HashSet<i64>> {
    let mut m: HashMap<i64, HashSet<i64>> = HashMap::new();
    for f in findings {
        let v = f.json();
        m.entry(v["source"]["partition"].as_i64().unwrap()).or_default().insert(v["source"]["offset"].as_i64().unwrap());
    }
    m
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_stream_loses_nothing_and_duplicates_stay_in_the_uncommitted_window() {
    let b = setup(2).await;
    let n = 8000;
    let records: Vec<(i32, String, Vec<u8>)> = (0..n).map(|i| ((i % 2) as i32, format!("R{i}"), event(i))).collect();
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-crash", &[("RADLABEL_KAFKA_COMMIT_INTERVAL_MS", "200")]);
    broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(120), |r| r.len() >= 2000);
    c.signal("-KILL");
    drop(c);
    let at_crash = broker::committed(&b.addr, "g-crash", REPORTS, 2);
    let before = broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(5), |_| false);
    assert!(before.len() < n, "killed mid-stream ({} of {n} done)", before.len());
    // Committed offsets never run ahead of acknowledged outputs.
    let cov = covered(&before);
    for (p, &c) in at_crash.iter().enumerate() {
        for o in 0..c {
            assert!(cov.get(&(p as i64)).is_some_and(|s| s.contains(&o)), "partition {p} committed {c} but offset {o} has no output");
        }
    }
    let c2 = Connector::spawn(&b.addr, "g-crash", &[]);
    let after = wait_distinct(&b.addr, FINDINGS, n, Duration::from_secs(240));
    let ids: HashSet<&str> = after.iter().map(|r| r.key.as_deref().map(|k| std::str::from_utf8(k).unwrap()).unwrap()).collect();
    assert_eq!(ids.len(), n, "every input has at least one output");
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &after {
        *seen.entry(r.json()["idempotency_id"].as_str().unwrap().to_string()).or_default() += 1;
    }
    for r in &after {
        let v = r.json();
        if seen[v["idempotency_id"].as_str().unwrap()] > 1 {
            let (p, o) = (v["source"]["partition"].as_i64().unwrap() as usize, v["source"]["offset"].as_i64().unwrap());
            assert!(o >= at_crash[p], "duplicate of partition {p} offset {o} is below the committed {}", at_crash[p]);
        }
    }
    assert_eq!(c2.terminate(), Some(0));
    assert_eq!(broker::committed(&b.addr, "g-crash", REPORTS, 2), vec![4000, 4000]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_under_load_commits_exactly_what_was_acknowledged() {
    let b = setup(2).await;
    let n = 20_000;
    let records: Vec<(i32, String, Vec<u8>)> = (0..n).map(|i| ((i % 2) as i32, format!("R{i}"), event(i))).collect();
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-term", &[]);
    broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(120), |r| r.len() >= 1500);
    assert_eq!(c.terminate(), Some(0), "SIGTERM under load exits 0");
    let committed = broker::committed(&b.addr, "g-term", REPORTS, 2);
    let all = broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(5), |_| false);
    assert!(all.len() < n, "stopped mid-stream");
    let cov = covered(&all);
    for (p, &c) in committed.iter().enumerate() {
        let got = cov.get(&(p as i64)).cloned().unwrap_or_default();
        let want: HashSet<i64> = (0..c).collect();
        assert_eq!(got, want, "partition {p}: outputs are exactly the committed prefix 0..{c}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_split_partitions_and_a_rebalance_loses_nothing() {
    let b = setup(4).await;
    let n = 12_000;
    let records: Vec<(i32, String, Vec<u8>)> = (0..n).map(|i| ((i % 4) as i32, format!("R{i}"), event(i))).collect();
    let a = Connector::spawn(&b.addr, "g-two", &[("RADLABEL_BATCH_MAX_IN_FLIGHT", "1"), ("RADLABEL_BATCH_MAX_REPORTS", "16")]);
    a.wait_for("partitions assigned", Duration::from_secs(60));
    let c2 = Connector::spawn(&b.addr, "g-two", &[("RADLABEL_BATCH_MAX_IN_FLIGHT", "1"), ("RADLABEL_BATCH_MAX_REPORTS", "16")]);
    let line = c2.wait_for("partitions assigned", Duration::from_secs(60));
    assert!(line.contains("partitions=2"), "the second instance takes half: {line}");
    broker::produce(&b.producer(), REPORTS, &records).await;
    broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(120), |r| r.len() >= 2000);
    // One instance leaves mid-stream: the other takes over its partitions.
    assert_eq!(a.terminate(), Some(0));
    let after = wait_distinct(&b.addr, FINDINGS, n, Duration::from_secs(240));
    let ids: HashSet<String> = after.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), n, "nothing lost across the rebalance");
    let sources: HashSet<i64> = after.iter().map(|r| r.json()["source"]["partition"].as_i64().unwrap()).collect();
    assert_eq!(sources.len(), 4);
    assert_eq!(c2.terminate(), Some(0));
    assert_eq!(broker::committed(&b.addr, "g-two", REPORTS, 4), vec![3000; 4]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_unreachable_at_start_is_retried_until_it_appears() {
    let port = broker::free_port();
    let addr = format!("127.0.0.1:{port}");
    // Whichever creates the topics first (the connector once the broker appears, or the test),
    // they have one partition.
    let c = Connector::spawn(&addr, "g-late", &[("RADLABEL_KAFKA_TOPIC_PARTITIONS", "1")]);
    c.wait_for("kafka client error (retrying)", Duration::from_secs(30));
    assert!(c.child.id() > 0);
    let b = Broker::start_on(port);
    b.create_topics(&[(REPORTS, 1), (FINDINGS, 1), (UNCERTAIN, 1), (DLQ, 1)]).await;
    let records: Vec<(i32, String, Vec<u8>)> = (0..200).map(|i| (0, format!("R{i}"), event(i))).collect();
    broker::produce(&b.producer(), REPORTS, &records).await;
    let got = wait_distinct(&b.addr, FINDINGS, 200, Duration::from_secs(120));
    assert_eq!(by_report(&got).len(), 200);
    assert_eq!(c.terminate(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn avro_events_in_the_confluent_wire_format_are_labelled() {
    use radlabel::events::avro::encode_event;
    use radlabel::events::ReportEvent;
    let b = setup(1).await;
    // Written the way the HL7 gateway writes Avro: the bundled schema under a local id.
    let frame = |id: u32, report: &str| {
        let ev = ReportEvent { report_id: report.into(), text: Some("Small right pneumothorax. Heart normal.".into()), ..ReportEvent::default() };
        encode_event(&ev, id).unwrap()
    };
    let records = vec![(0, "A1".to_string(), frame(1, "A1")), (0, "X".to_string(), frame(5, "X")), (0, "A2".to_string(), frame(1, "A2"))];
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-avro", &[("RADLABEL_INPUT_FORMAT", "avro")]);
    let f = wait_distinct(&b.addr, FINDINGS, 2, Duration::from_secs(60));
    let ids: Vec<String> = f.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["A1", "A2"]);
    let dlq = broker::read_until(&b.addr, DLQ, 1, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq[0].header("radlabel.error.class").as_deref(), Some("UnknownSchema"));
    assert_eq!(dlq[0].value.as_deref(), Some(records[1].2.as_slice()));
    assert_eq!(c.terminate(), Some(0));
}

/// Transactional mode runs end to end on the local broker: outputs and input offsets are
/// committed in transactions. tansu accepts transactions but does not isolate them
/// (read_committed consumers still see aborted records), so exactly-once itself cannot be
/// verified here: see deploy/README.md for running this against Apache Kafka or Redpanda.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transactional_mode_commits_outputs_and_offsets_together() {
    let b = setup(2).await;
    let mut records: Vec<(i32, String, Vec<u8>)> = (0..600).map(|i| ((i % 2) as i32, format!("R{i}"), event(i))).collect();
    records.push((0, "bad".into(), b"{oops".to_vec()));
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-txn", &[("RADLABEL_KAFKA_DELIVERY", "transactional")]);
    let f = wait_distinct(&b.addr, FINDINGS, 600, Duration::from_secs(120));
    assert_eq!(by_report(&f).len(), 600);
    let dlq = broker::read_until(&b.addr, DLQ, 1, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq.len(), 1);
    assert_eq!(c.terminate(), Some(0));
    assert_eq!(broker::committed(&b.addr, "g-txn", REPORTS, 2), vec![301, 300], "offsets committed through the transactions");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preliminary_reports_are_skipped_and_corrected_ones_say_so() {
    let b = setup(1).await;
    let ev = |id: &str, status: &str| serde_json::json!({"report_id": id, "text": "Heart normal. Small left effusion.", "status": status}).to_string().into_bytes();
    let records = vec![(0, "A".to_string(), ev("A", "final")), (0, "B".to_string(), ev("B", "preliminary")), (0, "C".to_string(), ev("C", "corrected"))];
    broker::produce(&b.producer(), REPORTS, &records).await;
    let c = Connector::spawn(&b.addr, "g-prelim", &[]);
    let f = wait_distinct(&b.addr, FINDINGS, 2, Duration::from_secs(60));
    let got: Vec<(String, String)> = f.iter().map(|r| { let v = r.json(); (v["report_id"].as_str().unwrap().into(), v["status"].as_str().unwrap().into()) }).collect();
    assert_eq!(got, [("A".to_string(), "final".to_string()), ("C".to_string(), "corrected".to_string())]);
    assert_eq!(c.terminate(), Some(0));
    assert!(broker::read_until(&b.addr, DLQ, 1, Duration::from_secs(2), |_| false).is_empty(), "skipped, not dead-lettered");
    assert_eq!(broker::committed(&b.addr, "g-prelim", REPORTS, 1), vec![3], "the skipped report is committed too");
}
