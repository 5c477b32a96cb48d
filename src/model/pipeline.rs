//! The labelling pipeline: a tokenizer thread feeding an inference thread over bounded
//! channels. Tokenization of the next chunk overlaps inference of the current one; the
//! inference thread is the single owner of the backend (the ORT session); bounded channels
//! make a slow model push back on whoever feeds the pipeline instead of buffering.
//!
//! Chunks travel strictly FIFO through one thread per stage, so results come out in the
//! order items went in.

use std::sync::mpsc::sync_channel;
use std::thread::JoinHandle;

use super::backend::{Backend, InferenceError};
use super::tokenize::{Encoder, TokenizeError, Window};
use crate::core::batching::{plan, BatchLimits};
use crate::core::decision::{label, Decision, Labelled, Probs, Thresholds};
use crate::core::mention::Mentioned;
use crate::error::Outcome;

/// How many chunks may wait between stages.
const CHANNEL_DEPTH: usize = 2;

/// One report to label, with a caller tag carried through untouched.
pub struct Item<T> {
    pub tag: T,
    pub text: String,
}

/// One report's result.
pub struct Done<T> {
    pub tag: T,
    pub result: Result<Labelled, ItemError>,
}

#[derive(Debug, thiserror::Error)]
pub enum ItemError {
    #[error(transparent)]
    Tokenize(#[from] TokenizeError),
    #[error(transparent)]
    Inference(#[from] InferenceError),
}

impl ItemError {
    pub fn outcome(&self) -> Outcome {
        match self {
            ItemError::Tokenize(e) => e.outcome(),
            ItemError::Inference(e) => e.outcome(),
        }
    }
}

struct Tokenized<T> {
    tag: T,
    windows: Result<Vec<Window>, TokenizeError>,
    /// The report's mention mask when the model is gated, read from its text here because
    /// only this stage still has the text.
    mentioned: Option<Mentioned>,
}

/// Where micro-batches go in: a tokio channel, so an async caller awaits room without a
/// bridge thread and a blocking caller uses `blocking_send`.
pub type Feed<T> = tokio::sync::mpsc::Sender<Vec<Item<T>>>;

/// A running pipeline: its input sender is handed to the caller by [`Pipeline::spawn`];
/// results come out in order from [`Pipeline::next`] (async) or [`Pipeline::recv`] (blocking).
/// Dropping every input sender lets both threads drain.
pub struct Pipeline<T> {
    /// Finished micro-batches, in submission order.
    output: tokio::sync::mpsc::Receiver<Vec<Done<T>>>,
    /// The tokenize and inference threads, joined by `finish`.
    threads: Vec<JoinHandle<()>>,
}

impl<T: Send + 'static> Pipeline<T> {
    /// Start the threads; returns the input (send chunks, blocks while the pipeline is full)
    /// and the pipeline to read results from.
    pub fn spawn(encoder: Encoder, mut backend: Box<dyn Backend>, limits: BatchLimits, decision: Decision) -> (Feed<T>, Self) {
        let Decision { thresholds, gate } = decision;
        let (in_tx, mut in_rx) = tokio::sync::mpsc::channel::<Vec<Item<T>>>(CHANNEL_DEPTH);
        let (tok_tx, tok_rx) = sync_channel::<Vec<Tokenized<T>>>(CHANNEL_DEPTH);
        let (out_tx, out_rx) = tokio::sync::mpsc::channel::<Vec<Done<T>>>(CHANNEL_DEPTH);
        let tokenizer = std::thread::Builder::new()
            .name("radlabel-tokenize".into())
            .spawn(move || {
                while let Some(chunk) = in_rx.blocking_recv() {
                    let tokenized = chunk
                        .into_iter()
                        .map(|item| Tokenized {
                            windows: encoder.windows(&item.text),
                            mentioned: gate.as_ref().map(|g| g.mentioned(&item.text)),
                            tag: item.tag,
                        })
                        .collect();
                    if tok_tx.send(tokenized).is_err() {
                        return;
                    }
                }
            })
            .expect("spawn tokenizer thread");
        let inference = std::thread::Builder::new()
            .name("radlabel-infer".into())
            .spawn(move || {
                for chunk in tok_rx {
                    let done = infer_chunk(backend.as_mut(), chunk, limits, &thresholds);
                    if out_tx.blocking_send(done).is_err() {
                        return;
                    }
                }
            })
            .expect("spawn inference thread");
        (in_tx, Pipeline { output: out_rx, threads: vec![tokenizer, inference] })
    }

    /// The next chunk of results, `None` once every input sender is dropped and all has drained.
    /// The next finished micro-batch, blocking (not from inside an async runtime).
    pub fn recv(&mut self) -> Option<Vec<Done<T>>> {
        self.output.blocking_recv()
    }

    /// The next finished micro-batch, awaited.
    pub async fn next(&mut self) -> Option<Vec<Done<T>>> {
        self.output.recv().await
    }

    pub fn finish(mut self) -> Vec<Done<T>> {
        let mut rest = Vec::new();
        while let Some(chunk) = self.recv() {
            rest.extend(chunk);
        }
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        rest
    }
}

/// Batch every window of a chunk by token budget, run them, and regroup per report.
fn infer_chunk<T>(backend: &mut dyn Backend, chunk: Vec<Tokenized<T>>, limits: BatchLimits, th: &Thresholds) -> Vec<Done<T>> {
    // Flatten windows; remember which report each came from.
    let mut seqs: Vec<&[u32]> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, t) in chunk.iter().enumerate() {
        if let Ok(ws) = &t.windows {
            for w in ws {
                seqs.push(w);
                owner.push(i);
            }
        }
    }
    let lengths: Vec<usize> = seqs.iter().map(|s| s.len()).collect();
    let mut probs: Vec<Option<Probs>> = vec![None; seqs.len()];
    let mut failed: Vec<Option<InferenceError>> = vec![None; chunk.len()];
    for batch in plan(&lengths, limits) {
        let inputs: Vec<&[u32]> = batch.iter().map(|&j| seqs[j]).collect();
        match backend.predict(&inputs) {
            Ok(out) => {
                for (j, p) in batch.iter().zip(out) {
                    probs[*j] = Some(p);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, batch_size = batch.len(), "inference batch failed");
                // Each report of the batch fails with the batch's error, its kind kept: a bad
                // output shape stays fatal, a failed run stays retryable.
                for &j in &batch {
                    failed[owner[j]] = Some(e.clone());
                }
            }
        }
    }
    // Regroup: windows of one report are contiguous in `seqs`, in reading order.
    let mut per_report: Vec<Vec<Probs>> = (0..chunk.len()).map(|_| Vec::new()).collect();
    for (j, p) in probs.into_iter().enumerate() {
        if let Some(p) = p {
            per_report[owner[j]].push(p);
        }
    }
    chunk
        .into_iter()
        .zip(per_report)
        .zip(failed)
        .map(|((t, windows), fail)| {
            let result = match (t.windows, fail) {
                (Err(e), _) => Err(ItemError::Tokenize(e)),
                (Ok(_), Some(e)) => Err(ItemError::Inference(e)),
                (Ok(_), None) => {
                    let l = label(&windows, th);
                    Ok(match &t.mentioned {
                        Some(m) => l.unmention(m),
                        None => l,
                    })
                }
            };
            Done { tag: t.tag, result }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::labels::N_OBS;

    /// A backend whose output depends only on each sequence (its length and first tokens),
    /// so batched and one-by-one runs must agree; it fails on a poison token.
    struct Fake {
        calls: usize,
    }

    impl Backend for Fake {
        fn predict(&mut self, batch: &[&[u32]]) -> Result<Vec<Probs>, InferenceError> {
            self.calls += 1;
            if batch.iter().any(|s| s.contains(&999)) {
                return Err(InferenceError::Run("poison".into()));
            }
            Ok(batch
                .iter()
                .map(|s| {
                    let mut p = [[0.1, 0.1, 0.1, 0.7]; N_OBS];
                    let k = (s.len() + s[0] as usize) % N_OBS;
                    p[k] = [0.7, 0.1, 0.1, 0.1];
                    p
                })
                .collect())
        }
        fn describe(&self) -> String {
            "fake".into()
        }
    }

    fn tokenized(tag: usize, windows: Vec<Vec<u32>>) -> Tokenized<usize> {
        Tokenized { tag, windows: Ok(windows), mentioned: None }
    }

    #[test]
    fn batched_results_equal_one_by_one_results() {
        let reports: Vec<Vec<Vec<u32>>> = (0..40u32)
            .map(|i| (0..(1 + i % 3)).map(|w| (0..(3 + (i * 7 + w) % 40)).map(|t| t + w).collect()).collect())
            .collect();
        let th = Thresholds::default();
        let mut b = Fake { calls: 0 };
        let all = infer_chunk(
            &mut b,
            reports.iter().cloned().enumerate().map(|(i, w)| tokenized(i, w)).collect(),
            BatchLimits { max_batch_tokens: 200, max_batch_size: 8 },
            &th,
        );
        assert!(b.calls > 1 && b.calls < 40, "windows were batched ({} calls)", b.calls);
        for (i, w) in reports.iter().enumerate() {
            let one = infer_chunk(&mut Fake { calls: 0 }, vec![tokenized(i, w.clone())], BatchLimits { max_batch_tokens: 1, max_batch_size: 1 }, &th);
            assert_eq!(all[i].tag, i, "order is kept");
            assert_eq!(all[i].result.as_ref().unwrap(), one[0].result.as_ref().unwrap());
        }
    }

    #[test]
    fn a_gated_report_loses_the_findings_its_text_does_not_mention() {
        use crate::core::labels::{Status, NO_FINDING};
        // Fake marks observation (3 + 1) % 14 = 4 positive for the window [1, 2, 3].
        let mut mask = [true; N_OBS];
        mask[4] = false;
        let chunk = vec![tokenized(0, vec![vec![1, 2, 3]]), Tokenized { tag: 1, windows: Ok(vec![vec![1, 2, 3]]), mentioned: Some(mask) }];
        let out = infer_chunk(&mut Fake { calls: 0 }, chunk, BatchLimits { max_batch_tokens: 100, max_batch_size: 8 }, &Thresholds::default());
        let (ungated, gated) = (out[0].result.as_ref().unwrap(), out[1].result.as_ref().unwrap());
        assert_eq!(ungated.statuses[4], Status::Positive);
        assert_eq!(gated.statuses[4], Status::NotMentioned);
        assert_eq!(gated.statuses[NO_FINDING], Status::Positive);
    }

    #[test]
    fn a_failed_batch_fails_only_its_reports() {
        let th = Thresholds::default();
        let chunk = vec![
            tokenized(0, vec![vec![1, 2, 3]]),
            tokenized(1, vec![vec![999; 30]]),
            Tokenized { tag: 2, windows: Err(TokenizeError::NoTokens), mentioned: None },
        ];
        let out = infer_chunk(&mut Fake { calls: 0 }, chunk, BatchLimits { max_batch_tokens: 10, max_batch_size: 1 }, &th);
        assert!(out[0].result.is_ok());
        assert_eq!(out[1].result.as_ref().unwrap_err().outcome(), Outcome::Retry);
        assert_eq!(out[2].result.as_ref().unwrap_err().outcome(), Outcome::DeadLetter);
        assert_eq!(out[0].result.as_ref().unwrap().windows, 1);
    }

    #[test]
    fn a_fatal_inference_error_stays_fatal_for_every_report_of_its_batch() {
        struct Broken;
        impl Backend for Broken {
            fn predict(&mut self, batch: &[&[u32]]) -> Result<Vec<Probs>, InferenceError> {
                Err(InferenceError::Shape { got: vec![batch.len() as i64, 13, 4], batch: batch.len() })
            }
            fn describe(&self) -> String {
                "broken".into()
            }
        }
        let out = infer_chunk(&mut Broken, vec![tokenized(0, vec![vec![1, 2]]), tokenized(1, vec![vec![3]])], BatchLimits { max_batch_tokens: 100, max_batch_size: 8 }, &Thresholds::default());
        assert!(out.iter().all(|d| d.result.as_ref().unwrap_err().outcome() == Outcome::Fatal), "not flattened into a retryable error");
    }
}
