//! Reading a topic from its beginning, outside any consumer group's committed offsets: what the
//! tools that dump or export a topic (`consume`, `teacher export`) share. The consumer is
//! *assigned* every partition (no group coordination, nothing committed), so a tool run never
//! moves a running role's offsets and always sees the whole topic.

use std::collections::HashMap;
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::{Offset, TopicPartitionList};

use super::client::{client_config, security_failure_after_error, ClientLog, SecurityFailure};
use crate::config::KafkaConfig;

/// How long one metadata or watermark request may take before the tool gives up.
const METADATA_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// TLS or authentication: the tool cannot read at all (named, not retried).
    #[error(transparent)]
    Security(#[from] SecurityFailure),
    #[error("kafka: {0}")]
    Kafka(#[from] KafkaError),
}

/// A consumer positioned at the start of every partition of one topic.
pub struct TopicReader {
    /// Assigned, not subscribed: polled by the tool's own thread.
    pub consumer: BaseConsumer<ClientLog>,
    topic: String,
    partitions: Vec<i32>,
}

impl TopicReader {
    /// `tool` names the throw-away group id (`radlabel-<tool>-<pid>`), visible in broker logs.
    /// Every partition is assigned, empty ones included, so records produced after the start
    /// are read too (`consume --count N` waiting on a running connector).
    pub fn from_beginning(kafka: &KafkaConfig, topic: &str, tool: &str) -> Result<TopicReader, ReadError> {
        let ours = [
            ("group.id", format!("radlabel-{tool}-{}", std::process::id())),
            ("enable.auto.commit", "false".into()),
            ("enable.partition.eof", "false".into()),
        ];
        let consumer: BaseConsumer<ClientLog> = client_config(kafka, &ours).create_with_context(ClientLog::default())?;
        let meta = match consumer.fetch_metadata(Some(topic), METADATA_WAIT) {
            Ok(m) => m,
            Err(e) => {
                return Err(match security_failure_after_error(&consumer) {
                    Some(reason) => ReadError::Security(SecurityFailure { brokers: kafka.brokers.clone(), reason }),
                    None => ReadError::Kafka(e),
                });
            }
        };
        let partitions: Vec<i32> = meta.topics().first().map(|t| t.partitions().iter().map(|p| p.id()).collect()).unwrap_or_default();
        let mut tpl = TopicPartitionList::new();
        for p in &partitions {
            tpl.add_partition_offset(topic, *p, Offset::Beginning)?;
        }
        if !partitions.is_empty() {
            consumer.assign(&tpl)?;
        }
        Ok(TopicReader { consumer, topic: topic.to_string(), partitions })
    }

    /// The high watermark of every partition that holds records now: where "read to the end"
    /// stops. Empty when the topic is empty (or does not exist).
    pub fn ends(&self) -> Result<HashMap<i32, i64>, ReadError> {
        let mut ends = HashMap::new();
        for p in &self.partitions {
            let (low, high) = self.consumer.fetch_watermarks(&self.topic, *p, METADATA_WAIT)?;
            if high > low {
                ends.insert(*p, high);
            }
        }
        Ok(ends)
    }
}
