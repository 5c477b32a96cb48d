//! Kafka, shared by every role: the client factory and its start-up check ([`client`]), the
//! consumer context ([`consumer`]) and the owned output record ([`record`]). Above `config`,
//! below the roles (connector, gateway, teacher worker).

pub mod client;
pub mod consumer;
pub mod record;

pub use client::{client_config, ensure_topics, preflight, ClientLog, SecurityFailure};
pub use record::OutRecord;
