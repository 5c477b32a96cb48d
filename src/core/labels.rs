//! The label space: 14 CheXpert observations x 4 classes, in the model's head order.

use serde::{Deserialize, Serialize};

/// Number of observations (model heads).
pub const N_OBS: usize = 14;
/// Number of classes per head.
pub const N_CLASSES: usize = 4;

/// Observation keys (the teacher-label format) in head order.
pub const KEYS: [&str; N_OBS] =
    ["NF", "ECM", "CM", "LO", "LL", "ED", "CO", "PNA", "AT", "PTX", "EFF", "PO", "FX", "SD"];

/// Observation names in head order; these are the keys of every output record.
pub const NAMES: [&str; N_OBS] = [
    "No Finding",
    "Enlarged Cardiomediastinum",
    "Cardiomegaly",
    "Lung Opacity",
    "Lung Lesion",
    "Edema",
    "Consolidation",
    "Pneumonia",
    "Atelectasis",
    "Pneumothorax",
    "Pleural Effusion",
    "Pleural Other",
    "Fracture",
    "Support Devices",
];

/// Index of No Finding, which is decided by rule rather than by its head.
pub const NO_FINDING: usize = 0;
/// Index of Support Devices, which never blocks No Finding.
pub const SUPPORT_DEVICES: usize = 13;

/// One head's decision. The order is the model's class order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Positive,
    Negative,
    Uncertain,
    NotMentioned,
}

impl Status {
    pub const ALL: [Status; N_CLASSES] =
        [Status::Positive, Status::Negative, Status::Uncertain, Status::NotMentioned];

    pub fn from_index(i: usize) -> Status {
        Status::ALL[i]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Positive => "positive",
            Status::Negative => "negative",
            Status::Uncertain => "uncertain",
            Status::NotMentioned => "not_mentioned",
        }
    }

    /// Precedence when several windows or mentions disagree (the guideline's rule):
    /// positive > uncertain > negative > not mentioned.
    pub fn precedence(self) -> u8 {
        match self {
            Status::Positive => 3,
            Status::Uncertain => 2,
            Status::Negative => 1,
            Status::NotMentioned => 0,
        }
    }

    /// Parse a status as written by labels files (`positive`, `+`, `pos`, CheXpert's `1/0/-1`).
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_ascii_lowercase().as_str() {
            "positive" | "pos" | "+" | "1" | "1.0" => Some(Status::Positive),
            "negative" | "neg" | "-" | "0" | "0.0" => Some(Status::Negative),
            "uncertain" | "unc" | "?" | "-1" | "-1.0" => Some(Status::Uncertain),
            "not_mentioned" | "not mentioned" | "blank" | "" => Some(Status::NotMentioned),
            _ => None,
        }
    }
}

/// Index of an observation given its name (case-insensitive, `_` as space) or key.
pub fn observation_index(name: &str) -> Option<usize> {
    let norm = name.trim().replace('_', " ");
    NAMES
        .iter()
        .position(|n| n.eq_ignore_ascii_case(&norm))
        .or_else(|| KEYS.iter().position(|k| k.eq_ignore_ascii_case(&norm)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_keys_resolve_to_the_same_head() {
        for i in 0..N_OBS {
            assert_eq!(observation_index(NAMES[i]), Some(i));
            assert_eq!(observation_index(KEYS[i]), Some(i));
        }
        assert_eq!(observation_index("pleural_effusion"), Some(10));
        assert_eq!(observation_index("Nope"), None);
    }

    #[test]
    fn status_parse_accepts_every_spelling_in_use() {
        assert_eq!(Status::parse("+"), Some(Status::Positive));
        assert_eq!(Status::parse("-1"), Some(Status::Uncertain));
        assert_eq!(Status::parse("Negative"), Some(Status::Negative));
        assert_eq!(Status::parse("maybe"), None);
        assert!(Status::Positive.precedence() > Status::Uncertain.precedence());
        assert!(Status::Uncertain.precedence() > Status::Negative.precedence());
    }
}
