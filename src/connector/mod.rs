//! The streaming connector (`radlabel run`): Kafka in, findings / uncertain cases / dead
//! letters out, at-least-once.

pub(crate) mod kafka;
pub(crate) mod labeler;
pub(crate) mod outputs;
pub mod reload;
pub mod run;
pub(crate) mod schemas;
pub(crate) mod telemetry;

pub use run::{run, LoadedModel, Stats};
