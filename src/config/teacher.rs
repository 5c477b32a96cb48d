//! The teacher worker's section (`radlabel teacher`): which OpenAI-compatible server labels
//! the uncertain cases, how hard it may be pushed, and where the labels go.

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// How the worker asks for JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseFormat {
    /// `response_format: {type: json_schema}` with every key limited to the four values
    /// (llama.cpp's server, vLLM, OpenAI); a server that refuses it gets plain JSON instead.
    JsonSchema,
    /// `response_format: {type: json_object}`.
    JsonObject,
    /// No `response_format`: the prompt asks for JSON and the answer is parsed leniently.
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TeacherConfig {
    /// Base URL of the server's OpenAI API, e.g. `http://127.0.0.1:8080/v1`
    /// (`/chat/completions` is appended).
    pub url: String,
    /// The `model` field of each request (llama.cpp's server ignores it; hosted APIs need it).
    pub model: String,
    /// Name of the environment variable that holds the API key (sent as a Bearer token).
    /// Empty: no key. The key itself is never read from this file and never logged.
    pub api_key_env: String,
    /// PEM CA bundle for an https server with a private CA (else the public roots).
    pub ca_file: String,
    /// Consumer group of the worker (its own: it reads the connector's uncertain topic).
    pub group_id: String,
    /// Where labels go, keyed by report id.
    pub labels_topic: String,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// One request, connect to last byte.
    pub request_timeout_ms: u64,
    /// Requests started per minute across the worker; 0: no budget.
    pub requests_per_minute: u32,
    /// Attempts per case (failed calls and unusable answers) before it is dead-lettered.
    pub max_attempts: u32,
    /// First retry delay; doubles per attempt up to `backoff_max_ms` (a 429's Retry-After wins).
    pub backoff_ms: u64,
    pub backoff_max_ms: u64,
    pub response_format: ResponseFormat,
    /// Upper bound on the answer's tokens.
    pub max_tokens: u32,
}

impl Default for TeacherConfig {
    fn default() -> Self {
        TeacherConfig {
            url: "http://127.0.0.1:8080/v1".into(),
            model: "teacher".into(),
            api_key_env: String::new(),
            ca_file: String::new(),
            group_id: "radlabel-teacher".into(),
            labels_topic: "radiology.teacher-labels".into(),
            concurrency: 4,
            request_timeout_ms: 120_000,
            requests_per_minute: 0,
            max_attempts: 4,
            backoff_ms: 1000,
            backoff_max_ms: 60_000,
            response_format: ResponseFormat::JsonSchema,
            max_tokens: 400,
        }
    }
}

impl TeacherConfig {
    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        let url = self.url.trim();
        if !url.starts_with("http://") && !url.starts_with("https://") {
            return Err(ConfigError::new("teacher.url", "must be an http:// or https:// URL"));
        }
        if self.model.trim().is_empty() {
            return Err(ConfigError::new("teacher.model", "must not be empty"));
        }
        for (key, v) in [("teacher.group_id", &self.group_id), ("teacher.labels_topic", &self.labels_topic)] {
            if v.trim().is_empty() {
                return Err(ConfigError::new(key, "must not be empty"));
            }
        }
        for (key, v) in [("teacher.concurrency", self.concurrency as u64), ("teacher.request_timeout_ms", self.request_timeout_ms), ("teacher.max_attempts", self.max_attempts as u64), ("teacher.max_tokens", self.max_tokens as u64)] {
            if v == 0 {
                return Err(ConfigError::new(key, "must be > 0"));
            }
        }
        if self.concurrency > 256 {
            return Err(ConfigError::new("teacher.concurrency", "must be at most 256"));
        }
        if self.backoff_ms == 0 || self.backoff_max_ms < self.backoff_ms {
            return Err(ConfigError::new("teacher.backoff_max_ms", "needs 0 < teacher.backoff_ms <= teacher.backoff_max_ms"));
        }
        if !self.ca_file.trim().is_empty() && !std::path::Path::new(self.ca_file.trim()).is_file() {
            return Err(ConfigError::new("teacher.ca_file", format!("{}: no such file", self.ca_file)));
        }
        let env = self.api_key_env.trim();
        if !env.is_empty() && !env.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(ConfigError::new("teacher.api_key_env", "must be the name of an environment variable (the key itself never goes in the config)"));
        }
        Ok(())
    }

    /// The API key from the variable named by `api_key_env`, registered with the scrubber.
    pub fn api_key(&self, env: &dyn Fn(&str) -> Option<String>) -> Result<Option<crate::secret::Secret>, ConfigError> {
        let name = self.api_key_env.trim();
        if name.is_empty() {
            return Ok(None);
        }
        match env(name).filter(|v| !v.is_empty()) {
            Some(v) => Ok(Some(crate::secret::Secret::new(v))),
            None => Err(ConfigError::new("teacher.api_key_env", format!("the variable {name} is not set"))),
        }
    }
}
