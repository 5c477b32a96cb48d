//! The connector's own Kafka clients: consumer and producer settings for its delivery mode
//! (the consumer context is shared with the teacher worker: `kafka::consumer`).

use rdkafka::config::ClientConfig;

use crate::config::{Config, Delivery};
use crate::kafka::client::client_config;

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_else(|_| "radlabel".into())
}

pub use crate::kafka::consumer::{Context, Revoked};

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
