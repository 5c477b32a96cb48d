//! Small Kafka helpers for backfills, the demo and debugging: publish a report file as
//! report events (`radlabel produce`) and print records from a topic (`radlabel consume`).
//! Both use the same Kafka settings as the connector (`kafka.librdkafka` included), so they
//! work on a TLS/SASL cluster where the connector does.

use std::time::Duration;

use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::util::Timeout;
use rdkafka::Message;

use crate::config::KafkaConfig;
use crate::kafka::{client_config, ensure_topics, preflight, ClientLog, TopicReader};
use crate::events::ReportEvent;
use crate::core::report::ReportBody;
use crate::io::input::{self, InputFormat};

/// Publish every readable row of a report file as a JSON report event keyed by report id.
/// Returns (sent, skipped rows).
pub async fn produce(path: &str, format: Option<InputFormat>, kafka: &KafkaConfig, topic: &str, partitions: i32) -> anyhow::Result<(usize, usize)> {
    preflight(kafka).await?;
    ensure_topics(kafka, &[(topic, partitions)]).await?;
    let producer: FutureProducer<ClientLog> = client_config(kafka, &[("enable.idempotence", "true".into())]).create_with_context(ClientLog::default())?;
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
/// `with_headers`: each line is `{"key", "headers", "value"}` instead of the bare value.
pub fn consume(kafka: &KafkaConfig, topic: &str, count: usize, timeout: Duration, with_headers: bool) -> anyhow::Result<usize> {
    let reader = TopicReader::from_beginning(kafka, topic, "consume")?;
    let c = &reader.consumer;
    let end = std::time::Instant::now() + timeout;
    let mut n = 0;
    while n < count && std::time::Instant::now() < end {
        if let Some(m) = c.poll(Duration::from_millis(200)) {
            let m = m?;
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let value = m.payload().map(String::from_utf8_lossy).unwrap_or_default();
            let line = if with_headers { with_headers_line(&m, &value) } else { value.into_owned() };
            if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
                break; // the reader went away (`| head`)
            }
            n += 1;
        }
    }
    Ok(n)
}

fn with_headers_line(m: &rdkafka::message::BorrowedMessage<'_>, value: &str) -> String {
    use rdkafka::message::Headers;
    let headers: serde_json::Map<String, serde_json::Value> = m
        .headers()
        .map(|h| h.iter().map(|h| (h.key.to_string(), h.value.map_or(serde_json::Value::Null, |v| String::from_utf8_lossy(v).into_owned().into()))).collect())
        .unwrap_or_default();
    serde_json::json!({ "key": m.key().map(String::from_utf8_lossy), "headers": headers, "value": value }).to_string()
}
