//! The Kafka settings every role shares: brokers, group, topics, delivery, and transport
//! security ([`super::security`]), applied to every client by `crate::kafka::client_config`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// Offsets stored after every output is acknowledged; duplicates possible after a crash.
    AtLeastOnce,
    /// Consume-transform-produce transactions (needs a broker with working transactions).
    Transactional,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaConfig {
    /// Bootstrap servers, comma-separated.
    pub brokers: String,
    pub group_id: String,
    pub reports_topic: String,
    pub findings_topic: String,
    pub uncertain_topic: String,
    pub dlq_topic: String,
    pub delivery: Delivery,
    /// How often stored offsets are committed (librdkafka auto-commit of stored offsets).
    pub commit_interval_ms: u64,
    pub session_timeout_ms: u64,
    /// How long shutdown and partition revocation wait for in-flight work.
    pub drain_timeout_ms: u64,
    /// Create missing topics at start (partitions for new ones below); off where ACLs forbid it.
    pub create_topics: bool,
    pub topic_partitions: i32,
    /// TLS and SASL for every Kafka client of every role.
    pub security: super::security::KafkaSecurity,
    /// Extra librdkafka properties, passed through to every client last (secrets refused:
    /// they come from the environment or files, see `kafka.security`).
    pub librdkafka: BTreeMap<String, String>,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        KafkaConfig {
            brokers: "127.0.0.1:9092".into(),
            group_id: "radlabel".into(),
            reports_topic: "radiology.reports".into(),
            findings_topic: "radiology.findings".into(),
            uncertain_topic: "radiology.uncertain".into(),
            dlq_topic: "radiology.dlq".into(),
            delivery: Delivery::AtLeastOnce,
            commit_interval_ms: 1000,
            session_timeout_ms: 10_000,
            drain_timeout_ms: 30_000,
            create_topics: true,
            topic_partitions: 4,
            security: Default::default(),
            librdkafka: BTreeMap::new(),
        }
    }
}


impl KafkaConfig {
    /// Brokers, group, topics, intervals, and transport security.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let k = self;
        if k.brokers.trim().is_empty() {
            return Err(ConfigError::new("kafka.brokers", "must name at least one broker (host:port)"));
        }
        if k.group_id.trim().is_empty() {
            return Err(ConfigError::new("kafka.group_id", "must not be empty"));
        }
        let topics = [
            ("kafka.reports_topic", &k.reports_topic),
            ("kafka.findings_topic", &k.findings_topic),
            ("kafka.uncertain_topic", &k.uncertain_topic),
            ("kafka.dlq_topic", &k.dlq_topic),
        ];
        for (i, (key, t)) in topics.iter().enumerate() {
            if t.trim().is_empty() || t.contains(char::is_whitespace) {
                return Err(ConfigError::new(key, format!("`{t}` is not a topic name")));
            }
            if let Some((other, _)) = topics[..i].iter().find(|(_, o)| o == t) {
                return Err(ConfigError::new(key, format!("`{t}` is already used by {other}")));
            }
        }
        for (key, v) in [("kafka.commit_interval_ms", k.commit_interval_ms), ("kafka.session_timeout_ms", k.session_timeout_ms), ("kafka.drain_timeout_ms", k.drain_timeout_ms)] {
            if v == 0 {
                return Err(ConfigError::new(key, "must be > 0"));
            }
        }
        if k.topic_partitions < 1 {
            return Err(ConfigError::new("kafka.topic_partitions", "must be >= 1"));
        }
        k.security.validate(&k.librdkafka)?;
        Ok(())
    }
}
