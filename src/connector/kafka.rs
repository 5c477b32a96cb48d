//! The connector's own Kafka clients: consumer and producer settings for its delivery mode,
//! and the consumer context (logging, rebalance notices, readiness on assignment).

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use tokio::sync::mpsc::UnboundedSender;

use crate::config::{Config, Delivery};
use crate::core::offsets::Tp;
use crate::kafka::client::{client_config, log_client};
use crate::secret;

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_else(|_| "radlabel".into())
}

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

/// Offsets are stored by the connector only after outputs are acknowledged
/// (`enable.auto.offset.store=false`); librdkafka commits what is stored, periodically and
/// on revocation.
pub fn consumer_config(cfg: &Config) -> ClientConfig {
    let txn = cfg.kafka.delivery == Delivery::Transactional;
    client_config(
        &cfg.kafka,
        &[
            ("group.id", cfg.kafka.group_id.clone()),
            // Transactional: offsets go into the producer's transaction, never auto-committed,
            // and only committed upstream transactions are read.
            ("enable.auto.commit", (if txn { "false" } else { "true" }).into()),
            ("isolation.level", (if txn { "read_committed" } else { "read_uncommitted" }).into()),
            ("auto.commit.interval.ms", cfg.kafka.commit_interval_ms.to_string()),
            ("enable.auto.offset.store", "false".into()),
            ("auto.offset.reset", "earliest".into()),
            ("session.timeout.ms", cfg.kafka.session_timeout_ms.to_string()),
            ("queued.max.messages.kbytes", cfg.batch.queued_max_kbytes.to_string()),
            // A fetch returns as soon as data is there on Kafka, but not on every broker: bound
            // the wait so a quiet topic does not add half a second to each report's latency.
            ("fetch.wait.max.ms", "50".into()),
            ("enable.partition.eof", "false".into()),
        ],
    )
}

/// Idempotent producer; at-least-once: a message never times out locally
/// (`message.timeout.ms=0`), so a broker outage delays delivery instead of losing it.
/// Transactional: a per-process `transactional.id`; a failed transaction stops the connector.
pub fn producer_config(cfg: &Config) -> ClientConfig {
    let mut ours = vec![("enable.idempotence", "true".to_string()), ("acks", "all".into()), ("linger.ms", "5".into())];
    if cfg.kafka.delivery == Delivery::Transactional {
        // One id per process: KIP-447 fencing rides on the consumer group generation.
        ours.push(("transactional.id", format!("{}-{}-{}", cfg.kafka.group_id, hostname(), std::process::id())));
        ours.push(("message.timeout.ms", "60000".into()));
    } else {
        ours.push(("message.timeout.ms", "0".into()));
    }
    client_config(&cfg.kafka, &ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_client_gets_the_pass_through_last() {
        let mut cfg = Config::default();
        cfg.kafka.librdkafka.insert("security.protocol".into(), "SASL_PLAINTEXT".into());
        cfg.kafka.librdkafka.insert("linger.ms".into(), "50".into());
        for c in [consumer_config(&cfg), producer_config(&cfg), client_config(&cfg.kafka, &[("linger.ms", "0".into())])] {
            assert_eq!(c.get("security.protocol"), Some("SASL_PLAINTEXT"));
            assert_eq!(c.get("bootstrap.servers"), Some(cfg.kafka.brokers.as_str()));
        }
        assert_eq!(producer_config(&cfg).get("linger.ms"), Some("50"), "the operator's setting wins over ours");
        assert_eq!(crate::mllp::sink::producer_config(&cfg).get("security.protocol"), Some("SASL_PLAINTEXT"), "the gateway's producer too");
    }
}
