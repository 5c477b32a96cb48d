//! The subcommands. Each takes its parsed arguments and returns a typed result; `main`
//! maps results to exit codes.

pub mod bench;
pub mod eval;
pub mod hl7;
pub mod kafka_tools;
pub mod label;
pub mod mllp;

use std::path::PathBuf;

/// Where the bundled model is when `--model` is not given: `./models/default`, then next
/// to the executable's checkout (target/*/radlabel -> repo), then the source tree it was
/// built from, so `radlabel label` works from any directory.
pub fn default_model_dir() -> PathBuf {
    let rel = PathBuf::from("models/default");
    if rel.join("config.json").is_file() {
        return rel;
    }
    if let Ok(exe) = std::env::current_exe() {
        for anc in exe.ancestors().skip(1).take(4) {
            let p = anc.join("models/default");
            if p.join("config.json").is_file() {
                return p;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/default")
}
