//! The HL7 gateway (`radlabel mllp`): an MLLP listener in front of [`crate::hl7`], producing
//! report events to the broker and acknowledging each message only after they are stored.

pub(crate) mod gateway;
pub(crate) mod server;
pub(crate) mod sink;
pub(crate) mod telemetry;
pub(crate) mod tls;

pub use gateway::Gateway;
pub use server::{run, ServerOptions};
