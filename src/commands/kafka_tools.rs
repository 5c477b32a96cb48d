//! Small Kafka helpers for backfills, the demo and debugging: publish a report file as
//! report events (`radlabel produce`) and print records from a topic (`radlabel consume`).
//! Both use the same Kafka settings as the connector (`kafka.librdkafka` included), so they
//! work on a TLS/SASL cluster where the connector does.

use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::util::Timeout;
use rdkafka::{Message, TopicPartitionList};

use crate::connector::config::KafkaConfig;
use crate::connector::kafka::{client_config, ensure_topics};
use crate::events::ReportEvent;
use crate::core::report::ReportBody;
use crate::io::input::{self, InputFormat};

/// Publish every readable row of a report file as a JSON report event keyed by report id.
/// Returns (sent, skipped rows).
pub async fn produce(path: &str, format: Option<InputFormat>, kafka: &KafkaConfig, topic: &str, partitions: i32) -> anyhow::Result<(usize, usize)> {
    ensure_topics(kafka, &[(topic, partitions)]).await?;
    let producer: FutureProducer = client_config(kafka, &[("enable.idempotence", "true".into())]).create()?;
    let mut pending = Vec::new();
    let mut skipped = 0;
    for row in input::open(path, format)? {
        let report = match row? {
            Ok(r) => r,
            Err(e) => {
                eprintln!("skipped: {e}");
                skipped += 1;
                continue;
            }
        };
        let (text, findings, impression) = match report.body {
            ReportBody::Whole(t) => (Some(t), None, None),
            ReportBody::Sections { findings, impression } => (None, Some(findings), Some(impression)),
        };
        let ev = ReportEvent { report_id: report.id, text, findings, impression, source: Some("radlabel produce".into()), ..ReportEvent::default() };
        let payload = serde_json::to_vec(&ev)?;
        let key = ev.report_id.clone();
        let p = producer.clone();
        let topic = topic.to_string();
        pending.push(tokio::spawn(async move {
            p.send(FutureRecord::to(&topic).key(&key).payload(&payload), Timeout::Never).await.map_err(|(e, _)| e)
        }));
    }
    let sent = pending.len();
    for p in pending {
        p.await??;
    }
    Ok((sent, skipped))
}

/// Print up to `count` records of a topic from the beginning, one JSON value per line.
pub fn consume(kafka: &KafkaConfig, topic: &str, count: usize, timeout: Duration) -> anyhow::Result<usize> {
    let ours = [("group.id", format!("radlabel-consume-{}", std::process::id())), ("enable.auto.commit", "false".into())];
    let c: BaseConsumer = client_config(kafka, &ours).create()?;
    let meta = c.fetch_metadata(Some(topic), Duration::from_secs(10))?;
    let partitions = meta.topics().first().map_or(0, |t| t.partitions().len());
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions as i32 {
        tpl.add_partition_offset(topic, p, rdkafka::Offset::Beginning)?;
    }
    c.assign(&tpl)?;
    let end = std::time::Instant::now() + timeout;
    let mut n = 0;
    while n < count && std::time::Instant::now() < end {
        if let Some(m) = c.poll(Duration::from_millis(200)) {
            let m = m?;
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let line = m.payload().map(String::from_utf8_lossy).unwrap_or_default();
            if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
                break; // the reader went away (`| head`)
            }
            n += 1;
        }
    }
    Ok(n)
}
