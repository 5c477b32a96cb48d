//! The HL7 gateway's mutual TLS on real sockets, with certificates made in the test: client
//! certificates required and checked, the per-application allowlist, and certificate reloads
//! (SIGHUP, file change, a broken file) that never drop an open connection.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use common::broker::{read_until, Broker};
use common::mllp::{addr_in, framed, msa, oru, sample, scrape, Client};
use common::pki::Pki;
use common::Connector;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio_rustls::rustls::{ClientConfig, RootCertStore};

/// `radlabel mllp` on a free port with its metrics endpoint: (process, MLLP addr, metrics addr).
fn gateway(brokers: &str, env: &[(&str, &str)]) -> (Connector, String, String) {
    let g = Connector::spawn_cmd(&["mllp", "--listen", "127.0.0.1:0", "--brokers", brokers, "--metrics-listen", "127.0.0.1:0"], env);
    let m = addr_in(&g.wait_for("metrics endpoint listening", Duration::from_secs(60)));
    let line = g.wait_for("MLLP gateway listening", Duration::from_secs(60));
    (g, addr_in(&line), m)
}

/// A TLS client trusting `ca`, presenting `identity` (cert, key) if given. `None` when the
/// handshake (or the first read after it) fails.
async fn tls_client(addr: &str, ca: &Pki, identity: Option<&(PathBuf, PathBuf)>) -> Option<Client<tokio_rustls::client::TlsStream<tokio::net::TcpStream>>> {
    let mut roots = RootCertStore::empty();
    roots.add(ca.ca_der()).unwrap();
    let b = ClientConfig::builder().with_root_certificates(roots);
    let config = match identity {
        Some((c, k)) => b.with_client_auth_cert(vec![CertificateDer::from_pem_file(c).unwrap()], PrivateKeyDer::from_pem_file(k).unwrap()).unwrap(),
        None => b.with_no_client_auth(),
    };
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config)).connect(ServerName::try_from("localhost").unwrap(), tcp).await.ok()?;
    Some(Client::new(tls))
}

/// Send one message; the ACK, or `None` when the gateway closed the connection instead.
async fn try_send<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(c: &mut Client<S>, msg: &[u8]) -> Option<String> {
    use tokio::io::AsyncWriteExt;
    if c.stream.write_all(&framed(msg)).await.is_err() {
        return None;
    }
    c.read_ack(Duration::from_secs(20)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_certificates_are_required_and_checked_against_the_allowlist() {
    let b = Broker::start();
    let pki = Pki::new("hl7-ca");
    let server = pki.issue("gateway", &["localhost"]);
    let ris_a = pki.issue("ris-a.test", &["ris-a.test"]);
    let ris_b = pki.issue("ris-b.test", &["ris-b.test"]);
    let stranger = Pki::new("stranger-ca");
    let forged_a = stranger.issue("ris-a.test", &["ris-a.test"]);
    let (cert, key, ca) = (server.0.display().to_string(), server.1.display().to_string(), pki.ca().display().to_string());
    let env = [
        ("RADLABEL_MLLP_TLS_CERT", cert.as_str()),
        ("RADLABEL_MLLP_TLS_KEY", key.as_str()),
        ("RADLABEL_MLLP_TLS_CLIENT_CA", ca.as_str()),
        ("RADLABEL_MLLP_TLS_CLIENT_ALLOW", "RIS=ris-a.test"),
        ("RADLABEL_MLLP_READ_TIMEOUT_MS", "3000"),
    ];
    let (_g, addr, metrics) = gateway(&b.addr, &env);

    let mut a = tls_client(&addr, &pki, Some(&ris_a)).await.expect("handshake with a valid certificate");
    assert_eq!(msa(&a.send(&oru("M-1", "ACC-M1", &["Clear lungs."])).await).0, "AA");

    // A valid certificate whose names may not send as RIS: rejected by name, parked.
    let mut bad = tls_client(&addr, &pki, Some(&ris_b)).await.expect("the certificate itself is valid");
    let ack = bad.send(&oru("M-2", "ACC-M2", &["Clear lungs."])).await;
    assert_eq!(msa(&ack).0, "AR", "{ack}");
    assert!(ack.contains("may not send as `RIS`") && ack.contains("ris-b.test"), "{ack}");

    // No certificate, or one from another CA: no HL7 is read at all.
    for identity in [None, Some(&forged_a)] {
        if let Some(mut c) = tls_client(&addr, &pki, identity).await {
            assert_eq!(try_send(&mut c, &oru("M-3", "ACC-M3", &["Clear lungs."])).await, None, "served without a valid certificate");
        }
    }
    let events = read_until(&b.addr, "radiology.reports", 4, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(events.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect::<Vec<_>>(), ["ACC-M1"]);
    let dlq = read_until(&b.addr, "radiology.dlq", 4, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq.len(), 1);
    assert_eq!(dlq[0].header("radlabel.error.class").as_deref(), Some("SenderNotAllowed"));
    let body = scrape(&metrics);
    assert_eq!(sample(&body, "radlabel_mllp_tls_handshake_failures_total"), 2.0, "{body}");
}

/// Write a file by rename, as a secret mount or cert-manager does (no half-written file seen).
fn replace(path: &Path, from: &Path) {
    let tmp = path.with_extension("tmp");
    std::fs::copy(from, &tmp).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificates_reload_on_sighup_and_on_file_change_without_dropping_connections() {
    let b = Broker::start();
    let (old_ca, new_ca, newest_ca) = (Pki::new("old-ca"), Pki::new("new-ca"), Pki::new("newest-ca"));
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("tls.crt"), dir.path().join("tls.key"));
    let install = |pki: &Pki| {
        let (c, k) = pki.issue("gateway", &["localhost"]);
        replace(&key, &k);
        replace(&cert, &c);
    };
    install(&old_ca);
    let (c, k) = (cert.display().to_string(), key.display().to_string());

    // SIGHUP only (the file check is an hour away).
    let env = [("RADLABEL_MLLP_TLS_CERT", c.as_str()), ("RADLABEL_MLLP_TLS_KEY", k.as_str()), ("RADLABEL_MLLP_TLS_RELOAD_INTERVAL_MS", "3600000")];
    let (g, addr, _) = gateway(&b.addr, &env);
    let mut open = tls_client(&addr, &old_ca, None).await.expect("old certificate served");
    assert_eq!(msa(&open.send(&oru("R-1", "ACC-R1", &["Clear."])).await).0, "AA");
    install(&new_ca);
    assert!(tls_client(&addr, &new_ca, None).await.is_none(), "files changed, no reload yet");
    g.signal("-HUP");
    g.wait_for("TLS certificates reloaded", Duration::from_secs(20));
    assert_eq!(msa(&open.send(&oru("R-2", "ACC-R2", &["Clear."])).await).0, "AA", "the open connection survives the reload");
    let mut fresh = tls_client(&addr, &new_ca, None).await.expect("new certificate served");
    assert_eq!(msa(&fresh.send(&oru("R-3", "ACC-R3", &["Clear."])).await).0, "AA");
    assert!(tls_client(&addr, &old_ca, None).await.is_none(), "the old certificate is gone for new connections");
    drop(g);

    // File change, then a broken file that is refused while the last good certificate serves.
    let env = [("RADLABEL_MLLP_TLS_CERT", c.as_str()), ("RADLABEL_MLLP_TLS_KEY", k.as_str()), ("RADLABEL_MLLP_TLS_RELOAD_INTERVAL_MS", "200")];
    let (g, addr, metrics) = gateway(&b.addr, &env);
    install(&newest_ca);
    g.wait_for("TLS certificates reloaded", Duration::from_secs(20));
    let mut c3 = tls_client(&addr, &newest_ca, None).await.expect("newest certificate served");
    assert_eq!(msa(&c3.send(&oru("R-4", "ACC-R4", &["Clear."])).await).0, "AA");
    std::fs::write(dir.path().join("garbage"), "not a certificate").unwrap();
    replace(&cert, &dir.path().join("garbage"));
    g.wait_for("TLS certificate reload failed", Duration::from_secs(20));
    let mut c4 = tls_client(&addr, &newest_ca, None).await.expect("the last good certificate keeps serving");
    assert_eq!(msa(&c4.send(&oru("R-5", "ACC-R5", &["Clear."])).await).0, "AA");
    let body = scrape(&metrics);
    assert!(sample(&body, "radlabel_mllp_tls_reloads_total{result=\"error\"}") >= 1.0, "{body}");
    assert!(sample(&body, "radlabel_mllp_tls_reloads_total{result=\"ok\"}") >= 1.0, "{body}");
}
