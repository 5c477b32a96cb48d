//! `radlabel teacher export`: the teacher-labels topic, read from the beginning to its end,
//! deduplicated by report id (latest label wins), written as JSON lines a
//! refresh of the student trains on: `{"report_id", "text" (redacted), "marks" ("CM+ EFF?",
//! the shared teacher-label format), "labels", "teacher_model", "prompt_version",
//! "labelled_at_ms"}`.

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use rdkafka::Message;
use serde_json::json;

use crate::config::KafkaConfig;
use crate::events::avro::{AvroError, JsonDecoder};
use crate::events::teacher::TeacherLabel;
use crate::kafka::{ReadError, TopicReader};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("kafka: {0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error("the topic was not read to its end within {0} s")]
    Timeout(u64),
    #[error("schema registry unavailable: {0}")]
    Registry(String),
    #[error(transparent)]
    Output(std::io::Error),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ExportStats {
    pub records: usize,
    pub reports: usize,
    /// Records that are not teacher labels (skipped, counted).
    pub unreadable: usize,
}

/// `avro`: the labels are Avro (the worker ran with `output.format = "avro"`). The consumer
/// polls on this thread (a CLI run: nothing else shares it); writer schemas are awaited.
pub async fn export(kafka: &KafkaConfig, topic: &str, out: &mut dyn Write, timeout: Duration, avro: Option<&JsonDecoder>) -> Result<ExportStats, ExportError> {
    let reader = TopicReader::from_beginning(kafka, topic, "export")?;
    let ends = reader.ends()?;
    let c = &reader.consumer;
    let mut st = ExportStats::default();
    // report id -> (labelled_at, partition, offset, label): the latest wins.
    let mut latest: HashMap<String, (u64, i32, i64, TeacherLabel)> = HashMap::new();
    if !ends.is_empty() {
        let deadline = Instant::now() + timeout;
        let mut done: HashMap<i32, bool> = ends.keys().map(|p| (*p, false)).collect();
        // Some brokers report the high watermark of a multi-record batch short (tansu: the
        // batch's base offset + 1), so past the watermarks reading goes on until a second
        // passes without a record.
        loop {
            if Instant::now() > deadline {
                return Err(ExportError::Timeout(timeout.as_secs()));
            }
            let reached = done.values().all(|d| *d);
            let Some(m) = c.poll(Duration::from_millis(if reached { 1000 } else { 200 })) else {
                if reached {
                    break;
                }
                continue;
            };
            let m = m?;
            // A partition empty at the start has no end to reach: its records, if any arrive, are read.
            if ends.get(&m.partition()).is_some_and(|end| m.offset() + 1 >= *end) {
                done.insert(m.partition(), true);
            }
            st.records += 1;
            let value = match avro {
                None => m.payload().and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok()),
                Some(d) => match d.decode(m.payload()).await {
                    Ok(v) => Some(v),
                    Err(AvroError::RegistryUnavailable(e)) => return Err(ExportError::Registry(e)),
                    Err(AvroError::Decode(_)) => None,
                },
            };
            match value.and_then(|v| serde_json::from_value::<TeacherLabel>(v).ok()) {
                Some(l) => {
                    let newer = latest.get(&l.report_id).is_none_or(|(t, p, o, _)| (l.labelled_at_ms, m.partition(), m.offset()) > (*t, *p, *o));
                    if newer {
                        latest.insert(l.report_id.clone(), (l.labelled_at_ms, m.partition(), m.offset(), l));
                    }
                }
                None => st.unreadable += 1,
            }
        }
    }
    let mut rows: Vec<_> = latest.into_values().map(|(_, _, _, l)| l).collect();
    rows.sort_by(|a, b| a.report_id.cmp(&b.report_id));
    for l in &rows {
        let line = json!({
            "report_id": l.report_id, "text": l.text, "marks": l.key_marks(), "labels": l.labels,
            "teacher_model": l.teacher.model, "prompt_version": l.teacher.prompt_version, "labelled_at_ms": l.labelled_at_ms,
        });
        writeln!(out, "{line}").map_err(ExportError::Output)?;
    }
    out.flush().map_err(ExportError::Output)?;
    st.reports = rows.len();
    Ok(st)
}
