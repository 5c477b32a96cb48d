//! The OpenAI-compatible chat-completions call (vLLM, llama.cpp's server, Ollama, hosted APIs)
//! over the project's HTTP client ([`crate::net::http`]: custom CA, Bearer key, timeout). Each
//! failure is classed by what to do about it ([`CallError::outcome`]).

use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

use serde_json::Value;

use super::prompt;
use crate::config::ResponseFormat;
use crate::error::Outcome;
use crate::net::http::{Auth, HttpClient, HttpError, HttpSettings};

#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub content: String,
    /// The model the server says answered.
    pub model: Option<String>,
    pub prompt_tokens: Option<u64>,
    pub completion_tokens: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CallError {
    /// 429: wait (`Retry-After` when the server says how long), then try again.
    #[error("rate limited by the server (429)")]
    RateLimited { retry_after: Option<Duration> },
    /// 5xx: the server's trouble; try again later.
    #[error("server error {status}")]
    Server { status: u16 },
    /// No answer: refused connection, timeout, broken response.
    #[error("{0}")]
    Unavailable(String),
    /// 200, but not a chat completion.
    #[error("malformed response: {0}")]
    Malformed(String),
    /// This request will never succeed (400/413/422: e.g. the report exceeds the context).
    #[error("request rejected ({status}): {msg}")]
    Rejected { status: u16, msg: String },
    /// 401/403/404: wrong key, no access or wrong URL; nothing will succeed.
    #[error("refused ({status}): check teacher.url, teacher.model and the key in teacher.api_key_env")]
    Refused { status: u16 },
}

impl CallError {
    pub fn outcome(&self) -> Outcome {
        match self {
            CallError::RateLimited { .. } | CallError::Server { .. } | CallError::Unavailable(_) | CallError::Malformed(_) => Outcome::Retry,
            CallError::Rejected { .. } => Outcome::DeadLetter,
            CallError::Refused { .. } => Outcome::Fatal,
        }
    }

    /// The `result` label of `radlabel_teacher_requests_total` for this failure.
    pub fn result(&self) -> &'static str {
        self.labels().0
    }

    /// Bounded class for dead-letter headers.
    pub fn class(&self) -> &'static str {
        self.labels().1
    }

    /// One row per failure: its metric label and its dead-letter class.
    fn labels(&self) -> (&'static str, &'static str) {
        match self {
            CallError::RateLimited { .. } => ("rate_limited", "RateLimited"),
            CallError::Server { .. } => ("server_error", "ServerError"),
            CallError::Unavailable(_) => ("unavailable", "Unavailable"),
            CallError::Malformed(_) => ("malformed", "MalformedResponse"),
            CallError::Rejected { .. } => ("rejected", "RequestRejected"),
            CallError::Refused { .. } => ("refused", "Refused"),
        }
    }
}

pub struct ChatClient {
    http: HttpClient,
    endpoint: String,
    model: String,
    max_tokens: u32,
    /// The response format in use: the configured one until the server refuses it, then
    /// plain JSON for the rest of the run (one refusal is enough to know).
    format: AtomicU8,
}

fn format_code(f: ResponseFormat) -> u8 {
    match f {
        ResponseFormat::JsonSchema => 0,
        ResponseFormat::JsonObject => 1,
        ResponseFormat::None => 2,
    }
}

fn format_of(code: u8) -> ResponseFormat {
    match code {
        0 => ResponseFormat::JsonSchema,
        1 => ResponseFormat::JsonObject,
        _ => ResponseFormat::None,
    }
}

impl ChatClient {
    pub fn new(cfg: &crate::config::TeacherConfig, api_key: Option<crate::secret::Secret>) -> Result<ChatClient, HttpError> {
        let settings = HttpSettings {
            key: "teacher".into(),
            ca_file: (!cfg.ca_file.trim().is_empty()).then(|| cfg.ca_file.trim().into()),
            cert_file: None,
            key_file: None,
            auth: api_key.map(Auth::Bearer),
        };
        Ok(ChatClient {
            http: HttpClient::new(&settings, Duration::from_millis(cfg.request_timeout_ms))?,
            endpoint: format!("{}/chat/completions", cfg.url.trim().trim_end_matches('/')),
            model: cfg.model.clone(),
            max_tokens: cfg.max_tokens,
            format: AtomicU8::new(format_code(cfg.response_format)),
        })
    }

    pub fn format(&self) -> ResponseFormat {
        format_of(self.format.load(Ordering::Relaxed))
    }

    /// One labelling request for a redacted report.
    pub async fn complete(&self, report: &str) -> Result<Completion, CallError> {
        loop {
            let format = self.format();
            let body = prompt::request(&self.model, report, format, self.max_tokens).to_string();
            let r = self.http.post(&self.endpoint, "application/json", "application/json", &body).await.map_err(|e| CallError::Unavailable(e.to_string()))?;
            match r.status {
                200..=299 => return parse_completion(&r.body),
                400 | 422 if format != ResponseFormat::None && mentions_format(&r.body) => {
                    tracing::warn!(status = r.status, from = ?format, "the teacher server refuses the response format; asking for plain JSON from now on");
                    self.format.store(format_code(ResponseFormat::None), Ordering::Relaxed);
                }
                429 => return Err(CallError::RateLimited { retry_after: r.header("retry-after").and_then(|v| v.trim().parse::<f64>().ok()).map(|s| Duration::from_secs_f64(s.clamp(0.0, 3600.0))) }),
                401 | 403 | 404 => return Err(CallError::Refused { status: r.status }),
                400 | 413 | 422 => return Err(CallError::Rejected { status: r.status, msg: r.body.chars().take(200).collect() }),
                s if s >= 500 => return Err(CallError::Server { status: s }),
                s => return Err(CallError::Malformed(format!("unexpected status {s}"))),
            }
        }
    }
}

fn mentions_format(body: &str) -> bool {
    let b = body.to_ascii_lowercase();
    b.contains("response_format") || b.contains("json_schema") || b.contains("grammar")
}

fn parse_completion(body: &str) -> Result<Completion, CallError> {
    let v: Value = serde_json::from_str(body).map_err(|e| CallError::Malformed(format!("not JSON: {e}")))?;
    let content = v["choices"][0]["message"]["content"].as_str().ok_or_else(|| CallError::Malformed("no choices[0].message.content".into()))?;
    Ok(Completion {
        content: content.to_string(),
        model: v["model"].as_str().map(str::to_string),
        prompt_tokens: v["usage"]["prompt_tokens"].as_u64(),
        completion_tokens: v["usage"]["completion_tokens"].as_u64(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_parse_with_usage_and_without() {
        let c = parse_completion(r#"{"model":"qwen","choices":[{"message":{"role":"assistant","content":"{}"}}],"usage":{"prompt_tokens":900,"completion_tokens":120}}"#).unwrap();
        assert_eq!((c.content.as_str(), c.model.as_deref(), c.prompt_tokens, c.completion_tokens), ("{}", Some("qwen"), Some(900), Some(120)));
        let c = parse_completion(r#"{"choices":[{"message":{"content":"x"}}]}"#).unwrap();
        assert_eq!(c.prompt_tokens, None);
        assert_eq!(parse_completion("<html>").unwrap_err().class(), "MalformedResponse");
        assert_eq!(parse_completion(r#"{"choices":[]}"#).unwrap_err().class(), "MalformedResponse");
    }

    #[test]
    fn each_failure_maps_to_one_outcome() {
        assert_eq!(CallError::RateLimited { retry_after: None }.outcome(), Outcome::Retry);
        assert_eq!(CallError::Server { status: 503 }.outcome(), Outcome::Retry);
        assert_eq!(CallError::Rejected { status: 400, msg: String::new() }.outcome(), Outcome::DeadLetter);
        assert_eq!(CallError::Refused { status: 401 }.outcome(), Outcome::Fatal);
    }
}
