//! The consumer loop: take report events, form micro-batches, label them, produce findings /
//! uncertain cases / dead letters, and store each input offset only after every record it
//! produced is acknowledged (contiguous prefix per partition).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Headers};
use rdkafka::producer::{DeliveryFuture, FutureProducer, Producer};
use rdkafka::util::Timeout;
use rdkafka::{Message, Offset, TopicPartitionList};
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

use crate::events::avro::{AvroDecoder, AvroError, Decoded};
use crate::events::registry::Registry;
use super::outputs::Outputs;
use crate::config::{Config, Delivery, Preliminary, WireFormat};
use crate::events::{decode_json, findings_record, uncertain_case, DecodeError, ReportEvent, ReportStatus, Source};
use super::kafka::{consumer_config, producer_config, Context, Revoked};
use crate::kafka::OutRecord;
use super::labeler::AsyncLabeler;
use crate::core::batching::BatchLimits;
use crate::core::offsets::{OffsetTracker, Tp};
use crate::core::routing::RoutingPolicy;
use crate::metrics::Health;
use crate::error::Outcome;
use crate::metrics::ConnectorMetrics;
use super::telemetry::{Event, Stage, Telemetry};
use super::schemas::{Original, Parked};
use super::reload::{Verdict, Watcher};
use crate::io::output::ModelInfo;
use crate::model::pipeline::{Done, Item, Pipeline};
use crate::model::tokenize::Encoder;
use crate::model::{Backend, ModelDir};

/// Attempts for a report whose inference batch failed before it is dead-lettered.
const MAX_ATTEMPTS: u32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum ConnectorError {
    #[error("kafka client setup failed: {0}")]
    Client(#[from] KafkaError),
    #[error("transaction failed (aborted; the uncommitted input will be re-read on restart): {0}")]
    Transaction(KafkaError),
    /// The tokenize/infer threads are gone: nothing more can be labelled. Stored offsets stay
    /// below the unfinished work, so a restart re-reads it.
    #[error("the labelling pipeline stopped")]
    PipelineStopped,
    /// Inference failed in a way retrying cannot mend (the model's output has the wrong
    /// shape, its thread is gone): the batch's reports stay unacknowledged for a restart.
    #[error("the model failed: {0}")]
    ModelFailed(String),
    /// The schema registry's TLS or credential files cannot be used.
    #[error("schema registry client: {0}")]
    Registry(#[from] crate::net::http::HttpError),
    /// Output schemas could not be registered (incompatible, invalid, refused credentials).
    #[error(transparent)]
    OutputSchemas(#[from] super::outputs::OutputSetupError),
    /// Wrong CA, refused certificate, bad credentials: retrying cannot help.
    #[error(transparent)]
    Security(#[from] crate::kafka::SecurityFailure),
}

impl ConnectorError {
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

/// What one run did (also logged at exit).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    pub received: u64,
    pub labelled: u64,
    pub uncertain: u64,
    pub dead_lettered: u64,
    pub skipped_preliminary: u64,
}

/// An input message being labelled.
struct Job {
    src: Source,
    original: Original,
    event: ReportEvent,
    text: String,
    attempt: u32,
    received: Instant,
}

/// The model parts the connector labels with.
pub struct LoadedModel {
    pub dir: ModelDir,
    pub encoder: Encoder,
    pub backend: Box<dyn Backend>,
}

struct Loop<'a> {
    cfg: &'a Config,
    producer: FutureProducer,
    tracker: OffsetTracker,
    ack_tx: mpsc::UnboundedSender<(Tp, i64)>,
    policy: RoutingPolicy,
    /// Counts, statistics and the log lines of what happens (one event each).
    telemetry: Telemetry,
    /// Set when inference failed fatally; the loop stops the connector on it.
    model_failure: Option<String>,
    batch: Vec<Item<Job>>,
    deadline: Option<Instant>,
    in_flight: usize,
    avro: Option<AvroDecoder>,
    /// Transactional mode: records and finished inputs of the open transaction.
    txn: Option<Txn>,
    /// Messages waiting for a writer schema from the registry (consumption pauses behind them).
    parked: Parked,
    /// JSON or Avro (registered ids) for findings and uncertain records.
    outputs: Outputs,
}

#[derive(Default)]
struct Txn {
    records: Vec<OutRecord>,
    finished: Vec<(Tp, i64)>,
}

/// Run until `shutdown` resolves, then drain: stop taking messages, finish in-flight work
/// (bounded by `kafka.drain_timeout_ms`), store and commit what was acknowledged.
pub async fn run(cfg: &Config, model: LoadedModel, metrics: ConnectorMetrics, health: Arc<Health>, shutdown: impl Future<Output = ()>) -> Result<Stats, ConnectorError> {
    crate::kafka::preflight(&cfg.kafka).await?;
    tokio::pin!(shutdown);
    // One registry client for the input decoder and the output registrations.
    let url = cfg.input.schema_registry_url.trim();
    let registry = if url.is_empty() { None } else { Some(Arc::new(Registry::new(url, &cfg.input.registry_http())?)) };
    // Avro outputs need their schema ids before the first record; an outage is waited out,
    // and SIGTERM still stops the wait.
    let outputs = tokio::select! {
        o = Outputs::from_config(cfg, registry.as_deref()) => o?,
        _ = &mut shutdown => return Ok(Stats::default()),
    };
    if cfg.kafka.create_topics {
        let k = &cfg.kafka;
        let topics: Vec<(&str, i32)> = [&k.reports_topic, &k.findings_topic, &k.uncertain_topic, &k.dlq_topic].iter().map(|t| (t.as_str(), k.topic_partitions)).collect();
        // A broker that is not up yet is retried by the consumer below; not fatal here.
        match tokio::time::timeout(Duration::from_secs(10), crate::kafka::ensure_topics(k, &topics)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "could not create topics"),
            Err(_) => tracing::warn!("could not create topics: broker not reachable yet"),
        }
    }
    let (revoked_tx, mut revoked_rx) = mpsc::unbounded_channel::<Revoked>();
    let consumer: StreamConsumer<Context> = consumer_config(cfg).create_with_context(Context { revoked: revoked_tx, health: health.clone() })?;
    consumer.subscribe(&[cfg.kafka.reports_topic.as_str()])?;
    let producer: FutureProducer = producer_config(cfg).create()?;
    let (ack_tx, mut ack_rx) = mpsc::unbounded_channel::<(Tp, i64)>();
    let limits = BatchLimits { max_batch_tokens: cfg.batch.max_tokens, max_batch_size: cfg.batch.max_reports };
    let info = ModelInfo { name: model.dir.config.name.clone(), version: model.dir.config.version.clone(), variant: model.dir.variant.clone() };
    metrics.model_loaded(&info.name, &info.version, &info.variant);
    let mut watcher = Watcher::new(&model.dir.dir);
    let (feed, pipeline) = Pipeline::spawn(model.encoder, model.backend, limits, model.dir.decision.clone());
    let mut labeler = AsyncLabeler::new(feed, pipeline, info);
    let mut l = Loop {
        cfg,
        producer,
        tracker: OffsetTracker::default(),
        ack_tx,
        policy: cfg.routing_policy(),
        telemetry: Telemetry::new(metrics),
        model_failure: None,
        parked: Parked::default(),
        batch: Vec::new(),
        deadline: None,
        in_flight: 0,
        avro: match cfg.input.format {
            WireFormat::Avro => Some(AvroDecoder::new(registry.clone(), &cfg.input.avro_local_ids)),
            WireFormat::Json => None,
        },
        txn: (cfg.kafka.delivery == Delivery::Transactional).then(Txn::default),
        outputs,
    };
    if l.txn.is_some() {
        let p = l.producer.clone();
        tokio::task::block_in_place(|| p.init_transactions(Duration::from_secs(30))).map_err(ConnectorError::Transaction)?;
    }
    let mut commit_tick = tokio::time::interval(Duration::from_millis(cfg.kafka.commit_interval_ms.min(1000)));
    let mut reload_tick = tokio::time::interval(Duration::from_millis(cfg.model.reload_interval_ms.max(1)));
    tracing::info!(topic = %cfg.kafka.reports_topic, group = %cfg.kafka.group_id, brokers = %cfg.kafka.brokers, "connector started");
    loop {
        tokio::select! {
            biased;
            _ = &mut shutdown => {
                health.draining();
                break;
            }
            done = labeler.next() => {
                let Some((done, info)) = done else {
                    health.died("labelling pipeline", "its threads stopped");
                    return Err(ConnectorError::PipelineStopped);
                };
                l.emit(done, &info, &labeler).await;
                if let Some(why) = l.model_failure.take() {
                    health.died("labelling pipeline", "the model failed for good");
                    return Err(ConnectorError::ModelFailed(why));
                }
                l.commit_transaction(&consumer)?;
            }
            Some((tp, offset)) = ack_rx.recv() => {
                l.tracker.finish(&tp, offset);
                while let Ok((tp, offset)) = ack_rx.try_recv() {
                    l.tracker.finish(&tp, offset);
                }
                // Stored eagerly (a local call): a revocation's commit then covers all that is done.
                l.store_offsets(&consumer);
            }
            Some(Revoked(tps)) = revoked_rx.recv() => {
                for tp in &tps {
                    l.tracker.forget(tp);
                }
                // Messages of those partitions waiting for a schema are the new owner's now.
                l.parked.waiting.retain(|(src, _)| !tps.iter().any(|(t, p)| *t == src.topic && *p == src.partition));
            }
            _ = sleep_until(l.deadline.unwrap_or_else(Instant::now)), if l.deadline.is_some() => l.flush(&labeler).await,
            _ = commit_tick.tick() => {
                l.commit_transaction(&consumer)?; // dead letters and skips between batches
                l.store_offsets(&consumer);
            }
            Some((id, result)) = l.parked.rx.recv() => l.schema_arrived(id, result, &labeler).await,
            _ = reload_tick.tick(), if cfg.model.reload_interval_ms > 0 => watcher.poll(cfg),
            Some(loaded) = watcher.rx.recv() => {
                let dir = loaded.0.resolved().display().to_string();
                match watcher.finished(loaded, &labeler.serving().version) {
                    Verdict::Swap(model) => {
                        let info = ModelInfo { name: model.dir.config.name.clone(), version: model.dir.config.version.clone(), variant: model.dir.variant.clone() };
                        let (feed, pipeline) = Pipeline::spawn(model.encoder, model.backend, limits, model.dir.decision.clone());
                        l.telemetry.emit(Event::ModelSwapped { from: labeler.serving(), to: &info, dir: &dir });
                        labeler.swap(feed, pipeline, info);
                    }
                    Verdict::SameVersion => l.telemetry.emit(Event::ModelUnchanged { dir: &dir, version: &labeler.serving().version }),
                    Verdict::Rejected(why) => l.telemetry.emit(Event::ModelRejected { dir: &dir, error: &why }),
                }
            }
            msg = consumer.recv(), if l.in_flight < cfg.batch.max_in_flight && l.parked.waiting.is_empty() => match msg {
                Ok(m) => {
                    l.receive(&m).await;
                    if l.batch.len() >= cfg.batch.max_reports {
                        l.flush(&labeler).await;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "consume failed; retrying");
                    sleep(Duration::from_millis(200)).await;
                }
            },
        }
    }
    tracing::info!(in_flight = l.tracker.in_flight(), "shutting down: draining in-flight work");
    l.flush(&labeler).await;
    let drain_end = Instant::now() + Duration::from_millis(cfg.kafka.drain_timeout_ms);
    // Parked messages were never started: they stay uncommitted and are read again.
    while l.tracker.in_flight() > l.parked.waiting.len() {
        tokio::select! {
            Some((done, info)) = labeler.next(), if l.in_flight > 0 => {
                l.emit(done, &info, &labeler).await;
                l.commit_transaction(&consumer)?;
            }
            Some((tp, offset)) = ack_rx.recv() => l.tracker.finish(&tp, offset),
            _ = sleep_until(drain_end) => {
                tracing::warn!(abandoned = l.tracker.in_flight(), "drain timeout: in-flight reports will be redelivered");
                break;
            }
        }
    }
    l.commit_transaction(&consumer)?;
    l.store_offsets(&consumer);
    if l.txn.is_some() {
        // Offsets were committed inside the transactions.
    } else if let Err(e) = consumer.commit_consumer_state(CommitMode::Sync) {
        // Nothing stored yet (an empty topic) is not a failure.
        if !matches!(e, KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) {
            tracing::warn!(error = %e, "final commit failed; uncommitted reports will be redelivered");
        }
    }
    let st = l.telemetry.stats.clone();
    tracing::info!(received = st.received, labelled = st.labelled, uncertain = st.uncertain, dead_lettered = st.dead_lettered, skipped_preliminary = st.skipped_preliminary, "connector stopped");
    Ok(st)
}

fn headers_of(m: &BorrowedMessage<'_>) -> Vec<(String, Option<Vec<u8>>)> {
    m.headers().map_or_else(Vec::new, |h| h.iter().map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec))).collect())
}

impl Loop<'_> {
    async fn receive(&mut self, m: &BorrowedMessage<'_>) {
        let src = Source { topic: m.topic().to_string(), partition: m.partition(), offset: m.offset() };
        let tp: Tp = (src.topic.clone(), src.partition);
        self.tracker.receive(&tp, src.offset);
        self.telemetry.emit(Event::Received);
        let original = Original { key: m.key().map(<[u8]>::to_vec), value: m.payload().map(<[u8]>::to_vec), headers: headers_of(m) };
        self.accept(src, original).await;
    }

    /// Decode and batch (or skip, or dead-letter) one message; park it when its writer schema
    /// must be fetched first. Returns false when it was parked.
    async fn accept(&mut self, src: Source, original: Original) -> bool {
        let event = match self.avro.as_ref() {
            None => decode_json(original.value.as_deref()),
            Some(avro) => match avro.decode_now(original.value.as_deref()) {
                Ok(Decoded::Event(ev)) => Ok(ev),
                Ok(Decoded::NeedSchema(id)) => match self.parked.failed.get(&id) {
                    Some(e) => Err(e.clone()),
                    None => {
                        let registry = avro.registry().expect("a schema is needed only with a registry");
                        self.parked.park(src, original, id, &registry);
                        return false;
                    }
                },
                Err(e) => Err(e),
            },
        };
        let tp: Tp = (src.topic.clone(), src.partition);
        let decoded = event.and_then(|ev| {
            if ev.status == Some(ReportStatus::Preliminary) {
                return Err(DecodeError::Preliminary);
            }
            let text = ev.validate(self.cfg.input.max_text_bytes)?;
            Ok((ev, text))
        });
        match decoded {
            Ok((event, text)) => {
                if self.batch.is_empty() {
                    self.deadline = Some(Instant::now() + Duration::from_millis(self.cfg.batch.linger_ms));
                }
                self.batch.push(Item { text: text.clone(), tag: Job { src, original, event, text, attempt: 1, received: Instant::now() } });
            }
            Err(DecodeError::Preliminary) if self.cfg.input.preliminary == Preliminary::Skip => {
                self.telemetry.emit(Event::PreliminarySkipped { src: &src });
                match self.txn.as_mut() {
                    Some(txn) => txn.finished.push((tp, src.offset)), // its position commits with the next transaction
                    None => self.tracker.finish(&tp, src.offset),
                }
            }
            Err(e) => {
                let stage = if matches!(e, DecodeError::Report(_) | DecodeError::MissingReportId | DecodeError::Preliminary) { Stage::Validate } else { Stage::Decode };
                self.dead_letter(&src, &original, stage, e.class(), &e.to_string()).await;
            }
        }
        true
    }

    /// A fetched writer schema (or the registry's failure) came back: learn it, then take the
    /// parked messages again in order until one needs another schema.
    async fn schema_arrived(&mut self, id: u32, result: Result<String, AvroError>, labeler: &AsyncLabeler<Job>) {
        let Some(avro) = self.avro.as_mut() else { return };
        let Some(registry) = avro.registry() else { return };
        if !self.parked.arrived(id, &result, &registry) {
            return;
        }
        if let Ok(text) = &result {
            if let Err(e) = avro.learn(id, text) {
                self.parked.failed.insert(id, e);
            }
        }
        while let Some((src, original)) = self.parked.waiting.pop_front() {
            if !self.accept(src, original).await {
                // Parked again at the back for a new id: it was the front, so order holds.
                let again = self.parked.waiting.pop_back().expect("just parked");
                self.parked.waiting.push_front(again);
                break;
            }
            if self.batch.len() >= self.cfg.batch.max_reports {
                self.flush(labeler).await;
            }
        }
    }

    async fn flush(&mut self, labeler: &AsyncLabeler<Job>) {
        self.deadline = None;
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        self.in_flight += 1;
        self.telemetry.emit(Event::BatchSubmitted { size: batch.len(), in_flight: self.in_flight });
        if !labeler.submit(batch).await {
            tracing::error!("labelling pipeline stopped");
        }
    }

    /// Produce the records of a finished micro-batch, stamped with the model (`info`) that
    /// labelled it.
    async fn emit(&mut self, done: Vec<Done<Job>>, info: &ModelInfo, labeler: &AsyncLabeler<Job>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.telemetry.emit(Event::BatchReturned { in_flight: self.in_flight });
        let mut retry = Vec::new();
        for d in done {
            let job = d.tag;
            match d.result {
                Ok(labelled) => {
                    let key = &job.event.report_id;
                    let mut records = match self.outputs.findings(&self.cfg.kafka.findings_topic, key, &findings_record(&job.event, &labelled, info, &job.src)) {
                        Ok(r) => vec![r],
                        Err(e) => {
                            self.dead_letter(&job.src, &job.original, Stage::Encode, "OutputSchemaMismatch", &e.to_string()).await;
                            continue;
                        }
                    };
                    let route = self.policy.route(&labelled);
                    if let Some(reason) = &route {
                        let case = uncertain_case(&job.event, &job.text, &labelled, info, &job.src, reason);
                        match self.outputs.uncertain(&self.cfg.kafka.uncertain_topic, key, &case) {
                            Ok(r) => records.push(r),
                            Err(e) => {
                                self.dead_letter(&job.src, &job.original, Stage::Encode, "OutputSchemaMismatch", &e.to_string()).await;
                                continue;
                            }
                        }
                    }
                    self.telemetry.emit(Event::Labelled { latency: job.received.elapsed(), routed_to_teacher: route.is_some() });
                    self.produce(&job.src, records).await;
                }
                Err(e) if e.outcome() == Outcome::Retry && job.attempt < MAX_ATTEMPTS => {
                    self.telemetry.emit(Event::LabelRetried { report_id: &job.event.report_id, attempt: job.attempt, error: &e.to_string() });
                    retry.push(Item { text: job.text.clone(), tag: Job { attempt: job.attempt + 1, ..job } });
                }
                Err(e) if e.outcome() == Outcome::Fatal => {
                    // Not acknowledged: the report is read again once the model is fixed.
                    self.model_failure.get_or_insert_with(|| e.to_string());
                }
                Err(e) => {
                    let class = match e.outcome() {
                        Outcome::Retry => "InferenceFailed",
                        _ => "TokenizationFailed",
                    };
                    self.dead_letter(&job.src, &job.original, Stage::Label, class, &e.to_string()).await;
                }
            }
        }
        if !retry.is_empty() {
            self.in_flight += 1;
            labeler.submit(retry).await;
        }
    }

    /// Kafka Connect style: original key, value and headers, plus error context headers.
    async fn dead_letter(&mut self, src: &Source, original: &Original, stage: Stage, class: &str, message: &str) {
        self.telemetry.emit(Event::DeadLettered { src, stage, class, error: message });
        let original = (original.key.clone(), original.value.clone(), original.headers.clone());
        let rec = OutRecord::dead_letter(&self.cfg.kafka.dlq_topic, original, stage.as_str(), class, message, (&src.topic, src.partition, src.offset));
        self.produce(src, vec![rec]).await;
    }

    /// Enqueue in order (keeps per-partition order), then acknowledge the input once every
    /// record is delivered; a failed delivery is re-sent, never dropped.
    async fn produce(&mut self, src: &Source, records: Vec<OutRecord>) {
        if let Some(txn) = self.txn.as_mut() {
            txn.records.extend(records);
            txn.finished.push(((src.topic.clone(), src.partition), src.offset));
            return;
        }
        let mut futures: Vec<(DeliveryFuture, OutRecord)> = Vec::with_capacity(records.len());
        for rec in records {
            let fut = loop {
                match self.producer.send_result(rec.future_record()) {
                    Ok(f) => break f,
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => sleep(Duration::from_millis(5)).await,
                    Err((e, _)) => {
                        tracing::error!(error = %e, topic = %rec.topic, "cannot enqueue record; retrying");
                        sleep(Duration::from_millis(500)).await;
                    }
                }
            };
            futures.push((fut, rec));
        }
        let producer = self.producer.clone();
        let ack = self.ack_tx.clone();
        let tp: Tp = (src.topic.clone(), src.partition);
        let offset = src.offset;
        tokio::spawn(async move {
            join_all(futures.into_iter().map(|(f, rec)| {
                let producer = producer.clone();
                async move {
                    match f.await {
                        Ok(Ok(_)) => {}
                        other => {
                            let why = match other {
                                Ok(Err((e, _))) => e.to_string(),
                                _ => "delivery report lost".into(),
                            };
                            tracing::warn!(error = %why, topic = %rec.topic, "delivery failed; re-sending");
                            let mut backoff = Duration::from_millis(100);
                            while let Err((e, _)) = producer.send(rec.future_record(), Timeout::Never).await {
                                tracing::warn!(error = %e, topic = %rec.topic, "re-send failed; retrying");
                                sleep(backoff).await;
                                backoff = (backoff * 2).min(Duration::from_secs(10));
                            }
                        }
                    }
                }
            }))
            .await;
            let _ = ack.send((tp, offset));
        });
    }

    /// Transactional mode: produce the open transaction's records and commit them together
    /// with the input positions they complete (consume-transform-produce). Any failure aborts
    /// and stops the connector: a restart re-reads from the last committed transaction.
    fn commit_transaction(&mut self, consumer: &StreamConsumer<Context>) -> Result<(), ConnectorError> {
        let Some(txn) = self.txn.as_mut() else { return Ok(()) };
        if txn.records.is_empty() && txn.finished.is_empty() {
            return Ok(());
        }
        let Txn { records, finished } = std::mem::take(txn);
        for (tp, offset) in &finished {
            self.tracker.finish(tp, *offset);
        }
        let positions = self.tracker.committable();
        let producer = self.producer.clone();
        let timeout = Duration::from_millis(self.cfg.kafka.drain_timeout_ms);
        let result = tokio::task::block_in_place(|| -> Result<(), KafkaError> {
            producer.begin_transaction()?;
            for rec in &records {
                loop {
                    match producer.send_result(rec.future_record()) {
                        Ok(_) => break,
                        Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => producer.poll(Duration::from_millis(10)),
                        Err((e, _)) => return Err(e),
                    }
                }
            }
            if !positions.is_empty() {
                let mut tpl = TopicPartitionList::new();
                for ((topic, partition), next) in &positions {
                    tpl.add_partition_offset(topic, *partition, Offset::Offset(*next))?;
                }
                let meta = consumer.group_metadata().ok_or(KafkaError::ConsumerCommit(RDKafkaErrorCode::InvalidGroupId))?;
                producer.send_offsets_to_transaction(&tpl, &meta, timeout)?;
            }
            producer.commit_transaction(timeout)
        });
        if let Err(e) = result {
            let _ = tokio::task::block_in_place(|| producer.abort_transaction(timeout));
            return Err(ConnectorError::Transaction(e));
        }
        Ok(())
    }

    fn store_offsets(&mut self, consumer: &StreamConsumer<Context>) {
        if self.txn.is_some() {
            return; // positions travel inside the transactions
        }
        crate::kafka::consumer::store_finished(consumer, &mut self.tracker);
    }
}
