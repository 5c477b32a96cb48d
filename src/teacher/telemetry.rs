//! One event per thing that happens in the teacher worker; each logs and counts in one place.

use std::time::Duration;

use super::worker::Stats;
use crate::metrics::TeacherMetrics;

pub enum Event<'a> {
    Received,
    /// One request's result (`ok`, `bad_answer` or a call error class in snake case).
    Request { result: &'static str, took: Duration, prompt_tokens: Option<u64>, completion_tokens: Option<u64> },
    Retrying { report_id: &'a str, attempt: u32, class: &'a str, wait: Duration },
    Redacted { summary: &'a std::collections::BTreeMap<&'static str, usize> },
    NoFindingDisagreed { report_id: &'a str },
    Labelled { report_id: &'a str, attempts: u32 },
    DeadLettered { report_id: &'a str, class: &'a str, error: &'a str },
    InFlight(usize),
}

/// The owner of the worker's counters (statistics at exit, Prometheus metrics).
pub struct Telemetry {
    pub stats: std::sync::Mutex<Stats>,
    metrics: TeacherMetrics,
}

impl Telemetry {
    pub fn new(metrics: TeacherMetrics) -> Telemetry {
        Telemetry { stats: Default::default(), metrics }
    }

    pub fn emit(&self, e: Event<'_>) {
        let m = &self.metrics;
        let mut st = self.stats.lock().unwrap_or_else(|p| p.into_inner());
        match e {
            Event::Received => st.received += 1,
            Event::Request { result, took, prompt_tokens, completion_tokens } => {
                st.requests += 1;
                m.requests.get_or_create(&[("result", result)]).inc();
                m.request_latency.observe(took.as_secs_f64());
                if let Some(t) = prompt_tokens {
                    m.tokens.get_or_create(&[("kind", "prompt")]).inc_by(t);
                }
                if let Some(t) = completion_tokens {
                    m.tokens.get_or_create(&[("kind", "completion")]).inc_by(t);
                }
                tracing::debug!(result, took_ms = took.as_millis() as u64, "teacher request");
            }
            Event::Retrying { report_id, attempt, class, wait } => {
                tracing::warn!(report_id, attempt, class, wait_ms = wait.as_millis() as u64, "teacher answer not usable yet; retrying");
            }
            Event::Redacted { summary } => {
                for (kind, n) in summary {
                    m.redactions.get_or_create(&[("type", kind)]).inc_by(*n as u64);
                }
            }
            Event::NoFindingDisagreed { report_id } => {
                m.no_finding_disagreements.inc();
                tracing::info!(report_id, "the teacher's No Finding contradicts the rule; the rule's value is kept");
            }
            Event::Labelled { report_id, attempts } => {
                st.labelled += 1;
                m.cases.get_or_create(&[("result", "labelled")]).inc();
                tracing::debug!(report_id, attempts, "teacher label produced");
            }
            Event::DeadLettered { report_id, class, error } => {
                st.dead_lettered += 1;
                m.cases.get_or_create(&[("result", "dead_lettered")]).inc();
                tracing::warn!(report_id, class, error, "uncertain case dead-lettered");
            }
            Event::InFlight(n) => {
                m.cases_in_flight.set(n as i64);
            }
        }
    }
}
