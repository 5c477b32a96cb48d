//! The subcommands. Each takes its parsed arguments and returns a typed result; `main`
//! maps results to exit codes.

pub mod bench;
pub mod eval;
pub mod hl7;
pub mod kafka_tools;
pub mod label;
pub mod mllp;
pub mod redact;


