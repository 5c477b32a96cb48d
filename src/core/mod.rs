//! The pure core: domain types, section extraction, batching and decisions.
//! Nothing here knows about ONNX Runtime, tokenizers, files or Kafka, so every rule
//! that decides a label can be unit-tested with plain numbers.

pub mod batching;
pub mod decision;
pub(crate) mod labels;
pub mod mention;
pub(crate) mod offsets;
pub(crate) mod report;
pub(crate) mod routing;
pub(crate) mod sections;
pub(crate) mod sentences;
