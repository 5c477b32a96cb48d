//! `radlabel bench`: the model-only ceiling and the end-to-end pipeline on the same input,
//! in one process, so the two figures are paired (same machine load, same model).

use std::time::Instant;

use crate::commands::label::{load_model, LabelError, LabelOptions};
use crate::core::batching::plan;
use crate::io::input;
use crate::model::pipeline::{Item, Pipeline};
use crate::model::Backend;

#[derive(Debug, Clone, serde::Serialize)]
pub struct BenchResult {
    pub reports: usize,
    pub windows: usize,
    pub model_only_reports_per_s: f64,
    pub end_to_end_reports_per_s: f64,
    pub end_to_end_vs_ceiling: f64,
    pub variant: String,
    pub threads: usize,
}

/// Read all reports, then (1) time ORT alone on pre-tokenized, length-sorted token-budget
/// batches, (2) time the full pipeline (tokenize + batch + infer + decide) on the same texts.
pub fn run(o: &LabelOptions, rounds: usize) -> Result<BenchResult, LabelError> {
    let (model, encoder, mut backend) = load_model(o)?;
    let texts: Vec<String> = input::open(&o.input, o.input_format)?
        .filter_map(|r| r.ok().and_then(|r| r.ok()))
        .filter_map(|r| r.body.model_text().ok())
        .collect();
    let windows: Vec<Vec<u32>> = texts.iter().filter_map(|t| encoder.windows(t).ok()).flatten().collect();
    let lengths: Vec<usize> = windows.iter().map(Vec::len).collect();
    let batches = plan(&lengths, o.limits);
    let mut model_s = f64::INFINITY;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        for b in &batches {
            let seqs: Vec<&[u32]> = b.iter().map(|&i| windows[i].as_slice()).collect();
            backend.predict(&seqs)?;
        }
        model_s = model_s.min(t.elapsed().as_secs_f64());
    }
    let mut e2e_s = f64::INFINITY;
    let mut backend: Option<Box<dyn Backend>> = Some(Box::new(backend));
    let mut encoder = Some(encoder);
    for round in 0..rounds.max(1) {
        let t = Instant::now();
        let (tx, mut pipeline): (_, Pipeline<()>) = Pipeline::spawn(
            encoder.take().expect("encoder"),
            backend.take().expect("backend"),
            o.limits,
            model.decision.clone(),
        );
        let chunks: Vec<Vec<Item<()>>> = texts
            .chunks(o.chunk.max(1))
            .map(|c| c.iter().map(|t| Item { tag: (), text: t.clone() }).collect())
            .collect();
        let feeder = std::thread::spawn(move || {
            for c in chunks {
                let _ = tx.blocking_send(c);
            }
        });
        let mut n = 0;
        while let Some(done) = pipeline.recv() {
            n += done.len();
        }
        let _ = feeder.join();
        if n != texts.len() {
            return Err(crate::model::InferenceError::Stopped.into()); // the pipeline lost reports: a bug, not a figure
        }
        e2e_s = e2e_s.min(t.elapsed().as_secs_f64());
        pipeline.finish();
        if round + 1 < rounds.max(1) {
            // The pipeline consumed encoder and backend: reload for the next round.
            let (_, e, b) = load_model(o)?;
            encoder = Some(e);
            backend = Some(Box::new(b));
        }
    }
    let n = texts.len() as f64;
    Ok(BenchResult {
        reports: texts.len(),
        windows: windows.len(),
        model_only_reports_per_s: n / model_s,
        end_to_end_reports_per_s: n / e2e_s,
        end_to_end_vs_ceiling: model_s / e2e_s,
        variant: model.variant,
        threads: o.threads,
    })
}
