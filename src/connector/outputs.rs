//! How the connector writes findings and uncertain cases: JSON (default), or Avro in the
//! Confluent wire format under the ids the Schema Registry gave the bundled schemas for each
//! output topic's `<topic>-value` subject. Registration happens once at start, waiting out a
//! registry outage; a refusal (409 incompatible, 422 invalid, 401/403) stops the start with
//! the registry's own words.

use crate::config::{Config, WireFormat};
use crate::kafka::OutRecord;
use crate::events::avro::{AvroEncoder, EncodeError, FINDINGS_AVSC, UNCERTAIN_AVSC};
use crate::events::registry::{Registry, RegistryError};

#[derive(Debug, thiserror::Error)]
pub enum OutputSetupError {
    #[error("schema registry client: {0}")]
    Client(#[from] crate::net::http::HttpError),
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error("avro outputs need a schema registry: set input.schema_registry_url")]
    NoRegistry,
}

pub struct Outputs {
    /// Avro writers for (findings, uncertain); `None`: JSON.
    avro: Option<(AvroEncoder, AvroEncoder)>,
}

impl Outputs {
    /// `registry`: the connector's one registry client (present whenever a URL is configured,
    /// which Avro outputs require).
    pub async fn from_config(cfg: &Config, registry: Option<&Registry>) -> Result<Outputs, OutputSetupError> {
        if cfg.output.format == WireFormat::Json {
            return Ok(Outputs { avro: None });
        }
        let registry = registry.ok_or(OutputSetupError::NoRegistry)?;
        let findings = AvroEncoder::registered(registry, &cfg.kafka.findings_topic, FINDINGS_AVSC).await?;
        let uncertain = AvroEncoder::registered(registry, &cfg.kafka.uncertain_topic, UNCERTAIN_AVSC).await?;
        tracing::info!(registry = registry.url(), findings_id = findings.id(), uncertain_id = uncertain.id(), "output schemas registered; writing Avro");
        Ok(Outputs { avro: Some((findings, uncertain)) })
    }

    /// The findings record, in the configured format; `Err` when the record does not fit the
    /// registered schema (the input is dead-lettered with the reason rather than written wrong).
    pub fn findings(&self, topic: &str, key: &str, v: &serde_json::Value) -> Result<OutRecord, EncodeError> {
        self.encode(self.avro.as_ref().map(|a| &a.0), topic, key, v)
    }

    pub fn uncertain(&self, topic: &str, key: &str, v: &serde_json::Value) -> Result<OutRecord, EncodeError> {
        self.encode(self.avro.as_ref().map(|a| &a.1), topic, key, v)
    }

    fn encode(&self, enc: Option<&AvroEncoder>, topic: &str, key: &str, v: &serde_json::Value) -> Result<OutRecord, EncodeError> {
        match enc {
            None => Ok(OutRecord::json(topic, key, v)),
            Some(e) => Ok(OutRecord { topic: topic.into(), key: Some(key.as_bytes().to_vec()), value: Some(e.encode_json(v)?), headers: Vec::new() }),
        }
    }
}
