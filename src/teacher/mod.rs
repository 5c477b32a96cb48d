//! The teacher worker (`radlabel teacher`): the uncertain cases the connector routes are
//! redacted ([`crate::redact`]), labelled by an LLM behind an OpenAI-compatible API
//! ([`client`], [`prompt`]), checked ([`answer`]) and written to the teacher-labels topic
//! ([`worker`]), from which `radlabel teacher export` builds training data.

pub(crate) mod answer;
pub(crate) mod ask;
pub(crate) mod budget;
pub(crate) mod client;
pub mod export;
pub(crate) mod prompt;
pub mod offline;
pub(crate) mod telemetry;
pub(crate) mod worker;

pub use worker::{run, Stats, TeacherError};
