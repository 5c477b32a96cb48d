//! The ONNX student adapter: model directory, runtime library, tokenizer, backend and the
//! threaded labelling pipeline around them.

pub mod backend;
pub mod config;
pub mod onnx;
pub mod pipeline;
pub mod runtime;
pub mod tokenize;

pub use backend::{Backend, InferenceError};
pub use config::{ModelConfig, ModelDir, ModelError};
