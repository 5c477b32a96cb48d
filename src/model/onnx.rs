//! The ONNX Runtime backend (`ort`), CPU by default, CUDA on request.

use std::borrow::Cow;
use std::path::Path;
use std::str::FromStr;

use ort::session::builder::GraphOptimizationLevel;
use ort::session::{Session, SessionInputValue};
use ort::value::Tensor;

use super::backend::{Backend, InferenceError};
use super::config::{ModelDir, ModelError};
use super::runtime::{self, Flavor, RuntimeError};
use crate::core::decision::Probs;
use crate::core::labels::{N_CLASSES, N_OBS};

/// Where inference runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Cpu,
    Cuda(i32),
}

impl FromStr for Device {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cpu" => Ok(Device::Cpu),
            "cuda" | "gpu" => Ok(Device::Cuda(0)),
            other => match other.strip_prefix("cuda:").map(str::parse::<i32>) {
                Some(Ok(n)) if n >= 0 => Ok(Device::Cuda(n)),
                _ => Err(format!("unknown device `{s}` (expected cpu, cuda or cuda:N)")),
            },
        }
    }
}

impl std::fmt::Display for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Device::Cpu => write!(f, "cpu"),
            Device::Cuda(n) => write!(f, "cuda:{n}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BackendInitError {
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("CUDA requested but the ONNX Runtime library {lib} has no CUDA execution provider. Install the GPU runtime with `bash scripts/setup.sh --gpu` (PyPI onnxruntime-gpu: libonnxruntime_providers_cuda.so needs CUDA 13 and cuDNN 9 libraries on the loader path)")]
    CudaNotBuiltIn { lib: String },
    #[error("CUDA execution provider could not start on {device}: {msg}. Check that the NVIDIA driver sees that GPU and that CUDA 13 / cuDNN 9 libraries (libcudart.so.13, libcublasLt.so.13, libcudnn.so.9) are on LD_LIBRARY_PATH or installed with `bash scripts/setup.sh --gpu`")]
    CudaUnavailable { device: Device, msg: String },
}

pub struct OnnxBackend {
    session: Session,
    inputs: Vec<String>,
    output: String,
    pad_id: u32,
    describe: String,
}

impl OnnxBackend {
    /// Load the runtime, build the session and prove the graph answers `[batch, 14, 4]`.
    pub fn new(model: &ModelDir, device: Device, threads: usize, ort_lib: Option<&Path>) -> Result<Self, BackendInitError> {
        let flavor = if device == Device::Cpu { Flavor::Cpu } else { Flavor::Gpu };
        let (lib, env) = runtime::init(flavor, ort_lib)?;
        let graph_err = |msg: String| ModelError::Graph { file: model.onnx_path.clone(), msg };
        let mut builder = Session::builder(env)
            .and_then(|b| b.with_optimization_level(GraphOptimizationLevel::Level3).map_err(Into::into))
            .and_then(|b| b.with_intra_threads(threads.max(1)).map_err(Into::into))
            .map_err(|e| graph_err(e.to_string()))?;
        if let Device::Cuda(id) = device {
            use ort::ep::ExecutionProvider;
            let available = ort::ep::CUDA::is_available().unwrap_or(false);
            if !available {
                return Err(BackendInitError::CudaNotBuiltIn { lib: lib.display().to_string() });
            }
            ort::ep::CUDA::default()
                .with_device_id(id)
                .register(&mut builder)
                .map_err(|e| BackendInitError::CudaUnavailable { device, msg: e.to_string() })?;
        }
        let session = builder.commit_from_file(&model.onnx_path).map_err(|e| graph_err(e.to_string()))?;
        let graph_inputs: Vec<String> = session.inputs().iter().map(|i| i.name().to_string()).collect();
        let mut want = model.config.inputs.clone();
        let mut have = graph_inputs.clone();
        want.sort();
        have.sort();
        if want != have {
            return Err(graph_err(format!("graph inputs {graph_inputs:?} differ from config inputs {:?}", model.config.inputs)).into());
        }
        if !session.outputs().iter().any(|o| o.name() == model.config.output) {
            return Err(graph_err(format!("graph has no output `{}`", model.config.output)).into());
        }
        let mut backend = OnnxBackend {
            session,
            inputs: model.config.inputs.clone(),
            output: model.config.output.clone(),
            pad_id: model.config.pad_id.unwrap_or(0),
            describe: format!("onnx {device} {} ({})", model.variant, model.config.name),
        };
        // A two-sequence probe: catches a graph whose output is not [batch, 14, 4].
        let probe: [&[u32]; 2] = [&[1, 2, 3], &[1, 2]];
        backend.predict(&probe).map_err(|e| graph_err(e.to_string()))?;
        Ok(backend)
    }
}

impl Backend for OnnxBackend {
    fn predict(&mut self, batch: &[&[u32]]) -> Result<Vec<Probs>, InferenceError> {
        let b = batch.len();
        if b == 0 {
            return Ok(Vec::new());
        }
        let l = batch.iter().map(|s| s.len()).max().unwrap_or(1).max(1);
        let mut ids = vec![self.pad_id as i64; b * l];
        let mut mask = vec![0i64; b * l];
        for (r, seq) in batch.iter().enumerate() {
            for (c, &t) in seq.iter().enumerate() {
                ids[r * l + c] = t as i64;
                mask[r * l + c] = 1;
            }
        }
        let run_err = |e: ort::Error| InferenceError::Run(e.to_string());
        let mut feed: Vec<(Cow<'_, str>, SessionInputValue<'_>)> = Vec::with_capacity(3);
        for name in &self.inputs {
            let data = match name.as_str() {
                "input_ids" => std::mem::take(&mut ids),
                "attention_mask" => std::mem::take(&mut mask),
                _ => vec![0i64; b * l], // token_type_ids: one segment
            };
            let t = Tensor::from_array(([b, l], data)).map_err(run_err)?;
            feed.push((Cow::Owned(name.clone()), t.into()));
        }
        let outputs = self.session.run(feed).map_err(run_err)?;
        let (shape, data) = outputs[self.output.as_str()].try_extract_tensor::<f32>().map_err(run_err)?;
        let dims: Vec<i64> = shape.iter().copied().collect();
        if dims != [b as i64, N_OBS as i64, N_CLASSES as i64] {
            return Err(InferenceError::Shape { got: dims, batch: b });
        }
        let mut out = Vec::with_capacity(b);
        for r in 0..b {
            let mut p: Probs = [[0.0; N_CLASSES]; N_OBS];
            for (k, row) in p.iter_mut().enumerate() {
                let base = (r * N_OBS + k) * N_CLASSES;
                row.copy_from_slice(&data[base..base + N_CLASSES]);
            }
            out.push(p);
        }
        Ok(out)
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_parsing() {
        assert_eq!("cpu".parse::<Device>(), Ok(Device::Cpu));
        assert_eq!("cuda".parse::<Device>(), Ok(Device::Cuda(0)));
        assert_eq!("CUDA:2".parse::<Device>(), Ok(Device::Cuda(2)));
        assert!("cuda:-1".parse::<Device>().is_err());
        assert!("tpu".parse::<Device>().unwrap_err().contains("cpu, cuda or cuda:N"));
    }
}
