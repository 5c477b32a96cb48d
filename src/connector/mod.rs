//! The streaming connector (`radlabel run`): Kafka in, findings / uncertain cases / dead
//! letters out, at-least-once.

pub mod config;
pub mod kafka;
pub mod labeler;
pub mod outputs;
pub mod record;
pub mod run;
pub mod security;

pub use config::Config;
pub use run::{run, LoadedModel, Stats};
