//! The MLLP listener: accepts connections (bounded), reads frames with a size limit and a
//! read timeout, hands each message to the [`Gateway`] and writes its ACK before reading
//! the next (MLLP is one outstanding message per connection). `run(listener, ..)` takes a
//! bound listener so tests can bind port 0.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;

use super::gateway::Gateway;
use super::telemetry::{emit, GatewayEvent};
use super::tls::{subject_names, TlsReloader};
use crate::hl7::frame::{frame, FrameReader};

#[derive(Clone)]
pub struct ServerOptions {
    pub max_connections: usize,
    pub max_frame_bytes: usize,
    pub read_timeout: Duration,
    /// The TLS acceptor of the moment (reloaded on SIGHUP / file change); `None`: plain TCP.
    pub tls: Option<Arc<TlsReloader>>,
    /// How long shutdown waits for connections to finish the message they are on.
    pub drain_timeout: Duration,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// Serve until `shutdown` resolves; then stop accepting, let each connection finish the
/// message it is handling (bounded by `drain_timeout`) and return.
pub async fn run(listener: TcpListener, gateway: Arc<Gateway>, opts: ServerOptions, shutdown: impl Future<Output = ()>) {
    let (stop_tx, stop_rx) = watch::channel(false);
    let slots = Arc::new(Semaphore::new(opts.max_connections));
    let mut tasks = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((sock, peer)) => {
                    let peer = peer.to_string();
                    match slots.clone().try_acquire_owned() {
                        Ok(permit) => {
                            emit(&gateway.metrics, GatewayEvent::ConnectionAccepted);
                            let (g, o, stop) = (gateway.clone(), opts.clone(), stop_rx.clone());
                            tasks.spawn(async move {
                                serve(sock, &peer, &g, &o, stop).await;
                                drop(permit);
                            });
                        }
                        Err(_) => {
                            // Closing at once tells the sender to try later (or another node);
                            // holding it in the backlog would look like a hung peer.
                            emit(&gateway.metrics, GatewayEvent::ConnectionRefused { peer: &peer, limit: opts.max_connections });
                            drop(sock);
                        }
                    }
                }
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::error!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
        }
    }
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(opts.drain_timeout, async { while tasks.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(open = tasks.len(), "drain timeout; closing remaining connections");
        tasks.abort_all();
    }
}

async fn serve(sock: TcpStream, peer: &str, gateway: &Gateway, opts: &ServerOptions, stop: watch::Receiver<bool>) {
    let _ = sock.set_nodelay(true);
    // The client certificate's names, when one was required: what the allowlist checks.
    let mut subjects: Option<Vec<String>> = None;
    let stream: Box<dyn Stream> = match &opts.tls {
        None => Box::new(sock),
        Some(tls) => match tokio::time::timeout(opts.read_timeout, tls.acceptor().accept(sock)).await {
            Ok(Ok(s)) => {
                if tls.client_auth() {
                    subjects = Some(s.get_ref().1.peer_certificates().and_then(|c| c.first()).map(|c| subject_names(c)).unwrap_or_default());
                }
                Box::new(s)
            }
            Ok(Err(e)) => {
                emit(&gateway.metrics, GatewayEvent::HandshakeFailed { peer, error: Some(&e.to_string()) });
                return;
            }
            Err(_) => {
                emit(&gateway.metrics, GatewayEvent::HandshakeFailed { peer, error: None });
                return;
            }
        },
    };
    emit(&gateway.metrics, GatewayEvent::ConnectionOpened { peer, tls: opts.tls.is_some(), client: subjects.as_ref().map(|s| s.join(",")) });
    let why = connection(stream, peer, subjects.as_deref(), gateway, opts, stop).await;
    emit(&gateway.metrics, GatewayEvent::ConnectionClosed { peer, reason: why });
}

/// The read-handle-ack loop of one connection; returns why it ended.
async fn connection(mut stream: Box<dyn Stream>, peer: &str, subjects: Option<&[String]>, gateway: &Gateway, opts: &ServerOptions, mut stop: watch::Receiver<bool>) -> &'static str {
    let mut reader = FrameReader::new(opts.max_frame_bytes);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        while let Some(item) = reader.next_frame() {
            if let Some(ack) = gateway.handle_from(item, peer, subjects).await {
                if let Err(e) = stream.write_all(&frame(&ack)).await {
                    tracing::warn!(peer, error = %e, "could not send the ACK; the sender will resend");
                    return "write failed";
                }
            }
        }
        if *stop.borrow() && reader.idle() {
            let _ = stream.shutdown().await;
            return "shutdown";
        }
        let read = tokio::select! {
            r = tokio::time::timeout(opts.read_timeout, stream.read(&mut buf)) => r,
            _ = stop.changed(), if !*stop.borrow() => continue,
        };
        match read {
            Ok(Ok(0)) => {
                if let Some(e) = reader.finish() {
                    emit(&gateway.metrics, GatewayEvent::FrameProblem { peer, error: &e, context: "peer closed the connection" });
                }
                return "peer closed";
            }
            Ok(Ok(n)) => reader.push(&buf[..n]),
            Ok(Err(e)) => {
                tracing::warn!(peer, error = %e, "read failed");
                return "read failed";
            }
            Err(_) => {
                if let Some(e) = reader.finish() {
                    emit(&gateway.metrics, GatewayEvent::FrameProblem { peer, error: &e, context: "read timeout inside a frame" });
                }
                let _ = stream.shutdown().await;
                return "read timeout";
            }
        }
    }
}
