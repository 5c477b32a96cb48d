//! Kafka, shared by every role: the client factory and its start-up check ([`client`]), the
//! consumer context ([`consumer`]), the owned output record ([`record`]) and the
//! read-a-topic-from-its-beginning consumer of the tools ([`reader`]). Above `config`,
//! below the roles (connector, gateway, teacher worker).

pub(crate) mod client;
pub(crate) mod consumer;
pub(crate) mod reader;
pub(crate) mod record;

pub use client::{client_config, ensure_topics, preflight, ClientLog, SecurityFailure};
pub use reader::{ReadError, TopicReader};
pub use record::OutRecord;
