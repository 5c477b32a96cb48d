//! The backend seam (as in text-embeddings-inference): the pipeline batches and decides;
//! a backend only turns padded token batches into probabilities.

use crate::core::decision::Probs;
use crate::error::Outcome;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InferenceError {
    #[error("inference failed: {0}")]
    Run(String),
    #[error("model output has shape {got:?}, expected [{batch}, 14, 4]")]
    Shape { got: Vec<i64>, batch: usize },
    #[error("inference thread is gone")]
    Stopped,
}

impl InferenceError {
    pub fn outcome(&self) -> Outcome {
        match self {
            // A failed run may be memory pressure or a device hiccup: try again.
            InferenceError::Run(_) => Outcome::Retry,
            InferenceError::Shape { .. } | InferenceError::Stopped => Outcome::Fatal,
        }
    }
}

/// Runs the model. Owned by exactly one inference thread.
pub trait Backend: Send {
    /// Probabilities for each sequence of the batch, in order. Sequences are unpadded.
    fn predict(&mut self, batch: &[&[u32]]) -> Result<Vec<Probs>, InferenceError>;
    /// A short description for logs ("onnx cpu fp32").
    fn describe(&self) -> String;
}
