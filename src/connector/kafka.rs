//! librdkafka client settings and the consumer context (logging, rebalance notices).

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use tokio::sync::mpsc::UnboundedSender;

use super::config::{Config, Delivery};

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_else(|_| "radlabel".into())
}
use crate::core::offsets::Tp;

/// Partitions taken away from this instance: their in-flight work is left to the new owner.
#[derive(Debug)]
pub struct Revoked(pub Vec<Tp>);

/// Logs client trouble with key/value fields and reports revocations to the consumer loop.
pub struct Context {
    pub revoked: UnboundedSender<Revoked>,
}

impl ClientContext for Context {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        match level {
            RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical | RDKafkaLogLevel::Error => {
                tracing::error!(facility = fac, "{log_message}")
            }
            RDKafkaLogLevel::Warning => tracing::warn!(facility = fac, "{log_message}"),
            _ => tracing::debug!(facility = fac, "{log_message}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // Broker away, connection refused, ...: librdkafka retries by itself; say so once per event.
        tracing::warn!(error = %error, reason, "kafka client error (retrying)");
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
            tracing::info!(partitions = tpl.count(), "partitions assigned");
        }
    }
}

/// Bootstrap servers; the librdkafka pass-through is applied last by each builder, so an
/// operator's setting wins over ours.
fn common(cfg: &Config) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &cfg.kafka.brokers);
    c
}

/// Offsets are stored by the connector only after outputs are acknowledged
/// (`enable.auto.offset.store=false`); librdkafka commits what is stored, periodically and
/// on revocation.
pub fn consumer_config(cfg: &Config) -> ClientConfig {
    let mut c = common(cfg);
    let txn = cfg.kafka.delivery == Delivery::Transactional;
    c.set("group.id", &cfg.kafka.group_id)
        // Transactional: offsets go into the producer's transaction, never auto-committed,
        // and only committed upstream transactions are read.
        .set("enable.auto.commit", if txn { "false" } else { "true" })
        .set("isolation.level", if txn { "read_committed" } else { "read_uncommitted" })
        .set("auto.commit.interval.ms", cfg.kafka.commit_interval_ms.to_string())
        .set("enable.auto.offset.store", "false")
        .set("auto.offset.reset", "earliest")
        .set("session.timeout.ms", cfg.kafka.session_timeout_ms.to_string())
        .set("queued.max.messages.kbytes", cfg.batch.queued_max_kbytes.to_string())
        // A fetch returns as soon as data is there on Kafka, but not on every broker: bound
        // the wait so a quiet topic does not add half a second to each report's latency.
        .set("fetch.wait.max.ms", "50")
        .set("enable.partition.eof", "false");
    for (k, v) in &cfg.kafka.librdkafka {
        c.set(k, v);
    }
    c
}

/// Idempotent producer; at-least-once: a message never times out locally
/// (`message.timeout.ms=0`), so a broker outage delays delivery instead of losing it.
/// Transactional: a per-process `transactional.id`; a failed transaction stops the connector.
pub fn producer_config(cfg: &Config) -> ClientConfig {
    let mut c = common(cfg);
    c.set("enable.idempotence", "true").set("acks", "all").set("linger.ms", "5");
    if cfg.kafka.delivery == Delivery::Transactional {
        // One id per process: KIP-447 fencing rides on the consumer group generation.
        c.set("transactional.id", format!("{}-{}-{}", cfg.kafka.group_id, hostname(), std::process::id()))
            .set("message.timeout.ms", "60000");
    } else {
        c.set("message.timeout.ms", "0");
    }
    for (k, v) in &cfg.kafka.librdkafka {
        c.set(k, v);
    }
    c
}
