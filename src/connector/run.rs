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

use crate::events::avro::{AvroDecoder, AvroError};
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

/// The input message as received, kept for the dead-letter topic.
#[derive(Clone)]
struct Original {
    key: Option<Vec<u8>>,
    value: Option<Vec<u8>>,
    headers: Vec<(String, Option<Vec<u8>>)>,
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
    info: ModelInfo,
    stats: Stats,
    metrics: ConnectorMetrics,
    batch: Vec<Item<Job>>,
    deadline: Option<Instant>,
    in_flight: usize,
    avro: Option<AvroDecoder>,
    /// Transactional mode: records and finished inputs of the open transaction.
    txn: Option<Txn>,
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
    // Avro outputs need their schema ids before the first record; an outage is waited out,
    // and SIGTERM still stops the wait.
    let outputs = tokio::select! {
        o = Outputs::from_config(cfg) => o?,
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
    let (feed, pipeline) = Pipeline::spawn(model.encoder, model.backend, limits, model.dir.thresholds.clone());
    let mut labeler = AsyncLabeler::new(feed, pipeline);
    let mut l = Loop {
        cfg,
        producer,
        tracker: OffsetTracker::default(),
        ack_tx,
        policy: cfg.routing_policy(),
        info,
        stats: Stats::default(),
        metrics,
        batch: Vec::new(),
        deadline: None,
        in_flight: 0,
        avro: match cfg.input.format {
            WireFormat::Avro => Some(AvroDecoder::with_http(&cfg.input.schema_registry_url, &cfg.input.registry_http(), &cfg.input.avro_local_ids)?),
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
    tracing::info!(topic = %cfg.kafka.reports_topic, group = %cfg.kafka.group_id, brokers = %cfg.kafka.brokers, "connector started");
    loop {
        tokio::select! {
            biased;
            _ = &mut shutdown => {
                health.draining();
                break;
            }
            done = labeler.next() => {
                let Some(done) = done else {
                    health.died("labelling pipeline", "its threads stopped");
                    return Err(ConnectorError::PipelineStopped);
                };
                l.emit(done, &labeler).await;
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
            }
            _ = sleep_until(l.deadline.unwrap_or_else(Instant::now)), if l.deadline.is_some() => l.flush(&labeler).await,
            _ = commit_tick.tick() => {
                l.commit_transaction(&consumer)?; // dead letters and skips between batches
                l.store_offsets(&consumer);
            }
            msg = consumer.recv(), if l.in_flight < cfg.batch.max_in_flight => match msg {
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
    while l.tracker.in_flight() > 0 {
        tokio::select! {
            Some(done) = labeler.next(), if l.in_flight > 0 => {
                l.emit(done, &labeler).await;
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
    tracing::info!(received = l.stats.received, labelled = l.stats.labelled, uncertain = l.stats.uncertain, dead_lettered = l.stats.dead_lettered, skipped_preliminary = l.stats.skipped_preliminary, "connector stopped");
    Ok(l.stats)
}

fn headers_of(m: &BorrowedMessage<'_>) -> Vec<(String, Option<Vec<u8>>)> {
    m.headers().map_or_else(Vec::new, |h| h.iter().map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec))).collect())
}

impl Loop<'_> {
    async fn receive(&mut self, m: &BorrowedMessage<'_>) {
        let src = Source { topic: m.topic().to_string(), partition: m.partition(), offset: m.offset() };
        let tp: Tp = (src.topic.clone(), src.partition);
        self.tracker.receive(&tp, src.offset);
        self.stats.received += 1;
        self.metrics.received.inc();
        let original = Original { key: m.key().map(<[u8]>::to_vec), value: m.payload().map(<[u8]>::to_vec), headers: headers_of(m) };
        let Some(event) = self.decode(m.payload(), &src).await else {
            return; // left in flight: redelivered after a restart
        };
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
                self.stats.skipped_preliminary += 1;
                self.metrics.skipped.get_or_create(&[("reason", "preliminary")]).inc();
                tracing::debug!(partition = src.partition, offset = src.offset, "preliminary report skipped");
                match self.txn.as_mut() {
                    Some(txn) => txn.finished.push((tp, src.offset)), // its position commits with the next transaction
                    None => self.tracker.finish(&tp, src.offset),
                }
            }
            Err(e) => {
                let stage = if matches!(e, DecodeError::Report(_) | DecodeError::MissingReportId | DecodeError::Preliminary) { "validate" } else { "decode" };
                self.dead_letter(&src, &original, stage, e.class(), &e.to_string()).await;
            }
        }
    }

    /// `None` when the schema registry stayed unreachable for the drain timeout: the message
    /// is fine, so it is neither labelled nor dead-lettered, and its offset is never committed.
    async fn decode(&mut self, payload: Option<&[u8]>, src: &Source) -> Option<Result<ReportEvent, DecodeError>> {
        let Some(avro) = self.avro.as_mut() else {
            return Some(decode_json(payload));
        };
        let give_up = Instant::now() + Duration::from_millis(self.cfg.kafka.drain_timeout_ms);
        let mut backoff = Duration::from_millis(200);
        loop {
            match avro.decode(payload).await {
                Ok(ev) => return Some(Ok(ev)),
                Err(AvroError::Decode(e)) => return Some(Err(e)),
                Err(AvroError::RegistryUnavailable(why)) if Instant::now() < give_up => {
                    tracing::warn!(error = %why, partition = src.partition, offset = src.offset, "schema registry unavailable; retrying");
                    sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
                Err(AvroError::RegistryUnavailable(why)) => {
                    tracing::error!(error = %why, partition = src.partition, offset = src.offset, "report left unprocessed: it will be redelivered after a restart");
                    return None;
                }
            }
        }
    }

    async fn flush(&mut self, labeler: &AsyncLabeler<Job>) {
        self.deadline = None;
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        self.metrics.batch_size.observe(batch.len() as f64);
        self.in_flight += 1;
        self.metrics.batches_in_flight.set(self.in_flight as i64);
        if !labeler.submit(batch).await {
            tracing::error!("labelling pipeline stopped");
        }
    }

    async fn emit(&mut self, done: Vec<Done<Job>>, labeler: &AsyncLabeler<Job>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.metrics.batches_in_flight.set(self.in_flight as i64);
        let mut retry = Vec::new();
        for d in done {
            let job = d.tag;
            match d.result {
                Ok(labelled) => {
                    let key = &job.event.report_id;
                    let mut records = match self.outputs.findings(&self.cfg.kafka.findings_topic, key, &findings_record(&job.event, &labelled, &self.info, &job.src)) {
                        Ok(r) => vec![r],
                        Err(e) => {
                            self.dead_letter(&job.src, &job.original, "encode", "OutputSchemaMismatch", &e.to_string()).await;
                            continue;
                        }
                    };
                    let route = self.policy.route(&labelled);
                    if let Some(reason) = &route {
                        let case = uncertain_case(&job.event, &job.text, &labelled, &self.info, &job.src, reason);
                        match self.outputs.uncertain(&self.cfg.kafka.uncertain_topic, key, &case) {
                            Ok(r) => records.push(r),
                            Err(e) => {
                                self.dead_letter(&job.src, &job.original, "encode", "OutputSchemaMismatch", &e.to_string()).await;
                                continue;
                            }
                        }
                        self.stats.uncertain += 1;
                        self.metrics.uncertain.inc();
                    }
                    self.stats.labelled += 1;
                    self.metrics.labelled.inc();
                    self.metrics.label_latency.observe(job.received.elapsed().as_secs_f64());
                    self.produce(&job.src, records).await;
                }
                Err(e) if e.outcome() == Outcome::Retry && job.attempt < MAX_ATTEMPTS => {
                    tracing::warn!(error = %e, attempt = job.attempt, report_id = %job.event.report_id, "labelling failed; retrying");
                    retry.push(Item { text: job.text.clone(), tag: Job { attempt: job.attempt + 1, ..job } });
                }
                Err(e) => {
                    let class = match e.outcome() {
                        Outcome::Retry => "InferenceFailed",
                        _ => "TokenizationFailed",
                    };
                    self.dead_letter(&job.src, &job.original, "label", class, &e.to_string()).await;
                }
            }
        }
        if !retry.is_empty() {
            self.in_flight += 1;
            labeler.submit(retry).await;
        }
    }

    /// Kafka Connect style: original key, value and headers, plus error context headers.
    async fn dead_letter(&mut self, src: &Source, original: &Original, stage: &str, class: &str, message: &str) {
        self.stats.dead_lettered += 1;
        let stage_label = match stage {
            "decode" => "decode",
            "validate" => "validate",
            _ => "label",
        };
        self.metrics.dead_lettered.get_or_create(&[("stage", stage_label)]).inc();
        tracing::warn!(stage, class, partition = src.partition, offset = src.offset, error = message, "dead-lettered");
        let mut headers = original.headers.clone();
        for (k, v) in [
            ("radlabel.error.stage", stage.to_string()),
            ("radlabel.error.class", class.to_string()),
            ("radlabel.error.message", message.to_string()),
            ("radlabel.error.topic", src.topic.clone()),
            ("radlabel.error.partition", src.partition.to_string()),
            ("radlabel.error.offset", src.offset.to_string()),
        ] {
            headers.push((k.to_string(), Some(v.into_bytes())));
        }
        let rec = OutRecord { topic: self.cfg.kafka.dlq_topic.clone(), key: original.key.clone(), value: original.value.clone(), headers };
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
        let positions = self.tracker.committable();
        if positions.is_empty() {
            return;
        }
        let mut tpl = TopicPartitionList::new();
        for ((topic, partition), next) in &positions {
            // Explicit lists are stored as given: `next` is already last finished + 1.
            let _ = tpl.add_partition_offset(topic, *partition, Offset::Offset(*next));
        }
        if let Err(e) = consumer.store_offsets(&tpl) {
            tracing::debug!(error = %e, "storing offsets failed (partition revoked?)");
        }
    }
}
