//! Connector benchmark (prints figures; asserts nothing): `cargo bench --bench connector`.
//!
//! 1. Offline: `radlabel label` on the Open-i reports (read from ../shared, never copied).
//! 2. Through the broker: the same reports as events on a local tansu broker, `radlabel run`
//!    with the same model; sustained throughput from the first to the last findings record.
//! 3. Latency: events produced at 50% of that throughput for a while; produce -> findings
//!    readable, p50 / p99, against linger + 2 batch inference times.
//!
//! Env: RADLABEL_BENCH_MODEL (default models/default), RADLABEL_BENCH_SECONDS (latency phase, 30).

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::broker::Broker;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::util::Timeout;
use rdkafka::{ClientConfig, Message, TopicPartitionList};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn reports() -> Vec<(String, String, String)> {
    let path = repo().join("../shared/data/openi/reports.csv");
    let mut r = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    r.records()
        .map(|x| x.unwrap())
        .map(|x| (x[0].to_string(), x[3].to_string(), x[4].to_string()))
        .filter(|(_, f, i)| !(f.trim().is_empty() && i.trim().is_empty()))
        .collect()
}

fn reader(addr: &str, topic: &str) -> BaseConsumer {
    let c: BaseConsumer = ClientConfig::new().set("bootstrap.servers", addr).set("group.id", "bench-reader").set("enable.auto.commit", "false").create().unwrap();
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(topic, 0, rdkafka::Offset::Beginning).unwrap();
    c.assign(&tpl).unwrap();
    c
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let bin = repo().join("target/release/radlabel");
    let model = std::env::var("RADLABEL_BENCH_MODEL").unwrap_or_else(|_| repo().join("models/default").display().to_string());
    let seconds: u64 = std::env::var("RADLABEL_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    let data = reports();
    let n = data.len();
    println!("connector benchmark: {n} Open-i reports, model {model}, {} cores", std::thread::available_parallelism().unwrap());

    // 1. Offline.
    let csv = std::env::temp_dir().join("radlabel-bench.csv");
    {
        let mut w = csv::Writer::from_path(&csv).unwrap();
        w.write_record(["uid", "findings", "impression"]).unwrap();
        for (u, f, i) in &data {
            w.write_record([u, f, i]).unwrap();
        }
    }
    let t = Instant::now();
    let out = Command::new(&bin).args(["label", csv.to_str().unwrap(), "-q", "-o", "/dev/null", "--model", &model]).output().unwrap();
    let offline = n as f64 / t.elapsed().as_secs_f64();
    println!("offline  radlabel label: {offline:.1} reports/s ({})", String::from_utf8_lossy(&out.stderr).trim());

    // 2. Through the broker (the integration tests' tansu helper; killed on drop).
    let broker = Broker::start();
    let addr = broker.addr.clone();
    broker.create_topics(&[("radiology.reports", 4), ("radiology.findings", 1), ("radiology.uncertain", 1), ("radiology.dlq", 1)]).await;
    let producer: FutureProducer = ClientConfig::new().set("bootstrap.servers", &addr).set("linger.ms", "2").create().unwrap();
    let event = |i: usize, (u, f, im): &(String, String, String)| (format!("{u}-{i}"), serde_json::json!({"report_id": format!("{u}-{i}"), "findings": f, "impression": im}).to_string());
    // A backlog of twice the reports, all produced before the connector starts.
    let backlog = 2 * n;
    let futs: Vec<_> = (0..backlog).map(|i| {
        let (k, v) = event(i, &data[i % n]);
        let p = producer.clone();
        async move { p.send(FutureRecord::to("radiology.reports").key(&k).payload(&v), Timeout::Never).await.map(|_| ()) }
    }).collect();
    for f in futures::future::join_all(futs).await {
        f.map_err(|(e, _)| e).unwrap();
    }
    let mut connector = Command::new(&bin)
        .args(["run", "--brokers", &addr, "--group", "bench"])
        .env("RADLABEL_MODEL_DIR", &model)
        .env("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000")
        .stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let findings = reader(&addr, "radiology.findings");
    let (mut first, mut got) = (None, 0usize);
    let deadline = Instant::now() + Duration::from_secs(1800);
    let rss = |pid: u32| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/status")).ok()
            .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
            .unwrap_or(0) / 1024
    };
    let mut rss_mb = Vec::new();
    while got < backlog && Instant::now() < deadline {
        if let Some(Ok(_)) = findings.poll(Duration::from_millis(100)) {
            first.get_or_insert_with(Instant::now);
            got += 1;
            if got % (backlog / 8) == 0 {
                rss_mb.push(rss(connector.id()));
            }
        }
    }
    let through = (got - 1) as f64 / first.unwrap().elapsed().as_secs_f64();
    println!("broker   radlabel run:   {through:.1} reports/s sustained over a backlog of {backlog} ({got} findings) = {:.0}% of offline", 100.0 * through / offline);
    println!("memory   connector RSS while draining the backlog (MB, every 1/8): {rss_mb:?}");

    // 3. Latency at 50% of that throughput.
    let rate = through * 0.5;
    let total = (rate * seconds as f64) as usize;
    let interval = Duration::from_secs_f64(1.0 / rate);
    let mut sent: HashMap<String, Instant> = HashMap::new();
    let start = Instant::now();
    let mut lat = Vec::new();
    let mut i = 0;
    while lat.len() < total && start.elapsed() < Duration::from_secs(seconds * 3 + 60) {
        while i < total && start.elapsed() >= interval * i as u32 {
            let (k, v) = event(backlog + i, &data[i % n]);
            sent.insert(k.clone(), Instant::now());
            let _ = producer.send_result(FutureRecord::to("radiology.reports").key(&k).payload(&v));
            i += 1;
        }
        if let Some(Ok(m)) = findings.poll(Duration::from_millis(1)) {
            let k = String::from_utf8_lossy(m.key().unwrap_or_default()).to_string();
            if let Some(t0) = sent.remove(&k) {
                lat.push(t0.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    // A full micro-batch's inference time, from the measured throughput (the conservative bound).
    let cfg = radlabel::config::Config::load(None, &|k| std::env::var(k).ok()).unwrap();
    let batch_ms = cfg.batch.max_reports as f64 / through * 1000.0;
    let linger = cfg.batch.linger_ms as f64;
    println!(
        "latency  at {rate:.0} reports/s for {seconds}s: p50 {:.0} ms, p99 {:.0} ms ({} samples); linger + 2 batch inference times = {:.0} ms",
        pct(&mut lat, 0.5), pct(&mut lat, 0.99), lat.len(), linger + 2.0 * batch_ms
    );
    let _ = Command::new("kill").args(["-TERM", &connector.id().to_string()]).status();
    let _ = connector.wait();
    drop(broker);
}
