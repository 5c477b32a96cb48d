//! `radlabel teacher`: read uncertain cases, redact them, ask the teacher, write its labels.
//!
//! Same offset discipline as the connector: a case's offset is stored only after its label (or
//! dead letter) is acknowledged by the broker, contiguous per partition; SIGTERM stops reading,
//! lets the cases in flight finish (bounded by `kafka.drain_timeout_ms`) and commits. Cases run
//! concurrently (`teacher.concurrency`), each as its own task; the loop owns the offsets.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Headers};
use rdkafka::producer::FutureProducer;
use rdkafka::util::Timeout;
use rdkafka::Message;
use serde_json::Value;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

use super::ask::{Asker, Failure};
use super::prompt::PROMPT_VERSION;
use super::telemetry::{Event, Telemetry};
use crate::config::{Config, WireFormat};
use crate::events::avro::{AvroEncoder, AvroError, JsonDecoder, TEACHER_LABEL_AVSC};
use crate::events::registry::Registry;
use crate::core::labels::{NAMES, N_OBS};
use crate::core::offsets::{OffsetTracker, Tp};
use crate::error::Outcome;
use crate::events::teacher::{CaseSource, TeacherLabel};
use crate::kafka::client::client_config;
use crate::kafka::consumer::{store_finished, Context, Revoked};
use crate::kafka::OutRecord;
use crate::metrics::{Health, TeacherMetrics};
use crate::redact::Redactor;
use crate::secret::Secret;

#[derive(Debug, thiserror::Error)]
pub enum TeacherError {
    #[error("kafka client setup failed: {0}")]
    Client(#[from] KafkaError),
    #[error(transparent)]
    Security(#[from] crate::kafka::SecurityFailure),
    #[error("teacher or schema registry client: {0}")]
    Http(#[from] crate::net::http::HttpError),
    /// The label schema could not be registered (incompatible, invalid, refused credentials).
    #[error(transparent)]
    Registry(#[from] crate::events::registry::RegistryError),
    /// The server refuses every request (key, URL, model): nothing is committed for the case.
    #[error("the teacher server refuses requests: {0}")]
    Refused(String),
}

impl TeacherError {
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

/// What one run did (also logged at exit).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    pub received: u64,
    pub requests: u64,
    pub labelled: u64,
    pub dead_lettered: u64,
}

/// What a case task reports back to the loop.
enum Finished {
    /// Its records are acknowledged: the offset may be stored.
    Done(Tp, i64),
    /// The server refuses everything: stop without storing this offset.
    Fatal(String),
}

/// What every case task shares (read-only, or owned elsewhere and reached by handle).
struct Shared {
    /// The client, budget, retry policy and telemetry every request goes through.
    asker: Asker,
    producer: FutureProducer,
    labels_topic: String,
    dlq_topic: String,
    /// Avro uncertain cases (when the connector writes Avro): writer schemas by id.
    cases: Option<JsonDecoder>,
    /// Avro labels under the id registered for `<labels_topic>-value`; `None`: JSON.
    labels_avro: Option<AvroEncoder>,
}

fn consumer_config(cfg: &Config) -> rdkafka::ClientConfig {
    client_config(
        &cfg.kafka,
        &[
            ("group.id", cfg.teacher.group_id.clone()),
            ("enable.auto.commit", "true".into()),
            ("auto.commit.interval.ms", cfg.kafka.commit_interval_ms.to_string()),
            ("enable.auto.offset.store", "false".into()),
            ("auto.offset.reset", "earliest".into()),
            ("session.timeout.ms", cfg.kafka.session_timeout_ms.to_string()),
            // A teacher call can take minutes on a CPU model: the poll interval must allow it.
            ("max.poll.interval.ms", (cfg.teacher.request_timeout_ms * u64::from(cfg.teacher.max_attempts) + 300_000).min(i32::MAX as u64).to_string()),
            ("fetch.wait.max.ms", "100".into()),
        ],
    )
}

fn producer_config(cfg: &Config) -> rdkafka::ClientConfig {
    client_config(&cfg.kafka, &[("enable.idempotence", "true".into()), ("acks", "all".into()), ("message.timeout.ms", "0".into()), ("linger.ms", "5".into())])
}

/// Run until `shutdown`, then drain.
pub async fn run(cfg: &Config, api_key: Option<Secret>, metrics: TeacherMetrics, health: Arc<Health>, shutdown: impl Future<Output = ()>) -> Result<Stats, TeacherError> {
    crate::kafka::preflight(&cfg.kafka).await?;
    let t = &cfg.teacher;
    if cfg.kafka.create_topics {
        let topics = [(t.labels_topic.as_str(), cfg.kafka.topic_partitions), (cfg.kafka.uncertain_topic.as_str(), cfg.kafka.topic_partitions), (cfg.kafka.dlq_topic.as_str(), cfg.kafka.topic_partitions)];
        match tokio::time::timeout(Duration::from_secs(10), crate::kafka::ensure_topics(&cfg.kafka, &topics)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "could not create topics"),
            Err(_) => tracing::warn!("could not create topics: broker not reachable yet"),
        }
    }
    tokio::pin!(shutdown);
    // Avro when the connector writes Avro: cases are read with their writer schemas, labels
    // written under a registered id (an outage at start is waited out; SIGTERM still stops).
    let (cases, labels_avro) = match cfg.output.format {
        WireFormat::Json => (None, None),
        WireFormat::Avro => {
            let registry = Arc::new(Registry::new(&cfg.input.schema_registry_url, &cfg.input.registry_http())?);
            let enc = tokio::select! {
                e = AvroEncoder::registered(&registry, &t.labels_topic, TEACHER_LABEL_AVSC) => e?,
                _ = &mut shutdown => return Ok(Stats::default()),
            };
            tracing::info!(registry = registry.url(), labels_id = enc.id(), "teacher-label schema registered; reading and writing Avro");
            (Some(JsonDecoder::new(registry)), Some(enc))
        }
    };
    let shared = Arc::new(Shared {
        asker: Asker::new(t, api_key, Telemetry::new(metrics))?,
        producer: producer_config(cfg).create()?,
        labels_topic: t.labels_topic.clone(),
        dlq_topic: cfg.kafka.dlq_topic.clone(),
        cases,
        labels_avro,
    });
    let (revoked_tx, mut revoked_rx) = mpsc::unbounded_channel::<Revoked>();
    let consumer: StreamConsumer<Context> = consumer_config(cfg).create_with_context(Context { revoked: revoked_tx, health: health.clone() })?;
    consumer.subscribe(&[cfg.kafka.uncertain_topic.as_str()])?;
    let (done_tx, mut done_rx) = mpsc::channel::<Finished>(t.concurrency * 2);
    let mut tracker = OffsetTracker::default();
    let mut in_flight = 0usize;
    let mut commit_tick = tokio::time::interval(Duration::from_millis(cfg.kafka.commit_interval_ms.min(1000)));
    tracing::info!(topic = %cfg.kafka.uncertain_topic, group = %t.group_id, url = %t.url, model = %t.model, concurrency = t.concurrency, prompt = PROMPT_VERSION, "teacher worker started");
    let fatal = |health: &Health, why: String| {
        health.died("teacher worker", &why);
        TeacherError::Refused(why)
    };
    loop {
        tokio::select! {
            biased;
            _ = &mut shutdown => {
                health.draining();
                break;
            }
            Some(f) = done_rx.recv() => match f {
                Finished::Done(tp, offset) => {
                    in_flight -= 1;
                    shared.asker.telemetry.emit(Event::InFlight(in_flight));
                    tracker.finish(&tp, offset);
                    store_finished(&consumer, &mut tracker);
                }
                Finished::Fatal(why) => return Err(fatal(&health, why)),
            },
            Some(Revoked(tps)) = revoked_rx.recv() => {
                for tp in &tps {
                    tracker.forget(tp);
                }
            }
            _ = commit_tick.tick() => store_finished(&consumer, &mut tracker),
            msg = consumer.recv(), if in_flight < t.concurrency => match msg {
                Ok(m) => {
                    let (tp, offset) = ((m.topic().to_string(), m.partition()), m.offset());
                    tracker.receive(&tp, offset);
                    in_flight += 1;
                    shared.asker.telemetry.emit(Event::Received);
                    shared.asker.telemetry.emit(Event::InFlight(in_flight));
                    let case = Case::of(&m);
                    let (shared, done) = (shared.clone(), done_tx.clone());
                    tokio::spawn(async move {
                        let f = match handle(&shared, case).await {
                            Ok(()) => Finished::Done(tp, offset),
                            Err(why) => Finished::Fatal(why),
                        };
                        let _ = done.send(f).await;
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "consume failed; retrying");
                    sleep(Duration::from_millis(200)).await;
                }
            },
        }
    }
    tracing::info!(in_flight, "shutting down: finishing the cases in flight");
    let drain_end = Instant::now() + Duration::from_millis(cfg.kafka.drain_timeout_ms);
    while in_flight > 0 {
        tokio::select! {
            Some(f) = done_rx.recv() => match f {
                Finished::Done(tp, offset) => {
                    in_flight -= 1;
                    tracker.finish(&tp, offset);
                }
                Finished::Fatal(why) => return Err(fatal(&health, why)),
            },
            _ = sleep_until(drain_end) => {
                tracing::warn!(abandoned = in_flight, "drain timeout: unfinished cases will be read again");
                break;
            }
        }
    }
    store_finished(&consumer, &mut tracker);
    if let Err(e) = consumer.commit_consumer_state(CommitMode::Sync) {
        if !matches!(e, KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) {
            tracing::warn!(error = %e, "final commit failed; uncommitted cases will be read again");
        }
    }
    let st = shared.asker.telemetry.stats.lock().unwrap_or_else(|p| p.into_inner()).clone();
    tracing::info!(received = st.received, requests = st.requests, labelled = st.labelled, dead_lettered = st.dead_lettered, "teacher worker stopped");
    Ok(st)
}

/// An uncertain case as read (owned: it outlives the consumer's buffer).
struct Case {
    source: CaseSource,
    key: Option<Vec<u8>>,
    value: Option<Vec<u8>>,
    headers: Vec<(String, Option<Vec<u8>>)>,
}

impl Case {
    fn of(m: &BorrowedMessage<'_>) -> Case {
        Case {
            source: CaseSource { topic: m.topic().to_string(), partition: m.partition(), offset: m.offset() },
            key: m.key().map(<[u8]>::to_vec),
            value: m.payload().map(<[u8]>::to_vec),
            headers: m.headers().map_or_else(Vec::new, |h| h.iter().map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec))).collect()),
        }
    }

    /// The case as JSON (`schemas/uncertain_case.avsc`), from JSON or from Avro (a registry
    /// outage is waited out here, in the case's own task: the loop and its commits go on).
    async fn value(&self, avro: Option<&JsonDecoder>) -> Result<Value, String> {
        let Some(d) = avro else {
            return serde_json::from_slice(self.value.as_deref().unwrap_or_default()).map_err(|e| format!("not a JSON uncertain case: {e}"));
        };
        let mut backoff = Duration::from_millis(200);
        loop {
            match d.decode(self.value.as_deref()).await {
                Ok(v) => return Ok(v),
                Err(AvroError::Decode(e)) => return Err(format!("not an Avro uncertain case: {e}")),
                Err(e @ AvroError::RegistryUnavailable(_)) => {
                    tracing::warn!(error = %e, retry_in_ms = backoff.as_millis() as u64, "cannot read the case's writer schema; retrying");
                    sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(10));
                }
            }
        }
    }

    /// The report id and text of an uncertain case.
    async fn parse(&self, avro: Option<&JsonDecoder>) -> Result<(String, String, Value), String> {
        let v = self.value(avro).await?;
        let id = v.get("report_id").and_then(Value::as_str).filter(|s| !s.trim().is_empty()).ok_or("report_id is missing")?.to_string();
        let text = v.get("text").and_then(Value::as_str).filter(|s| !s.trim().is_empty()).ok_or("text is missing")?.to_string();
        Ok((id, text, v))
    }
}

/// Label one case and produce its record (or its dead letter); `Err` only when the server
/// refuses every request. Returns once the broker acknowledged what was produced.
async fn handle(s: &Shared, case: Case) -> Result<(), String> {
    let (report_id, text, v) = match case.parse(s.cases.as_ref()).await {
        Ok(x) => x,
        Err(e) => {
            dead_letter(s, &case, "unknown", "InvalidCase", &e).await;
            return Ok(());
        }
    };
    // Nothing leaves the process unredacted; the mapping is dropped with `red`.
    let red = Redactor::shared().redact(&text);
    let summary = red.summary();
    s.asker.telemetry.emit(Event::Redacted { summary: &summary });
    match s.asker.ask(&report_id, &red.text).await {
        Ok(got) => {
            let label = TeacherLabel {
                report_id: report_id.clone(),
                labels: (0..N_OBS).map(|k| (NAMES[k].to_string(), got.answer.statuses[k])).collect(),
                text: red.text.clone(),
                teacher: got.info(&s.asker.model),
                student: student_part(&v),
                redaction: summary.iter().map(|(k, n)| (k.to_string(), *n)).collect(),
                source: case.source.clone(),
                labelled_at_ms: SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64),
            };
            let value = serde_json::to_value(&label).expect("label serialises");
            let record = match &s.labels_avro {
                None => OutRecord::json(&s.labels_topic, &report_id, &value),
                Some(enc) => match enc.encode_json(&value) {
                    Ok(bytes) => OutRecord { topic: s.labels_topic.clone(), key: Some(report_id.as_bytes().to_vec()), value: Some(bytes), headers: Vec::new() },
                    Err(e) => {
                        dead_letter(s, &case, &report_id, "OutputSchemaMismatch", &e.to_string()).await;
                        return Ok(());
                    }
                },
            };
            deliver(s, record).await;
            s.asker.telemetry.emit(Event::Labelled { report_id: &report_id, attempts: got.attempts });
            Ok(())
        }
        Err(Failure::Fatal(why)) => Err(why),
        Err(Failure::GaveUp { class, message }) => {
            dead_letter(s, &case, &report_id, &class, &message).await;
            Ok(())
        }
    }
}

/// The student's side of the case, carried into the label for later analysis.
fn student_part(v: &Value) -> Value {
    let mut out = serde_json::Map::new();
    for k in ["model", "probabilities", "labels", "confidence", "reason", "reason_kind", "idempotency_id"] {
        if let Some(x) = v.get(k) {
            out.insert(k.into(), x.clone());
        }
    }
    Value::Object(out)
}

/// Kafka Connect style: the original record plus error context headers.
async fn dead_letter(s: &Shared, case: &Case, report_id: &str, class: &str, message: &str) {
    s.asker.telemetry.emit(Event::DeadLettered { report_id, class, error: message });
    let original = (case.key.clone(), case.value.clone(), case.headers.clone());
    let src = (case.source.topic.as_str(), case.source.partition, case.source.offset);
    deliver(s, OutRecord::dead_letter(&s.dlq_topic, original, "teacher", class, message, src)).await;
}

/// Produce and wait for the broker's acknowledgement; a failed delivery is sent again, never
/// dropped (the case's offset waits for it).
async fn deliver(s: &Shared, rec: OutRecord) {
    let mut backoff = Duration::from_millis(100);
    while let Err((e, _)) = s.producer.send(rec.future_record(), Timeout::Never).await {
        tracing::warn!(error = %e, topic = %rec.topic, "delivery failed; re-sending");
        sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(10));
    }
}
