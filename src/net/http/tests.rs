use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{RootCertStore, ServerConfig};

use super::*;

#[path = "../../../tests/common/pki.rs"]
mod pki;
use pki::Pki;

/// An https server on loopback that requires a client certificate from `pki` and answers every
/// request with the Authorization header it got. Returns its base URL.
async fn echo_server(pki: &Pki) -> String {
    let (cert, key) = pki.issue("registry", &["localhost"]);
    let chain = vec![CertificateDer::from_pem_file(&cert).unwrap()];
    let key = PrivateKeyDer::from_pem_file(&key).unwrap();
    let mut roots = RootCertStore::empty();
    roots.add(pki.ca_der()).unwrap();
    let verifier = WebPkiClientVerifier::builder(Arc::new(roots)).build().unwrap();
    let config = ServerConfig::builder().with_client_cert_verifier(verifier).with_single_cert(chain, key).unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let (sock, _) = listener.accept().await.unwrap();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut s) = acceptor.accept(sock).await else { return };
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let auth = req.lines().find_map(|l| l.strip_prefix("Authorization: ")).unwrap_or("none").to_string();
                let resp = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{auth}", auth.len());
                let _ = s.write_all(resp.as_bytes()).await;
                let _ = s.shutdown().await;
            });
        }
    });
    format!("https://localhost:{port}")
}

fn settings(pki: &Pki, client: bool, auth: Option<Auth>) -> HttpSettings {
    let (cert, key) = pki.issue("radlabel", &["radlabel.test"]);
    HttpSettings {
        key: "input.schema_registry".into(),
        ca_file: Some(pki.ca()),
        cert_file: client.then_some(cert),
        key_file: client.then_some(key),
        auth,
    }
}

#[tokio::test]
async fn https_with_a_custom_ca_a_client_certificate_and_a_bearer_token() {
    let pki = Pki::new("registry-ca");
    let url = echo_server(&pki).await;
    let token = Secret::new("tok-UnitHttp-4471");
    let c = HttpClient::new(&settings(&pki, true, Some(Auth::Bearer(token))), Duration::from_secs(5)).unwrap();
    let r = c.get(&format!("{url}/schemas/ids/1"), "application/json").await.unwrap();
    assert_eq!((r.status, r.body.as_str()), (200, "Bearer tok-UnitHttp-4471"));
    let basic = Auth::Basic { user: "sr-user".into(), password: Secret::new("pw-UnitHttp-9902") };
    let c = HttpClient::new(&settings(&pki, true, Some(basic)), Duration::from_secs(5)).unwrap();
    let r = c.get(&url, "application/json").await.unwrap();
    let expected = base64::engine::general_purpose::STANDARD.encode("sr-user:pw-UnitHttp-9902");
    assert_eq!(r.body, format!("Basic {expected}"));
}

#[tokio::test]
async fn a_wrong_ca_or_a_missing_client_certificate_fails_clearly_without_secrets() {
    let pki = Pki::new("registry-ca");
    let url = echo_server(&pki).await;
    let other = Pki::new("other-ca");
    let token = || Some(Auth::Bearer(Secret::new("tok-UnitHttp-Never-7")));
    let wrong_ca = HttpClient::new(&settings(&other, true, token()), Duration::from_secs(5)).unwrap();
    let e = wrong_ca.get(&url, "application/json").await.unwrap_err().to_string();
    assert!(e.contains("TLS") && e.contains("UnknownIssuer"), "{e}");
    assert!(!e.contains("tok-UnitHttp-Never-7"));
    let no_cert = HttpClient::new(&settings(&pki, false, token()), Duration::from_secs(5)).unwrap();
    // The server refuses the handshake after it completes on the client side: the request or
    // the read fails, never an answer.
    assert!(no_cert.get(&url, "application/json").await.is_err());
}

#[test]
fn bad_settings_name_their_key() {
    let s = HttpSettings { key: "input.schema_registry".into(), ca_file: Some("/nonexistent/ca.pem".into()), ..HttpSettings::default() };
    let e = HttpClient::new(&s, Duration::from_secs(1)).err().unwrap();
    assert!(e.to_string().starts_with("input.schema_registry_ca_file: /nonexistent/ca.pem"), "{e}");
}

#[test]
fn chunked_bodies_are_joined() {
    assert_eq!(dechunk("4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n"), "abcdefg");
}
