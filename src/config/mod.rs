//! radlabel's configuration: one typed struct for every role, read from a TOML file (see
//! `config/radlabel.toml`), every scalar key overridable by an environment variable
//! `RADLABEL_<SECTION>_<KEY>` (e.g. `RADLABEL_KAFKA_BROKERS`). Split by component: the shared
//! Kafka client settings ([`kafka`], [`security`]), the connector's sections ([`connector`]),
//! the gateway's ([`gateway`]), the teacher worker's ([`teacher`]) and the metrics endpoint. `Config::load` validates what every
//! role needs; each role validates its own sections when it starts, so a bad connector-only
//! value never stops the gateway. Every error names its key.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Value;

use crate::core::labels::N_OBS;
use crate::core::routing::RoutingPolicy;
use crate::core::labels::observation_index;
use crate::error::Outcome;

pub(crate) mod connector;
pub(crate) mod gateway;
pub(crate) mod kafka;
pub(crate) mod security;
pub(crate) mod teacher;

pub use connector::{BatchConfig, InputConfig, ModelSection, OutputConfig, Preliminary, RoutingConfig};
pub use gateway::MllpConfig;
pub use kafka::{Delivery, KafkaConfig};
pub use teacher::{ResponseFormat, TeacherConfig};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("config key `{key}`: {msg}")]
pub struct ConfigError {
    pub key: String,
    pub msg: String,
}

impl ConfigError {
    pub(crate) fn new(key: &str, msg: impl Into<String>) -> Self {
        ConfigError { key: key.to_string(), msg: msg.into() }
    }
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WireFormat {
    Json,
    Avro,
}

/// The Prometheus endpoint. Off by default; give each process its own address
/// (`--metrics-listen` or RADLABEL_METRICS_LISTEN), e.g. run :9464, mllp :9465.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// ADDR:PORT for `GET /metrics` and `GET /healthz`; empty: no endpoint.
    pub listen: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub kafka: KafkaConfig,
    pub batch: BatchConfig,
    pub routing: RoutingConfig,
    pub input: InputConfig,
    pub output: OutputConfig,
    pub model: ModelSection,
    pub mllp: MllpConfig,
    pub teacher: TeacherConfig,
    pub metrics: MetricsConfig,
}

/// The environment variable for a dotted key: `kafka.group_id` -> `RADLABEL_KAFKA_GROUP_ID`.
pub fn env_name(key: &str) -> String {
    format!("RADLABEL_{}", key.replace('.', "_").to_ascii_uppercase())
}

fn leaf_keys(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    if let Value::Table(t) = v {
        for (k, v) in t {
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            match v {
                Value::Table(_) => leaf_keys(&key, v, out),
                _ => out.push((key, v.clone())),
            }
        }
    }
}

/// Deep-merge `over` into `base`: tables merge key by key, anything else replaces.
fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Table(b), Value::Table(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

fn set(root: &mut Value, key: &str, v: Value) {
    let mut cur = root;
    let parts: Vec<&str> = key.split('.').collect();
    for p in &parts[..parts.len() - 1] {
        cur = cur.as_table_mut().expect("table").entry(p.to_string()).or_insert_with(|| Value::Table(Default::default()));
    }
    cur.as_table_mut().expect("table").insert(parts[parts.len() - 1].to_string(), v);
}

/// Parse an environment value as the type the key has in the defaults.
fn parse_like(key: &str, template: &Value, raw: &str) -> Result<Value, ConfigError> {
    let bad = |what: &str| ConfigError::new(key, format!("{} = {raw:?} is not {what}", env_name(key)));
    Ok(match template {
        Value::Integer(_) => Value::Integer(raw.trim().parse().map_err(|_| bad("an integer"))?),
        Value::Float(_) => Value::Float(raw.trim().parse().map_err(|_| bad("a number"))?),
        Value::Array(_) => Value::Array(
            raw.split(',')
                .filter(|x| !x.trim().is_empty())
                .map(|x| x.trim().parse::<i64>().map(Value::Integer).map_err(|_| bad("a comma-separated list of integers")))
                .collect::<Result<_, _>>()?,
        ),
        Value::Boolean(_) => Value::Boolean(match raw.trim() {
            "true" | "1" | "yes" => true,
            "false" | "0" | "no" => false,
            _ => return Err(bad("a boolean")),
        }),
        _ => Value::String(raw.to_string()),
    })
}

impl Config {
    /// Defaults, then the TOML file (if any), then `RADLABEL_*` variables from `env`.
    pub fn load(path: Option<&Path>, env: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let defaults = Value::try_from(Config::default()).expect("defaults serialise");
        let mut merged = defaults.clone();
        if let Some(p) = path {
            let text = std::fs::read_to_string(p).map_err(|e| ConfigError::new("--config", format!("{}: {e}", p.display())))?;
            let file: Value = text.parse::<toml::Table>().map(Value::Table).map_err(|e| ConfigError::new("--config", format!("{}: {e}", p.display())))?;
            merge(&mut merged, file);
        }
        let mut known = Vec::new();
        leaf_keys("", &defaults, &mut known);
        for (key, template) in known {
            if let Some(raw) = env(&env_name(&key)) {
                set(&mut merged, &key, parse_like(&key, &template, &raw)?);
            }
        }
        // The pass-through map, whose keys contain dots: `k=v;k=v`.
        if let Some(raw) = env("RADLABEL_KAFKA_LIBRDKAFKA") {
            let mut extra = toml::Table::new();
            for pair in raw.split(';').filter(|p| !p.trim().is_empty()) {
                let (k, v) = pair.split_once('=').ok_or_else(|| ConfigError::new("kafka.librdkafka", format!("RADLABEL_KAFKA_LIBRDKAFKA: `{pair}` is not key=value")))?;
                extra.insert(k.trim().to_string(), Value::String(v.trim().into()));
            }
            let mut kafka = toml::Table::new();
            kafka.insert("librdkafka".into(), Value::Table(extra));
            let mut top = toml::Table::new();
            top.insert("kafka".into(), Value::Table(kafka));
            merge(&mut merged, Value::Table(top));
        }
        // The allowlist, keyed by application: `APP=name,name;APP2=name`.
        if let Some(raw) = env("RADLABEL_MLLP_TLS_CLIENT_ALLOW") {
            let mut allow = toml::Table::new();
            for pair in raw.split(';').filter(|p| !p.trim().is_empty()) {
                let (app, names) = pair.split_once('=').ok_or_else(|| ConfigError::new("mllp.tls_client_allow", format!("RADLABEL_MLLP_TLS_CLIENT_ALLOW: `{pair}` is not APP=name,name")))?;
                let names = names.split(',').map(str::trim).filter(|n| !n.is_empty()).map(|n| Value::String(n.into())).collect();
                allow.insert(app.trim().to_string(), Value::Array(names));
            }
            let mut mllp = toml::Table::new();
            mllp.insert("tls_client_allow".into(), Value::Table(allow));
            let mut top = toml::Table::new();
            top.insert("mllp".into(), Value::Table(mllp));
            merge(&mut merged, Value::Table(top));
        }
        let mut cfg: Config = serde_path_to_error::deserialize(merged).map_err(|e| {
            // The path names the key, unknown fields included ("batch.max_reportz").
            ConfigError::new(&e.path().to_string(), e.inner().to_string())
        })?;
        cfg.kafka.security.resolve_secrets(env)?;
        cfg.input.resolve_secrets(env)?;
        cfg.validate_common()?;
        Ok(cfg)
    }

    /// What every role needs: the Kafka settings, the metrics address, the registry's settings.
    /// `Config::load` makes these checks; each role then makes its own.
    pub fn validate_common(&self) -> Result<(), ConfigError> {
        self.kafka.validate()?;
        let url = self.input.schema_registry_url.trim();
        if !url.is_empty() && !url.starts_with("http://") && !url.starts_with("https://") {
            return Err(ConfigError::new("input.schema_registry_url", "must be an http:// or https:// URL"));
        }
        let i = &self.input;
        for (key, f) in [("input.schema_registry_ca_file", &i.schema_registry_ca_file), ("input.schema_registry_cert_file", &i.schema_registry_cert_file), ("input.schema_registry_key_file", &i.schema_registry_key_file)] {
            if !f.trim().is_empty() && !Path::new(f.trim()).is_file() {
                return Err(ConfigError::new(key, format!("{f}: no such file")));
            }
        }
        if i.schema_registry_cert_file.trim().is_empty() != i.schema_registry_key_file.trim().is_empty() {
            return Err(ConfigError::new("input.schema_registry_key_file", "a client certificate needs both schema_registry_cert_file and schema_registry_key_file"));
        }
        let l = self.metrics.listen.trim();
        if !l.is_empty() {
            l.parse::<std::net::SocketAddr>().map_err(|e| ConfigError::new("metrics.listen", format!("`{l}` is not ADDR:PORT ({e})")))?;
        }
        Ok(())
    }

    /// The connector's own checks (`radlabel run`, after its flags are applied): batching,
    /// routing, input limits, outputs, the model device.
    pub fn validate_connector(&self) -> Result<(), ConfigError> {
        let b = &self.batch;
        for (key, v) in [("batch.max_reports", b.max_reports), ("batch.max_tokens", b.max_tokens), ("batch.max_in_flight", b.max_in_flight)] {
            if v == 0 {
                return Err(ConfigError::new(key, "must be > 0"));
            }
        }
        if b.linger_ms > 60_000 {
            return Err(ConfigError::new("batch.linger_ms", "must be at most 60000"));
        }
        if !(0.0..=1.0).contains(&self.routing.min_confidence) {
            return Err(ConfigError::new("routing.min_confidence", "must be in [0, 1]"));
        }
        for (name, v) in &self.routing.min_confidence_per_observation {
            let key = format!("routing.min_confidence_per_observation.{name}");
            if observation_index(name).is_none() {
                return Err(ConfigError::new(&key, "unknown observation"));
            }
            if !(0.0..=1.0).contains(v) {
                return Err(ConfigError::new(&key, "must be in [0, 1]"));
            }
        }
        let url = self.input.schema_registry_url.trim();
        if self.output.format == WireFormat::Avro && url.is_empty() {
            return Err(ConfigError::new("output.format", "avro outputs need a schema registry (input.schema_registry_url) to register their schemas in"));
        }
        if self.input.max_text_bytes == 0 {
            return Err(ConfigError::new("input.max_text_bytes", "must be > 0"));
        }
        self.model.device.parse::<crate::model::onnx::Device>().map_err(|e| ConfigError::new("model.device", e))?;
        Ok(())
    }

    /// The gateway's own checks (`radlabel mllp` makes them after its flags are applied): its
    /// listener, limits, TLS files, and the Avro constraint of its writer. The connector's start
    /// does not depend on them (a registry-backed Avro input is fine there).
    pub fn validate_gateway(&self) -> Result<(), ConfigError> {
        let m = &self.mllp;
        m.listen.parse::<std::net::SocketAddr>().map_err(|e| ConfigError::new("mllp.listen", format!("`{}` is not ADDR:PORT ({e})", m.listen)))?;
        for (key, v) in [("mllp.max_connections", m.max_connections as u64), ("mllp.read_timeout_ms", m.read_timeout_ms), ("mllp.ack_timeout_ms", m.ack_timeout_ms)] {
            if v == 0 {
                return Err(ConfigError::new(key, "must be > 0"));
            }
        }
        if m.max_frame_bytes < 1024 {
            return Err(ConfigError::new("mllp.max_frame_bytes", "must be at least 1024"));
        }
        match (m.tls_cert.trim().is_empty(), m.tls_key.trim().is_empty()) {
            (true, true) => {}
            (false, true) => return Err(ConfigError::new("mllp.tls_key", "is empty but mllp.tls_cert is set: TLS needs both")),
            (true, false) => return Err(ConfigError::new("mllp.tls_cert", "is empty but mllp.tls_key is set: TLS needs both")),
            (false, false) => {
                for (key, p) in [("mllp.tls_cert", &m.tls_cert), ("mllp.tls_key", &m.tls_key)] {
                    if !Path::new(p).is_file() {
                        return Err(ConfigError::new(key, format!("{p}: no such file")));
                    }
                }
            }
        }
        if !m.tls_client_ca.trim().is_empty() {
            if m.tls_cert.trim().is_empty() {
                return Err(ConfigError::new("mllp.tls_client_ca", "client certificates need TLS: set mllp.tls_cert and mllp.tls_key too"));
            }
            if !Path::new(m.tls_client_ca.trim()).is_file() {
                return Err(ConfigError::new("mllp.tls_client_ca", format!("{}: no such file", m.tls_client_ca)));
            }
        }
        if !m.tls_client_allow.is_empty() && m.tls_client_ca.trim().is_empty() {
            return Err(ConfigError::new("mllp.tls_client_allow", "an allowlist of certificate names needs client certificates: set mllp.tls_client_ca"));
        }
        for (app, names) in &m.tls_client_allow {
            if app.trim().is_empty() || names.is_empty() {
                return Err(ConfigError::new(&format!("mllp.tls_client_allow.{app}"), "needs an application name and at least one certificate name"));
            }
        }
        if m.tls_reload_interval_ms == 0 {
            return Err(ConfigError::new("mllp.tls_reload_interval_ms", "must be > 0"));
        }
        if self.input.format == WireFormat::Avro && self.input.schema_registry_url.trim().is_empty() && self.input.avro_local_ids.is_empty() {
            return Err(ConfigError::new("input.avro_local_ids", "the HL7 gateway writes Avro with the first local id when there is no registry; the list is empty"));
        }
        Ok(())
    }

    pub fn validate_teacher(&self) -> Result<(), ConfigError> {
        if self.output.format == WireFormat::Avro && self.input.schema_registry_url.trim().is_empty() {
            return Err(ConfigError::new("output.format", "avro uncertain cases and teacher labels need a schema registry (input.schema_registry_url)"));
        }
        self.teacher.validate()
    }

    pub fn routing_policy(&self) -> RoutingPolicy {
        let mut p = RoutingPolicy::uniform(self.routing.min_confidence);
        for (name, v) in &self.routing.min_confidence_per_observation {
            if let Some(k) = observation_index(name) {
                p.min_confidence[k] = *v;
            }
        }
        debug_assert_eq!(p.min_confidence.len(), N_OBS);
        p
    }

    pub fn model_dir(&self) -> PathBuf {
        if self.model.dir.is_empty() {
            crate::model::default_dir()
        } else {
            PathBuf::from(&self.model.dir)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hl7::charset::Charset;

    /// Loads and makes both roles' checks (every key's error is tested through it).
    fn load(toml_text: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        load_connector(toml_text, env).and_then(|c| c.validate_gateway().map(|()| c))
    }

    /// Loads and makes the connector's checks.
    fn load_connector(toml_text: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        load_common(toml_text, env).and_then(|c| c.validate_connector().map(|()| c))
    }

    fn load_common(toml_text: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let d = tempfile::tempdir().unwrap();
        let path = toml_text.map(|t| {
            let p = d.path().join("c.toml");
            std::fs::write(&p, t).unwrap();
            p
        });
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::load(path.as_deref(), &|k| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    }

    #[test]
    fn a_registry_backed_avro_input_starts_both_roles_and_avro_outputs_need_the_registry() {
        let env = [("RADLABEL_INPUT_FORMAT", "avro"), ("RADLABEL_INPUT_SCHEMA_REGISTRY_URL", "http://127.0.0.1:8081"), ("RADLABEL_OUTPUT_FORMAT", "avro")];
        let c = load_connector(None, &env).expect("the connector starts with a registry");
        c.validate_gateway().expect("the gateway registers its event schema there");
        assert_eq!(load_connector(None, &[("RADLABEL_OUTPUT_FORMAT", "avro")]).unwrap_err().key, "output.format");
    }

    #[test]
    fn each_role_is_stopped_only_by_its_own_sections() {
        let bad_batch = [("RADLABEL_BATCH_MAX_REPORTS", "0")];
        let c = load_common(None, &bad_batch).expect("loading checks only what every role needs");
        c.validate_gateway().expect("a connector-only value does not stop the gateway");
        assert_eq!(c.validate_connector().unwrap_err().key, "batch.max_reports");
        let bad_mllp = [("RADLABEL_MLLP_MAX_FRAME_BYTES", "10")];
        let c = load_common(None, &bad_mllp).unwrap();
        c.validate_connector().expect("a gateway-only value does not stop the connector");
        assert_eq!(c.validate_gateway().unwrap_err().key, "mllp.max_frame_bytes");
        assert_eq!(load_common(None, &[("RADLABEL_KAFKA_BROKERS", " ")]).unwrap_err().key, "kafka.brokers", "shared keys stop every role");
    }

    #[test]
    fn defaults_validate() {
        let c = load(None, &[]).unwrap();
        assert_eq!(c.kafka.reports_topic, "radiology.reports");
        assert_eq!(c, Config::default());
    }

    #[test]
    fn the_shipped_config_file_loads() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/radlabel.toml");
        let c = Config::load(Some(&p), &|_| None).unwrap();
        assert_eq!(c.kafka.findings_topic, "radiology.findings");
    }

    #[test]
    fn file_then_env_override() {
        let c = load(
            Some("[kafka]\nbrokers = \"b:1\"\n[kafka.librdkafka]\n\"security.protocol\" = \"SSL\"\n[batch]\nmax_reports = 8\n[routing.min_confidence_per_observation]\nPneumothorax = 0.9\n"),
            &[("RADLABEL_KAFKA_GROUP_ID", "g2"), ("RADLABEL_BATCH_LINGER_MS", "5"), ("RADLABEL_KAFKA_LIBRDKAFKA", "sasl.mechanism=PLAIN")],
        )
        .unwrap();
        assert_eq!(c.kafka.brokers, "b:1");
        assert_eq!(c.kafka.group_id, "g2");
        assert_eq!(c.batch.max_reports, 8);
        assert_eq!(c.batch.linger_ms, 5);
        assert_eq!(c.kafka.librdkafka["security.protocol"], "SSL");
        assert_eq!(c.kafka.librdkafka["sasl.mechanism"], "PLAIN");
        assert_eq!(c.routing_policy().min_confidence[9], 0.9);
        assert_eq!(c.routing_policy().min_confidence[10], 0.5);
        let c = load(None, &[("RADLABEL_INPUT_AVRO_LOCAL_IDS", "3, 4")]).unwrap();
        assert_eq!(c.input.avro_local_ids, vec![3, 4]);
    }

    #[test]
    fn every_bad_value_names_its_key() {
        let key = |t: Option<&str>, e: &[(&str, &str)]| load(t, e).unwrap_err().key;
        assert_eq!(key(None, &[("RADLABEL_BATCH_MAX_REPORTS", "many")]), "batch.max_reports");
        assert_eq!(key(None, &[("RADLABEL_BATCH_MAX_REPORTS", "0")]), "batch.max_reports");
        assert_eq!(key(None, &[("RADLABEL_KAFKA_BROKERS", " ")]), "kafka.brokers");
        assert_eq!(key(None, &[("RADLABEL_KAFKA_DLQ_TOPIC", "radiology.findings")]), "kafka.dlq_topic");
        assert_eq!(key(None, &[("RADLABEL_ROUTING_MIN_CONFIDENCE", "1.5")]), "routing.min_confidence");
        assert_eq!(key(None, &[("RADLABEL_MODEL_DEVICE", "tpu")]), "model.device");
        assert_eq!(key(Some("[kafka]\ndelivery = \"exactly-twice\"\n"), &[]), "kafka.delivery");
        assert_eq!(key(Some("[batch]\nmax_reportz = 3\n"), &[]), "batch.max_reportz");
        assert_eq!(key(Some("[batch]\nmax_reports = \"x\"\n"), &[]), "batch.max_reports");
        assert_eq!(key(Some("[routing.min_confidence_per_observation]\nSpleen = 0.5\n"), &[]), "routing.min_confidence_per_observation.Spleen");
        assert_eq!(key(None, &[("RADLABEL_INPUT_SCHEMA_REGISTRY_URL", "ftp://r")]), "input.schema_registry_url");
        assert_eq!(key(None, &[("RADLABEL_INPUT_SCHEMA_REGISTRY_USERNAME", "u")]), "input.schema_registry_password_file");
        assert_eq!(key(None, &[("RADLABEL_INPUT_SCHEMA_REGISTRY_PASSWORD", "pw-unit-config")]), "input.schema_registry_username");
        assert_eq!(key(None, &[("RADLABEL_INPUT_SCHEMA_REGISTRY_CA_FILE", "/nonexistent/ca.pem")]), "input.schema_registry_ca_file");
        assert_eq!(key(None, &[("RADLABEL_KAFKA_SECURITY_PROTOCOL", "sasl_ssl"), ("RADLABEL_KAFKA_SECURITY_SASL_MECHANISM", "SCRAM-SHA-256")]), "kafka.security.sasl_username");
        assert_eq!(key(None, &[("RADLABEL_KAFKA_LIBRDKAFKA", "sasl.password=pw-unit-config")]), "kafka.librdkafka.sasl.password");
        assert_eq!(key(None, &[("RADLABEL_MLLP_TLS_CLIENT_CA", "/etc/hostname")]), "mllp.tls_client_ca");
        assert_eq!(key(None, &[("RADLABEL_MLLP_TLS_CLIENT_ALLOW", "RIS=a.example.org")]), "mllp.tls_client_allow");
        assert_eq!(key(None, &[("RADLABEL_MLLP_TLS_CLIENT_ALLOW", "RIS")]), "mllp.tls_client_allow");
        assert_eq!(key(None, &[("RADLABEL_INPUT_AVRO_LOCAL_IDS", "a,b")]), "input.avro_local_ids");
        assert_eq!(key(None, &[("RADLABEL_MLLP_LISTEN", "2575")]), "mllp.listen");
        assert_eq!(key(None, &[("RADLABEL_METRICS_LISTEN", "localhost")]), "metrics.listen");
        assert_eq!(key(None, &[("RADLABEL_MLLP_MAX_FRAME_BYTES", "10")]), "mllp.max_frame_bytes");
        assert_eq!(key(None, &[("RADLABEL_MLLP_TLS_CERT", "/etc/hosts")]), "mllp.tls_key");
        assert_eq!(key(None, &[("RADLABEL_MLLP_TLS_CERT", "/nonexistent.pem"), ("RADLABEL_MLLP_TLS_KEY", "/etc/hosts")]), "mllp.tls_cert");
        assert_eq!(key(None, &[("RADLABEL_MLLP_DEFAULT_CHARSET", "ebcdic")]), "mllp.default_charset");
        assert_eq!(key(None, &[("RADLABEL_MLLP_PRELIMINARY", "maybe")]), "mllp.preliminary");
        assert_eq!(key(None, &[("RADLABEL_MLLP_ACCEPT", "lab")]), "mllp.accept");
        let c = load(None, &[("RADLABEL_MLLP_DEFAULT_CHARSET", "iso-8859-1"), ("RADLABEL_MLLP_MAX_CONNECTIONS", "8")]).unwrap();
        assert_eq!((c.mllp.default_charset, c.mllp.max_connections), (Charset::Latin1, 8));
        let e = load(None, &[("RADLABEL_KAFKA_COMMIT_INTERVAL_MS", "soon")]).unwrap_err();
        assert!(e.to_string().contains("RADLABEL_KAFKA_COMMIT_INTERVAL_MS"), "{e}");
    }
}
