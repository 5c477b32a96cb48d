//! The model directory contract (written by training/radlabel_train/export.py): checked in
//! full at start so a wrong or corrupted model fails before any report is read.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::decision::{Decision, Thresholds};
use crate::core::mention::MentionGate;
use crate::core::labels::{Status, KEYS, NAMES, N_OBS};
use crate::error::Outcome;

/// The only config layout this build understands.
pub const FORMAT_VERSION: u32 = 1;

/// A model directory that cannot be used. Always fatal: nothing can be labelled without it.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model directory {dir}: {what}")]
    Missing { dir: PathBuf, what: String },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: invalid JSON: {source}")]
    Json { path: PathBuf, source: serde_json::Error },
    #[error("model config {path}, key `{key}`: {msg}")]
    Invalid { path: PathBuf, key: String, msg: String },
    #[error("{file}: sha256 {actual} does not match {expected} in config.json (corrupted or replaced model file)")]
    Checksum { file: PathBuf, expected: String, actual: String },
    #[error("{file}: {msg}")]
    Graph { file: PathBuf, msg: String },
}

impl ModelError {
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Observation {
    pub key: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Variant {
    pub file: String,
    pub sha256: String,
}

/// How the model reads a report: whole (in windows when long), or sentence by sentence with
/// the sentences' labels combined by the guideline's precedence (`core::sentences`). A model
/// declares the one it was validated with; a model without the key reads whole reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Reading {
    #[default]
    Report,
    Sentences,
}

/// `config.json` as written by the exporter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelConfig {
    pub format_version: u32,
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub base_encoder: Option<String>,
    pub observations: Vec<Observation>,
    pub classes: Vec<String>,
    pub max_length: usize,
    pub window_overlap: usize,
    #[serde(default)]
    pub reading: Reading,
    pub inputs: Vec<String>,
    pub output: String,
    #[serde(default)]
    pub pad_id: Option<u32>,
    #[serde(default)]
    pub thresholds: BTreeMap<String, BTreeMap<String, f32>>,
    /// Lower-case stems per observation key (`core::mention`); absent: the model is not gated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention_gate: Option<BTreeMap<String, Vec<String>>>,
    pub default_variant: String,
    pub variants: BTreeMap<String, Variant>,
}

/// A validated model directory with one variant chosen.
#[derive(Debug, Clone)]
pub struct ModelDir {
    pub dir: PathBuf,
    pub config: ModelConfig,
    pub variant: String,
    pub onnx_path: PathBuf,
    pub tokenizer_path: PathBuf,
    /// Thresholds and mention gate: what the model was validated with, applied to every report.
    pub decision: Decision,
}

impl ModelDir {
    /// Open and fully validate `dir`; `variant` None means the config's default.
    pub fn open(dir: &Path, variant: Option<&str>) -> Result<ModelDir, ModelError> {
        if !dir.is_dir() {
            return Err(ModelError::Missing { dir: dir.into(), what: "not a directory".into() });
        }
        let cfg_path = dir.join("config.json");
        let raw = std::fs::read_to_string(&cfg_path)
            .map_err(|source| ModelError::Io { path: cfg_path.clone(), source })?;
        let config: ModelConfig = serde_json::from_str(&raw)
            .map_err(|source| ModelError::Json { path: cfg_path.clone(), source })?;
        let decision = validate(&config).map_err(|ContractViolation { key, msg }| ModelError::Invalid {
            path: cfg_path.clone(),
            key,
            msg,
        })?;
        let variant = variant.unwrap_or(&config.default_variant).to_string();
        let spec = config.variants.get(&variant).ok_or_else(|| ModelError::Invalid {
            path: cfg_path.clone(),
            key: "variants".into(),
            msg: format!(
                "no variant `{variant}` (available: {})",
                config.variants.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        })?;
        let onnx_path = dir.join(&spec.file);
        let tokenizer_path = dir.join("tokenizer.json");
        for p in [&onnx_path, &tokenizer_path] {
            if !p.is_file() {
                return Err(ModelError::Missing { dir: dir.into(), what: format!("{} is missing", p.display()) });
            }
        }
        let actual = sha256_file(&onnx_path)?;
        if !actual.eq_ignore_ascii_case(&spec.sha256) {
            return Err(ModelError::Checksum { file: onnx_path, expected: spec.sha256.clone(), actual });
        }
        Ok(ModelDir { dir: dir.into(), config, variant, onnx_path, tokenizer_path, decision })
    }
}

pub fn sha256_file(path: &Path) -> Result<String, ModelError> {
    let mut f = std::fs::File::open(path).map_err(|source| ModelError::Io { path: path.into(), source })?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|source| ModelError::Io { path: path.into(), source })?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// A `config.json` key that breaks this build's contract, and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("key `{key}`: {msg}")]
pub struct ContractViolation {
    pub key: String,
    pub msg: String,
}

/// Check the config against this build's label space; returns the decision rules.
pub fn validate(c: &ModelConfig) -> Result<Decision, ContractViolation> {
    let bad = |k: &str, m: String| Err(ContractViolation { key: k.to_string(), msg: m });
    if c.format_version != FORMAT_VERSION {
        return bad("format_version", format!("{} is not supported (expected {FORMAT_VERSION})", c.format_version));
    }
    let keys: Vec<&str> = c.observations.iter().map(|o| o.key.as_str()).collect();
    let names: Vec<&str> = c.observations.iter().map(|o| o.name.as_str()).collect();
    if keys != KEYS || names != NAMES {
        return bad("observations", "must be the 14 CheXpert observations in CheXpert order".into());
    }
    let classes: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    if c.classes != classes {
        return bad("classes", format!("must be {classes:?}, got {:?}", c.classes));
    }
    if c.max_length < 8 {
        return bad("max_length", format!("{} is too small (>= 8)", c.max_length));
    }
    if c.window_overlap * 2 >= c.max_length {
        return bad("window_overlap", format!("{} must be under half of max_length {}", c.window_overlap, c.max_length));
    }
    for need in ["input_ids", "attention_mask"] {
        if !c.inputs.iter().any(|i| i == need) {
            return bad("inputs", format!("must include {need}"));
        }
    }
    if let Some(i) = c.inputs.iter().find(|i| !["input_ids", "attention_mask", "token_type_ids"].contains(&i.as_str())) {
        return bad("inputs", format!("unknown input `{i}`"));
    }
    if c.output.is_empty() {
        return bad("output", "must name the probabilities output".into());
    }
    if !c.variants.contains_key(&c.default_variant) {
        return bad("default_variant", format!("`{}` is not one of variants", c.default_variant));
    }
    for (name, v) in &c.variants {
        if v.sha256.len() != 64 || !v.sha256.chars().all(|ch| ch.is_ascii_hexdigit()) {
            return bad(&format!("variants.{name}.sha256"), "must be 64 hex digits".into());
        }
    }
    let mut th = Thresholds::default();
    for (obs, per_class) in &c.thresholds {
        let Some(k) = NAMES.iter().position(|n| n == obs) else {
            return bad(&format!("thresholds.{obs}"), "unknown observation".into());
        };
        for (class, &t) in per_class {
            if !(t > 0.0 && t <= 1.0) {
                return bad(&format!("thresholds.{obs}.{class}"), format!("{t} is outside (0, 1]"));
            }
            match class.as_str() {
                "positive" => th.positive[k] = t,
                "uncertain" => th.uncertain[k] = t,
                _ => return bad(&format!("thresholds.{obs}.{class}"), "only positive and uncertain take thresholds".into()),
            }
        }
    }
    debug_assert_eq!(th.positive.len(), N_OBS);
    let gate = match &c.mention_gate {
        None => None,
        Some(m) => Some(MentionGate::new(m).map_err(|(key, msg)| ContractViolation { key: format!("mention_gate.{key}"), msg })?),
    };
    Ok(Decision { thresholds: th, gate })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> ModelConfig {
        ModelConfig {
            format_version: 1,
            name: "m".into(),
            version: "1".into(),
            base_encoder: None,
            observations: KEYS.iter().zip(NAMES).map(|(k, n)| Observation { key: k.to_string(), name: n.to_string() }).collect(),
            classes: vec!["positive".into(), "negative".into(), "uncertain".into(), "not_mentioned".into()],
            max_length: 128,
            window_overlap: 32,
            reading: Reading::Report,
            inputs: vec!["input_ids".into(), "attention_mask".into()],
            output: "probabilities".into(),
            pad_id: None,
            thresholds: BTreeMap::new(),
            mention_gate: None,
            default_variant: "fp32".into(),
            variants: [("fp32".to_string(), Variant { file: "model.onnx".into(), sha256: "a".repeat(64) })].into(),
        }
    }

    fn key_of(c: ModelConfig) -> String {
        validate(&c).unwrap_err().key
    }

    #[test]
    fn a_good_config_validates_and_thresholds_apply() {
        let mut c = good();
        c.thresholds.insert("Pneumothorax".into(), [("positive".to_string(), 0.3)].into());
        let d = validate(&c).unwrap();
        assert_eq!(d.thresholds.positive[9], 0.3);
        assert_eq!(d.thresholds.positive[10], 0.5);
        assert!(d.gate.is_none(), "a model without the key is not gated");
        c.mention_gate = Some([("PTX".to_string(), vec!["pneumothora".to_string()])].into());
        let g = validate(&c).unwrap().gate.expect("gated");
        assert!(!g.mentioned("Pleural fluid collection.")[9]);
    }

    #[test]
    fn reading_defaults_to_whole_reports_and_rejects_unknown_modes() {
        let mut v = serde_json::to_value(good()).unwrap();
        v.as_object_mut().unwrap().remove("reading");
        assert_eq!(serde_json::from_value::<ModelConfig>(v.clone()).unwrap().reading, Reading::Report);
        v["reading"] = "sentences".into();
        assert_eq!(serde_json::from_value::<ModelConfig>(v.clone()).unwrap().reading, Reading::Sentences);
        v["reading"] = "paragraphs".into();
        assert!(serde_json::from_value::<ModelConfig>(v).unwrap_err().to_string().contains("paragraphs"));
    }

    #[test]
    fn each_bad_value_names_its_key() {
        let mut c = good();
        c.format_version = 2;
        assert_eq!(key_of(c), "format_version");
        let mut c = good();
        c.observations.swap(1, 2);
        assert_eq!(key_of(c), "observations");
        let mut c = good();
        c.classes.reverse();
        assert_eq!(key_of(c), "classes");
        let mut c = good();
        c.window_overlap = 64;
        assert_eq!(key_of(c), "window_overlap");
        let mut c = good();
        c.inputs = vec!["input_ids".into()];
        assert_eq!(key_of(c), "inputs");
        let mut c = good();
        c.default_variant = "int8".into();
        assert_eq!(key_of(c), "default_variant");
        let mut c = good();
        c.variants.get_mut("fp32").unwrap().sha256 = "xyz".into();
        assert_eq!(key_of(c), "variants.fp32.sha256");
        let mut c = good();
        c.thresholds.insert("Edema".into(), [("positive".to_string(), 1.5)].into());
        assert_eq!(key_of(c), "thresholds.Edema.positive");
        let mut c = good();
        c.thresholds.insert("Spleen".into(), BTreeMap::new());
        assert_eq!(key_of(c), "thresholds.Spleen");
        let mut c = good();
        c.mention_gate = Some([("CO".to_string(), vec!["Consolidation".to_string()])].into());
        assert_eq!(key_of(c), "mention_gate.CO");
    }
}
