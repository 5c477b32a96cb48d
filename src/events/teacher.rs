//! The teacher-label record (`radiology.teacher-labels`, keyed by report id): what the teacher
//! worker writes and `radlabel teacher export` reads back into a training set.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::labels::{Status, KEYS, NAMES, N_OBS};

/// Who labelled and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeacherInfo {
    /// The `model` the server reported (else the configured one).
    pub model: String,
    /// Version of the prompt that produced the answer (see `teacher::prompt`).
    pub prompt_version: String,
    /// SHA-256 of the raw answer text, to audit and deduplicate without storing it.
    pub answer_sha256: String,
    /// The model's own No Finding differed from the guideline's rule (the rule's value is kept).
    pub no_finding_disagreed: bool,
    /// Attempts it took (1: the first answer was usable).
    pub attempts: u32,
}

/// Where the uncertain case was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseSource {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeacherLabel {
    pub report_id: String,
    /// Observation name -> positive | negative | uncertain | not_mentioned, all 14.
    pub labels: BTreeMap<String, Status>,
    /// The report text as it was sent: redacted.
    pub text: String,
    pub teacher: TeacherInfo,
    /// From the uncertain case: the student's model, probabilities, confidence and the reason
    /// it was routed (absent fields stay absent).
    pub student: Value,
    /// Identifiers removed before sending, counted per type (never the values).
    pub redaction: BTreeMap<String, usize>,
    pub source: CaseSource,
    /// Milliseconds since the Unix epoch when the label was made.
    pub labelled_at_ms: u64,
}

impl TeacherLabel {
    /// The statuses in head order (missing names read as not mentioned).
    pub fn statuses(&self) -> [Status; N_OBS] {
        let mut out = [Status::NotMentioned; N_OBS];
        for (k, name) in NAMES.iter().enumerate() {
            if let Some(s) = self.labels.get(*name) {
                out[k] = *s;
            }
        }
        out
    }

    /// The teacher-label file format of `../shared` (`NF+ CM- EFF?`), which training reads.
    pub fn key_marks(&self) -> String {
        key_marks(&self.statuses())
    }
}

/// Statuses in head order as the teacher-label file format (`NF+ CM- EFF?`).
pub fn key_marks(st: &[Status; N_OBS]) -> String {
    {
        (0..N_OBS)
            .filter_map(|k| match st[k] {
                Status::Positive => Some(format!("{}+", KEYS[k])),
                Status::Negative => Some(format!("{}-", KEYS[k])),
                Status::Uncertain => Some(format!("{}?", KEYS[k])),
                Status::NotMentioned => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_marks_follow_the_teacher_file_format() {
        let mut labels = BTreeMap::new();
        labels.insert("Cardiomegaly".to_string(), Status::Positive);
        labels.insert("Pleural Effusion".to_string(), Status::Uncertain);
        labels.insert("Pneumothorax".to_string(), Status::Negative);
        labels.insert("Edema".to_string(), Status::NotMentioned);
        let t = TeacherLabel {
            report_id: "r".into(),
            labels,
            text: String::new(),
            teacher: TeacherInfo { model: "m".into(), prompt_version: "v".into(), answer_sha256: String::new(), no_finding_disagreed: false, attempts: 1 },
            student: Value::Null,
            redaction: BTreeMap::new(),
            source: CaseSource { topic: "t".into(), partition: 0, offset: 0 },
            labelled_at_ms: 0,
        };
        assert_eq!(t.key_marks(), "CM+ PTX- EFF?");
        let back: TeacherLabel = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }
}
