//! `radlabel mllp`: the HL7 gateway process (topics, producer, TLS, listener, signals).

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::connector::Config;
use crate::metrics::Health;
use crate::mllp::sink::KafkaSink;
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

/// Bind, serve until `shutdown`, flush, log the counts.
pub async fn serve(cfg: &Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let k = &cfg.kafka;
    if k.create_topics {
        let topics = [(k.reports_topic.as_str(), k.topic_partitions), (k.dlq_topic.as_str(), k.topic_partitions)];
        // A broker that is not up yet is not fatal: messages get AE until it is.
        match tokio::time::timeout(Duration::from_secs(10), crate::connector::kafka::ensure_topics(k, &topics)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "could not create topics"),
            Err(_) => tracing::warn!("could not create topics: broker not reachable yet"),
        }
    }
    let tls = if cfg.mllp.tls_cert.is_empty() { None } else { Some(crate::mllp::tls::acceptor(Path::new(&cfg.mllp.tls_cert), Path::new(&cfg.mllp.tls_key))?) };
    let sink = Arc::new(KafkaSink::new(cfg)?);
    let gateway = Arc::new(Gateway::new(cfg, sink.clone()));
    let mut registry = prometheus_client::registry::Registry::default();
    gateway.metrics.register(&mut registry);
    let health = Arc::new(Health::default());
    let endpoint = crate::metrics::start(&cfg.metrics.listen, registry, health.clone()).await.map_err(|e| anyhow::anyhow!("metrics.listen {}: {e}", cfg.metrics.listen))?;
    let listener = TcpListener::bind(&cfg.mllp.listen).await.map_err(|e| anyhow::anyhow!("mllp.listen {}: {e}", cfg.mllp.listen))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, tls = tls.is_some(), topic = %k.reports_topic, "MLLP gateway listening");
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
        shutdown.await;
        draining.draining();
    })
    .await;
    probe.abort();
    let s = sink.clone();
    tokio::task::spawn_blocking(move || s.flush(Duration::from_secs(5))).await?;
    if let Some(h) = endpoint {
        h.abort();
    }
    tracing::info!(counts = gateway.summary(), "MLLP gateway stopped");
    Ok(())
}
