//! Hot reload under a running `radlabel run`: the model directory is a symlink, repointed
//! atomically mid-stream to another version and then to a broken directory. Every report is
//! labelled exactly once, by exactly one stamped version; batches labelled before the swap keep
//! the old stamp and none comes after the first new one; the broken model is refused and the
//! new one keeps serving.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use common::broker::{self, Broker};
use common::Connector;

const REPORTS: &str = "radiology.reports";
const FINDINGS: &str = "radiology.findings";
const UNCERTAIN: &str = "radiology.uncertain";
const DLQ: &str = "radiology.dlq";

/// A copy of the tiny test model with its own version.
fn model_copy(dst: &Path, version: &str) {
    std::fs::create_dir_all(dst).unwrap();
    for f in ["model.onnx", "tokenizer.json"] {
        std::fs::copy(common::tiny_model().join(f), dst.join(f)).unwrap();
    }
    let mut cfg: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(common::tiny_model().join("config.json")).unwrap()).unwrap();
    cfg["version"] = version.into();
    std::fs::write(dst.join("config.json"), cfg.to_string()).unwrap();
}

/// Repoint `link` to `target` atomically (a new link renamed over the old one).
fn repoint(link: &Path, target: &Path) {
    let tmp = link.with_extension("next");
    let _ = std::fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).unwrap();
    std::fs::rename(&tmp, link).unwrap();
}

fn events(range: std::ops::Range<usize>) -> Vec<(i32, String, Vec<u8>)> {
    const TEXTS: [&str; 3] = ["Heart size normal. Lungs clear.", "Possible small left pleural effusion.", "Cardiomegaly with mild edema. Right PICC."];
    range.map(|i| ((i % 2) as i32, format!("H{i}"), serde_json::json!({"report_id": format!("H{i}"), "text": TEXTS[i % 3]}).to_string().into_bytes())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_model_version_is_swapped_in_mid_stream_and_a_broken_one_refused() {
    let d = tempfile::tempdir().unwrap();
    let (v1, v2, broken, current) = (d.path().join("v1"), d.path().join("v2"), d.path().join("broken"), d.path().join("current"));
    model_copy(&v1, "tiny-v1");
    model_copy(&v2, "tiny-v2");
    model_copy(&broken, "tiny-v3");
    std::fs::write(broken.join("model.onnx"), b"not an onnx graph").unwrap(); // fails the checksum
    std::os::unix::fs::symlink(&v1, &current).unwrap();

    let b = Broker::start();
    b.create_topics(&[(REPORTS, 2), (FINDINGS, 1), (UNCERTAIN, 1), (DLQ, 1)]).await;
    let c = Connector::spawn(
        &b.addr,
        "g-reload",
        &[("RADLABEL_MODEL_DIR", current.to_str().unwrap()), ("RADLABEL_MODEL_RELOAD_INTERVAL_MS", "100"), ("RADLABEL_BATCH_LINGER_MS", "20"), ("RADLABEL_BATCH_MAX_REPORTS", "8"), ("RADLABEL_ROUTING_MIN_CONFIDENCE", "0.99")],
    );
    c.wait_for("partitions assigned", Duration::from_secs(60));
    let p = b.producer();
    broker::produce(&p, REPORTS, &events(0..40)).await;
    broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(60), |r| r.len() >= 40);

    // Mid-stream: repoint while the next reports are being produced.
    let (tx, rx) = tokio::sync::oneshot::channel();
    let p2 = p.clone();
    let producing = tokio::spawn(async move {
        broker::produce(&p2, REPORTS, &events(40..60)).await;
        let _ = rx.await;
        broker::produce(&p2, REPORTS, &events(60..80)).await;
    });
    repoint(&current, &v2);
    let swapped = c.wait_for("model swapped", Duration::from_secs(60));
    assert!(swapped.contains("tiny-v1") && swapped.contains("tiny-v2"), "{swapped}");
    let _ = tx.send(());
    producing.await.unwrap();
    broker::produce(&p, REPORTS, &events(80..100)).await; // after the swap: all tiny-v2

    repoint(&current, &broken);
    let rejected = c.wait_for("new model directory rejected", Duration::from_secs(60));
    assert!(rejected.contains("checksum") || rejected.contains("sha256"), "{rejected}");
    broker::produce(&p, REPORTS, &events(100..120)).await; // still tiny-v2

    let findings = broker::read_until(&b.addr, FINDINGS, 1, Duration::from_secs(90), |r| r.len() >= 120);
    let uncertain = broker::read_until(&b.addr, UNCERTAIN, 1, Duration::from_secs(10), |r| !r.is_empty());
    let mut log = Vec::new();
    assert_eq!(c.terminate_keeping(&mut log), Some(0));

    let mut seen: HashMap<String, String> = HashMap::new();
    let mut order = Vec::new();
    for r in &findings {
        let v = r.json();
        let id = v["report_id"].as_str().unwrap().to_string();
        let version = v["model"]["version"].as_str().unwrap().to_string();
        assert!(seen.insert(id.clone(), version.clone()).is_none(), "{id} labelled twice");
        order.push(version);
    }
    assert_eq!(seen.len(), 120, "every report labelled");
    let num = |id: &str| id[1..].parse::<usize>().unwrap();
    for (id, version) in &seen {
        match num(id) {
            0..=39 => assert_eq!(version, "tiny-v1", "{id}: before the swap"),
            60..=119 => assert_eq!(version, "tiny-v2", "{id}: after the swap (and after the broken model)"),
            _ => assert!(version == "tiny-v1" || version == "tiny-v2"),
        }
    }
    let first_new = order.iter().position(|v| v == "tiny-v2").unwrap();
    assert!(order[first_new..].iter().all(|v| v == "tiny-v2"), "no old-model record after the first new one: {order:?}");
    assert!(uncertain.iter().all(|r| r.json()["model"]["version"].as_str().is_some_and(|v| v.starts_with("tiny-v"))), "uncertain cases are stamped too");
}
