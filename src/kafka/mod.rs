//! Kafka, shared by every role: the client factory and its start-up check ([`client`]), the
//! consumer context ([`consumer`]) and the owned output record ([`record`]). Above `config`,
//! below the roles (connector, gateway, teacher worker).

pub(crate) mod client;
pub(crate) mod consumer;
pub(crate) mod record;

pub use client::{client_config, ensure_topics, preflight, ClientLog, SecurityFailure};
pub use record::OutRecord;
