//! Text to token windows. A report longer than the model's max length is split into
//! overlapping windows (never silently truncated); each window gets the model's special
//! tokens from the tokenizer's own post-processor, so BERT and DeBERTa work alike.

use std::path::Path;

use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use crate::error::Outcome;

#[derive(Debug, thiserror::Error)]
pub enum TokenizeError {
    #[error("cannot load tokenizer {path}: {msg}")]
    Load { path: String, msg: String },
    #[error("tokenizer failed on this report: {0}")]
    Encode(String),
    #[error("tokenizer produced no tokens for this report")]
    NoTokens,
}

impl TokenizeError {
    pub fn outcome(&self) -> Outcome {
        match self {
            TokenizeError::Load { .. } => Outcome::Fatal,
            TokenizeError::Encode(_) | TokenizeError::NoTokens => Outcome::DeadLetter,
        }
    }
}

/// One model input sequence (special tokens included).
pub type Window = Vec<u32>;

/// A tokenizer configured for the model's max length and window overlap.
pub struct Encoder {
    tokenizer: Tokenizer,
    pub max_length: usize,
    pub overlap: usize,
}

impl Encoder {
    pub fn from_file(path: &Path, max_length: usize, overlap: usize) -> Result<Encoder, TokenizeError> {
        let load_err = |msg: String| TokenizeError::Load { path: path.display().to_string(), msg };
        let mut tokenizer = Tokenizer::from_file(path).map_err(|e| load_err(e.to_string()))?;
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length,
                stride: overlap,
                strategy: TruncationStrategy::LongestFirst,
                direction: TruncationDirection::Right,
            }))
            .map_err(|e| load_err(e.to_string()))?;
        Ok(Encoder { tokenizer, max_length, overlap })
    }

    /// The windows of one text, in reading order.
    pub fn windows(&self, text: &str) -> Result<Vec<Window>, TokenizeError> {
        let enc = self.tokenizer.encode_fast(text, true).map_err(|e| TokenizeError::Encode(e.to_string()))?;
        if enc.get_ids().is_empty() {
            return Err(TokenizeError::NoTokens);
        }
        let mut out = Vec::with_capacity(1 + enc.get_overflowing().len());
        out.push(enc.get_ids().to_vec());
        out.extend(enc.get_overflowing().iter().map(|o| o.get_ids().to_vec()));
        Ok(out)
    }
}
