//! The Confluent Schema Registry REST calls radlabel makes: read a writer schema by id
//! (`GET /schemas/ids/{id}`) and register a schema under a subject (`POST
//! /subjects/{subject}/versions`, topic-name strategy: `<topic>-value`), each bounded by a
//! timeout. Errors keep the registry's own error code and message, so a compatibility refusal
//! (409) or an invalid schema (422) reads as what it is.

use std::time::Duration;

use crate::net::http::{HttpClient, HttpError, HttpSettings};

/// How long one registry request may take, connect to last byte: a registry that accepts the
/// connection and then stalls must not hold a role.
pub const REGISTRY_TIMEOUT: Duration = Duration::from_secs(5);

const ACCEPT: &str = "application/vnd.schemaregistry.v1+json";

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RegistryError {
    /// Not reachable, 5xx, a malformed answer: retry later, nothing is wrong with the data.
    #[error("schema registry unavailable: {0}")]
    Unavailable(String),
    /// 404 for a schema id: the message names a schema nobody registered.
    #[error("schema id {0} not in the registry")]
    UnknownId(u32),
    /// 409: the subject's compatibility rule refuses this schema.
    #[error("schema registry refused the schema for subject `{subject}` as incompatible (HTTP 409): {message}")]
    Incompatible { subject: String, message: String },
    /// 422: the registry does not accept the schema (or the request) at all.
    #[error("schema registry rejected the schema for subject `{subject}` (HTTP 422): {message}")]
    Invalid { subject: String, message: String },
    /// 401/403: the credentials (input.schema_registry_*) are wrong or lack the right.
    #[error("schema registry refused the credentials (HTTP {0}); check input.schema_registry_*")]
    Refused(u16),
}

impl RegistryError {
    /// Whether trying again later can help.
    pub fn is_retryable(&self) -> bool {
        matches!(self, RegistryError::Unavailable(_))
    }
}

pub struct Registry {
    url: String,
    client: HttpClient,
}

/// The registry's `{"error_code": .., "message": ..}`, or the raw body.
fn message(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["message"].as_str().map(|m| format!("{m} (error code {})", v["error_code"])))
        .unwrap_or_else(|| body.chars().take(300).collect())
}

impl Registry {
    pub fn new(url: &str, http: &HttpSettings) -> Result<Registry, HttpError> {
        Ok(Registry { url: url.trim().trim_end_matches('/').to_string(), client: HttpClient::new(http, REGISTRY_TIMEOUT)? })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The writer schema text registered under `id`.
    pub async fn schema(&self, id: u32) -> Result<String, RegistryError> {
        let r = self.client.get(&format!("{}/schemas/ids/{id}", self.url), ACCEPT).await.map_err(|e| RegistryError::Unavailable(e.to_string()))?;
        match r.status {
            200 => {
                let v: serde_json::Value = serde_json::from_str(&r.body).map_err(|e| RegistryError::Unavailable(format!("registry answer: {e}")))?;
                v["schema"].as_str().map(str::to_string).ok_or_else(|| RegistryError::Unavailable("registry answer has no `schema`".into()))
            }
            404 => Err(RegistryError::UnknownId(id)),
            401 | 403 => Err(RegistryError::Refused(r.status)),
            s => Err(RegistryError::Unavailable(format!("registry answered HTTP {s}: {}", message(&r.body)))),
        }
    }

    /// Register `schema` (Avro schema text) under `subject`; the id it has there. Registering
    /// a schema the subject already has returns its existing id (the registry's own rule).
    pub async fn register(&self, subject: &str, schema: &str) -> Result<u32, RegistryError> {
        let body = serde_json::json!({ "schema": schema }).to_string();
        let url = format!("{}/subjects/{}/versions", self.url, encode_path(subject));
        let r = self.client.post(&url, ACCEPT, ACCEPT, &body).await.map_err(|e| RegistryError::Unavailable(e.to_string()))?;
        match r.status {
            200 => {
                let v: serde_json::Value = serde_json::from_str(&r.body).map_err(|e| RegistryError::Unavailable(format!("registry answer: {e}")))?;
                v["id"].as_u64().and_then(|id| u32::try_from(id).ok()).ok_or_else(|| RegistryError::Unavailable("registry answer has no `id`".into()))
            }
            409 => Err(RegistryError::Incompatible { subject: subject.into(), message: message(&r.body) }),
            422 => Err(RegistryError::Invalid { subject: subject.into(), message: message(&r.body) }),
            401 | 403 => Err(RegistryError::Refused(r.status)),
            s => Err(RegistryError::Unavailable(format!("registry answered HTTP {s}: {}", message(&r.body)))),
        }
    }

    /// Register with backoff while the registry is unavailable (a start that waits for it,
    /// never one that writes without an id); other errors return at once.
    pub async fn register_retrying(&self, subject: &str, schema: &str) -> Result<u32, RegistryError> {
        let mut backoff = Duration::from_millis(200);
        loop {
            match self.register(subject, schema).await {
                Err(e) if e.is_retryable() => {
                    tracing::warn!(subject, error = %e, retry_in_ms = backoff.as_millis() as u64, "schema registration failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(10));
                }
                other => return other,
            }
        }
    }
}

/// Subjects are topic names plus `-value`: letters, digits, `.`, `_`, `-`; anything else is
/// percent-encoded.
fn encode_path(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"._-".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// The topic-name-strategy subject of a topic's values.
pub fn value_subject(topic: &str) -> String {
    format!("{topic}-value")
}

#[cfg(test)]
pub(crate) mod tests;
