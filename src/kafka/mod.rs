//! Kafka, shared by every role: the client factory and its start-up check ([`client`]), and the
//! owned output record ([`record`]). Above `config`, below the roles (connector, gateway).

pub mod client;
pub mod record;

pub use client::{client_config, ensure_topics, preflight, ClientLog, SecurityFailure};
pub use record::OutRecord;
