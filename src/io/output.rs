//! The labels record, the same shape for `radlabel label` and (later) the findings topic.

use std::io::Write;

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::core::decision::Labelled;
use crate::core::labels::{Status, NAMES, N_OBS};

/// Output file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Jsonl,
    Csv,
}

/// Which model produced a label: travels with every record so labels can be traced and
/// superseded when the student is refreshed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ModelInfo {
    pub name: String,
    pub version: String,
    pub variant: String,
}

/// One report's labels as a JSON object (the `tools/score.py` format plus probabilities).
pub fn record(report_id: &str, l: &Labelled, model: &ModelInfo) -> Value {
    let mut labels = Map::new();
    let mut probs = Map::new();
    for k in 0..N_OBS {
        labels.insert(NAMES[k].into(), Value::from(l.statuses[k].as_str()));
        let mut p = Map::new();
        for s in Status::ALL {
            p.insert(s.as_str().into(), json!(round4(l.probabilities[k][s.index()])));
        }
        probs.insert(NAMES[k].into(), Value::Object(p));
    }
    json!({
        "report_id": report_id,
        "labels": labels,
        "probabilities": probs,
        "confidence": round4(l.min_confidence),
        "uncertain": l.any_uncertain(),
        "windows": l.windows,
        "model": model,
    })
}

/// Four decimals: enough to route and audit on, and keeps records small.
fn round4(x: f32) -> f64 {
    (x as f64 * 10_000.0).round() / 10_000.0
}

/// Writes records in one format.
pub enum Writer<W: Write> {
    Jsonl(W),
    Csv(csv::Writer<W>, bool),
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, format: OutputFormat) -> Self {
        match format {
            OutputFormat::Jsonl => Writer::Jsonl(out),
            OutputFormat::Csv => Writer::Csv(csv::Writer::from_writer(out), false),
        }
    }

    pub fn write(&mut self, report_id: &str, l: &Labelled, model: &ModelInfo) -> std::io::Result<()> {
        match self {
            Writer::Jsonl(w) => {
                serde_json::to_writer(&mut *w, &record(report_id, l, model))?;
                w.write_all(b"\n")
            }
            Writer::Csv(w, header_done) => {
                if !*header_done {
                    let mut h = vec!["report_id".to_string()];
                    h.extend(NAMES.iter().map(|n| n.to_string()));
                    h.extend(["confidence", "model_version"].map(String::from));
                    w.write_record(&h)?;
                    *header_done = true;
                }
                let mut row = vec![report_id.to_string()];
                row.extend(l.statuses.iter().map(|s| s.as_str().to_string()));
                row.push(format!("{:.4}", l.min_confidence));
                row.push(model.version.clone());
                w.write_record(&row)?;
                Ok(())
            }
        }
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Writer::Jsonl(w) => w.flush(),
            Writer::Csv(w, _) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decision::{label, Thresholds};

    #[test]
    fn record_has_every_observation_and_the_model() {
        let mut w = [[0.05, 0.05, 0.05, 0.85]; N_OBS];
        w[2] = [0.9, 0.05, 0.03, 0.02];
        let l = label(&[w], &Thresholds::default());
        let m = ModelInfo { name: "m".into(), version: "v1".into(), variant: "int8".into() };
        let r = record("A1", &l, &m);
        assert_eq!(r["report_id"], "A1");
        assert_eq!(r["labels"]["Cardiomegaly"], "positive");
        assert_eq!(r["labels"]["No Finding"], "not_mentioned");
        assert_eq!(r["labels"].as_object().unwrap().len(), 14);
        assert_eq!(r["probabilities"]["Cardiomegaly"]["positive"], 0.9);
        assert_eq!(r["model"]["version"], "v1");
        let keys: Vec<&String> = r["labels"].as_object().unwrap().keys().collect();
        assert_eq!(keys[0], "No Finding", "CheXpert order is kept");
    }

    #[test]
    fn csv_output_has_header_once() {
        let l = label(&[[[0.05, 0.05, 0.05, 0.85]; N_OBS]], &Thresholds::default());
        let m = ModelInfo { name: "m".into(), version: "v1".into(), variant: "fp32".into() };
        let mut buf = Vec::new();
        {
            let mut w = Writer::new(&mut buf, OutputFormat::Csv);
            w.write("1", &l, &m).unwrap();
            w.write("2", &l, &m).unwrap();
            w.flush().unwrap();
        }
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s.lines().count(), 3);
        assert!(s.starts_with("report_id,No Finding,"));
        assert!(s.lines().nth(1).unwrap().starts_with("1,positive,not_mentioned"));
    }
}
