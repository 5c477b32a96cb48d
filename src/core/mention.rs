//! The mention gate: an observation may be affirmed (positive or uncertain) only when the
//! report contains one of the words the labelling guideline names for it.
//!
//! Why: the student learns words that co-occur with a finding as well as the finding's own
//! words, and then affirms findings a report never names (a pleural fluid collection read as
//! pneumothorax). The guideline labels only what a report says, so a finding whose every term
//! is absent cannot be positive. The terms ship in the model's `config.json` (`mention_gate`),
//! written by `python -m radlabel_train.gate --apply` from the list that scored the folds, so
//! training's figures and the runtime apply the same list; a model without the key is not gated
//! (the shipped one is not: on the unseen folds the gate cost more than it gained).

use std::collections::BTreeMap;

use super::labels::{KEYS, NO_FINDING, N_OBS};

/// Lower-case stems per gated observation (an observation without an entry is never gated).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MentionGate {
    terms: Vec<(usize, Vec<String>)>,
}

/// Which observations a report mentions: `false` only where the gate has terms and none occurs.
pub type Mentioned = [bool; N_OBS];

impl MentionGate {
    /// Build from `{key: [stem, ...]}`; the error names the offending key.
    pub fn new(by_key: &BTreeMap<String, Vec<String>>) -> Result<MentionGate, (String, String)> {
        let mut terms = Vec::new();
        for (key, stems) in by_key {
            let Some(k) = KEYS.iter().position(|x| x == key) else {
                return Err((key.clone(), "unknown observation key".into()));
            };
            if k == NO_FINDING {
                return Err((key.clone(), "No Finding is derived by its rule, never gated".into()));
            }
            if stems.is_empty() || stems.iter().any(|s| s.trim().is_empty() || *s != s.to_lowercase()) {
                return Err((key.clone(), "needs at least one stem, each non-empty and lower-case".into()));
            }
            terms.push((k, stems.clone()));
        }
        Ok(MentionGate { terms })
    }

    /// The mention mask of one report (case and runs of whitespace ignored, as in training).
    pub fn mentioned(&self, text: &str) -> Mentioned {
        let mut out = [true; N_OBS];
        if self.terms.is_empty() {
            return out;
        }
        let low = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        for (k, stems) in &self.terms {
            out[*k] = stems.iter().any(|s| low.contains(s.as_str()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate() -> MentionGate {
        let mut m = BTreeMap::new();
        m.insert("PTX".to_string(), vec!["pneumothora".to_string()]);
        m.insert("ED".to_string(), vec!["edema".to_string(), "heart failure".to_string()]);
        MentionGate::new(&m).unwrap()
    }

    #[test]
    fn an_observation_is_mentioned_only_by_its_terms() {
        let g = gate();
        let ptx = KEYS.iter().position(|k| *k == "PTX").unwrap();
        let ed = KEYS.iter().position(|k| *k == "ED").unwrap();
        let m = g.mentioned("Small left apical PNEUMOTHORAX.");
        assert!(m[ptx] && !m[ed]);
        let m = g.mentioned("Loculated pleural fluid collection.");
        assert!(!m[ptx], "a fluid collection does not name a pneumothorax");
        assert!(g.mentioned("Known heart\n  failure.")[ed], "whitespace runs are one space");
        assert!(m.iter().enumerate().all(|(k, &x)| x || k == ptx || k == ed), "ungated ones stay mentioned");
    }

    #[test]
    fn bad_term_lists_name_their_key() {
        for (key, stems) in [("XX", vec!["a"]), ("NF", vec!["normal"]), ("CO", vec![]), ("CO", vec!["Consolidation"])] {
            let mut m = BTreeMap::new();
            m.insert(key.to_string(), stems.into_iter().map(String::from).collect());
            assert_eq!(MentionGate::new(&m).unwrap_err().0, key);
        }
        assert_eq!(MentionGate::default().mentioned("anything"), [true; N_OBS]);
    }
}
