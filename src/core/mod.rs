//! The pure core: domain types, section extraction, batching and decisions.
//! Nothing here knows about ONNX Runtime, tokenizers, files or Kafka, so every rule
//! that decides a label can be unit-tested with plain numbers.

pub mod batching;
pub mod decision;
pub mod labels;
pub mod offsets;
pub mod report;
pub mod routing;
pub mod sections;
