//! Text to token windows. A report longer than the model's max length is split into
//! overlapping windows (never silently truncated); each window gets the special tokens the
//! tokenizer's own post-processor uses, so BERT and DeBERTa work alike.

use std::path::Path;

use tokenizers::Tokenizer;

use super::config::Reading;
use crate::core::sentences;
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
///
/// Windowing is done here rather than by the tokenizer's own truncation-with-stride: the
/// `tokenizers` crate (0.23) returns only part of the overflow for long inputs, which would
/// silently drop the end of a report (the impression).
pub struct Encoder {
    tokenizer: Tokenizer,
    pub max_length: usize,
    pub overlap: usize,
    /// Whole text or sentence by sentence: the model's validated reading (or a caller's override).
    pub reading: Reading,
    prefix: Vec<u32>,
    suffix: Vec<u32>,
}

impl Encoder {
    pub fn from_file(path: &Path, max_length: usize, overlap: usize, reading: Reading) -> Result<Encoder, TokenizeError> {
        let load_err = |msg: String| TokenizeError::Load { path: path.display().to_string(), msg };
        let mut tokenizer = Tokenizer::from_file(path).map_err(|e| load_err(e.to_string()))?;
        tokenizer.with_padding(None);
        tokenizer.with_truncation(None).map_err(|e| load_err(e.to_string()))?;
        // The special tokens the post-processor puts around one sequence ([CLS] .. [SEP]).
        let probe = "x";
        let plain = tokenizer.encode_fast(probe, false).map_err(|e| load_err(e.to_string()))?.get_ids().to_vec();
        let full = tokenizer.encode_fast(probe, true).map_err(|e| load_err(e.to_string()))?.get_ids().to_vec();
        let at = full
            .windows(plain.len().max(1))
            .position(|w| w == plain.as_slice())
            .ok_or_else(|| load_err("cannot locate the text between the special tokens".into()))?;
        let (prefix, suffix) = (full[..at].to_vec(), full[at + plain.len()..].to_vec());
        if max_length <= prefix.len() + suffix.len() + overlap {
            return Err(load_err(format!("max_length {max_length} leaves no room for text with overlap {overlap}")));
        }
        Ok(Encoder { tokenizer, max_length, overlap, reading, prefix, suffix })
    }

    /// The model inputs of one report, in reading order. Read whole, they are its windows;
    /// read by sentences, each sentence's windows in turn (a text with no sentence, such as
    /// a bare list of words, is read whole).
    pub fn windows(&self, text: &str) -> Result<Vec<Window>, TokenizeError> {
        if self.reading == Reading::Sentences {
            let parts = sentences::split(text);
            if !parts.is_empty() {
                let mut out = Vec::with_capacity(parts.len());
                for part in parts {
                    out.extend(self.text_windows(part)?);
                }
                return Ok(out);
            }
        }
        self.text_windows(text)
    }

    /// The windows of one text: consecutive windows share `overlap` tokens and every token
    /// is in at least one window.
    fn text_windows(&self, text: &str) -> Result<Vec<Window>, TokenizeError> {
        let enc = self.tokenizer.encode_fast(text, false).map_err(|e| TokenizeError::Encode(e.to_string()))?;
        let ids = enc.get_ids();
        if ids.is_empty() {
            return Err(TokenizeError::NoTokens);
        }
        let body = self.max_length - self.prefix.len() - self.suffix.len();
        let step = body - self.overlap;
        let mut out = Vec::with_capacity(1 + ids.len().saturating_sub(body).div_ceil(step));
        let mut start = 0;
        loop {
            let stop = (start + body).min(ids.len());
            let mut w = Vec::with_capacity(stop - start + self.prefix.len() + self.suffix.len());
            w.extend_from_slice(&self.prefix);
            w.extend_from_slice(&ids[start..stop]);
            w.extend_from_slice(&self.suffix);
            out.push(w);
            if stop == ids.len() {
                return Ok(out);
            }
            start += step;
        }
    }
}
