//! `radlabel mllp`: the HL7 gateway process (topics, producer, TLS, listener, signals).

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::config::Config;
use crate::metrics::Health;
use crate::mllp::sink::KafkaSink;
use crate::mllp::tls::{TlsFiles, TlsReloader};
use crate::mllp::{run, Gateway, ServerOptions};

/// Mark the gateway ready once the broker answers a metadata request (retried every 2 s): an
/// AE for every message is what a gateway without its broker could offer.
async fn wait_for_broker(sink: Arc<KafkaSink>, health: Arc<Health>) {
    loop {
        let s = sink.clone();
        if let Ok(Ok(())) = tokio::task::spawn_blocking(move || s.reachable(Duration::from_secs(2))).await {
            health.set_ready(true);
            tracing::info!("broker reachable; gateway ready");
            return;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

/// Reload the certificates on SIGHUP and whenever their files change (cert-manager and the
/// like rewrite them in place). A failed reload keeps the certificates in use, says why once
/// per change, and counts `result="error"`.
async fn watch_certificates(tls: Arc<TlsReloader>, gateway: Arc<Gateway>, interval: Duration) {
    let mut hup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(h) => Some(h),
        Err(e) => {
            tracing::warn!(error = %e, "no SIGHUP handler; certificates reload on file change only");
            None
        }
    };
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let trigger = tokio::select! {
            Some(()) = async { match hup.as_mut() { Some(h) => h.recv().await, None => std::future::pending().await } } => "SIGHUP",
            _ = tick.tick() => if tls.changed() { "file change" } else { continue },
        };
        let error = tls.reload().err().map(|e| e.to_string());
        crate::mllp::telemetry::emit(&gateway.metrics, crate::mllp::telemetry::GatewayEvent::TlsReload { trigger, error });
    }
}


/// The registry the gateway registers its event schema in: Avro events and a registry URL.
fn event_registry(cfg: &Config) -> anyhow::Result<Option<crate::events::registry::Registry>> {
    let url = cfg.input.schema_registry_url.trim();
    if cfg.input.format != crate::config::WireFormat::Avro || url.is_empty() {
        return Ok(None);
    }
    Ok(Some(crate::events::registry::Registry::new(url, &cfg.input.registry_http())?))
}

/// Bind, serve until `shutdown`, flush, log the counts.
pub async fn serve(cfg: &Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let k = &cfg.kafka;
    crate::kafka::preflight(k).await?;
    if k.create_topics {
        let topics = [(k.reports_topic.as_str(), k.topic_partitions), (k.dlq_topic.as_str(), k.topic_partitions)];
        // A broker that is not up yet is not fatal: messages get AE until it is.
        match tokio::time::timeout(Duration::from_secs(10), crate::kafka::ensure_topics(k, &topics)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "could not create topics"),
            Err(_) => tracing::warn!("could not create topics: broker not reachable yet"),
        }
    }
    let tls = if cfg.mllp.tls_cert.is_empty() {
        None
    } else {
        let client_ca = (!cfg.mllp.tls_client_ca.trim().is_empty()).then(|| PathBuf::from(cfg.mllp.tls_client_ca.trim()));
        Some(Arc::new(TlsReloader::new(TlsFiles { cert: PathBuf::from(&cfg.mllp.tls_cert), key: PathBuf::from(&cfg.mllp.tls_key), client_ca })?))
    };
    let sink = Arc::new(KafkaSink::new(cfg)?);
    tokio::pin!(shutdown);
    let mut gateway = Gateway::new(cfg, sink.clone());
    if let Some(registry) = event_registry(cfg)? {
        // Events are written under the id the registry gives report_event.avsc for the reports
        // topic's subject; an outage at start is waited out (SIGTERM still stops the wait).
        let subject = crate::events::registry::value_subject(&k.reports_topic);
        let id = tokio::select! {
            id = registry.register_retrying(&subject, crate::events::avro::REPORT_EVENT_AVSC) => id?,
            _ = &mut shutdown => return Ok(()),
        };
        tracing::info!(registry = registry.url(), subject, id, "report event schema registered; writing Avro");
        gateway = gateway.with_avro_id(id);
    }
    let gateway = Arc::new(gateway);
    let mut registry = prometheus_client::registry::Registry::default();
    gateway.metrics.register(&mut registry);
    let health = Arc::new(Health::default());
    let endpoint = crate::metrics::start(&cfg.metrics.listen, registry, health.clone()).await.map_err(|e| anyhow::anyhow!("metrics.listen {}: {e}", cfg.metrics.listen))?;
    let listener = TcpListener::bind(&cfg.mllp.listen).await.map_err(|e| anyhow::anyhow!("mllp.listen {}: {e}", cfg.mllp.listen))?;
    let addr = listener.local_addr()?;
    let watcher = tls.clone().map(|t| tokio::spawn(watch_certificates(t, gateway.clone(), Duration::from_millis(cfg.mllp.tls_reload_interval_ms))));
    let client_auth = tls.as_ref().is_some_and(|t| t.client_auth());
    tracing::info!(%addr, tls = tls.is_some(), client_auth, topic = %k.reports_topic, "MLLP gateway listening");
    let opts = ServerOptions {
        max_connections: cfg.mllp.max_connections,
        max_frame_bytes: cfg.mllp.max_frame_bytes,
        read_timeout: Duration::from_millis(cfg.mllp.read_timeout_ms),
        tls,
        drain_timeout: Duration::from_millis(cfg.kafka.drain_timeout_ms),
    };
    // Ready once listening and the broker has answered; not ready from the shutdown signal on.
    let probe = tokio::spawn(wait_for_broker(sink.clone(), health.clone()));
    let draining = health.clone();
    run(listener, gateway.clone(), opts, async move {
        (&mut shutdown).await;
        draining.draining();
    })
    .await;
    probe.abort();
    if let Some(w) = watcher {
        w.abort();
    }
    let s = sink.clone();
    tokio::task::spawn_blocking(move || s.flush(Duration::from_secs(5))).await?;
    if let Some(h) = endpoint {
        h.abort();
    }
    tracing::info!(counts = gateway.summary(), "MLLP gateway stopped");
    Ok(())
}
