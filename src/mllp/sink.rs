//! Where the gateway persists what it received: a trait so the ACK logic can be unit-tested
//! with a broker that refuses, and the Kafka implementation used in production.

use std::time::Duration;

use async_trait::async_trait;
use futures::future::join_all;
use rdkafka::config::ClientConfig;
use rdkafka::error::KafkaError;
use rdkafka::producer::{FutureProducer, Producer};
use rdkafka::util::Timeout;

use crate::kafka::OutRecord;
use crate::config::Config;
use crate::error::Outcome;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the broker did not store the record for `{topic}`: {reason}")]
pub struct SinkError {
    pub topic: String,
    pub reason: String,
}

impl SinkError {
    /// The sender gets AE and sends the message again.
    pub fn outcome(&self) -> Outcome {
        Outcome::Retry
    }
}

#[async_trait]
pub trait Sink: Send + Sync {
    /// Resolves when every record is stored (acknowledged by the broker), or fails.
    async fn persist(&self, records: Vec<OutRecord>) -> Result<(), SinkError>;
}

/// Producer for the gateway. Unlike the connector's, a delivery may time out
/// (`message.timeout.ms` = `mllp.ack_timeout_ms`): the sender is told to retry instead of
/// waiting forever. Idempotence is off because an idempotent producer whose messages time
/// out can enter a fatal state on brokers without epoch bumping; duplicates from retries are
/// possible either way (the events carry MSH-10).
pub fn producer_config(cfg: &Config) -> ClientConfig {
    crate::kafka::client_config(
        &cfg.kafka,
        &[
            ("acks", "all".into()),
            ("enable.idempotence", "false".into()),
            // MLLP is one message at a time per connection: waiting to batch only adds latency.
            ("linger.ms", "0".into()),
            ("message.timeout.ms", cfg.mllp.ack_timeout_ms.to_string()),
        ],
    )
}

pub struct KafkaSink {
    producer: FutureProducer,
    timeout: Duration,
}

impl KafkaSink {
    pub fn new(cfg: &Config) -> Result<KafkaSink, KafkaError> {
        Ok(KafkaSink { producer: producer_config(cfg).create()?, timeout: Duration::from_millis(cfg.mllp.ack_timeout_ms) })
    }

    /// Does the broker answer (a metadata request within `timeout`)? Blocking.
    pub fn reachable(&self, timeout: Duration) -> Result<(), KafkaError> {
        use rdkafka::producer::Producer;
        self.producer.client().fetch_metadata(None, timeout).map(|_| ())
    }

    /// Wait for queued records on shutdown.
    pub fn flush(&self, timeout: Duration) {
        if let Err(e) = self.producer.flush(Timeout::After(timeout)) {
            tracing::warn!(error = %e, "producer flush incomplete");
        }
    }
}

#[async_trait]
impl Sink for KafkaSink {
    async fn persist(&self, records: Vec<OutRecord>) -> Result<(), SinkError> {
        let sends = records.iter().map(|rec| async move {
            // Queue-full waits are part of the same budget as delivery.
            match self.producer.send(rec.future_record(), Timeout::After(self.timeout)).await {
                Ok(_) => Ok(()),
                Err((e, _)) => Err(SinkError { topic: rec.topic.clone(), reason: e.to_string() }),
            }
        });
        // librdkafka times each message out itself; this outer bound only guards against a
        // delivery report that never comes.
        match tokio::time::timeout(self.timeout * 2 + Duration::from_secs(1), join_all(sends)).await {
            Ok(results) => results.into_iter().collect(),
            Err(_) => Err(SinkError { topic: records.first().map(|r| r.topic.clone()).unwrap_or_default(), reason: "no delivery report".into() }),
        }
    }
}
