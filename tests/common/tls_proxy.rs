//! A TLS-terminating proxy written for the tests: clients speak TLS to it, it speaks plain
//! TCP to the broker behind it. The broker advertises the proxy's address, so every
//! connection a client makes (bootstrap and per-broker) goes through TLS.
#![allow(dead_code)]

use std::net::TcpListener as StdListener;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::ServerConfig;

pub struct TlsProxy {
    pub addr: String,
    /// TLS handshakes completed (clients that really came through the proxy).
    pub handshakes: Arc<AtomicUsize>,
    /// Handshakes that failed (wrong CA on the client side, plain text, ...).
    pub failed: Arc<AtomicUsize>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TlsProxy {
    /// Bind a loopback port now (so the broker can advertise it before it starts).
    pub fn bind() -> StdListener {
        StdListener::bind("127.0.0.1:0").unwrap()
    }

    /// Serve TLS with `cert`/`key` on `listener`, forwarding to `upstream`.
    pub fn start(listener: StdListener, upstream: &str, cert: &Path, key: &Path) -> TlsProxy {
        let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert).unwrap().map(Result::unwrap).collect();
        let key = PrivateKeyDer::from_pem_file(key).unwrap();
        let config = ServerConfig::builder().with_no_client_auth().with_single_cert(chain, key).unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let addr = listener.local_addr().unwrap().to_string();
        let (handshakes, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let (tx, mut rx) = tokio::sync::oneshot::channel::<()>();
        let upstream = upstream.to_string();
        let (h, f) = (handshakes.clone(), failed.clone());
        listener.set_nonblocking(true).unwrap();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                loop {
                    let sock = tokio::select! {
                        _ = &mut rx => return,
                        a = listener.accept() => match a { Ok((s, _)) => s, Err(_) => continue },
                    };
                    let (acceptor, upstream, h, f) = (acceptor.clone(), upstream.clone(), h.clone(), f.clone());
                    tokio::spawn(async move {
                        let mut tls = match acceptor.accept(sock).await {
                            Ok(t) => t,
                            Err(_) => {
                                f.fetch_add(1, Ordering::SeqCst);
                                return;
                            }
                        };
                        h.fetch_add(1, Ordering::SeqCst);
                        let Ok(mut plain) = tokio::net::TcpStream::connect(&upstream).await else { return };
                        let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                    });
                }
            });
        });
        TlsProxy { addr, handshakes, failed, stop: Some(tx) }
    }
}

impl Drop for TlsProxy {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}
