//! The events every role stands on: the report event (what the HL7 gateway writes and the
//! connector reads, in JSON or Avro in the Confluent wire format), the findings record and the
//! uncertain case (what the connector writes and the teacher worker reads). Below the roles, so
//! none of them imports another. Schemas: `schemas/*.avsc`, JSON in `schemas/README.md`.

pub mod avro;
pub mod registry;
pub(crate) mod teacher;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::core::decision::Labelled;
use crate::core::report::{ReportBody, ReportError};
use crate::core::routing::Reason;
use crate::error::Outcome;
use crate::io::output::{record, ModelInfo};

/// Result status of a report (HL7 OBR-25: F final, C corrected, P preliminary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportStatus {
    Final,
    Corrected,
    Preliminary,
}

/// A report event as producers publish it on the reports topic.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReportEvent {
    pub report_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impression: Option<String>,
    /// Absent means final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReportStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accession: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Procedure (OBR-4 text, else its code) when the report came over HL7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sending_application: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sending_facility: Option<String>,
    /// MSH-10 of the HL7 message the event came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hl7_control_id: Option<String>,
    /// e.g. `ORU^R01`, `MDM^T02`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hl7_message_type: Option<String>,
    /// The HL7 message as received (base64 of its bytes), for audit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hl7_message: Option<String>,
}

/// Why a message cannot be processed. Every variant dead-letters the message.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecodeError {
    #[error("message has no value")]
    Empty,
    #[error("value is not valid UTF-8 (byte {0})")]
    NotUtf8(usize),
    #[error("value is not a valid report event: {0}")]
    InvalidJson(String),
    #[error("unknown schema: {0}")]
    UnknownSchema(String),
    #[error("Avro decoding failed: {0}")]
    Avro(String),
    #[error("report_id is missing or empty")]
    MissingReportId,
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("status `preliminary`: only final and corrected reports are labelled")]
    Preliminary,
}

impl DecodeError {
    pub fn outcome(&self) -> Outcome {
        Outcome::DeadLetter
    }

    /// Bounded class name for DLQ headers and metrics.
    pub fn class(&self) -> &'static str {
        match self {
            DecodeError::Empty => "EmptyValue",
            DecodeError::NotUtf8(_) => "InvalidUtf8",
            DecodeError::InvalidJson(_) => "InvalidJson",
            DecodeError::UnknownSchema(_) => "UnknownSchema",
            DecodeError::Avro(_) => "InvalidAvro",
            DecodeError::MissingReportId => "MissingReportId",
            DecodeError::Report(ReportError::Empty) => "MissingReportText",
            DecodeError::Report(ReportError::TooLong { .. }) => "ReportTooLong",
            DecodeError::Preliminary => "PreliminaryReport",
        }
    }
}

impl ReportEvent {
    pub fn body(&self) -> ReportBody {
        if self.findings.is_some() || self.impression.is_some() {
            ReportBody::Sections {
                findings: self.findings.clone().unwrap_or_default(),
                impression: self.impression.clone().unwrap_or_default(),
            }
        } else {
            ReportBody::Whole(self.text.clone().unwrap_or_default())
        }
    }

    /// Checks that apply whatever the wire format; returns the model text.
    pub fn validate(&self, max_text_bytes: usize) -> Result<String, DecodeError> {
        if self.report_id.trim().is_empty() {
            return Err(DecodeError::MissingReportId);
        }
        let raw_len = [&self.text, &self.findings, &self.impression].iter().map(|t| t.as_ref().map_or(0, |s| s.len())).sum::<usize>();
        if raw_len > max_text_bytes {
            return Err(ReportError::TooLong { len: raw_len, limit: max_text_bytes }.into());
        }
        Ok(self.body().model_text()?)
    }
}

/// JSON report event from raw bytes.
pub fn decode_json(payload: Option<&[u8]>) -> Result<ReportEvent, DecodeError> {
    let bytes = payload.filter(|b| !b.is_empty()).ok_or(DecodeError::Empty)?;
    let text = std::str::from_utf8(bytes).map_err(|e| DecodeError::NotUtf8(e.valid_up_to()))?;
    let v: Value = serde_json::from_str(text).map_err(|e| DecodeError::InvalidJson(e.to_string()))?;
    match v.get("report_id") {
        Some(Value::String(_)) => {}
        Some(Value::Number(_)) => {}
        _ => return Err(DecodeError::MissingReportId),
    }
    let mut v = v;
    if let Some(n) = v.get("report_id").and_then(Value::as_i64) {
        v["report_id"] = Value::String(n.to_string());
    }
    serde_json::from_value(v).map_err(|e| DecodeError::InvalidJson(e.to_string()))
}

/// Where an input message came from; also the basis of the idempotency id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

impl Source {
    /// Stable across re-deliveries of the same input message (same topic/partition/offset),
    /// so downstream consumers can drop the duplicates at-least-once delivery may create.
    pub fn idempotency_id(&self) -> String {
        let h = Sha256::digest(format!("{}\u{0}{}\u{0}{}", self.topic, self.partition, self.offset).as_bytes());
        h.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }
}

/// The findings record: `radlabel label`'s record plus provenance and the idempotency id.
pub fn findings_record(ev: &ReportEvent, l: &Labelled, model: &ModelInfo, src: &Source) -> Value {
    let mut r = record(&ev.report_id, l, model);
    let o = r.as_object_mut().expect("record is an object");
    o.insert("status".into(), json!(ev.status.unwrap_or(ReportStatus::Final)));
    let provenance = [
        ("accession", &ev.accession),
        ("patient_id", &ev.patient_id),
        ("observed_at", &ev.observed_at),
        ("modality", &ev.modality),
        ("procedure", &ev.procedure),
        ("sending_application", &ev.sending_application),
        ("sending_facility", &ev.sending_facility),
        ("hl7_control_id", &ev.hl7_control_id),
    ];
    for (k, v) in provenance {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    o.insert("source".into(), json!(src));
    o.insert("idempotency_id".into(), json!(src.idempotency_id()));
    r
}

/// The case the teacher will label: the findings record plus the text and the reason.
pub fn uncertain_case(ev: &ReportEvent, text: &str, l: &Labelled, model: &ModelInfo, src: &Source, reason: &Reason) -> Value {
    let mut r = findings_record(ev, l, model, src);
    let o = r.as_object_mut().expect("record is an object");
    o.insert("text".into(), json!(text));
    o.insert("reason".into(), json!(reason.to_string()));
    o.insert("reason_kind".into(), json!(reason.kind()));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_events_decode_and_validate() {
        let ev = decode_json(Some(br#"{"report_id":"R1","findings":"Clear.","impression":"Normal.","status":"corrected","modality":"CR"}"#)).unwrap();
        assert_eq!(ev.status, Some(ReportStatus::Corrected));
        assert_eq!(ev.validate(1000).unwrap(), "FINDINGS: Clear. IMPRESSION: Normal.");
        let ev = decode_json(Some(br#"{"report_id": 42, "text": "No effusion."}"#)).unwrap();
        assert_eq!(ev.report_id, "42");
        assert_eq!(ev.status, None, "absent means final");
    }

    #[test]
    fn every_bad_message_has_a_specific_error() {
        assert_eq!(decode_json(None), Err(DecodeError::Empty));
        assert_eq!(decode_json(Some(&[0x7b, 0xff])), Err(DecodeError::NotUtf8(1)));
        assert!(matches!(decode_json(Some(b"{nope")), Err(DecodeError::InvalidJson(_))));
        assert_eq!(decode_json(Some(br#"{"text":"x"}"#)), Err(DecodeError::MissingReportId));
        assert!(matches!(decode_json(Some(br#"{"report_id":"a","status":"cancelled"}"#)), Err(DecodeError::InvalidJson(_))));
        let ev = decode_json(Some(br#"{"report_id":"a"}"#)).unwrap();
        assert_eq!(ev.validate(100).unwrap_err().class(), "MissingReportText");
        let ev = decode_json(Some(br#"{"report_id":"a","text":"0123456789"}"#)).unwrap();
        assert_eq!(ev.validate(5).unwrap_err().class(), "ReportTooLong");
        let ev = decode_json(Some(br#"{"report_id":"  ","text":"x"}"#)).unwrap();
        assert_eq!(ev.validate(5), Err(DecodeError::MissingReportId));
    }

    #[test]
    fn idempotency_id_is_stable_and_distinct() {
        let a = Source { topic: "t".into(), partition: 0, offset: 5 };
        let b = Source { topic: "t".into(), partition: 0, offset: 6 };
        assert_eq!(a.idempotency_id(), a.clone().idempotency_id());
        assert_ne!(a.idempotency_id(), b.idempotency_id());
        assert_eq!(a.idempotency_id().len(), 32);
    }
}
