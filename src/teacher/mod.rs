//! The teacher worker (`radlabel teacher`): the uncertain cases the connector routes are
//! redacted ([`crate::redact`]), labelled by an LLM behind an OpenAI-compatible API
//! ([`client`], [`prompt`]), checked ([`answer`]) and written to the teacher-labels topic
//! ([`worker`]), from which `radlabel teacher export` builds training data.

pub mod answer;
pub mod ask;
pub mod budget;
pub mod client;
pub mod export;
pub mod prompt;
pub mod offline;
pub mod telemetry;
pub mod worker;

pub use worker::{run, Stats, TeacherError};
