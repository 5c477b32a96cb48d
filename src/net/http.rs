//! A small HTTP/1.1 client for the services radlabel calls (the schema registry today, the
//! teacher endpoint next): http or https with a custom CA and an optional client certificate,
//! Basic or Bearer credentials from [`crate::secret`], one request per connection, bounded
//! by a timeout from connect to last byte. Small on purpose: these are a few requests a
//! minute, and a full client stack would pull a second TLS library into the build.
//!
//! Errors name the URL and what failed, never the credentials.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio_rustls::rustls::{ClientConfig, RootCertStore};
use tokio_rustls::TlsConnector;

use crate::secret::Secret;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HttpError {
    /// Settings that cannot work (a CA file that does not parse, ...): fatal at start.
    #[error("{key}: {msg}")]
    Setup { key: String, msg: String },
    /// The request did not get an answer: retry later.
    #[error("{url}: {msg}")]
    Unavailable { url: String, msg: String },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    Basic { user: String, password: Secret },
    Bearer(Secret),
}

/// How to reach one service; `key` prefixes the config keys in error messages
/// (e.g. `input.schema_registry`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpSettings {
    pub key: String,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub auth: Option<Auth>,
}

pub struct HttpClient {
    tls: TlsConnector,
    auth: Option<String>,
    timeout: Duration,
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    /// Header names in lower case (e.g. `retry-after` for a 429).
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

impl HttpClient {
    pub fn new(s: &HttpSettings, timeout: Duration) -> Result<HttpClient, HttpError> {
        let setup = |suffix: &str, msg: String| HttpError::Setup { key: format!("{}_{suffix}", s.key), msg };
        let mut roots = RootCertStore::empty();
        match &s.ca_file {
            Some(ca) => {
                let certs = pem_certs(ca).map_err(|e| setup("ca_file", format!("{}: {e}", ca.display())))?;
                for c in certs {
                    roots.add(c).map_err(|e| setup("ca_file", format!("{}: {e}", ca.display())))?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let builder = ClientConfig::builder().with_root_certificates(roots);
        let config = match (&s.cert_file, &s.key_file) {
            (Some(cert), Some(key)) => {
                let chain = pem_certs(cert).map_err(|e| setup("cert_file", format!("{}: {e}", cert.display())))?;
                let k = PrivateKeyDer::from_pem_file(key).map_err(|e| setup("key_file", format!("{}: {e}", key.display())))?;
                builder.with_client_auth_cert(chain, k).map_err(|e| setup("cert_file", e.to_string()))?
            }
            (None, None) => builder.with_no_client_auth(),
            _ => return Err(setup("key_file", "a client certificate needs both cert_file and key_file".into())),
        };
        let auth = s.auth.as_ref().map(|a| match a {
            Auth::Basic { user, password } => format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{}", password.expose()))),
            Auth::Bearer(token) => format!("Bearer {}", token.expose()),
        });
        if let Some(a) = &auth {
            // The encoded form is what travels; keep it out of logs too.
            crate::secret::register(a);
        }
        Ok(HttpClient { tls: TlsConnector::from(Arc::new(config)), auth, timeout })
    }

    /// `GET url`, bounded by the client's timeout.
    pub async fn get(&self, url: &str, accept: &str) -> Result<Response, HttpError> {
        self.request("GET", url, accept, None).await
    }

    /// `POST url` with a JSON body (`content_type`), bounded by the client's timeout.
    pub async fn post(&self, url: &str, accept: &str, content_type: &str, body: &str) -> Result<Response, HttpError> {
        self.request("POST", url, accept, Some((content_type, body))).await
    }

    async fn request(&self, method: &str, url: &str, accept: &str, body: Option<(&str, &str)>) -> Result<Response, HttpError> {
        let unavailable = |msg: String| HttpError::Unavailable { url: url.to_string(), msg };
        tokio::time::timeout(self.timeout, self.request_unbounded(method, url, accept, body))
            .await
            .unwrap_or_else(|_| Err(unavailable(format!("no complete answer within {} ms", self.timeout.as_millis()))))
    }

    async fn request_unbounded(&self, method: &str, url: &str, accept: &str, body: Option<(&str, &str)>) -> Result<Response, HttpError> {
        let unavailable = |msg: String| HttpError::Unavailable { url: url.to_string(), msg };
        let (tls, rest) = match url.split_once("://") {
            Some(("http", rest)) => (false, rest),
            Some(("https", rest)) => (true, rest),
            _ => return Err(unavailable("not an http:// or https:// URL".into())),
        };
        let (authority, path) = rest.split_once('/').map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
        let host = authority.rsplit_once(':').filter(|(_, p)| p.parse::<u16>().is_ok()).map_or(authority, |(h, _)| h);
        let addr = if authority.contains(':') && !authority.ends_with(']') { authority.to_string() } else { format!("{authority}:{}", if tls { 443 } else { 80 }) };
        let tcp = tokio::net::TcpStream::connect(&addr).await.map_err(|e| unavailable(format!("connect: {e}")))?;
        let mut conn: Box<dyn Stream> = if tls {
            let name = ServerName::try_from(host.trim_matches(['[', ']']).to_string()).map_err(|e| unavailable(format!("host name: {e}")))?;
            Box::new(self.tls.connect(name, tcp).await.map_err(|e| unavailable(format!("TLS: {e}")))?)
        } else {
            Box::new(tcp)
        };
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nAccept: {accept}\r\nConnection: close\r\n");
        if let Some(a) = &self.auth {
            req.push_str(&format!("Authorization: {a}\r\n"));
        }
        if let Some((content_type, b)) = body {
            req.push_str(&format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n", b.len()));
        }
        req.push_str("\r\n");
        if let Some((_, b)) = body {
            req.push_str(b);
        }
        conn.write_all(req.as_bytes()).await.map_err(|e| unavailable(e.to_string()))?;
        let mut raw = Vec::new();
        // A TLS peer that closes without close_notify still sent a complete response.
        if let Err(e) = conn.read_to_end(&mut raw).await {
            if raw.is_empty() || e.kind() != std::io::ErrorKind::UnexpectedEof {
                return Err(unavailable(e.to_string()));
            }
        }
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| unavailable("malformed HTTP response".into()))?;
        let status: u16 = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| unavailable("malformed status line".into()))?;
        let headers: Vec<(String, String)> = head.lines().skip(1).filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
        let chunked = headers.iter().any(|(k, v)| k == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
        let body = if chunked { dechunk(body) } else { body.to_string() };
        Ok(Response { status, headers, body })
    }
}

/// The certificates of a PEM file, in order (a chain or a CA bundle); an error when it holds none.
/// Shared with the HL7 gateway's TLS setup.
pub(crate) fn pem_certs(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path).and_then(|it| it.collect::<Result<_, _>>()).map_err(|e| e.to_string())?;
    if certs.is_empty() {
        return Err("no CERTIFICATE block".into());
    }
    Ok(certs)
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests;
