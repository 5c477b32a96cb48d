//! `radlabel label`: a file (or stdin) of reports in, one labels record per report out.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::core::batching::BatchLimits;
use crate::io::input::{self, InputError, InputFormat, Rows};
use crate::io::output::{ModelInfo, OutputFormat, Writer};
use crate::model::onnx::{BackendInitError, Device, OnnxBackend};
use crate::model::pipeline::{Item, Pipeline};
use crate::model::tokenize::{Encoder, TokenizeError};
use crate::model::{ModelDir, ModelError, Reading};

/// Everything `label` needs; built by the CLI.
#[derive(Debug, Clone)]
pub struct LabelOptions {
    pub input: String,
    pub output: Option<PathBuf>,
    pub model: PathBuf,
    pub variant: Option<String>,
    pub device: Device,
    pub format: OutputFormat,
    pub input_format: Option<InputFormat>,
    pub strict: bool,
    pub threads: usize,
    pub limits: BatchLimits,
    /// Reports per pipeline chunk: the window over which batches are length-sorted.
    pub chunk: usize,
    pub ort_lib: Option<PathBuf>,
    pub progress: bool,
    /// Overrides the model's `reading` (to measure the other one); None: the model's.
    pub reading: Option<Reading>,
}

/// Failures that stop `label` before or while it runs.
#[derive(Debug, thiserror::Error)]
pub enum LabelError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error(transparent)]
    Backend(#[from] BackendInitError),
    #[error(transparent)]
    Tokenizer(#[from] TokenizeError),
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Inference(#[from] crate::model::InferenceError),
    #[error("cannot write output: {0}")]
    Output(std::io::Error),
}

/// What a finished run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelSummary {
    pub labelled: usize,
    pub failed: usize,
    pub stopped_early: bool,
    pub seconds: f64,
}

/// Tag carried through the pipeline: data row number and report id.
type Tag = (usize, String);

/// Model, tokenizer and backend, validated; fails before any input is read.
pub fn load_model(o: &LabelOptions) -> Result<(ModelDir, Encoder, OnnxBackend), LabelError> {
    let model = ModelDir::open(&o.model, o.variant.as_deref())?;
    let reading = o.reading.unwrap_or(model.config.reading);
    let encoder = Encoder::from_file(&model.tokenizer_path, model.config.max_length, model.config.window_overlap, reading)?;
    let backend = OnnxBackend::new(&model, o.device, o.threads, o.ort_lib.as_deref())?;
    Ok((model, encoder, backend))
}

fn say(pb: &ProgressBar, msg: String) {
    if pb.is_hidden() {
        eprintln!("{msg}");
    } else {
        pb.println(msg);
    }
}

fn progress_bar(o: &LabelOptions) -> ProgressBar {
    if !o.progress || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    // Count rows up front for an ETA when the input is a file; stdin gets a rate only.
    let total = (o.input != "-")
        .then(|| input::open(&o.input, o.input_format).ok().map(|rows| rows.count() as u64))
        .flatten();
    let pb = match total {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::no_length(),
    };
    let template = if total.is_some() {
        "{bar:30} {pos}/{len} reports  {per_sec}  ETA {eta}"
    } else {
        "{spinner} {pos} reports  {per_sec}  {elapsed}"
    };
    pb.set_style(ProgressStyle::with_template(template).expect("static template"));
    // Results arrive a chunk at a time; a steady tick keeps rate and ETA moving between them.
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

/// Reads rows and feeds the pipeline; row errors are reported here, as they are found.
fn feed(rows: Rows, tx: crate::model::pipeline::Feed<Tag>, chunk: usize, strict: bool, stop: Arc<AtomicBool>, pb: ProgressBar) -> (usize, Option<InputError>) {
    let mut failed = 0;
    let mut batch = Vec::with_capacity(chunk);
    for row in rows.enumerate().map(|(i, r)| (i + 1, r)) {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let (n, row) = row;
        let item = match row {
            Err(e) => return (failed, Some(e)),
            Ok(Err(e)) => Err(format!("error: {e}")),
            Ok(Ok(r)) => match r.body.model_text() {
                Ok(text) => Ok(Item { tag: (n, r.id), text }),
                Err(e) => Err(format!("error: row {n} (report {}): {e}", r.id)),
            },
        };
        match item {
            Ok(item) => batch.push(item),
            Err(msg) => {
                say(&pb, msg);
                failed += 1;
                pb.inc(1);
                if strict {
                    stop.store(true, Ordering::Relaxed);
                }
            }
        }
        if batch.len() >= chunk && tx.blocking_send(std::mem::replace(&mut batch, Vec::with_capacity(chunk))).is_err() {
            return (failed, None);
        }
    }
    if !batch.is_empty() {
        let _ = tx.blocking_send(batch);
    }
    (failed, None)
}

/// Label every row of the input; row-level failures are counted, not fatal.
pub fn run(o: &LabelOptions) -> Result<LabelSummary, LabelError> {
    let (model, encoder, backend) = load_model(o)?;
    let rows = input::open(&o.input, o.input_format)?;
    let out: Box<dyn Write> = match &o.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).map_err(LabelError::Output)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut writer = Writer::new(out, o.format);
    let info = ModelInfo { name: model.config.name.clone(), version: model.config.version.clone(), variant: model.variant.clone() };
    tracing::info!(backend = %crate::model::Backend::describe(&backend), model = %model.dir.display(), "labelling");
    let start = Instant::now();
    let pb = progress_bar(o);
    let (tx, mut pipeline): (_, Pipeline<Tag>) = Pipeline::spawn(encoder, Box::new(backend), o.limits, model.decision.clone());
    let stop = Arc::new(AtomicBool::new(false));
    let feeder = {
        let (stop, pb, chunk, strict) = (stop.clone(), pb.clone(), o.chunk.max(1), o.strict);
        std::thread::Builder::new()
            .name("radlabel-read".into())
            .spawn(move || feed(rows, tx, chunk, strict, stop, pb))
            .expect("spawn reader thread")
    };
    let mut summary = LabelSummary::default();
    while let Some(done) = pipeline.recv() {
        for d in done {
            pb.inc(1);
            match d.result {
                Ok(l) => {
                    writer.write(&d.tag.1, &l, &info).map_err(LabelError::Output)?;
                    summary.labelled += 1;
                }
                Err(e) => {
                    say(&pb, format!("error: row {} (report {}): {e}", d.tag.0, d.tag.1));
                    summary.failed += 1;
                    if o.strict {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
    }
    let (row_failures, input_error) = feeder.join().expect("reader thread panicked");
    pipeline.finish();
    writer.flush().map_err(LabelError::Output)?;
    pb.finish_and_clear();
    if let Some(e) = input_error {
        return Err(e.into());
    }
    summary.failed += row_failures;
    summary.stopped_early = stop.load(Ordering::Relaxed);
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}
