//! librdkafka client settings and the consumer context (logging, rebalance notices).

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use tokio::sync::mpsc::UnboundedSender;

use crate::secret;

use super::config::{Config, Delivery, KafkaConfig};

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_else(|_| "radlabel".into())
}
use crate::core::offsets::Tp;

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

/// librdkafka's own log lines (its `debug` contexts included) at the matching level, with any
/// registered secret blanked: its messages are not ours to audit.
fn log_client(level: RDKafkaLogLevel, fac: &str, log_message: &str) {
    let msg = secret::scrub(log_message);
    match level {
        RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical | RDKafkaLogLevel::Error => tracing::error!(facility = fac, "{msg}"),
        RDKafkaLogLevel::Warning => tracing::warn!(facility = fac, "{msg}"),
        _ => tracing::debug!(facility = fac, "{msg}"),
    }
}

/// The context of every client that is not the connector's consumer (producers, admin,
/// `produce` / `consume`): logs like [`Context`] and keeps the last TLS or authentication
/// failure, which never heals by retrying and which [`preflight`] turns into a fatal error.
#[derive(Default)]
pub struct ClientLog {
    security_failure: std::sync::Mutex<Option<String>>,
}

impl ClientContext for ClientLog {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        log_client(level, fac, log_message)
    }

    fn error(&self, error: KafkaError, reason: &str) {
        let reason = secret::scrub(reason).into_owned();
        if is_security_failure(&error, &reason) {
            *self.security_failure.lock().unwrap_or_else(|p| p.into_inner()) = Some(reason.clone());
        }
        tracing::warn!(error = %error, reason = %reason, "kafka client error (retrying)");
    }
}

impl ClientLog {
    /// The last TLS or authentication failure this client saw, if any.
    pub fn security_failure(&self) -> Option<String> {
        self.security_failure.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl ConsumerContext for ClientLog {}

fn is_security_failure(error: &KafkaError, reason: &str) -> bool {
    use rdkafka::types::RDKafkaErrorCode as C;
    matches!(error.rdkafka_error_code(), Some(C::SSL | C::Authentication | C::SaslAuthenticationFailed))
        || reason.contains("SSL handshake failed")
        || reason.contains("certificate verify failed")
        || reason.contains("SASL")
}

/// Why a role cannot use the cluster at all: wrong CA, refused certificate, bad credentials.
#[derive(Debug, thiserror::Error)]
#[error("kafka {brokers}: {reason} (check kafka.security)")]
pub struct SecurityFailure {
    pub brokers: String,
    pub reason: String,
}

/// Ask the cluster for metadata once at start. A TLS or authentication failure is fatal and
/// named (retrying forever with a wrong CA only fills the log); a broker that is merely not up
/// yet is not: librdkafka keeps retrying and the role's readiness waits for it.
pub async fn preflight(k: &KafkaConfig) -> Result<(), SecurityFailure> {
    let cfg = client_config(k, &[("group.id", "radlabel-preflight".into())]);
    let brokers = k.brokers.clone();
    let checked = tokio::task::spawn_blocking(move || -> Option<String> {
        let c: BaseConsumer<ClientLog> = match cfg.create_with_context(ClientLog::default()) {
            Ok(c) => c,
            Err(e) => return Some(secret::scrub(&e.to_string()).into_owned()),
        };
        let ok = c.fetch_metadata(None, std::time::Duration::from_secs(10)).is_ok();
        if !ok {
            // Error events reach the context only when the client is polled.
            for _ in 0..5 {
                let _ = c.poll(std::time::Duration::from_millis(100));
            }
        }
        let failure = c.context().security_failure();
        if !ok && failure.is_none() {
            tracing::warn!("kafka preflight: no answer within 10 s (broker down?); going on, librdkafka retries");
        }
        failure
    })
    .await
    .unwrap_or(None);
    match checked {
        Some(reason) => Err(SecurityFailure { brokers, reason }),
        None => Ok(()),
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

/// The one place every Kafka client (connector consumer and producer, gateway producer, topic
/// admin, `produce` / `consume`) gets its settings: the bootstrap servers, the role's own
/// settings, then `kafka.librdkafka` (TLS, SASL, ...) last, so an operator's setting wins.
pub fn client_config(k: &KafkaConfig, ours: &[(&str, String)]) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &k.brokers);
    for (key, v) in ours {
        c.set(*key, v);
    }
    for (key, v) in k.security.properties() {
        c.set(key, v);
    }
    for (key, v) in &k.librdkafka {
        c.set(key, v);
    }
    c
}

/// Create topics that do not exist yet (existing ones are left alone).
pub async fn ensure_topics(k: &KafkaConfig, topics: &[(&str, i32)]) -> Result<(), KafkaError> {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    let admin: AdminClient<ClientLog> = client_config(k, &[]).create_with_context(ClientLog::default())?;
    let new: Vec<NewTopic> = topics.iter().map(|(t, p)| NewTopic::new(t, *p, TopicReplication::Fixed(1))).collect();
    let opts = AdminOptions::new().operation_timeout(Some(std::time::Duration::from_secs(30)));
    for r in admin.create_topics(&new, &opts).await? {
        match r {
            Ok(_) | Err((_, rdkafka::types::RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((_, e)) => return Err(KafkaError::AdminOp(e)),
        }
    }
    Ok(())
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
