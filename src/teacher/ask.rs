//! One report to the teacher and back: the request budget, the call, the strict answer check,
//! retries with backoff (a 429's `Retry-After` pauses every request), and the verdict. Shared
//! by the worker (Kafka) and `radlabel teacher label` (files), so both behave the same.

use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::time::{sleep, Instant};

use super::answer::{self, Answer};
use super::budget::Budget;
use super::client::{CallError, ChatClient, Completion};
use super::prompt::PROMPT_VERSION;
use super::telemetry::{Event, Telemetry};
use crate::config::TeacherConfig;
use crate::error::Outcome;
use crate::events::teacher::TeacherInfo;
use crate::secret::Secret;

/// A usable answer and how it was obtained.
pub struct Got {
    pub answer: Answer,
    pub completion: Completion,
    pub attempts: u32,
}

impl Got {
    /// The provenance stamped on a label (`model`: the configured name when the server names none).
    pub fn info(&self, model: &str) -> TeacherInfo {
        TeacherInfo {
            model: self.completion.model.clone().unwrap_or_else(|| model.to_string()),
            prompt_version: PROMPT_VERSION.into(),
            answer_sha256: Sha256::digest(self.completion.content.as_bytes()).iter().map(|b| format!("{b:02x}")).collect(),
            no_finding_disagreed: self.answer.no_finding_disagreed,
            attempts: self.attempts,
        }
    }
}

pub enum Failure {
    /// The server refuses every request (key, URL, model): stop, commit nothing.
    Fatal(String),
    /// This report could not be labelled: the last error's class and message.
    GaveUp { class: String, message: String },
}

/// The client, the budget's handle, the retry policy and the telemetry.
pub struct Asker {
    client: ChatClient,
    /// The per-minute request budget's owner task.
    budget: Budget,
    pub(crate) telemetry: Telemetry,
    /// The configured model name, stamped when the server does not name one.
    pub(crate) model: String,
    max_attempts: u32,
    backoff: Duration,
    backoff_max: Duration,
}

impl Asker {
    /// Needs a tokio runtime (the budget's task).
    pub fn new(t: &TeacherConfig, api_key: Option<Secret>, telemetry: Telemetry) -> Result<Asker, crate::net::http::HttpError> {
        Ok(Asker {
            client: ChatClient::new(t, api_key)?,
            budget: Budget::spawn(t.requests_per_minute),
            telemetry,
            model: t.model.clone(),
            max_attempts: t.max_attempts,
            backoff: Duration::from_millis(t.backoff_ms),
            backoff_max: Duration::from_millis(t.backoff_max_ms),
        })
    }

    /// Ask about one (already redacted) report until an answer passes the checks, the
    /// attempts run out, or the server refuses.
    pub async fn ask(&self, report_id: &str, redacted: &str) -> Result<Got, Failure> {
        let mut last = (String::new(), String::new());
        for attempt in 1..=self.max_attempts {
            self.budget.acquire().await;
            let started = Instant::now();
            let result = self.client.complete(redacted).await;
            let took = started.elapsed();
            let mut wait = (self.backoff * 2u32.saturating_pow(attempt - 1)).min(self.backoff_max);
            match result {
                Ok(c) => {
                    let parsed = answer::parse(&c.content);
                    let result = if parsed.is_ok() { "ok" } else { "bad_answer" };
                    self.telemetry.emit(Event::Request { result, took, prompt_tokens: c.prompt_tokens, completion_tokens: c.completion_tokens });
                    match parsed {
                        Ok(a) => {
                            if a.no_finding_disagreed {
                                self.telemetry.emit(Event::NoFindingDisagreed { report_id });
                            }
                            return Ok(Got { answer: a, completion: c, attempts: attempt });
                        }
                        Err(e) => last = (e.class().into(), e.to_string()),
                    }
                }
                Err(e) => {
                    self.telemetry.emit(Event::Request { result: e.result(), took, prompt_tokens: None, completion_tokens: None });
                    match e.outcome() {
                        Outcome::Fatal => return Err(Failure::Fatal(e.to_string())),
                        Outcome::DeadLetter => return Err(Failure::GaveUp { class: e.class().into(), message: e.to_string() }),
                        _ => {}
                    }
                    if let CallError::RateLimited { retry_after: Some(after) } = &e {
                        // The server said how long: every request waits, not only this one.
                        wait = *after;
                        self.budget.pause_until(Instant::now() + *after).await;
                    }
                    last = (e.class().into(), e.to_string());
                }
            }
            if attempt < self.max_attempts {
                self.telemetry.emit(Event::Retrying { report_id, attempt, class: &last.0, wait });
                sleep(wait).await;
            }
        }
        Err(Failure::GaveUp { class: last.0, message: last.1 })
    }
}
