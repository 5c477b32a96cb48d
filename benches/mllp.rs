//! HL7 gateway benchmark (prints figures; asserts nothing): `cargo bench --bench mllp`.
//!
//! `radlabel mllp` in front of a local tansu broker, ACK only after the broker stored the
//! event. ORU^R01 messages carry the Open-i reports' text (read from ../shared at run time,
//! never copied), or a self-written report when ../shared is absent. Figures: messages/s and
//! ACK latency (send -> ACK read) with one connection, then with 8 at once; finally the
//! reports topic is counted to show every acknowledged message was stored.
//!
//! Env: RADLABEL_BENCH_MESSAGES (per phase, default 5000).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::broker::{self, Broker};
use common::mllp::{msa, obr, spawn_gateway, Client};

fn texts() -> Vec<(String, String)> {
    let path = common::repo().join("../shared/data/openi/reports.csv");
    match csv::Reader::from_path(&path) {
        Ok(mut r) => r
            .records()
            .map(|x| x.unwrap())
            .map(|x| (x[3].to_string(), x[4].to_string()))
            .filter(|(f, i)| !(f.trim().is_empty() && i.trim().is_empty()))
            .collect(),
        Err(_) => vec![("The heart is normal in size. The lungs are clear.".into(), "No acute disease.".into())],
    }
}

/// HL7-escape report text for an OBX-5 value.
fn esc(s: &str) -> String {
    s.replace('\\', "\\E\\").replace('|', "\\F\\").replace('^', "\\S\\").replace('&', "\\T\\").replace('~', "\\R\\").replace(['\r', '\n'], "\\.br\\")
}

fn message(i: usize, phase: &str, (f, imp): &(String, String)) -> Vec<u8> {
    [
        format!("MSH|^~\\&|RIS|BENCH|RADLABEL|BENCH|20261130080000||ORU^R01^ORU_R01|{phase}-{i}|P|2.5.1|||||UNICODE UTF-8"),
        format!("PID|1||MRN-{i}^^^BENCH^MR"),
        obr(1, &format!("{phase}-ACC-{i}"), "F"),
        format!("OBX|1|TX|18782-3^Radiology Study observation^LN|1|FINDINGS: {}||||||F", esc(f)),
        format!("OBX|2|TX|19005-8^Impression^LN|2|IMPRESSION: {}||||||F", esc(imp)),
    ]
    .join("\r")
    .into_bytes()
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// Send `msgs` on one connection; per-message ACK latency in ms, and how many were AA.
async fn sender(addr: String, msgs: Vec<Vec<u8>>) -> (Vec<f64>, usize) {
    let mut c = Client::connect(&addr).await;
    let mut lat = Vec::with_capacity(msgs.len());
    let mut ok = 0;
    for m in msgs {
        let t = Instant::now();
        let ack = c.send(&m).await;
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
        ok += usize::from(msa(&ack).0 == "AA");
    }
    (lat, ok)
}

async fn phase(addr: &str, name: &str, conns: usize, n: usize, data: &[(String, String)]) -> usize {
    let per = n / conns;
    let mut tasks = Vec::new();
    for c in 0..conns {
        let msgs: Vec<Vec<u8>> = (0..per).map(|i| message(c * per + i, name, &data[(c * per + i) % data.len()])).collect();
        tasks.push(tokio::spawn(sender(addr.to_string(), msgs)));
    }
    let t = Instant::now();
    let mut lat = Vec::new();
    let mut ok = 0;
    for task in tasks {
        let (l, k) = task.await.unwrap();
        lat.extend(l);
        ok += k;
    }
    let secs = t.elapsed().as_secs_f64();
    let total = per * conns;
    println!(
        "{name}: {conns} connection(s), {total} messages in {secs:.2} s = {:.0} msg/s; ACK latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; AA {ok}/{total}",
        total as f64 / secs,
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        pct(&mut lat, 1.0)
    );
    total
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::var("RADLABEL_BENCH_MESSAGES").ok().and_then(|s| s.parse().ok()).unwrap_or(5000);
    let data = texts();
    let b = Broker::start();
    b.create_topics(&[("radiology.reports", 4), ("radiology.dlq", 4)]).await;
    let (g, addr) = spawn_gateway(&b.addr, &[("RADLABEL_LOG", "info,radlabel::mllp=warn")]);
    let avg = data.iter().take(n).map(|d| message(0, "x", d).len()).sum::<usize>() / n.min(data.len());
    println!(
        "MLLP gateway benchmark: {n} ORU^R01 per phase (mean {avg} bytes), tansu on loopback, {} cores, load {}",
        std::thread::available_parallelism().unwrap(),
        std::fs::read_to_string("/proc/loadavg").unwrap_or_default().split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
    phase(&addr, "warmup", 1, 100, &data).await;
    let mut total = 100;
    total += phase(&addr, "single", 1, n, &data).await;
    total += phase(&addr, "eight", 8, n, &data).await;
    let stored = broker::read_until(&b.addr, "radiology.reports", 4, Duration::from_secs(60), |r| r.len() >= total).len();
    println!("reports topic: {stored} events for {total} acknowledged messages");
    let code = g.terminate();
    println!("gateway exit code {code:?}");
}
