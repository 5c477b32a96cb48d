//! The connector's sections: micro-batching, routing to the teacher, input decoding (and the
//! schema registry both roles read), output encoding, the model.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{ConfigError, WireFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preliminary {
    /// Count and skip preliminary reports (the final version will come).
    Skip,
    /// Send them to the dead-letter topic.
    DeadLetter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BatchConfig {
    /// Most reports in one micro-batch.
    pub max_reports: usize,
    /// Padded-token budget of one inference batch.
    pub max_tokens: usize,
    /// How long the first report of a batch may wait for others.
    pub linger_ms: u64,
    /// Micro-batches handed to inference and not yet acknowledged; beyond this the consumer
    /// stops taking messages (librdkafka's own prefetch is bounded by queued_max_kbytes).
    pub max_in_flight: usize,
    pub queued_max_kbytes: u64,
}

impl Default for BatchConfig {
    fn default() -> Self {
        BatchConfig { max_reports: 512, max_tokens: 8192, linger_ms: 20, max_in_flight: 2, queued_max_kbytes: 8192 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoutingConfig {
    /// Reports with any observation's confidence below this go to the uncertain topic too.
    pub min_confidence: f32,
    /// Per-observation floors overriding `min_confidence` (observation name -> floor).
    pub min_confidence_per_observation: BTreeMap<String, f32>,
}

impl Default for RoutingConfig {
    fn default() -> Self {
        RoutingConfig { min_confidence: 0.5, min_confidence_per_observation: BTreeMap::new() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InputConfig {
    pub format: WireFormat,
    pub preliminary: Preliminary,
    /// Reports with more text than this are dead-lettered (protects memory and latency).
    pub max_text_bytes: usize,
    /// Avro: Confluent Schema Registry base URL (http:// or https://); empty for none.
    pub schema_registry_url: String,
    /// https: PEM CA bundle of the registry's certificate (empty: the bundled public roots).
    pub schema_registry_ca_file: String,
    /// Client certificate and key, where the registry authenticates clients by certificate.
    pub schema_registry_cert_file: String,
    pub schema_registry_key_file: String,
    /// Basic auth user; the password from RADLABEL_INPUT_SCHEMA_REGISTRY_PASSWORD or this file.
    pub schema_registry_username: String,
    pub schema_registry_password_file: String,
    /// Bearer token from RADLABEL_INPUT_SCHEMA_REGISTRY_TOKEN or this file.
    pub schema_registry_token_file: String,
    /// Resolved at load from the variables or files above; never serialised.
    #[serde(skip)]
    pub schema_registry_auth: Option<crate::net::http::Auth>,
    /// Avro without a registry: schema ids read with the bundled schemas/report_event.avsc.
    pub avro_local_ids: Vec<u32>,
}

impl InputConfig {
    /// Registry credentials: Basic (user + password) or Bearer, each from its variable or file.
    pub(crate) fn resolve_secrets(&mut self, env: &dyn Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        use crate::net::http::Auth;
        let get = |var: &str, key: &str, file: &str| crate::secret::resolve(var, key, file, env).map_err(|e| ConfigError::new(key, e.to_string()));
        let password = get("RADLABEL_INPUT_SCHEMA_REGISTRY_PASSWORD", "input.schema_registry_password_file", &self.schema_registry_password_file)?;
        let token = get("RADLABEL_INPUT_SCHEMA_REGISTRY_TOKEN", "input.schema_registry_token_file", &self.schema_registry_token_file)?;
        let user = self.schema_registry_username.trim();
        self.schema_registry_auth = match (user.is_empty(), password, token) {
            (_, Some(_), Some(_)) => return Err(ConfigError::new("input.schema_registry_token_file", "a registry password and a token are both set; keep one")),
            (false, Some(password), None) => Some(Auth::Basic { user: user.to_string(), password }),
            (true, Some(_), None) => return Err(ConfigError::new("input.schema_registry_username", "a registry password is set but no user name")),
            (false, None, _) => return Err(ConfigError::new("input.schema_registry_password_file", "input.schema_registry_username is set: set RADLABEL_INPUT_SCHEMA_REGISTRY_PASSWORD or this key")),
            (true, None, Some(t)) => Some(Auth::Bearer(t)),
            (true, None, None) => None,
        };
        Ok(())
    }

    /// How to reach the registry.
    pub fn registry_http(&self) -> crate::net::http::HttpSettings {
        let path = |s: &str| (!s.trim().is_empty()).then(|| PathBuf::from(s.trim()));
        crate::net::http::HttpSettings {
            key: "input.schema_registry".into(),
            ca_file: path(&self.schema_registry_ca_file),
            cert_file: path(&self.schema_registry_cert_file),
            key_file: path(&self.schema_registry_key_file),
            auth: self.schema_registry_auth.clone(),
        }
    }
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            format: WireFormat::Json,
            preliminary: Preliminary::Skip,
            max_text_bytes: 64 * 1024,
            schema_registry_url: String::new(),
            schema_registry_ca_file: String::new(),
            schema_registry_cert_file: String::new(),
            schema_registry_key_file: String::new(),
            schema_registry_username: String::new(),
            schema_registry_password_file: String::new(),
            schema_registry_token_file: String::new(),
            schema_registry_auth: None,
            avro_local_ids: vec![1],
        }
    }
}

/// How the connector writes findings and uncertain cases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputConfig {
    /// json (default) | avro: Confluent wire format, schemas registered at start under
    /// `<topic>-value` in the registry of `input.schema_registry_*`.
    pub format: WireFormat,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig { format: WireFormat::Json }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModelSection {
    /// Model directory; empty means the bundled `models/default`.
    pub dir: String,
    /// Variant from the model's config.json; empty means its default.
    pub variant: String,
    pub device: String,
    /// ONNX Runtime intra-op threads; 0 means all cores.
    pub threads: usize,
    /// How often `run` checks whether `dir` was replaced by another model version (a symlink
    /// repointed, a directory renamed over it) to load and swap it; 0: never.
    pub reload_interval_ms: u64,
}

impl Default for ModelSection {
    fn default() -> Self {
        ModelSection { dir: String::new(), variant: String::new(), device: "cpu".into(), threads: 0, reload_interval_ms: 2000 }
    }
}

