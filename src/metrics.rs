//! Prometheus metrics (`radlabel_<noun>_<unit>`, labels from small fixed sets) and the HTTP
//! endpoint that serves them: `GET /metrics` (OpenMetrics text) and `GET /healthz`.
//! Off unless `metrics.listen` (or `--metrics-listen`) is set; each process gets its own port.

use std::future::Future;
use std::sync::Arc;

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One label whose values are `&'static str` from a fixed set: cardinality stays bounded.
pub type Label = [(&'static str, &'static str); 1];

fn seconds_histogram() -> Histogram {
    // 0.1 ms .. ~52 s.
    Histogram::new(exponential_buckets(0.0001, 2.0, 20))
}

/// The HL7 gateway's metrics.
#[derive(Clone)]
pub struct GatewayMetrics {
    pub connections: Counter,
    pub connections_refused: Counter,
    pub connections_open: Gauge,
    /// `result`: accepted | retry | rejected (the ACK sent: AA/CA, AE/CE, AR/CR).
    pub messages: Family<Label, Counter>,
    pub events: Counter,
    /// `reason`: preliminary | cancelled | not_radiology.
    pub orders_skipped: Family<Label, Counter>,
    /// Orders of an accepted message that could not become events (dead-lettered one by one).
    pub orders_rejected: Counter,
    /// `kind`: garbage | missing_end | truncated.
    pub frame_errors: Family<Label, Counter>,
    /// From a complete frame to its ACK (broker round trip included).
    pub ack_latency: Histogram,
    /// Connections that failed the TLS handshake (no or untrusted client certificate, ...).
    pub tls_handshake_failures: Counter,
    /// Certificate reloads; `result`: ok | error (the old certificates keep serving).
    pub tls_reloads: Family<Label, Counter>,
}

impl Default for GatewayMetrics {
    fn default() -> Self {
        GatewayMetrics {
            connections: Counter::default(),
            connections_refused: Counter::default(),
            connections_open: Gauge::default(),
            messages: Family::default(),
            events: Counter::default(),
            orders_skipped: Family::default(),
            orders_rejected: Counter::default(),
            frame_errors: Family::default(),
            ack_latency: seconds_histogram(),
            tls_handshake_failures: Counter::default(),
            tls_reloads: Family::default(),
        }
    }
}

impl GatewayMetrics {
    pub fn register(&self, r: &mut Registry) {
        r.register("radlabel_mllp_connections", "MLLP connections accepted", self.connections.clone());
        r.register("radlabel_mllp_connections_refused", "MLLP connections closed at accept (mllp.max_connections reached)", self.connections_refused.clone());
        r.register("radlabel_mllp_connections_open", "MLLP connections open now", self.connections_open.clone());
        r.register("radlabel_mllp_messages", "HL7 messages by the acknowledgement sent (result: accepted, retry, rejected)", self.messages.clone());
        r.register("radlabel_mllp_events", "Report events stored on the reports topic", self.events.clone());
        r.register("radlabel_mllp_orders_skipped", "Orders acknowledged without an event (reason: preliminary, cancelled, not_radiology)", self.orders_skipped.clone());
        r.register("radlabel_mllp_orders_rejected", "Orders dead-lettered inside a message whose other orders were stored", self.orders_rejected.clone());
        r.register("radlabel_mllp_frame_errors", "MLLP framing problems (kind: garbage, missing_end, truncated)", self.frame_errors.clone());
        r.register("radlabel_mllp_ack_latency_seconds", "Time from a complete frame to its ACK", self.ack_latency.clone());
        r.register("radlabel_mllp_tls_handshake_failures", "MLLP connections that failed the TLS handshake (no or untrusted client certificate, plain text on a TLS port)", self.tls_handshake_failures.clone());
        r.register("radlabel_mllp_tls_reloads", "TLS certificate reloads (result: ok, error; on error the previous certificates keep serving)", self.tls_reloads.clone());
    }

    pub fn count(family: &Family<Label, Counter>, key: &'static str, value: &'static str) -> u64 {
        family.get_or_create(&[(key, value)]).get()
    }
}

/// The streaming connector's metrics.
#[derive(Clone)]
pub struct ConnectorMetrics {
    pub received: Counter,
    pub labelled: Counter,
    pub uncertain: Counter,
    /// `stage`: decode | validate | label.
    pub dead_lettered: Family<Label, Counter>,
    /// `reason`: preliminary.
    pub skipped: Family<Label, Counter>,
    pub batch_size: Histogram,
    pub batches_in_flight: Gauge,
    /// From receiving a report to handing its records to the producer.
    pub label_latency: Histogram,
    /// 1 for the model serving (labels name, version, variant: one series per process), so
    /// dashboards show which student labels and an alert fires where none is loaded.
    pub model: Family<Vec<(&'static str, String)>, Gauge>,
    /// Hot reloads of the watched model directory; `result`: swapped | unchanged | rejected.
    pub model_reloads: Family<Label, Counter>,
}

impl Default for ConnectorMetrics {
    fn default() -> Self {
        ConnectorMetrics {
            received: Counter::default(),
            labelled: Counter::default(),
            uncertain: Counter::default(),
            dead_lettered: Family::default(),
            skipped: Family::default(),
            batch_size: Histogram::new(exponential_buckets(1.0, 2.0, 12)),
            batches_in_flight: Gauge::default(),
            label_latency: seconds_histogram(),
            model: Family::default(),
            model_reloads: Family::default(),
        }
    }
}

impl ConnectorMetrics {
    /// Mark `name`/`version`/`variant` as the model serving.
    pub fn model_loaded(&self, name: &str, version: &str, variant: &str) {
        self.model.clear();
        self.model.get_or_create(&vec![("name", name.to_string()), ("version", version.to_string()), ("variant", variant.to_string())]).set(1);
    }

    pub fn register(&self, r: &mut Registry) {
        r.register("radlabel_reports_received", "Report events read from the reports topic", self.received.clone());
        r.register("radlabel_reports_labelled", "Reports labelled (findings record produced)", self.labelled.clone());
        r.register("radlabel_reports_uncertain", "Reports also routed to the teacher's topic", self.uncertain.clone());
        r.register("radlabel_reports_dead_lettered", "Messages sent to the dead-letter topic (stage: decode, validate, label)", self.dead_lettered.clone());
        r.register("radlabel_reports_skipped", "Reports skipped (reason: preliminary)", self.skipped.clone());
        r.register("radlabel_batch_size_reports", "Reports per micro-batch", self.batch_size.clone());
        r.register("radlabel_batches_in_flight", "Micro-batches in inference", self.batches_in_flight.clone());
        r.register("radlabel_label_latency_seconds", "Time from receiving a report to producing its records", self.label_latency.clone());
        r.register("radlabel_model_info", "1 for the model labelling in this process (name, version, variant)", self.model.clone());
        r.register("radlabel_model_reloads", "Hot reloads of the model directory (result: swapped, unchanged, rejected; on rejected the old model keeps serving)", self.model_reloads.clone());
    }
}

/// The teacher worker's metrics.
#[derive(Clone)]
pub struct TeacherMetrics {
    /// `result`: labelled | dead_lettered.
    pub cases: Family<Label, Counter>,
    /// `result`: ok | bad_answer | rate_limited | server_error | unavailable | malformed | rejected | refused.
    pub requests: Family<Label, Counter>,
    pub request_latency: Histogram,
    /// `kind`: prompt | completion (when the server reports usage).
    pub tokens: Family<Label, Counter>,
    /// Answers whose No Finding contradicted the guideline's rule (the rule's value is kept).
    pub no_finding_disagreements: Counter,
    /// `type`: one of the redactor's eleven identifier types.
    pub redactions: Family<Label, Counter>,
    pub cases_in_flight: Gauge,
}

impl Default for TeacherMetrics {
    fn default() -> Self {
        TeacherMetrics {
            cases: Family::default(),
            requests: Family::default(),
            // 10 ms .. ~85 min: local CPU models take seconds to minutes per report.
            request_latency: Histogram::new(exponential_buckets(0.01, 2.0, 19)),
            tokens: Family::default(),
            no_finding_disagreements: Counter::default(),
            redactions: Family::default(),
            cases_in_flight: Gauge::default(),
        }
    }
}

impl TeacherMetrics {
    pub fn register(&self, r: &mut Registry) {
        r.register("radlabel_teacher_cases", "Uncertain cases finished (result: labelled, dead_lettered)", self.cases.clone());
        r.register("radlabel_teacher_requests", "Requests to the teacher server by result (ok, bad_answer, rate_limited, server_error, unavailable, malformed, rejected, refused)", self.requests.clone());
        r.register("radlabel_teacher_request_duration_seconds", "Time of one teacher request", self.request_latency.clone());
        r.register("radlabel_teacher_tokens", "Tokens the teacher server reported (kind: prompt, completion)", self.tokens.clone());
        r.register("radlabel_teacher_no_finding_disagreements", "Answers whose No Finding contradicted the guideline's rule", self.no_finding_disagreements.clone());
        r.register("radlabel_teacher_redactions", "Identifiers removed before sending, by type", self.redactions.clone());
        r.register("radlabel_teacher_cases_in_flight", "Uncertain cases being labelled now", self.cases_in_flight.clone());
    }
}

/// What `/healthz` and `/readyz` answer, shared by a role's tasks. Liveness fails once a vital
/// task (consumer loop, labelling pipeline, listener) has died, so an orchestrator restarts the
/// process; readiness holds only while the role can do its work (model probed, broker reached)
/// and is withdrawn while draining on shutdown, so no new traffic is routed to it.
#[derive(Default)]
pub struct Health {
    /// The first vital task that died, and why (never cleared: a restart is the cure).
    dead: std::sync::Mutex<Option<String>>,
    /// Set once the role has reached what it needs (broker, model); cleared by `not_ready`.
    ready: std::sync::atomic::AtomicBool,
    /// Set at shutdown: the role finishes in-flight work and must not be sent more.
    draining: std::sync::atomic::AtomicBool,
}

impl Health {
    pub fn died(&self, task: &str, why: impl std::fmt::Display) {
        let mut d = self.dead.lock().unwrap_or_else(|p| p.into_inner());
        if d.is_none() {
            tracing::error!(task, error = %why, "vital task died; /healthz now fails");
            *d = Some(format!("{task}: {why}"));
        }
    }
    pub fn set_ready(&self, ready: bool) {
        self.ready.store(ready, std::sync::atomic::Ordering::Relaxed);
    }
    pub fn draining(&self) {
        self.draining.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    /// `Err(reason)` when not alive.
    pub fn live(&self) -> Result<(), String> {
        match &*self.dead.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(why) => Err(format!("dead: {why}")),
            None => Ok(()),
        }
    }
    /// `Err(reason)` when not ready.
    pub fn is_ready(&self) -> Result<(), String> {
        self.live()?;
        if self.draining.load(std::sync::atomic::Ordering::Relaxed) {
            return Err("draining".into());
        }
        if !self.ready.load(std::sync::atomic::Ordering::Relaxed) {
            return Err("starting: broker or model not reached yet".into());
        }
        Ok(())
    }
}

/// Bind `listen` (empty: metrics off) and serve `registry` and `health` in the background; the
/// address is logged so a port-0 listener can be found.
pub async fn start(listen: &str, registry: Registry, health: Arc<Health>) -> std::io::Result<Option<tokio::task::JoinHandle<()>>> {
    if listen.trim().is_empty() {
        return Ok(None);
    }
    let listener = TcpListener::bind(listen.trim()).await?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "metrics endpoint listening (GET /metrics, /healthz, /readyz)");
    Ok(Some(tokio::spawn(serve(listener, Arc::new(registry), health, std::future::pending()))))
}

/// Serve `registry` until `shutdown`. Deliberately tiny HTTP/1.1: one request per
/// connection, GET only; a scrape needs no more.
pub async fn serve(listener: TcpListener, registry: Arc<Registry>, health: Arc<Health>, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    loop {
        let (mut sock, _) = tokio::select! {
            _ = &mut shutdown => return,
            a = listener.accept() => match a {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "metrics endpoint: accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let registry = registry.clone();
        let health = health.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 2048];
            let mut n = 0;
            // Read the request head (bounded size and time).
            let read = tokio::time::timeout(std::time::Duration::from_secs(5), async {
                while n < buf.len() {
                    match sock.read(&mut buf[n..]).await {
                        Ok(0) | Err(_) => break,
                        Ok(k) => n += k,
                    }
                    if buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
            })
            .await;
            if read.is_err() {
                return;
            }
            let head = String::from_utf8_lossy(&buf[..n]);
            let (status, ctype, body) = respond(head.lines().next().unwrap_or(""), &registry, &health);
            let resp = format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
            let _ = sock.write_all(resp.as_bytes()).await;
            let _ = sock.shutdown().await;
        });
    }
}

fn respond(request_line: &str, registry: &Registry, health: &Health) -> (&'static str, &'static str, String) {
    let probe = |r: Result<(), String>| match r {
        Ok(()) => ("200 OK", "text/plain", "ok\n".to_string()),
        Err(why) => ("503 Service Unavailable", "text/plain", format!("{why}\n")),
    };
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    match (method, path.split('?').next().unwrap_or("")) {
        ("GET", "/metrics") => {
            let mut body = String::new();
            match encode(&mut body, registry) {
                Ok(()) => ("200 OK", "application/openmetrics-text; version=1.0.0; charset=utf-8", body),
                Err(_) => ("500 Internal Server Error", "text/plain", "encoding failed\n".into()),
            }
        }
        ("GET", "/healthz") => probe(health.live()),
        ("GET", "/readyz") => probe(health.is_ready()),
        ("GET", _) => ("404 Not Found", "text/plain", "try /metrics\n".into()),
        _ => ("405 Method Not Allowed", "text/plain", "GET only\n".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn scrape_over_http() {
        let m = GatewayMetrics::default();
        let mut reg = Registry::default();
        m.register(&mut reg);
        m.messages.get_or_create(&[("result", "accepted")]).inc_by(3);
        m.ack_latency.observe(0.002);
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let health = Arc::new(Health::default());
        let server = tokio::spawn(serve(listener, Arc::new(reg), health.clone(), async { rx.await.unwrap_or(()) }));
        let get = |path: &'static str| async move {
            let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
            s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).await.unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).await.unwrap();
            out
        };
        let body = get("/metrics").await;
        assert!(body.starts_with("HTTP/1.1 200 OK"), "{body}");
        assert!(body.contains("radlabel_mllp_messages_total{result=\"accepted\"} 3"), "{body}");
        assert!(body.contains("radlabel_mllp_ack_latency_seconds_count 1"), "{body}");
        assert!(get("/healthz").await.ends_with("ok\n"));
        assert!(get("/readyz").await.starts_with("HTTP/1.1 503"), "not ready before the role says so");
        health.set_ready(true);
        assert!(get("/readyz").await.ends_with("ok\n"));
        health.draining();
        assert!(get("/readyz").await.ends_with("draining\n"));
        health.died("labelling pipeline", "inference thread panicked");
        let h = get("/healthz").await;
        assert!(h.starts_with("HTTP/1.1 503") && h.contains("labelling pipeline"), "{h}");
        assert!(get("/nope").await.starts_with("HTTP/1.1 404"));
        tx.send(()).unwrap();
        server.await.unwrap();
    }
}
