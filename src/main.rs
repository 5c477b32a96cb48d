//! The radlabel binary: argument parsing and exit codes only; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use radlabel::commands::{self, label::LabelOptions};
use radlabel::core::batching::BatchLimits;
use radlabel::io::input::InputFormat;
use radlabel::io::output::OutputFormat;
use radlabel::model::onnx::Device;
use radlabel::model::Reading;

/// Exit codes: 0 all rows labelled; 1 fatal (model, runtime, output); 2 bad usage or unusable
/// input (missing column); 3 finished, but some rows failed (or --strict stopped the run).
const EXIT_FATAL: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_ROWS_FAILED: u8 = 3;

#[derive(Parser)]
#[command(name = "radlabel", version, about = "Label chest X-ray reports with a distilled ONNX student (14 CheXpert observations)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Label reports from a CSV or JSON lines file (or stdin) into JSON lines or CSV.
    Label(LabelArgs),
    /// Score predictions against teacher labels (4-class) and/or MeSH-derived gold (positive).
    Eval(EvalArgs),
    /// Print the model-only throughput ceiling and the end-to-end pipeline throughput.
    Bench(BenchArgs),
    /// The streaming connector: label report events from Kafka until SIGTERM/SIGINT.
    Run(RunArgs),
    /// The HL7 gateway: receive ORU^R01 / MDM messages over MLLP and publish report events;
    /// each message is acknowledged only after the broker stored its events.
    Mllp(MllpArgs),
    /// HL7 tools.
    #[command(subcommand)]
    Hl7(Hl7Command),
    /// Publish a report file (CSV / JSON lines) as JSON report events.
    Produce(ProduceArgs),
    /// Print records of a topic from the beginning (e.g. the findings).
    Consume(ConsumeArgs),
    /// Remove identifiers (names, dates, phones, addresses, record numbers, ...) from JSON lines
    /// {"id", "text"}; prints {"id", "text", "spans"} (offsets in characters). The teacher
    /// worker redacts with exactly this code before anything leaves the process.
    Redact(RedactArgs),
    /// The teacher worker: label the uncertain cases with an LLM behind an OpenAI-compatible
    /// API (redacted first), write the labels to teacher.labels_topic, until SIGTERM/SIGINT.
    Teacher(TeacherArgs),
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct TeacherArgs {
    #[command(subcommand)]
    command: Option<TeacherCommand>,
    /// Config file (see config/radlabel.toml; the [teacher] and [kafka] sections apply).
    #[arg(long, env = "RADLABEL_CONFIG")]
    config: Option<PathBuf>,
    /// Bootstrap servers, overriding kafka.brokers.
    #[arg(long, env = "RADLABEL_BROKERS")]
    brokers: Option<String>,
    /// The server's OpenAI API base URL, overriding teacher.url (e.g. http://127.0.0.1:8080/v1).
    #[arg(long, env = "RADLABEL_TEACHER_URL")]
    url: Option<String>,
    /// Prometheus endpoint ADDR:PORT, overriding metrics.listen.
    #[arg(long, env = "RADLABEL_METRICS_LISTEN")]
    metrics_listen: Option<String>,
}

#[derive(Subcommand)]
enum TeacherCommand {
    /// Write the teacher labels (deduplicated by report id, latest wins) as JSON lines for training.
    Export(ExportArgs),
    /// Label a report file (CSV / JSON lines, as `label` reads) with the teacher, without Kafka:
    /// same redaction, prompt, checks and retries; JSON lines out, in input order (`radlabel
    /// eval` scores them). Rows that fail are written with their error (exit 3).
    Label(TeacherLabelArgs),
}

#[derive(Args)]
struct TeacherLabelArgs {
    /// Reports; `-` for stdin.
    input: String,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Config file ([teacher] applies).
    #[arg(long, env = "RADLABEL_CONFIG")]
    config: Option<PathBuf>,
    /// The server's OpenAI API base URL, overriding teacher.url.
    #[arg(long, env = "RADLABEL_TEACHER_URL")]
    url: Option<String>,
    /// Input format; default: from the file extension, or sniffed.
    #[arg(long)]
    input_format: Option<InputFormat>,
}

#[derive(Args)]
struct ExportArgs {
    #[command(flatten)]
    kafka: KafkaArgs,
    /// The labels topic (default: teacher.labels_topic of the config).
    #[arg(long)]
    topic: Option<String>,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Give up when the topic is not read to its end within this many seconds.
    #[arg(long, default_value_t = 120)]
    timeout_s: u64,
}

#[derive(Args)]
struct RedactArgs {
    /// JSON lines with `id` and `text`; `-` for stdin.
    input: String,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct MllpArgs {
    /// Config file (see config/radlabel.toml; the [mllp] and [kafka] sections apply).
    #[arg(long, env = "RADLABEL_CONFIG")]
    config: Option<PathBuf>,
    /// Listen address, overriding mllp.listen (port 0: any free port, logged at start).
    #[arg(long, env = "RADLABEL_LISTEN")]
    listen: Option<String>,
    /// Bootstrap servers, overriding kafka.brokers.
    #[arg(long, env = "RADLABEL_BROKERS")]
    brokers: Option<String>,
    /// Prometheus endpoint ADDR:PORT, overriding metrics.listen.
    #[arg(long, env = "RADLABEL_METRICS_LISTEN")]
    metrics_listen: Option<String>,
}

#[derive(Subcommand)]
enum Hl7Command {
    /// Convert files of HL7 messages (one or many per file, CR/LF/CRLF, optionally MLLP-framed)
    /// to report-event JSON lines; problems go to stderr with file, position and MSH-10.
    Convert(ConvertArgs),
    /// Send files of HL7 messages to an MLLP listener, one at a time, and print each ACK (or
    /// why there is none: `NE` none asked for by MSH-15, `-` none in time, `!` not sent) and a summary.
    Send(SendArgs),
}

#[derive(Args)]
struct SendArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The listener, HOST:PORT.
    #[arg(long, env = "RADLABEL_MLLP_TO", default_value = "127.0.0.1:2575")]
    to: String,
    /// Seconds to wait for each ACK; then the next message is sent.
    #[arg(long, env = "RADLABEL_MLLP_ACK_TIMEOUT_S", default_value_t = 30)]
    timeout_s: u64,
}

#[derive(Args)]
struct ConvertArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Character set of messages with an empty MSH-18.
    #[arg(long, env = "RADLABEL_MLLP_DEFAULT_CHARSET", default_value = "utf-8", value_parser = parse_charset)]
    default_charset: radlabel::hl7::charset::Charset,
    /// Also convert preliminary results (published with status preliminary).
    #[arg(long)]
    include_preliminary: bool,
    /// Which orders become events: radiology (the gateway's default rule: OBR-24, else the
    /// procedure, else TXA-2, else report-section codes) or all.
    #[arg(long, env = "RADLABEL_MLLP_ACCEPT", default_value = "radiology", value_parser = parse_accept)]
    accept: radlabel::hl7::accept::AcceptPolicy,
}

fn parse_accept(s: &str) -> Result<radlabel::hl7::accept::AcceptPolicy, String> {
    use radlabel::hl7::accept::AcceptPolicy;
    match s {
        "radiology" => Ok(AcceptPolicy::Radiology),
        "all" => Ok(AcceptPolicy::All),
        _ => Err(format!("`{s}`: use radiology or all")),
    }
}

fn parse_charset(s: &str) -> Result<radlabel::hl7::charset::Charset, String> {
    radlabel::hl7::charset::Charset::try_from(s.to_string())
}

#[derive(Args)]
struct ProduceArgs {
    /// Reports (same formats as `label`); `-` for stdin.
    input: String,
    #[command(flatten)]
    kafka: KafkaArgs,
    #[arg(long, default_value = "radiology.reports")]
    topic: String,
    /// Partitions for the topic if it has to be created.
    #[arg(long, default_value_t = 4)]
    partitions: i32,
    /// Input format; default: from the file extension, or sniffed.
    #[arg(long)]
    input_format: Option<InputFormat>,
}

#[derive(Args)]
struct ConsumeArgs {
    #[command(flatten)]
    kafka: KafkaArgs,
    #[arg(long, default_value = "radiology.findings")]
    topic: String,
    /// Stop after this many records.
    #[arg(long, default_value_t = 10)]
    count: usize,
    /// Stop after this many seconds.
    #[arg(long, default_value_t = 60)]
    timeout_s: u64,
    /// Print each record as {"key", "headers", "value"} (dead-letter reasons are in headers).
    #[arg(long)]
    with_headers: bool,
}

/// Where `produce` / `consume` find the cluster: the connector's config (its `[kafka]`
/// section, `kafka.librdkafka` TLS/SASL settings included, env overrides too) and `--brokers`.
#[derive(Args)]
struct KafkaArgs {
    /// Config file (see config/radlabel.toml; the [kafka] section applies).
    #[arg(long, env = "RADLABEL_CONFIG")]
    config: Option<PathBuf>,
    /// Bootstrap servers, overriding kafka.brokers.
    #[arg(long, env = "RADLABEL_BROKERS")]
    brokers: Option<String>,
}

impl KafkaArgs {
    fn settings(&self) -> anyhow::Result<radlabel::config::KafkaConfig> {
        let mut cfg = radlabel::config::Config::load(self.config.as_deref(), &|k| std::env::var(k).ok())?;
        if let Some(b) = &self.brokers {
            cfg.kafka.brokers = b.clone();
        }
        Ok(cfg.kafka)
    }
}

#[derive(Args)]
struct RunArgs {
    /// TOML configuration (documented in config/radlabel.toml); every key also has a RADLABEL_* variable.
    #[arg(long, env = "RADLABEL_CONFIG")]
    config: Option<PathBuf>,
    /// Bootstrap servers, overriding kafka.brokers.
    #[arg(long, env = "RADLABEL_BROKERS")]
    brokers: Option<String>,
    /// Consumer group id, overriding kafka.group_id.
    #[arg(long, env = "RADLABEL_GROUP")]
    group: Option<String>,
    /// Prometheus endpoint ADDR:PORT, overriding metrics.listen.
    #[arg(long, env = "RADLABEL_METRICS_LISTEN")]
    metrics_listen: Option<String>,
}

#[derive(Args, Clone)]
struct ModelArgs {
    /// Model directory (config.json, tokenizer.json, ONNX files).
    #[arg(long, env = "RADLABEL_MODEL")]
    model: Option<PathBuf>,
    /// Model variant from config.json (e.g. int8, fp32); default: the config's default.
    #[arg(long, env = "RADLABEL_VARIANT")]
    variant: Option<String>,
    /// Inference device: cpu, cuda or cuda:N.
    #[arg(long, env = "RADLABEL_DEVICE", default_value = "cpu")]
    device: Device,
    /// Intra-op threads for ONNX Runtime (default: all cores).
    #[arg(long, env = "RADLABEL_THREADS")]
    threads: Option<usize>,
    /// Padded-token budget of one inference batch (longest sequence x batch size).
    #[arg(long, env = "RADLABEL_MAX_BATCH_TOKENS", default_value_t = 8192)]
    max_batch_tokens: usize,
    /// Most sequences in one inference batch.
    #[arg(long, env = "RADLABEL_MAX_BATCH_SIZE", default_value_t = 64)]
    max_batch_size: usize,
    /// Reports per pipeline chunk: batches are length-sorted within a chunk (bigger: less padding, coarser progress).
    #[arg(long, env = "RADLABEL_CHUNK", default_value_t = 2048)]
    chunk: usize,
    /// ONNX Runtime library (file or directory); default: vendor/ from scripts/setup.sh.
    #[arg(long, env = "RADLABEL_ORT_LIB")]
    ort_lib: Option<PathBuf>,
    /// Input format; default: from the file extension, or sniffed from the content.
    #[arg(long, env = "RADLABEL_INPUT_FORMAT")]
    input_format: Option<InputFormat>,
    /// Read each report whole or sentence by sentence (labels combined by the guideline's precedence); default: what the model's config.json declares, the reading it was validated with.
    #[arg(long, env = "RADLABEL_READING")]
    reading: Option<Reading>,
}

#[derive(Args)]
struct LabelArgs {
    /// Reports: CSV (findings/impression or report/text columns, optional uid/id/accession) or JSON lines; `-` for stdin.
    input: String,
    /// Output file (default: stdout).
    #[arg(short, long, env = "RADLABEL_OUTPUT")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, env = "RADLABEL_FORMAT", default_value = "jsonl")]
    format: OutputFormat,
    /// Stop at the first row that cannot be labelled.
    #[arg(long, env = "RADLABEL_STRICT")]
    strict: bool,
    /// No progress bar even on a terminal.
    #[arg(long, short, env = "RADLABEL_QUIET")]
    quiet: bool,
    #[command(flatten)]
    model: ModelArgs,
}

#[derive(Args)]
struct EvalArgs {
    /// Predictions: radlabel JSON lines, or teacher-format TSV.
    pred: PathBuf,
    /// Gold files: teacher labels (TSV or JSON lines), an Open-i CSV with a MeSH column, and/or
    /// behavioural cases (tests/behaviour/cases.jsonl).
    #[arg(required = true)]
    gold: Vec<PathBuf>,
    /// Only score these ids (whitespace-separated file), e.g. the dev split.
    #[arg(long)]
    uids: Option<PathBuf>,
}

#[derive(Args)]
struct BenchArgs {
    /// Reports to run (same formats as `label`).
    input: String,
    /// Repetitions; the best of each is reported.
    #[arg(long, default_value_t = 2)]
    rounds: usize,
    #[command(flatten)]
    model: ModelArgs,
}

fn options(input: String, m: ModelArgs) -> LabelOptions {
    LabelOptions {
        input,
        output: None,
        model: m.model.unwrap_or_else(radlabel::model::default_dir),
        variant: m.variant,
        device: m.device,
        format: OutputFormat::Jsonl,
        input_format: m.input_format,
        strict: false,
        threads: m.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        limits: BatchLimits { max_batch_tokens: m.max_batch_tokens.max(1), max_batch_size: m.max_batch_size.max(1) },
        chunk: m.chunk,
        ort_lib: m.ort_lib,
        progress: false,
        reading: m.reading,
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("RADLABEL_LOG").unwrap_or_else(|_| "warn,radlabel::connector=info,radlabel::commands::mllp=info,radlabel::teacher=info".into()))
        // Every line passes the secret scrubber on its way out (radlabel::secret).
        .with_writer(|| radlabel::secret::ScrubbingWriter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    exit(match Cli::parse().command {
        Command::Label(a) => label(a),
        Command::Produce(a) => (|| -> Result<Finished, Failure> {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let kafka = a.kafka.settings().map_err(Failure::usage)?;
            let (sent, skipped) = rt.block_on(commands::kafka_tools::produce(&a.input, a.input_format, &kafka, &a.topic, a.partitions))?;
            eprintln!("produced {sent} report events to {} ({skipped} rows skipped)", a.topic);
            Ok(if skipped > 0 { Finished::SomeFailed } else { Finished::Complete })
        })(),
        Command::Consume(a) => (|| -> Result<Finished, Failure> {
            let kafka = a.kafka.settings().map_err(Failure::usage)?;
            let n = commands::kafka_tools::consume(&kafka, &a.topic, a.count, std::time::Duration::from_secs(a.timeout_s), a.with_headers)?;
            eprintln!("{n} records from {}", a.topic);
            Ok(Finished::Complete)
        })(),
        Command::Mllp(a) => gateway(a).map(|()| Finished::Complete).map_err(Failure::from),
        Command::Hl7(Hl7Command::Convert(a)) => hl7_convert(a),
        Command::Hl7(Hl7Command::Send(a)) => hl7_send(a),
        Command::Redact(a) => redact(a),
        Command::Teacher(TeacherArgs { command: Some(TeacherCommand::Export(a)), .. }) => teacher_export(a),
        Command::Teacher(TeacherArgs { command: Some(TeacherCommand::Label(a)), .. }) => teacher_label(a),
        Command::Teacher(a) => teacher(a).map(|()| Finished::Complete).map_err(Failure::from),
        Command::Run(a) => connector(a).map(|()| Finished::Complete).map_err(Failure::from),
        Command::Eval(a) => match commands::eval::run(&a.pred, &a.gold, a.uids.as_ref()) {
            Ok(table) => {
                print!("{table}");
                Ok(Finished::Complete)
            }
            Err(e) => Err(Failure::usage(e)),
        },
        Command::Bench(a) => {
            let o = options(a.input, a.model);
            commands::bench::run(&o, a.rounds).context("benchmark failed").map_err(Failure::from).map(|r| {
                println!("{}", serde_json::to_string(&r).expect("serialisable"));
                Finished::Complete
            })
        }
    })
}

/// How a command ended when it did not fail.
enum Finished {
    Complete,
    /// It went through its input, but some items (rows, messages) failed, each reported.
    SomeFailed,
}

/// How a command failed: the error, and whether the invocation or its input is to blame.
struct Failure {
    usage: bool,
    error: anyhow::Error,
}

impl Failure {
    /// Bad arguments, or input that cannot be used (a missing file, no text column).
    fn usage(error: impl Into<anyhow::Error>) -> Failure {
        Failure { usage: true, error: error.into() }
    }
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(error: E) -> Failure {
        Failure { usage: false, error: error.into() }
    }
}

/// The one mapping from how a command ended to its exit code (README): 0 done, 1 fatal, 2 usage
/// or unusable input, 3 finished with some items failed. A closed output pipe (`| head`) is
/// success: the reader had what it wanted.
fn exit(result: Result<Finished, Failure>) -> ExitCode {
    match result {
        Ok(Finished::Complete) => ExitCode::SUCCESS,
        Ok(Finished::SomeFailed) => ExitCode::from(EXIT_ROWS_FAILED),
        Err(f) if f.error.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {}", radlabel::secret::scrub(&format!("{:#}", f.error)));
            ExitCode::from(if f.usage { EXIT_USAGE } else { EXIT_FATAL })
        }
    }
}

fn label(a: LabelArgs) -> Result<Finished, Failure> {
    use radlabel::commands::label::LabelError;
    let mut o = options(a.input, a.model);
    o.output = a.output;
    o.format = a.format;
    o.strict = a.strict;
    o.progress = !a.quiet;
    let s = commands::label::run(&o).map_err(|e| match e {
        // The io error itself, so the pipe check at the top sees it.
        LabelError::Output(io) => Failure::from(io),
        e @ LabelError::Input(_) => Failure::usage(e),
        e => Failure::from(e),
    })?;
    eprintln!(
        "labelled {} reports, {} failed, in {:.1}s ({:.1} reports/s){}",
        s.labelled,
        s.failed,
        s.seconds,
        s.labelled as f64 / s.seconds.max(1e-9),
        if s.stopped_early { "; stopped at the first failure (--strict)" } else { "" }
    );
    Ok(if s.failed > 0 || s.stopped_early { Finished::SomeFailed } else { Finished::Complete })
}

/// Exit 0 when every line was redacted, 3 when some lines were not `{"id", "text"}`, 2 when
/// the input cannot be read.
fn redact(a: RedactArgs) -> Result<Finished, Failure> {
    use radlabel::commands::redact::RedactError;
    let mut input: Box<dyn std::io::BufRead> = if a.input == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin().lock()))
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(&a.input).with_context(|| a.input.clone()).map_err(Failure::usage)?))
    };
    let mut out: Box<dyn std::io::Write> = match &a.output {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| p.display().to_string())?)),
    };
    let started = std::time::Instant::now();
    let st = commands::redact::run(&mut input, &mut out, &mut std::io::stderr()).map_err(|e| match e {
        RedactError::Output(io) => Failure::from(io),
        e @ RedactError::Input { .. } => Failure::usage(e),
    })?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!("redacted {} records ({} identifiers), {} lines failed, in {:.2}s ({:.0} records/s)", st.records, st.spans, st.failed, secs, st.records as f64 / secs.max(1e-9));
    Ok(if st.failed > 0 { Finished::SomeFailed } else { Finished::Complete })
}

fn teacher(a: TeacherArgs) -> anyhow::Result<()> {
    let env = |k: &str| std::env::var(k).ok();
    let mut cfg = radlabel::config::Config::load(a.config.as_deref(), &env)?;
    if let Some(b) = a.brokers {
        cfg.kafka.brokers = b;
    }
    if let Some(u) = a.url {
        cfg.teacher.url = u;
    }
    if let Some(m) = a.metrics_listen {
        cfg.metrics.listen = m;
    }
    cfg.validate_common()?;
    cfg.validate_teacher()?;
    let key = cfg.teacher.api_key(&env)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().context("tokio runtime")?;
    rt.block_on(async {
        let metrics = radlabel::metrics::TeacherMetrics::default();
        let mut registry = prometheus_client::registry::Registry::default();
        metrics.register(&mut registry);
        let health = std::sync::Arc::new(radlabel::metrics::Health::default());
        let endpoint = radlabel::metrics::start(&cfg.metrics.listen, registry, health.clone()).await.with_context(|| format!("metrics.listen {}", cfg.metrics.listen))?;
        let stats = radlabel::teacher::run(&cfg, key, metrics, health, signalled()).await;
        if let Some(h) = endpoint {
            h.abort();
        }
        stats.map(|_| ()).map_err(anyhow::Error::from)
    })
}

fn teacher_label(a: TeacherLabelArgs) -> Result<Finished, Failure> {
    use radlabel::teacher::offline::{label_file, OfflineError};
    let env = |k: &str| std::env::var(k).ok();
    let mut cfg = radlabel::config::Config::load(a.config.as_deref(), &env).map_err(Failure::usage)?;
    if let Some(u) = a.url {
        cfg.teacher.url = u;
    }
    cfg.validate_teacher().map_err(Failure::usage)?;
    let key = cfg.teacher.api_key(&env).map_err(Failure::usage)?;
    let mut out: Box<dyn std::io::Write> = match &a.output {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| p.display().to_string())?)),
    };
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let started = std::time::Instant::now();
    let st = rt.block_on(label_file(&cfg.teacher, key, &a.input, a.input_format, &mut out)).map_err(|e| match e {
        OfflineError::Output(io) => Failure::from(io),
        e @ OfflineError::Input(_) => Failure::usage(e),
        e => Failure::from(e),
    })?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!("teacher labelled {} reports, {} failed, {} requests, in {:.1}s ({:.2} s per report)", st.labelled, st.failed, st.requests, secs, secs / (st.labelled + st.failed).max(1) as f64);
    Ok(if st.failed > 0 { Finished::SomeFailed } else { Finished::Complete })
}

fn teacher_export(a: ExportArgs) -> Result<Finished, Failure> {
    let cfg = radlabel::config::Config::load(a.kafka.config.as_deref(), &|k| std::env::var(k).ok()).map_err(Failure::usage)?;
    let kafka = a.kafka.settings().map_err(Failure::usage)?;
    let topic = a.topic.unwrap_or(cfg.teacher.labels_topic);
    let mut out: Box<dyn std::io::Write> = match &a.output {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| p.display().to_string())?)),
    };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let avro = match cfg.output.format {
        radlabel::config::WireFormat::Json => None,
        radlabel::config::WireFormat::Avro => {
            let registry = radlabel::events::registry::Registry::new(&cfg.input.schema_registry_url, &cfg.input.registry_http()).map_err(Failure::usage)?;
            Some(radlabel::events::avro::JsonDecoder::new(std::sync::Arc::new(registry)))
        }
    };
    let st = rt.block_on(radlabel::teacher::export::export(&kafka, &topic, &mut out, std::time::Duration::from_secs(a.timeout_s), avro.as_ref())).map_err(|e| match e {
        radlabel::teacher::export::ExportError::Output(io) => Failure::from(io),
        e => Failure::from(e),
    })?;
    eprintln!("{} records of {topic}: {} reports exported, {} unreadable records skipped", st.records, st.reports, st.unreadable);
    Ok(if st.unreadable > 0 { Finished::SomeFailed } else { Finished::Complete })
}

/// SIGTERM or Ctrl-C.
async fn signalled() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
    tracing::info!("shutdown signal received");
}

fn gateway(a: MllpArgs) -> anyhow::Result<()> {
    let mut cfg = radlabel::config::Config::load(a.config.as_deref(), &|k| std::env::var(k).ok())?;
    if let Some(l) = a.listen {
        cfg.mllp.listen = l;
    }
    if let Some(b) = a.brokers {
        cfg.kafka.brokers = b;
    }
    if let Some(m) = a.metrics_listen {
        cfg.metrics.listen = m;
    }
    // The flags may have changed shared keys: check them again, then the gateway's own.
    cfg.validate_common()?;
    cfg.validate_gateway()?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().context("tokio runtime")?;
    rt.block_on(commands::mllp::serve(&cfg, signalled()))
}

/// Exit 0 when every message converted, 3 when some failed, 2 when a file could not be read.
fn hl7_convert(a: ConvertArgs) -> Result<Finished, Failure> {
    use radlabel::commands::hl7::ConvertError;
    use radlabel::hl7::{mapping::PreliminaryPolicy, ConvertOptions};
    let opts = ConvertOptions {
        default_charset: a.default_charset,
        preliminary: if a.include_preliminary { PreliminaryPolicy::Produce } else { PreliminaryPolicy::Skip },
        accept: a.accept,
    };
    let mut out: Box<dyn std::io::Write> = match &a.output {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| p.display().to_string())?)),
    };
    let s = commands::hl7::run(&a.files, opts, &mut out, &mut std::io::stderr()).map_err(|e| match e {
        e @ ConvertError::Read { .. } => Failure::usage(e),
        ConvertError::Write(io) => Failure::from(io),
    })?;
    eprintln!("{} messages: {} report events, {} skipped, {} failed", s.messages, s.events, s.skipped, s.failed);
    Ok(if s.failed > 0 { Finished::SomeFailed } else { Finished::Complete })
}

/// Exit 0 when every message was accepted (AA/CA, or sent where none is asked for), 3
/// otherwise, 2 when a file could not be read, 1 when nothing could be sent.
fn hl7_send(a: SendArgs) -> Result<Finished, Failure> {
    use radlabel::commands::hl7::SendError;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let answers = rt.block_on(commands::hl7::send(&a.files, &a.to, std::time::Duration::from_secs(a.timeout_s))).map_err(|e| match e {
        e @ SendError::Read { .. } => Failure::usage(e),
        e => Failure::from(e),
    })?;
    for x in &answers {
        println!("{}\t{}\t{}", x.control_id, x.code, x.text);
    }
    eprintln!("{}", commands::hl7::send_summary(&answers));
    Ok(if answers.iter().all(|x| x.accepted()) { Finished::Complete } else { Finished::SomeFailed })
}

fn connector(a: RunArgs) -> anyhow::Result<()> {
    use radlabel::config::Config;
    use radlabel::connector;

    let mut cfg = Config::load(a.config.as_deref(), &|k| std::env::var(k).ok())?;
    if let Some(b) = a.brokers {
        cfg.kafka.brokers = b;
    }
    if let Some(g) = a.group {
        cfg.kafka.group_id = g;
    }
    if let Some(m) = a.metrics_listen {
        cfg.metrics.listen = m;
    }
    cfg.validate_common()?;
    cfg.validate_connector()?;
    // The same load, checks and probe as a hot reload (connector::reload).
    let model = connector::reload::load_onnx(&cfg.model_dir(), &cfg).map_err(anyhow::Error::msg)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().context("tokio runtime")?;
    rt.block_on(async {
        let metrics = radlabel::metrics::ConnectorMetrics::default();
        let mut registry = prometheus_client::registry::Registry::default();
        metrics.register(&mut registry);
        let health = std::sync::Arc::new(radlabel::metrics::Health::default());
        let endpoint = radlabel::metrics::start(&cfg.metrics.listen, registry, health.clone()).await.with_context(|| format!("metrics.listen {}", cfg.metrics.listen))?;
        let stats = connector::run(&cfg, model, metrics, health, signalled()).await;
        if let Some(h) = endpoint {
            h.abort();
        }
        stats.map_err(anyhow::Error::from)
    })?;
    Ok(())
}
