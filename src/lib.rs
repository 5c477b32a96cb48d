
//! radlabel: labels chest X-ray reports with a distilled ONNX student.
//!
//! Layout: [`core`] is pure (labels, sections, batching, decisions); [`model`] adapts ONNX
//! Runtime and tokenizers around it; [`io`] reads and writes report files; [`eval`] scores
//! predictions; the binary (`src/main.rs`) only parses arguments and calls [`commands`].

pub mod commands;
pub mod config;
pub mod connector;
pub mod core;
pub mod hl7;
pub mod error;
pub mod eval;
pub mod events;
pub mod io;
pub(crate) mod kafka;
pub mod metrics;
pub mod mllp;
pub(crate) mod net;
pub(crate) mod redact;
pub mod model;
pub mod secret;
pub mod teacher;
