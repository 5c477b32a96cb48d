//! The ONNX student adapter: model directory, runtime library, tokenizer, backend and the
//! threaded labelling pipeline around them.

pub(crate) mod backend;
pub(crate) mod config;
pub mod onnx;
pub(crate) mod pipeline;
pub(crate) mod runtime;
pub mod tokenize;

pub use backend::{Backend, InferenceError};
pub use config::{ModelConfig, ModelDir, ModelError, Reading};

/// Where the bundled model is when `--model` is not given: `./models/default`, then next
/// to the executable's checkout (target/*/radlabel -> repo), then the source tree it was
/// built from, so `radlabel label` works from any directory.
pub fn default_dir() -> std::path::PathBuf {
    use std::path::PathBuf;
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
