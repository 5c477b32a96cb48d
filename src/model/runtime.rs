//! Finding and loading the ONNX Runtime shared library.
//!
//! `ort` is built with `load-dynamic` (its default downloads binaries from a CDN, which fails
//! offline). `scripts/setup.sh` copies the library out of the PyPI wheel into
//! `vendor/onnxruntime/lib` (CPU) or `vendor/onnxruntime-gpu/lib` (CUDA); this module finds
//! it from the executable's location so the user never exports anything.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::Outcome;

/// Which runtime build a device needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Cpu,
    Gpu,
}

impl Flavor {
    fn vendor_dir(self) -> &'static str {
        match self {
            Flavor::Cpu => "vendor/onnxruntime/lib",
            Flavor::Gpu => "vendor/onnxruntime-gpu/lib",
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum RuntimeError {
    #[error("ONNX Runtime library not found (looked in: {searched}). Run `bash scripts/setup.sh{flag}`{note}, or point RADLABEL_ORT_LIB at libonnxruntime.so")]
    NotFound { searched: String, flag: &'static str, note: &'static str },
    #[error("ONNX Runtime library {path} could not be loaded: {msg}")]
    Load { path: PathBuf, msg: String },
    #[error("ONNX Runtime was already loaded from {loaded}; cannot switch to {wanted} in the same process")]
    Conflict { loaded: PathBuf, wanted: PathBuf },
}

impl RuntimeError {
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

/// The loaded library and its environment; `ort` only keeps a weak reference to the
/// environment, so it lives here for the whole process.
static LOADED: OnceLock<Result<(PathBuf, ort::environment::Environment), RuntimeError>> = OnceLock::new();

/// Directories searched, in order, for the runtime library.
pub fn candidate_dirs(flavor: Flavor) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        // target/{release,debug}/radlabel (and target/*/deps/ for tests) -> repository root.
        for anc in exe.ancestors().skip(1).take(4) {
            dirs.push(anc.join(flavor.vendor_dir()));
        }
        if let Some(bin_dir) = exe.parent() {
            dirs.push(bin_dir.join("lib")); // an installed layout: bin/radlabel + bin/lib/
            dirs.push(bin_dir.join("../lib"));
        }
    }
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join(flavor.vendor_dir()));
    let mut unique: Vec<PathBuf> = Vec::with_capacity(dirs.len());
    for d in dirs {
        if !unique.contains(&d) {
            unique.push(d);
        }
    }
    unique
}

/// The library file inside a directory: `libonnxruntime.so` or a versioned `.so.X.Y.Z`.
fn library_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with("libonnxruntime.so") || n == "libonnxruntime.dylib" || n == "onnxruntime.dll"
            })
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

/// Locate the library: `RADLABEL_ORT_LIB` (a file or a directory), `ORT_DYLIB_PATH`, then
/// the vendored copies relative to the executable.
pub fn locate(flavor: Flavor, explicit: Option<&Path>) -> Result<PathBuf, RuntimeError> {
    let env_path = std::env::var_os("RADLABEL_ORT_LIB").or_else(|| std::env::var_os("ORT_DYLIB_PATH"));
    let mut searched = Vec::new();
    for p in explicit.map(PathBuf::from).into_iter().chain(env_path.map(PathBuf::from)) {
        if p.is_file() {
            return Ok(p);
        }
        if let Some(lib) = library_in(&p) {
            return Ok(lib);
        }
        searched.push(p.display().to_string());
    }
    for dir in candidate_dirs(flavor) {
        if let Some(lib) = library_in(&dir) {
            return Ok(lib);
        }
        searched.push(dir.display().to_string());
    }
    let gpu = flavor == Flavor::Gpu;
    Err(RuntimeError::NotFound {
        searched: searched.join(", "),
        flag: if gpu { " --gpu" } else { "" },
        note: if gpu { " (installs the onnxruntime-gpu wheel's CUDA build)" } else { "" },
    })
}

/// Load the runtime once per process; later calls return what was loaded first.
pub fn init(flavor: Flavor, explicit: Option<&Path>) -> Result<(&'static Path, &'static ort::environment::Environment), RuntimeError> {
    let wanted = locate(flavor, explicit)?;
    let loaded = LOADED.get_or_init(|| {
        let lib = wanted.clone();
        // The runtime pulls its provider libraries (CUDA) from its own directory.
        match ort::init_from(&lib) {
            Ok(builder) => match builder.with_name("radlabel").build() {
                Ok(env) => Ok((lib, env)),
                Err(e) => Err(RuntimeError::Load { path: lib, msg: e.to_string() }),
            },
            Err(e) => Err(RuntimeError::Load { path: lib, msg: e.to_string() }),
        }
    });
    match loaded {
        Ok((p, _)) if p.parent() != wanted.parent() => Err(RuntimeError::Conflict { loaded: p.clone(), wanted }),
        Ok((p, env)) => Ok((p.as_path(), env)),
        Err(e) => Err(e.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_versioned_library_in_a_directory() {
        let d = tempfile::tempdir().unwrap();
        assert_eq!(library_in(d.path()), None);
        std::fs::write(d.path().join("libonnxruntime.so.1.31.1"), b"").unwrap();
        std::fs::write(d.path().join("libonnxruntime_providers_shared.so"), b"").unwrap();
        assert_eq!(library_in(d.path()), Some(d.path().join("libonnxruntime.so.1.31.1")));
        assert_eq!(locate(Flavor::Cpu, Some(d.path())).unwrap(), d.path().join("libonnxruntime.so.1.31.1"));
    }

    #[test]
    fn missing_library_error_lists_where_it_looked() {
        let d = tempfile::tempdir().unwrap();
        let e = library_in(d.path());
        assert!(e.is_none());
        let msg = RuntimeError::NotFound { searched: "a, b".into(), flag: "", note: "" }.to_string();
        assert!(msg.contains("scripts/setup.sh") && msg.contains("a, b"));
    }
}
