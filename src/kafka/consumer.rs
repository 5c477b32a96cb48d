//! The consumer context of the roles that consume (connector, teacher worker): logs client
//! trouble, reports revocations to the consumer loop, marks the role ready on assignment.

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::{Offset, TopicPartitionList};
use rdkafka::error::KafkaError;
use tokio::sync::mpsc::UnboundedSender;

use crate::core::offsets::{OffsetTracker, Tp};
use crate::kafka::client::log_client;
use crate::secret;

/// Partitions taken away from this instance: their in-flight work is left to the new owner.
#[derive(Debug)]
pub struct Revoked(pub Vec<Tp>);

/// Logs client trouble with key/value fields, reports revocations to the consumer loop, and
/// marks the role ready once it has joined its group (the broker answered; the model was
/// probed before the consumer was made).
pub struct Context {
    pub revoked: UnboundedSender<Revoked>,
    pub health: std::sync::Arc<crate::metrics::Health>,
}

impl ClientContext for Context {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        log_client(level, fac, log_message)
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // Broker away, connection refused, ...: librdkafka retries by itself; say so once per event.
        tracing::warn!(error = %error, reason = %secret::scrub(reason), "kafka client error (retrying)");
    }
}

impl ConsumerContext for Context {
    fn pre_rebalance(&self, _: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(tpl) = rebalance {
            let tps: Vec<Tp> = tpl.elements().iter().map(|e| (e.topic().to_string(), e.partition())).collect();
            tracing::info!(partitions = tps.len(), "partitions revoked");
            let _ = self.revoked.send(Revoked(tps));
        }
    }

    fn post_rebalance(&self, _: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Assign(tpl) = rebalance {
            self.health.set_ready(true);
            tracing::info!(partitions = tpl.count(), "partitions assigned");
        }
    }
}


/// Store (for librdkafka's next commit) every position whose records are all acknowledged:
/// the contiguous finished prefix per partition.
pub fn store_finished(consumer: &StreamConsumer<Context>, tracker: &mut OffsetTracker) {
    let positions = tracker.committable();
    if positions.is_empty() {
        return;
    }
    let mut tpl = TopicPartitionList::new();
    for ((topic, partition), next) in &positions {
        // Explicit lists are stored as given: `next` is already last finished + 1.
        let _ = tpl.add_partition_offset(topic, *partition, Offset::Offset(*next));
    }
    if let Err(e) = consumer.store_offsets(&tpl) {
        tracing::debug!(error = %e, "storing offsets failed (partition revoked?)");
    }
}
