//! TLS for the MLLP listener: rustls (ring provider), TLS 1.2 and 1.3 only, rustls' default
//! cipher suites (TLS 1.3: AES-256-GCM, AES-128-GCM, ChaCha20-Poly1305; TLS 1.2: ECDHE with
//! ECDSA or RSA and AES-GCM or ChaCha20-Poly1305 — no CBC, no RSA key exchange, no SHA-1 MACs).
//!
//! With `mllp.tls_client_ca` set, every client must present a certificate that CA signed: the
//! handshake fails otherwise, before a byte of HL7 is read. The certificate's subject names
//! (CN and SAN DNS) go with each message to the sender allowlist ([`SenderAllowlist`]).
//!
//! Certificates are reloaded on SIGHUP and when the files change ([`TlsReloader`]): new
//! connections get the new ones, open connections keep the session they have.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{RootCertStore, ServerConfig};
use tokio_rustls::TlsAcceptor;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("mllp.tls_cert {path}: {msg}")]
    Cert { path: String, msg: String },
    #[error("mllp.tls_key {path}: {msg}")]
    Key { path: String, msg: String },
    #[error("mllp.tls_client_ca {path}: {msg}")]
    ClientCa { path: String, msg: String },
    #[error("mllp.tls_cert / mllp.tls_key do not form a usable pair: {0}")]
    Config(String),
}

/// The files a TLS listener is built from.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
    /// Client certificates required and checked against this CA bundle.
    pub client_ca: Option<PathBuf>,
}

impl TlsFiles {
    fn paths(&self) -> Vec<&Path> {
        let mut p = vec![self.cert.as_path(), self.key.as_path()];
        p.extend(self.client_ca.as_deref());
        p
    }
}

fn certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    crate::net::http::pem_certs(path)
}

pub fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor, TlsError> {
    let chain = certs(&files.cert).map_err(|msg| TlsError::Cert { path: files.cert.display().to_string(), msg })?;
    let key = PrivateKeyDer::from_pem_file(&files.key).map_err(|e| TlsError::Key { path: files.key.display().to_string(), msg: e.to_string() })?;
    let builder = ServerConfig::builder();
    let config = match &files.client_ca {
        None => builder.with_no_client_auth(),
        Some(ca) => {
            let bad = |msg: String| TlsError::ClientCa { path: ca.display().to_string(), msg };
            let mut roots = RootCertStore::empty();
            for c in certs(ca).map_err(bad)? {
                roots.add(c).map_err(|e| bad(e.to_string()))?;
            }
            // No anonymous fallback: a client without a certificate fails the handshake.
            let verifier = WebPkiClientVerifier::builder(Arc::new(roots)).build().map_err(|e| bad(e.to_string()))?;
            builder.with_client_cert_verifier(verifier)
        }
    }
    .with_single_cert(chain, key)
    .map_err(|e| TlsError::Config(e.to_string()))?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// What the files looked like when last loaded: a change of any of them triggers a reload.
type Stamp = Vec<Option<(SystemTime, u64)>>;

fn stamp(files: &TlsFiles) -> Stamp {
    files.paths().iter().map(|p| std::fs::metadata(p).ok().and_then(|m| Some((m.modified().ok()?, m.len())))).collect()
}

/// The acceptor in use, swapped whole on reload. Owned by the server; the watcher task only
/// calls [`TlsReloader::reload`].
pub struct TlsReloader {
    files: TlsFiles,
    /// Cloned per accepted connection; a handshake in progress keeps the old one.
    current: RwLock<TlsAcceptor>,
    /// Of the files last loaded (or last tried: a broken file is not retried until it changes).
    loaded: Mutex<Stamp>,
}

impl TlsReloader {
    pub fn new(files: TlsFiles) -> Result<TlsReloader, TlsError> {
        let loaded = Mutex::new(stamp(&files));
        let current = RwLock::new(acceptor(&files)?);
        Ok(TlsReloader { files, current, loaded })
    }

    pub fn acceptor(&self) -> TlsAcceptor {
        self.current.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn client_auth(&self) -> bool {
        self.files.client_ca.is_some()
    }

    /// Whether the files changed since they were last loaded or tried.
    pub fn changed(&self) -> bool {
        *self.loaded.lock().unwrap_or_else(|p| p.into_inner()) != stamp(&self.files)
    }

    /// Build from the files again; on failure the acceptor in use stays.
    pub fn reload(&self) -> Result<(), TlsError> {
        *self.loaded.lock().unwrap_or_else(|p| p.into_inner()) = stamp(&self.files);
        let fresh = acceptor(&self.files)?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        Ok(())
    }
}

/// The names a client certificate vouches for: its subject CNs and SAN DNS names.
pub fn subject_names(der: &[u8]) -> Vec<String> {
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(der) else { return Vec::new() };
    let mut names: Vec<String> = cert.subject().iter_common_name().filter_map(|cn| cn.as_str().ok().map(str::to_string)).collect();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for n in &san.value.general_names {
            if let x509_parser::extensions::GeneralName::DNSName(d) = n {
                names.push(d.to_string());
            }
        }
    }
    names
}

/// Which certificate subjects may send as which sending application (MSH-3 namespace id).
/// Empty: any verified client may send as anyone. Otherwise closed: an application not listed
/// (and no `*` entry) is refused, so a new feed is an explicit decision.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SenderAllowlist(pub BTreeMap<String, Vec<String>>);

impl SenderAllowlist {
    /// `Err(reason)` when the connection's certificate names may not send as `application`.
    pub fn check(&self, application: &str, subjects: Option<&[String]>) -> Result<(), String> {
        if self.0.is_empty() {
            return Ok(());
        }
        let Some(allowed) = self.0.get(application).or_else(|| self.0.get("*")) else {
            return Err(format!("sending application `{application}` (MSH-3) is not on the gateway's allowlist (mllp.tls_client_allow)"));
        };
        let subjects = subjects.unwrap_or(&[]);
        if subjects.iter().any(|s| allowed.iter().any(|a| a.eq_ignore_ascii_case(s))) {
            Ok(())
        } else {
            Err(format!("the client certificate ({}) may not send as `{application}` (MSH-3; mllp.tls_client_allow)", if subjects.is_empty() { "none".to_string() } else { subjects.join(", ") }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_come_from_cn_and_san_dns() {
        let mut p = rcgen::CertificateParams::new(vec!["ris-a.example.org".to_string()]).unwrap();
        p.distinguished_name.push(rcgen::DnType::CommonName, "RIS A");
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = p.self_signed(&key).unwrap();
        assert_eq!(subject_names(cert.der()), ["RIS A", "ris-a.example.org"]);
        assert!(subject_names(b"not a certificate").is_empty());
    }

    #[test]
    fn the_allowlist_is_per_application_and_closed_once_set() {
        let open = SenderAllowlist::default();
        assert!(open.check("ANY", None).is_ok());
        let mut m = BTreeMap::new();
        m.insert("RIS_A".to_string(), vec!["ris-a.example.org".to_string()]);
        let list = SenderAllowlist(m.clone());
        let a = ["ris-a.example.org".to_string()];
        let b = ["ris-b.example.org".to_string()];
        assert!(list.check("RIS_A", Some(&a)).is_ok());
        assert!(list.check("RIS_A", Some(&b)).unwrap_err().contains("ris-b.example.org"));
        assert!(list.check("RIS_B", Some(&b)).unwrap_err().contains("not on the gateway's allowlist"));
        assert!(list.check("RIS_A", None).is_err(), "no certificate, no sending");
        m.insert("*".to_string(), vec!["ris-b.example.org".to_string()]);
        assert!(SenderAllowlist(m).check("RIS_B", Some(&b)).is_ok(), "`*` covers applications not listed");
    }
}
