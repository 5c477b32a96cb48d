//! Report files in (CSV, JSON lines) and labels out (JSON lines, CSV).

pub mod input;
pub mod output;
