//! The one Kafka client factory of every role (connector, HL7 gateway, `produce`/`consume`,
//! topic creation): bootstrap servers, the role's own settings, `kafka.security`, then the
//! `kafka.librdkafka` pass-through. Also the client context that logs librdkafka with secrets
//! scrubbed and remembers TLS/authentication failures, and the start-up check that turns them
//! into a fatal, named error.

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;

use crate::config::KafkaConfig;
use crate::secret;

/// librdkafka's own log lines (its `debug` contexts included) at the matching level, with any
/// registered secret blanked: its messages are not ours to audit.
pub(crate) fn log_client(level: RDKafkaLogLevel, fac: &str, log_message: &str) {
    let msg = secret::scrub(log_message);
    match level {
        RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical | RDKafkaLogLevel::Error => tracing::error!(facility = fac, "{msg}"),
        RDKafkaLogLevel::Warning => tracing::warn!(facility = fac, "{msg}"),
        _ => tracing::debug!(facility = fac, "{msg}"),
    }
}

/// The context of every client that is not the connector's consumer (producers, admin,
/// `produce` / `consume`): logs like the connector's consumer context and keeps the last TLS or authentication
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
        let failure = if ok { c.context().security_failure() } else { security_failure_after_error(&c) };
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
/// After a failed request: the TLS/auth reason, if that is what failed. Error events reach the
/// context only when the client is polled, so it is polled briefly first.
pub(crate) fn security_failure_after_error(c: &BaseConsumer<ClientLog>) -> Option<String> {
    for _ in 0..5 {
        let _ = c.poll(std::time::Duration::from_millis(100));
    }
    c.context().security_failure()
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

