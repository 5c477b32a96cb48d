//! One event per thing that happens in the connector; each event logs, counts and updates the
//! run's statistics in one place, with label values from fixed sets (Vector's internal events
//! are the model). The consumer loop says what happened; it never touches a counter itself.

use std::time::Duration;

use super::run::Stats;
use crate::events::Source;
use crate::io::output::ModelInfo;
use crate::metrics::ConnectorMetrics;

/// Where in the connector a message failed: the `stage` label and dead-letter header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The bytes are not a report event (UTF-8, JSON, Avro, schema id).
    Decode,
    /// A report event that cannot be labelled (no id, no text, too long, preliminary).
    Validate,
    /// Tokenization or inference failed for good.
    Label,
    /// The labelled record does not fit the output schema.
    Encode,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Decode => "decode",
            Stage::Validate => "validate",
            Stage::Label => "label",
            Stage::Encode => "encode",
        }
    }
}

/// What happened.
pub enum Event<'a> {
    Received,
    PreliminarySkipped { src: &'a Source },
    /// A report's records were handed to the producer `latency` after it was received.
    Labelled { latency: Duration, routed_to_teacher: bool },
    DeadLettered { src: &'a Source, stage: Stage, class: &'a str, error: &'a str },
    /// A micro-batch went to the labelling threads, or came back; `in_flight` after it.
    BatchSubmitted { size: usize, in_flight: usize },
    BatchReturned { in_flight: usize },
    LabelRetried { report_id: &'a str, attempt: u32, error: &'a str },
    /// A new model version from the watched directory labels from the next micro-batch on.
    ModelSwapped { from: &'a ModelInfo, to: &'a ModelInfo, dir: &'a str },
    /// The watched directory was replaced by the version already serving.
    ModelUnchanged { dir: &'a str, version: &'a str },
    /// The watched directory holds a model that cannot serve; the old one keeps serving.
    ModelRejected { dir: &'a str, error: &'a str },
}

/// The owner of the run's counters: statistics returned at exit and the Prometheus metrics.
pub struct Telemetry {
    /// What `run` returns (and logs at exit).
    pub stats: Stats,
    /// The same facts for `/metrics`.
    metrics: ConnectorMetrics,
}

impl Telemetry {
    pub fn new(metrics: ConnectorMetrics) -> Telemetry {
        Telemetry { stats: Stats::default(), metrics }
    }

    pub fn emit(&mut self, e: Event<'_>) {
        let (s, m) = (&mut self.stats, &self.metrics);
        match e {
            Event::Received => {
                s.received += 1;
                m.received.inc();
            }
            Event::PreliminarySkipped { src } => {
                s.skipped_preliminary += 1;
                m.skipped.get_or_create(&[("reason", "preliminary")]).inc();
                tracing::debug!(partition = src.partition, offset = src.offset, "preliminary report skipped");
            }
            Event::Labelled { latency, routed_to_teacher } => {
                s.labelled += 1;
                m.labelled.inc();
                m.label_latency.observe(latency.as_secs_f64());
                if routed_to_teacher {
                    s.uncertain += 1;
                    m.uncertain.inc();
                }
            }
            Event::DeadLettered { src, stage, class, error } => {
                s.dead_lettered += 1;
                m.dead_lettered.get_or_create(&[("stage", stage.as_str())]).inc();
                tracing::warn!(stage = stage.as_str(), class, partition = src.partition, offset = src.offset, error, "dead-lettered");
            }
            Event::BatchSubmitted { size, in_flight } => {
                m.batch_size.observe(size as f64);
                m.batches_in_flight.set(in_flight as i64);
            }
            Event::BatchReturned { in_flight } => {
                m.batches_in_flight.set(in_flight as i64);
            }
            Event::LabelRetried { report_id, attempt, error } => {
                tracing::warn!(error, attempt, report_id, "labelling failed; retrying");
            }
            Event::ModelSwapped { from, to, dir } => {
                m.model_reloads.get_or_create(&[("result", "swapped")]).inc();
                m.model_loaded(&to.name, &to.version, &to.variant);
                tracing::info!(from = %from.version, to = %to.version, name = %to.name, dir, "model swapped: batches from now on are labelled by the new version");
            }
            Event::ModelUnchanged { dir, version } => {
                m.model_reloads.get_or_create(&[("result", "unchanged")]).inc();
                tracing::info!(dir, version, "model directory replaced by the version already serving; nothing to swap");
            }
            Event::ModelRejected { dir, error } => {
                m.model_reloads.get_or_create(&[("result", "rejected")]).inc();
                tracing::error!(dir, error, "new model directory rejected; the current model keeps serving");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_event_counts_and_logs_in_one_place() {
        let metrics = ConnectorMetrics::default();
        let mut t = Telemetry::new(metrics.clone());
        let src = Source { topic: "t".into(), partition: 1, offset: 2 };
        t.emit(Event::Received);
        t.emit(Event::Received);
        t.emit(Event::Labelled { latency: Duration::from_millis(5), routed_to_teacher: true });
        t.emit(Event::DeadLettered { src: &src, stage: Stage::Encode, class: "OutputSchemaMismatch", error: "x" });
        t.emit(Event::PreliminarySkipped { src: &src });
        assert_eq!((t.stats.received, t.stats.labelled, t.stats.uncertain, t.stats.dead_lettered, t.stats.skipped_preliminary), (2, 1, 1, 1, 1));
        assert_eq!((metrics.received.get(), metrics.labelled.get(), metrics.uncertain.get()), (2, 1, 1));
        assert_eq!(metrics.dead_lettered.get_or_create(&[("stage", "encode")]).get(), 1, "each stage its own label value");
    }
}
