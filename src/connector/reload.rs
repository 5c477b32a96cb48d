//! Hot reload of the student: the connector watches the model directory it was started with
//! (`model.dir`). When that path is replaced atomically — a symlink repointed, a directory
//! renamed over it — by a model of another version, the new model is loaded and checked off
//! the hot path (contract checks, checksum, a probe inference on a real sentence), then the
//! consumer loop swaps it in between micro-batches. A broken directory is refused with a log
//! line and a metric; the old model keeps serving, and the same broken state is not retried
//! until the path changes again.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use tokio::sync::mpsc;

use super::run::LoadedModel;
use crate::config::Config;
use crate::model::onnx::{Device, OnnxBackend};
use crate::model::tokenize::Encoder;
use crate::model::ModelDir;

/// What the path points at: where it resolves, the version in its config.json and when that
/// file last changed (a directory renamed over the path changes the last two at least).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Identity {
    resolved: PathBuf,
    version: String,
    modified: Option<SystemTime>,
}

impl Identity {
    pub(crate) fn resolved(&self) -> &Path {
        &self.resolved
    }

    fn of(path: &Path) -> Option<Identity> {
        let resolved = std::fs::canonicalize(path).ok()?;
        let cfg = resolved.join("config.json");
        let modified = std::fs::metadata(&cfg).and_then(|m| m.modified()).ok();
        let version = std::fs::read_to_string(&cfg)
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .and_then(|v| v.get("version").and_then(|x| x.as_str()).map(str::to_string))
            .unwrap_or_default();
        Some(Identity { resolved, version, modified })
    }
}

/// Load and check a model directory the way `radlabel run` serves it (ONNX Runtime, the
/// configured variant, device and threads).
pub fn load_onnx(dir: &Path, cfg: &Config) -> Result<LoadedModel, String> {
    let variant = (!cfg.model.variant.is_empty()).then_some(cfg.model.variant.as_str());
    let dir = ModelDir::open(dir, variant).map_err(|e| e.to_string())?;
    let encoder = Encoder::from_file(&dir.tokenizer_path, dir.config.max_length, dir.config.window_overlap, dir.config.reading).map_err(|e| e.to_string())?;
    let threads = if cfg.model.threads == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { cfg.model.threads };
    let device: Device = cfg.model.device.parse().map_err(|e: String| e)?;
    let backend = OnnxBackend::new(&dir, device, threads, None).map_err(|e| e.to_string())?;
    let mut model = LoadedModel { dir, encoder, backend: Box::new(backend) };
    probe(&mut model)?;
    Ok(model)
}

/// One real sentence through the tokenizer and the model: 14 heads of 4 probabilities each.
fn probe(m: &mut LoadedModel) -> Result<(), String> {
    let windows = m.encoder.windows("FINDINGS: Heart size is normal. No pleural effusion. IMPRESSION: No acute disease.").map_err(|e| format!("probe: {e}"))?;
    let seqs: Vec<&[u32]> = windows.iter().map(|w| w.as_slice()).collect();
    let out = m.backend.predict(&seqs).map_err(|e| format!("probe inference: {e}"))?;
    if out.len() != seqs.len() {
        return Err(format!("probe inference: {} outputs for {} windows", out.len(), seqs.len()));
    }
    Ok(())
}

/// A finished load: the identity it was started for and the model (or why not).
pub(crate) type Loaded = (Identity, Result<LoadedModel, String>);

/// The watcher's state; owned by the consumer loop, which polls it on a timer.
pub(crate) struct Watcher {
    /// The path the serving model was loaded from (a symlink or a directory).
    path: PathBuf,
    /// What is serving now.
    current: Option<Identity>,
    /// The last state that failed to load: not retried until the path changes again.
    rejected: Option<Identity>,
    /// A load is running on a blocking thread.
    loading: bool,
    tx: mpsc::Sender<Loaded>,
    pub(crate) rx: mpsc::Receiver<Loaded>,
}

impl Watcher {
    pub(crate) fn new(path: &Path) -> Watcher {
        let (tx, rx) = mpsc::channel(1);
        Watcher { path: path.to_path_buf(), current: Identity::of(path), rejected: None, loading: false, tx, rx }
    }

    /// Start a load when the path now shows something new.
    pub(crate) fn poll(&mut self, cfg: &Config) {
        if self.loading {
            return;
        }
        let Some(now) = Identity::of(&self.path) else { return };
        if Some(&now) == self.current.as_ref() || Some(&now) == self.rejected.as_ref() {
            return;
        }
        self.loading = true;
        let (tx, cfg) = (self.tx.clone(), cfg.clone());
        tokio::task::spawn_blocking(move || {
            let result = load_onnx(&now.resolved, &cfg);
            let _ = tx.blocking_send((now, result));
        });
    }

    /// A load finished: what the loop should do with it.
    pub(crate) fn finished(&mut self, (id, result): Loaded, serving_version: &str) -> Verdict {
        self.loading = false;
        match result {
            Err(why) => {
                self.rejected = Some(id);
                Verdict::Rejected(why)
            }
            Ok(_) if id.version == serving_version => {
                self.current = Some(id);
                Verdict::SameVersion
            }
            Ok(model) => {
                self.current = Some(id);
                self.rejected = None;
                Verdict::Swap(Box::new(model))
            }
        }
    }
}

pub(crate) enum Verdict {
    Swap(Box<LoadedModel>),
    /// Replaced by a directory of the version already serving: nothing to swap.
    SameVersion,
    Rejected(String),
}
