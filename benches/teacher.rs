//! Teacher worker benchmark (prints figures; asserts nothing): `cargo bench --bench teacher`.
//! A scripted OpenAI-compatible server that takes 100 ms per answer, a local tansu broker, and
//! `radlabel teacher` at concurrency 1, 4 and 16: cases/s from the first case produced to the
//! last label readable, against the server's ceiling (concurrency / 100 ms). The worker is the
//! bottleneck only if it falls well below that ceiling.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::broker::{self, Broker};
use common::openai::OpenAi;
use common::Connector;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let b = Broker::start();
    let server = OpenAi::start();
    for concurrency in [1usize, 4, 16] {
        let n = (concurrency * 20).max(20);
        let (cases, labels) = (format!("bench.uncertain.{concurrency}"), format!("bench.labels.{concurrency}"));
        b.create_topics(&[(cases.as_str(), 4), (labels.as_str(), 1), ("radiology.dlq", 1)]).await;
        let c = concurrency.to_string();
        let w = Connector::spawn_cmd(
            &["teacher", "--brokers", &b.addr, "--url", &server.url],
            &[("RADLABEL_KAFKA_UNCERTAIN_TOPIC", cases.as_str()), ("RADLABEL_TEACHER_LABELS_TOPIC", labels.as_str()), ("RADLABEL_TEACHER_GROUP_ID", cases.as_str()), ("RADLABEL_TEACHER_CONCURRENCY", c.as_str()), ("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000")],
        );
        w.wait_for("partitions assigned", Duration::from_secs(60));
        let records: Vec<(i32, String, Vec<u8>)> = (0..n)
            .map(|i| {
                let v = serde_json::json!({"report_id": format!("B{i}"), "text": format!("FINDINGS: Enlarged heart, possible effusion. Dr. Okafor 11/30/2026. case:bench {i}")});
                ((i % 4) as i32, format!("B{i}"), v.to_string().into_bytes())
            })
            .collect();
        let t0 = Instant::now();
        broker::produce(&b.producer(), &cases, &records).await;
        let got = broker::read_until(&b.addr, &labels, 1, Duration::from_secs(300), |r| r.len() >= n);
        let secs = t0.elapsed().as_secs_f64();
        let ceiling = concurrency as f64 / 0.1;
        println!(
            "{}",
            serde_json::json!({"bench": "teacher_worker", "concurrency": concurrency, "cases": n, "labelled": got.len(), "seconds": (secs * 100.0).round() / 100.0,
                "cases_per_s": (got.len() as f64 / secs * 10.0).round() / 10.0, "server_ceiling_per_s": ceiling, "share_of_ceiling": ((got.len() as f64 / secs / ceiling) * 100.0).round() / 100.0})
        );
        w.terminate();
    }
}
