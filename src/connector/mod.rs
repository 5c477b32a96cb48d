//! The streaming connector (`radlabel run`): Kafka in, findings / uncertain cases / dead
//! letters out, at-least-once.

pub mod kafka;
pub mod labeler;
pub mod outputs;
pub mod run;

pub use run::{run, LoadedModel, Stats};
