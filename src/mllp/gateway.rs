//! One HL7 message in, one ACK out: convert, persist (events, or the message itself on the
//! dead-letter topic), and only then acknowledge. The ACK says what happened: AA/CA stored
//! (or deliberately skipped), AE/CE not stored (send again), AR/CR rejected for good (and
//! parked on the dead-letter topic).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Instant;

use super::sink::Sink;
use crate::events::avro::{encode_event, EncodeError};
use crate::config::{Config, WireFormat};
use crate::events::ReportEvent;
use crate::kafka::OutRecord;
use crate::hl7::ack::{self, AckError, AckHeader, AckResult, Severity};
use crate::hl7::batch;
use crate::hl7::charset::{self, Charset};
use crate::hl7::frame::FrameError;
use crate::hl7::mapping::Mapped;
use crate::hl7::{convert, ConvertOptions, Hl7Error};
use crate::metrics::GatewayMetrics;
use super::telemetry::{emit, GatewayEvent};
use super::tls::SenderAllowlist;

pub struct Gateway {
    sink: Arc<dyn Sink>,
    opts: ConvertOptions,
    reports_topic: String,
    dlq_topic: String,
    /// Avro schema id when the reports topic carries Avro.
    avro_id: Option<u32>,
    ack_prefix: String,
    ack_seq: AtomicU64,
    /// Which client certificates may send as which application (empty: no check).
    allow: SenderAllowlist,
    pub metrics: GatewayMetrics,
}

/// Where a message came from: the peer address, and the client certificate's names when the
/// listener requires one.
struct From<'a> {
    peer: &'a str,
    subjects: Option<&'a [String]>,
}

/// What became of one message (for logs and tests).
struct Handled {
    result: AckResult,
    /// ERR segments: the reason of a failed message, or warnings for the orders rejected
    /// inside an accepted one.
    errors: Vec<AckError>,
}

impl Handled {
    /// Not stored: AE with an "application internal error" (table 0357 code 207).
    fn retry(message: String) -> Handled {
        Handled { result: AckResult::Retry, errors: vec![AckError { code: 207, location: String::new(), message, severity: Severity::Error }] }
    }
}

impl Gateway {
    pub fn new(cfg: &Config, sink: Arc<dyn Sink>) -> Gateway {
        let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Gateway {
            sink,
            opts: ConvertOptions { default_charset: cfg.mllp.default_charset, preliminary: cfg.mllp.preliminary, accept: cfg.mllp.accept },
            reports_topic: cfg.kafka.reports_topic.clone(),
            dlq_topic: cfg.kafka.dlq_topic.clone(),
            // Without a registry: the first local id (with one, `with_avro_id` sets the registered id).
            avro_id: (cfg.input.format == WireFormat::Avro).then(|| cfg.input.avro_local_ids.first().copied()).flatten(),
            // Unique across restarts without shared state: start second + sequence.
            ack_prefix: format!("RL{started:x}-"),
            ack_seq: AtomicU64::new(0),
            allow: SenderAllowlist(cfg.mllp.tls_client_allow.clone()),
            metrics: GatewayMetrics::default(),
        }
    }

    /// Write Avro events under `id` (the one the registry gave the event schema).
    pub fn with_avro_id(mut self, id: u32) -> Gateway {
        self.avro_id = Some(id);
        self
    }

    /// A frame (or framing problem) from `peer` on a connection without a client certificate.
    pub async fn handle(&self, item: Result<Vec<u8>, FrameError>, peer: &str) -> Option<Vec<u8>> {
        self.handle_from(item, peer, None).await
    }

    /// A frame from `peer`, whose client certificate (if one was required) names `subjects`;
    /// returns the ACK to send, if any.
    pub async fn handle_from(&self, item: Result<Vec<u8>, FrameError>, peer: &str, subjects: Option<&[String]>) -> Option<Vec<u8>> {
        let from = From { peer, subjects };
        match item {
            Ok(bytes) if batch::is_batch(&bytes) => self.batch(&bytes, &from).await,
            Ok(bytes) => self.message(&bytes, None, &from).await,
            Err(FrameError::Oversize { bytes, limit, prefix }) => {
                // The start of the frame names the sender and MSH-10: reject it by name.
                let err = Hl7Error::TooLarge { bytes, limit };
                self.message(&prefix, Some(err), &from).await
            }
            Err(e) => {
                // No complete message: nothing to acknowledge; the sender times out and resends.
                emit(&self.metrics, GatewayEvent::FrameProblem { peer, error: &e, context: "frame" });
                None
            }
        }
    }

    /// A batch in one frame: each message handled (stored, then acknowledged) in order, and
    /// one frame back with their ACKs in a BHS/BTS envelope. Messages that ask for no ACK
    /// (MSH-15) have none in it; the envelope is sent even when empty, so the sender is never
    /// left waiting.
    async fn batch(&self, bytes: &[u8], from: &From<'_>) -> Option<Vec<u8>> {
        let peer = from.peer;
        let unbatched = batch::unbatch(bytes);
        if unbatched.stray_bytes > 0 {
            emit(&self.metrics, GatewayEvent::FrameProblem { peer, error: &FrameError::Garbage { bytes: unbatched.stray_bytes }, context: "between the messages of a batch" });
        }
        if let Some(n) = unbatched.declared.filter(|&n| n != unbatched.messages.len()) {
            tracing::warn!(peer, declared = n, found = unbatched.messages.len(), "batch trailer (BTS-1) disagrees with the messages in the batch");
        }
        let mut acks = Vec::with_capacity(unbatched.messages.len());
        for m in &unbatched.messages {
            acks.extend(self.message(m, None, from).await);
        }
        let (fs, enc) = batch::header_delimiters(bytes);
        Some(batch::batch_ack(&acks, &ack::now_ts(), fs, &enc))
    }

    /// Counts for the log line at exit.
    pub fn summary(&self) -> String {
        let m = &self.metrics;
        let c = |f, k, v| GatewayMetrics::count(f, k, v);
        format!(
            "connections={} refused={} accepted={} retry={} rejected={} events={} skipped={} frame_errors={}",
            m.connections.get(),
            m.connections_refused.get(),
            c(&m.messages, "result", "accepted"),
            c(&m.messages, "result", "retry"),
            c(&m.messages, "result", "rejected"),
            m.events.get(),
            c(&m.orders_skipped, "reason", "preliminary") + c(&m.orders_skipped, "reason", "cancelled"),
            ["garbage", "missing_end", "truncated"].iter().map(|k| c(&m.frame_errors, "kind", k)).sum::<u64>(),
        )
    }

    /// `forced`: an error found before parsing (the frame was too large; `bytes` is its start).
    async fn message(&self, bytes: &[u8], forced: Option<Hl7Error>, from: &From<'_>) -> Option<Vec<u8>> {
        let started = Instant::now();
        let peer = from.peer;
        let header = AckHeader::from_message(bytes);
        // Who may send as this application is decided before anything of the message is used.
        let forced = forced.or_else(|| self.allow.check(header.sending_application(), from.subjects).err().map(Hl7Error::SenderNotAllowed));
        let outcome = match forced {
            Some(e) => Err(e),
            None => convert(bytes, self.opts),
        };
        let handled = match outcome {
            Ok(mapped) => self.store(mapped, &header, bytes, peer).await,
            Err(e) => self.reject(&e, &header, bytes, peer).await,
        };
        let control_id = header.control_id();
        let first_error = handled.errors.first().map_or("", |e| e.message.as_str());
        let acked = header.wants_ack(handled.result);
        let ack = acked.then(|| {
            let ack_id = format!("{}{}", self.ack_prefix, self.ack_seq.fetch_add(1, Relaxed));
            ack::build(&header, handled.result, &handled.errors, &ack_id, &ack::now_ts(), ack_charset(bytes, self.opts.default_charset))
        });
        let latency = acked.then(|| started.elapsed());
        emit(&self.metrics, GatewayEvent::MessageHandled { peer, control_id, result: handled.result, first_error, acked, latency });
        ack
    }

    /// Store a message's events, and its rejected orders on the dead-letter topic, in one
    /// persist; AA once all is stored. A message none of whose orders is usable is rejected as
    /// a whole (AR); one with some rejected orders is accepted with a warning per rejected order
    /// (resending it would give the same result, and its valid reports must not wait).
    async fn store(&self, mapped: Vec<Mapped>, header: &AckHeader, bytes: &[u8], peer: &str) -> Handled {
        let mut records = Vec::new();
        let mut skipped = Vec::new();
        let mut rejected = Vec::new();
        for m in mapped {
            match m {
                Mapped::Event(ev) => match self.encode(&ev) {
                    Ok(value) => records.push(OutRecord { topic: self.reports_topic.clone(), key: Some(ev.report_id.clone().into_bytes()), value: Some(value), headers: Vec::new() }),
                    Err(e) => return Handled::retry(format!("cannot encode the report event: {e}")),
                },
                Mapped::Skipped { report_id, reason } => skipped.push((report_id, reason.as_str())),
                Mapped::Rejected { order, error } => rejected.push((order, error)),
            }
        }
        if !rejected.is_empty() && records.is_empty() && skipped.is_empty() {
            let errors: Vec<&Hl7Error> = rejected.iter().map(|(_, e)| e).collect();
            return self.reject_all(&errors, header, bytes, peer).await;
        }
        let events = records.len() as u64;
        records.extend(rejected.iter().map(|(order, e)| self.dead_letter(e, header, bytes, peer, Some(*order))));
        if !records.is_empty() {
            if let Err(e) = self.sink.persist(records).await {
                return Handled::retry(e.to_string());
            }
        }
        emit(&self.metrics, GatewayEvent::EventsStored { count: events });
        for (report_id, reason) in &skipped {
            emit(&self.metrics, GatewayEvent::OrderSkipped { report_id, reason });
        }
        for (order, e) in &rejected {
            emit(&self.metrics, GatewayEvent::OrderDeadLettered { peer, control_id: header.control_id(), order: *order, error: &e.to_string() });
        }
        let errors = rejected.iter().map(|(_, e)| AckError { severity: Severity::Warning, ..e.ack_error() }).collect();
        Handled { result: AckResult::Accepted, errors }
    }

    fn encode(&self, ev: &ReportEvent) -> Result<Vec<u8>, EncodeError> {
        match self.avro_id {
            Some(id) => encode_event(ev, id),
            None => serde_json::to_vec(ev).map_err(|e| EncodeError::Mismatch(e.to_string())),
        }
    }

    /// Park the message on the dead-letter topic, then reject it. If the dead-letter topic
    /// cannot take it, the sender gets AE instead, so the message is never lost.
    async fn reject(&self, e: &Hl7Error, header: &AckHeader, original: &[u8], peer: &str) -> Handled {
        self.reject_all(&[e], header, original, peer).await
    }

    /// `errors`: every reason the message fails (one per order when each was rejected).
    async fn reject_all(&self, errors: &[&Hl7Error], header: &AckHeader, original: &[u8], peer: &str) -> Handled {
        let rec = self.dead_letter(errors[0], header, original, peer, None);
        match self.sink.persist(vec![rec]).await {
            Ok(()) => Handled { result: AckResult::Reject, errors: errors.iter().map(|e| e.ack_error()).collect() },
            Err(se) => Handled::retry(format!("{}; and the dead-letter topic did not take it: {se}", errors[0])),
        }
    }

    /// The dead-letter record of a message (or of one of its orders, `order`): the bytes as
    /// received, the reason in headers.
    fn dead_letter(&self, e: &Hl7Error, header: &AckHeader, original: &[u8], peer: &str, order: Option<usize>) -> OutRecord {
        let mut headers = vec![
            ("radlabel.error.stage", "hl7".to_string()),
            ("radlabel.error.class", e.class().to_string()),
            ("radlabel.error.message", e.to_string()),
            ("radlabel.error.peer", peer.to_string()),
            ("radlabel.hl7.control_id", header.control_id().to_string()),
        ];
        if let Some(n) = order {
            headers.push(("radlabel.hl7.order", n.to_string()));
        }
        if matches!(e, Hl7Error::TooLarge { .. }) {
            // Only the frame's first bytes were kept.
            headers.push(("radlabel.error.truncated", "true".into()));
        }
        OutRecord {
            topic: self.dlq_topic.clone(),
            key: (!header.control_id().is_empty()).then(|| header.control_id().as_bytes().to_vec()),
            value: Some(original.to_vec()),
            headers: headers.into_iter().map(|(k, v)| (k.to_string(), Some(v.into_bytes()))).collect(),
        }
    }
}

/// The ACK goes out in the message's character set; when that is unsupported, ASCII (a
/// subset of every set the sender might expect).
fn ack_charset(bytes: &[u8], default: Charset) -> Charset {
    charset::declared(bytes, default).unwrap_or(Charset::Ascii)
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_trait::async_trait;
    use std::sync::Mutex;

    use crate::mllp::sink::SinkError;

    /// A broker stand-in that stores records, or refuses some topics (unit level; the real
    /// broker is exercised in tests/mllp_gateway.rs).
    #[derive(Default)]
    struct Memory {
        stored: Mutex<Vec<OutRecord>>,
        refuse: Vec<String>,
    }

    #[async_trait]
    impl Sink for Memory {
        async fn persist(&self, records: Vec<OutRecord>) -> Result<(), SinkError> {
            if let Some(r) = records.iter().find(|r| self.refuse.contains(&r.topic)) {
                return Err(SinkError { topic: r.topic.clone(), reason: "refused".into() });
            }
            self.stored.lock().unwrap().extend(records);
            Ok(())
        }
    }

    fn gateway(refuse: &[&str]) -> (Gateway, Arc<Memory>) {
        let sink = Arc::new(Memory { refuse: refuse.iter().map(|s| s.to_string()).collect(), ..Memory::default() });
        (Gateway::new(&Config::default(), sink.clone()), sink)
    }

    const ORU: &str = "MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|C1|P|2.5\rOBR|1||ACC1|71046^XR CHEST^CPT|||||||||||||||||||||F\rOBX|1|TX|||Lungs clear.||||||F";

    fn msa(ack: &[u8]) -> String {
        String::from_utf8_lossy(ack).split('\r').nth(1).unwrap().to_string()
    }

    #[tokio::test]
    async fn acknowledged_only_after_the_event_is_stored() {
        let (g, sink) = gateway(&[]);
        let ack = g.handle(Ok(ORU.as_bytes().to_vec()), "t").await.unwrap();
        assert_eq!(msa(&ack), "MSA|AA|C1");
        let stored = sink.stored.lock().unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].topic, "radiology.reports");
        assert_eq!(stored[0].key.as_deref(), Some(&b"ACC1"[..]));
        let ev: ReportEvent = serde_json::from_slice(stored[0].value.as_ref().unwrap()).unwrap();
        assert_eq!(ev.text.as_deref(), Some("Lungs clear."));
    }

    #[tokio::test]
    async fn broker_refusal_gives_ae() {
        let (g, sink) = gateway(&["radiology.reports"]);
        let ack = g.handle(Ok(ORU.as_bytes().to_vec()), "t").await.unwrap();
        assert!(msa(&ack).starts_with("MSA|AE|C1|"), "{}", msa(&ack));
        assert!(String::from_utf8_lossy(&ack).contains("\rERR||"));
        assert!(sink.stored.lock().unwrap().is_empty());
        assert_eq!(GatewayMetrics::count(&g.metrics.messages, "result", "retry"), 1);
    }

    #[tokio::test]
    async fn unparseable_message_is_rejected_and_dead_lettered_with_its_bytes() {
        let (g, sink) = gateway(&[]);
        let bad = "MSH|^~\\&|RIS|H|RL|H|2026||ADT^A01|C2|P|2.5\rPID|1";
        let ack = g.handle(Ok(bad.as_bytes().to_vec()), "peer1").await.unwrap();
        let text = String::from_utf8_lossy(&ack).to_string();
        assert!(msa(&ack).starts_with("MSA|AR|C2|"), "{text}");
        assert!(text.contains("ERR||MSH^1^9|200^Unsupported message type^HL70357|E"), "{text}");
        let stored = sink.stored.lock().unwrap();
        assert_eq!(stored[0].topic, "radiology.dlq");
        assert_eq!(stored[0].value.as_deref(), Some(bad.as_bytes()));
        let class = stored[0].headers.iter().find(|(k, _)| k == "radlabel.error.class").unwrap().1.clone().unwrap();
        assert_eq!(class, b"UnsupportedMessageType");
    }

    #[tokio::test]
    async fn rejection_that_cannot_be_parked_is_ae_not_ar() {
        let (g, _) = gateway(&["radiology.dlq"]);
        let ack = g.handle(Ok(b"MSH|^~\\&|R|H|RL|H|2026||ADT^A01|C3|P|2.5".to_vec()), "t").await.unwrap();
        assert!(msa(&ack).starts_with("MSA|AE|C3"), "{}", msa(&ack));
    }

    #[tokio::test]
    async fn skipped_preliminary_is_acknowledged_without_an_event() {
        let (g, sink) = gateway(&["radiology.reports"]);
        let prelim = ORU.replace("||F\rOBX", "||P\rOBX");
        let ack = g.handle(Ok(prelim.into_bytes()), "t").await.unwrap();
        assert_eq!(msa(&ack), "MSA|AA|C1");
        assert!(sink.stored.lock().unwrap().is_empty());
        assert_eq!(GatewayMetrics::count(&g.metrics.orders_skipped, "reason", "preliminary"), 1);
    }

    #[tokio::test]
    async fn oversize_frame_is_rejected_by_its_control_id() {
        let (g, sink) = gateway(&[]);
        let prefix = ORU.as_bytes()[..40].to_vec();
        let ack = g.handle(Err(FrameError::Oversize { bytes: 5_000_000, limit: 1_048_576, prefix }), "t").await.unwrap();
        assert!(msa(&ack).starts_with("MSA|AR|C1|MLLP frame of 5000000 bytes exceeds"), "{}", msa(&ack));
        let stored = sink.stored.lock().unwrap();
        assert!(stored[0].headers.iter().any(|(k, v)| k == "radlabel.error.truncated" && v.as_deref() == Some(&b"true"[..])));
    }

    #[tokio::test]
    async fn framing_noise_gets_no_ack() {
        let (g, _) = gateway(&[]);
        assert_eq!(g.handle(Err(FrameError::Garbage { bytes: 3 }), "t").await, None);
        assert_eq!(GatewayMetrics::count(&g.metrics.frame_errors, "kind", "garbage"), 1);
    }

    #[tokio::test]
    async fn a_bad_order_is_dead_lettered_and_the_good_one_published() {
        let (g, sink) = gateway(&[]);
        let two = ORU.replace("\rOBX|1|TX|||Lungs clear.||||||F", "\rOBX|1|NM|DOSE||5||||||F\rOBR|2||ACC2|71046^XR CHEST^CPT|||||||||||||||||||||F\rOBX|1|TX|||Lungs clear.||||||F");
        let ack = g.handle(Ok(two.clone().into_bytes()), "t").await.unwrap();
        let text = String::from_utf8_lossy(&ack).to_string();
        assert_eq!(msa(&ack), "MSA|AA|C1", "{text}");
        assert!(text.contains("|W||||report ACC1: no report text"), "a warning names the rejected order: {text}");
        let stored = sink.stored.lock().unwrap();
        assert_eq!(stored.iter().map(|r| r.topic.as_str()).collect::<Vec<_>>(), ["radiology.reports", "radiology.dlq"]);
        assert_eq!(stored[0].key.as_deref(), Some(&b"ACC2"[..]));
        assert!(stored[1].headers.iter().any(|(k, v)| k == "radlabel.hl7.order" && v.as_deref() == Some(&b"1"[..])));
        assert_eq!(g.metrics.orders_rejected.get(), 1);
        drop(stored);
        // Every order bad: the message is rejected as a whole.
        let (g, _) = gateway(&[]);
        let bad = two.replace("|TX|||Lungs clear.", "|NM|||7");
        assert!(msa(&g.handle(Ok(bad.into_bytes()), "t").await.unwrap()).starts_with("MSA|AR|C1|"));
    }

    #[tokio::test]
    async fn a_framed_batch_gets_a_batch_of_acks() {
        let (g, sink) = gateway(&[]);
        let second = ORU.replace("|C1|", "|C2|").replace("ACC1", "ACC2");
        let batch = format!("FHS|^~\\&|RIS|H\rBHS|^~\\&|RIS|H\r{ORU}\r{second}\rBTS|2\rFTS|1");
        let ack = String::from_utf8(g.handle(Ok(batch.into_bytes()), "t").await.unwrap()).unwrap();
        let segs: Vec<&str> = ack.trim_end().split('\r').collect();
        assert!(segs[0].starts_with("BHS|^~\\&|RADLABEL"), "{ack}");
        assert_eq!(segs.iter().filter(|s| s.starts_with("MSA|AA|")).count(), 2, "{ack}");
        assert_eq!(segs.last(), Some(&"BTS|2"));
        let keys: Vec<_> = sink.stored.lock().unwrap().iter().map(|r| r.key.clone().unwrap()).collect();
        assert_eq!(keys, [b"ACC1".to_vec(), b"ACC2".to_vec()], "the envelope is no message; BTS is not glued to the last one");
    }

    #[tokio::test]
    async fn lab_results_get_aa_and_no_event() {
        let (g, sink) = gateway(&[]);
        let lab = ORU.replace("71046^XR CHEST^CPT", "548-8^Bordetella pertussis DNA^LN");
        assert_eq!(msa(&g.handle(Ok(lab.into_bytes()), "t").await.unwrap()), "MSA|AA|C1");
        assert!(sink.stored.lock().unwrap().is_empty());
        assert_eq!(GatewayMetrics::count(&g.metrics.orders_skipped, "reason", "not_radiology"), 1);
    }

    #[tokio::test]
    async fn enhanced_mode_commit_ack_and_never_when_asked() {
        let (g, _) = gateway(&[]);
        let enhanced = ORU.replace("|C1|P|2.5", "|C1|P|2.5|||AL|NE");
        assert_eq!(msa(&g.handle(Ok(enhanced.into_bytes()), "t").await.unwrap()), "MSA|CA|C1");
        let never = ORU.replace("|C1|P|2.5", "|C1|P|2.5|||NE|NE");
        assert_eq!(g.handle(Ok(never.into_bytes()), "t").await, None);
    }
}
