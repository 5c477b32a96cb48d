//! `radlabel teacher label FILE`: the teacher on a report file instead of the uncertain topic —
//! same redaction, prompt, checks and retries as the worker — for labelling a batch offline and
//! for measuring a teacher's agreement with other labels (`radlabel eval`).

use std::io::Write;

use futures::StreamExt;
use serde_json::json;

use super::ask::{Asker, Failure};
use super::telemetry::Telemetry;
use crate::config::TeacherConfig;
use crate::core::labels::{NAMES, N_OBS};
use crate::events::teacher::key_marks;
use crate::io::input::{self, InputFormat};
use crate::metrics::TeacherMetrics;
use crate::redact::Redactor;
use crate::secret::Secret;

#[derive(Debug, thiserror::Error)]
pub enum OfflineError {
    #[error(transparent)]
    Input(#[from] input::InputError),
    #[error(transparent)]
    Http(#[from] crate::net::http::HttpError),
    #[error("the teacher server refuses requests: {0}")]
    Refused(String),
    #[error(transparent)]
    Output(std::io::Error),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct OfflineStats {
    pub labelled: usize,
    /// Rows that could not be read or labelled (each written with its error).
    pub failed: usize,
    pub requests: u64,
}

/// Label every report of `path`, `concurrency` at a time, results in input order.
pub async fn label_file(t: &TeacherConfig, api_key: Option<Secret>, path: &str, format: Option<InputFormat>, out: &mut dyn Write) -> Result<OfflineStats, OfflineError> {
    let rows = input::open(path, format)?;
    let asker = Asker::new(t, api_key, Telemetry::new(TeacherMetrics::default()))?;
    let asker = &asker;
    let mut st = OfflineStats::default();
    let mut results = futures::stream::iter(rows)
        .map(|row| async move {
            let report = match row {
                Ok(Ok(r)) => r,
                Ok(Err(e)) => return json!({"report_id": e.row.to_string(), "error": {"class": "InvalidRow", "message": e.reason}}),
                Err(e) => return json!({"report_id": null, "error": {"class": "InputError", "message": e.to_string()}}),
            };
            let text = match report.body.model_text() {
                Ok(t) => t,
                Err(e) => return json!({"report_id": report.id, "error": {"class": "InvalidReport", "message": e.to_string()}}),
            };
            let red = Redactor::shared().redact(&text);
            match asker.ask(&report.id, &red.text).await {
                Ok(got) => {
                    let marks = key_marks(&got.answer.statuses);
                    json!({"report_id": report.id, "labels": (0..N_OBS).map(|k| (NAMES[k].to_string(), json!(got.answer.statuses[k]))).collect::<serde_json::Map<_, _>>(),
                        "marks": marks, "teacher": got.info(&asker.model), "redaction": red.summary()})
                }
                Err(Failure::Fatal(why)) => json!({"report_id": report.id, "fatal": why}),
                Err(Failure::GaveUp { class, message }) => json!({"report_id": report.id, "error": {"class": class, "message": message}}),
            }
        })
        .buffered(t.concurrency);
    while let Some(line) = results.next().await {
        if let Some(why) = line.get("fatal").and_then(|w| w.as_str()) {
            return Err(OfflineError::Refused(why.to_string()));
        }
        if line.get("error").is_some() {
            st.failed += 1;
        } else {
            st.labelled += 1;
        }
        writeln!(out, "{line}").map_err(OfflineError::Output)?;
    }
    out.flush().map_err(OfflineError::Output)?;
    st.requests = asker.telemetry.stats.lock().unwrap_or_else(|p| p.into_inner()).requests;
    Ok(st)
}
