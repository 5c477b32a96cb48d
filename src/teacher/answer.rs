//! Reading the teacher's answer: the JSON object is found inside code fences or prose, then
//! checked strictly (every key one of the 14 observations, each value one of the four, all 14
//! present). No Finding is recomputed by the guideline's rule; a model that said otherwise is
//! noted, not trusted.

use serde_json::Value;

use crate::core::decision::no_finding;
use crate::core::labels::{Status, NAMES, NO_FINDING, N_OBS};

#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub statuses: [Status; N_OBS],
    /// The model's own No Finding differed from the rule's.
    pub no_finding_disagreed: bool,
}

/// Why an answer cannot be used; each is retried, then dead-lettered with its class.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    #[error("the answer holds no JSON object")]
    NoJson,
    #[error("the answer's JSON does not parse: {0}")]
    InvalidJson(String),
    #[error("unknown observation `{0}`")]
    UnknownKey(String),
    #[error("`{key}`: `{value}` is not positive, negative, uncertain or not_mentioned")]
    BadValue { key: String, value: String },
    #[error("observations missing: {0}")]
    Missing(String),
}

impl AnswerError {
    /// Bounded class for metrics and dead-letter headers.
    pub fn class(&self) -> &'static str {
        match self {
            AnswerError::NoJson => "NoJson",
            AnswerError::InvalidJson(_) => "InvalidJson",
            AnswerError::UnknownKey(_) => "UnknownKey",
            AnswerError::BadValue { .. } => "BadValue",
            AnswerError::Missing(_) => "MissingKeys",
        }
    }
}

/// The first balanced `{...}` of `text` (strings and escapes respected), fences and prose
/// around it ignored.
fn json_object(text: &str) -> Option<&str> {
    let start = text.find('{')?;
    let (mut depth, mut in_str, mut esc) = (0usize, false, false);
    for (i, c) in text[start..].char_indices() {
        match c {
            _ if esc => esc = false,
            '\\' if in_str => esc = true,
            '"' => in_str = !in_str,
            '{' if !in_str => depth += 1,
            '}' if !in_str => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[start..start + i + 1]);
                }
            }
            _ => {}
        }
    }
    None
}

fn status(v: &str) -> Option<Status> {
    match v.trim().to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
        "positive" => Some(Status::Positive),
        "negative" => Some(Status::Negative),
        "uncertain" => Some(Status::Uncertain),
        "not_mentioned" => Some(Status::NotMentioned),
        _ => None,
    }
}

pub fn parse(content: &str) -> Result<Answer, AnswerError> {
    let obj = json_object(content).ok_or(AnswerError::NoJson)?;
    let v: Value = serde_json::from_str(obj).map_err(|e| AnswerError::InvalidJson(e.to_string()))?;
    let map = v.as_object().ok_or(AnswerError::NoJson)?;
    let mut seen: [Option<Status>; N_OBS] = [None; N_OBS];
    for (k, v) in map {
        let idx = NAMES.iter().position(|n| n.eq_ignore_ascii_case(k.trim())).ok_or_else(|| AnswerError::UnknownKey(k.clone()))?;
        let s = v.as_str().and_then(status).ok_or_else(|| AnswerError::BadValue { key: k.clone(), value: v.to_string().trim_matches('"').to_string() })?;
        seen[idx] = Some(s);
    }
    let missing: Vec<&str> = (0..N_OBS).filter(|&k| seen[k].is_none()).map(|k| NAMES[k]).collect();
    if !missing.is_empty() {
        return Err(AnswerError::Missing(missing.join(", ")));
    }
    let mut statuses = seen.map(|s| s.expect("all present"));
    let rule = no_finding(&statuses);
    let no_finding_disagreed = statuses[NO_FINDING] != rule;
    statuses[NO_FINDING] = rule;
    Ok(Answer { statuses, no_finding_disagreed })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(nf: &str, cm: &str) -> String {
        let mut m = serde_json::Map::new();
        for n in NAMES {
            m.insert(n.into(), "not_mentioned".into());
        }
        m.insert("No Finding".into(), nf.into());
        m.insert("Cardiomegaly".into(), cm.into());
        Value::Object(m).to_string()
    }

    #[test]
    fn fences_and_prose_around_the_object_are_tolerated() {
        let body = full("not_mentioned", "positive");
        for wrapped in [body.clone(), format!("```json\n{body}\n```"), format!("Here are the labels:\n{body}\nHope this helps {{}}")] {
            let a = parse(&wrapped).unwrap();
            assert_eq!(a.statuses[2], Status::Positive);
            assert!(!a.no_finding_disagreed);
        }
    }

    #[test]
    fn no_finding_is_recomputed_and_a_disagreement_noted() {
        let a = parse(&full("positive", "uncertain")).unwrap();
        assert_eq!(a.statuses[NO_FINDING], Status::NotMentioned);
        assert!(a.no_finding_disagreed);
        let a = parse(&full("not_mentioned", "negative")).unwrap();
        assert_eq!(a.statuses[NO_FINDING], Status::Positive, "nothing blocks it");
        assert!(a.no_finding_disagreed);
    }

    #[test]
    fn every_bad_answer_has_its_own_error() {
        assert_eq!(parse("I cannot label this report."), Err(AnswerError::NoJson));
        assert!(matches!(parse("{\"Cardiomegaly\": positive}"), Err(AnswerError::InvalidJson(_))));
        assert!(matches!(parse("{\"Cardiomegaly\": \"positive\""), Err(AnswerError::NoJson)));
        let wrong_key = full("not_mentioned", "positive").replace("Cardiomegaly", "Heart Enlargement");
        assert_eq!(parse(&wrong_key), Err(AnswerError::UnknownKey("Heart Enlargement".into())));
        assert_eq!(parse(&full("not_mentioned", "present")).unwrap_err().class(), "BadValue");
        assert_eq!(parse("{\"Cardiomegaly\": \"positive\"}").unwrap_err().class(), "MissingKeys");
    }
}
