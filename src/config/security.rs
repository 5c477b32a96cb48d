//! Kafka transport security, typed: TLS (CA, client certificate, key passphrase) and SASL
//! (PLAIN, SCRAM-SHA-256/512, OAUTHBEARER through an OIDC token endpoint). Every Kafka client
//! of every role gets these settings through `kafka::client_config`, so connecting a role to a
//! secured cluster is configuration, never a rebuild: the default build links librdkafka with
//! OpenSSL and libcurl compiled from source (`ssl-vendored`, `curl-static`).
//!
//! Secrets come from `RADLABEL_KAFKA_*` environment variables or `*_file` keys
//! ([`crate::secret`]); the librdkafka pass-through refuses them, so no TOML file or command
//! line ever holds one.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::ConfigError;
use crate::secret::{self, Secret};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaSecurity {
    /// `plaintext`, `ssl`, `sasl_plaintext` or `sasl_ssl` (librdkafka's security.protocol).
    pub protocol: String,
    /// PEM CA bundle that signed the brokers' certificates; empty: the system's CA store.
    pub ca_file: String,
    /// PEM client certificate and key, for clusters that authenticate clients by certificate.
    pub cert_file: String,
    pub key_file: String,
    /// File holding the key's passphrase (or RADLABEL_KAFKA_SSL_KEY_PASSWORD).
    pub key_password_file: String,
    /// Check that the broker's certificate names the host connected to. Off only for a lab.
    pub verify_hostname: bool,
    /// `PLAIN`, `SCRAM-SHA-256`, `SCRAM-SHA-512` or `OAUTHBEARER`.
    pub sasl_mechanism: String,
    pub sasl_username: String,
    /// File holding the SASL password (or RADLABEL_KAFKA_SASL_PASSWORD).
    pub sasl_password_file: String,
    /// OAUTHBEARER: the OIDC token endpoint (client-credentials grant) and client id.
    pub oauth_token_endpoint: String,
    pub oauth_client_id: String,
    /// File holding the OAuth client secret (or RADLABEL_KAFKA_OAUTH_CLIENT_SECRET).
    pub oauth_client_secret_file: String,
    pub oauth_scope: String,
    /// Resolved at load, never serialised; prints as `[redacted]`.
    #[serde(skip)]
    pub secrets: KafkaSecrets,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KafkaSecrets {
    pub key_password: Option<Secret>,
    pub sasl_password: Option<Secret>,
    pub oauth_client_secret: Option<Secret>,
}

impl Default for KafkaSecurity {
    fn default() -> Self {
        KafkaSecurity {
            protocol: "plaintext".into(),
            ca_file: String::new(),
            cert_file: String::new(),
            key_file: String::new(),
            key_password_file: String::new(),
            verify_hostname: true,
            sasl_mechanism: String::new(),
            sasl_username: String::new(),
            sasl_password_file: String::new(),
            oauth_token_endpoint: String::new(),
            oauth_client_id: String::new(),
            oauth_client_secret_file: String::new(),
            oauth_scope: String::new(),
            secrets: KafkaSecrets::default(),
        }
    }
}

/// librdkafka properties that carry a secret: refused in `kafka.librdkafka`, with the place
/// the value belongs instead.
const SECRET_PROPERTIES: [(&str, &str); 7] = [
    ("sasl.password", "RADLABEL_KAFKA_SASL_PASSWORD or kafka.security.sasl_password_file"),
    ("ssl.key.password", "RADLABEL_KAFKA_SSL_KEY_PASSWORD or kafka.security.key_password_file"),
    ("sasl.oauthbearer.client.secret", "RADLABEL_KAFKA_OAUTH_CLIENT_SECRET or kafka.security.oauth_client_secret_file"),
    ("ssl.keystore.password", "kafka.security.cert_file / key_file (PEM) with RADLABEL_KAFKA_SSL_KEY_PASSWORD"),
    ("ssl.key.pem", "kafka.security.key_file"),
    ("sasl.oauthbearer.config", "kafka.security.oauth_* keys"),
    ("ssl_key", "kafka.security.key_file"),
];

impl KafkaSecurity {
    fn protocol(&self) -> String {
        self.protocol.trim().to_ascii_lowercase()
    }

    fn uses_tls(&self) -> bool {
        matches!(self.protocol().as_str(), "ssl" | "sasl_ssl")
    }

    fn uses_sasl(&self) -> bool {
        matches!(self.protocol().as_str(), "sasl_plaintext" | "sasl_ssl")
    }

    fn mechanism(&self) -> String {
        self.sasl_mechanism.trim().to_ascii_uppercase()
    }

    /// Reads the secrets this configuration needs from `env` or their files.
    pub fn resolve_secrets(&mut self, env: &dyn Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        let get = |var: &str, key: &str, file: &str| secret::resolve(var, key, file, env).map_err(|e| ConfigError::new(key, e.to_string()));
        self.secrets = KafkaSecrets {
            key_password: get("RADLABEL_KAFKA_SSL_KEY_PASSWORD", "kafka.security.key_password_file", &self.key_password_file)?,
            sasl_password: get("RADLABEL_KAFKA_SASL_PASSWORD", "kafka.security.sasl_password_file", &self.sasl_password_file)?,
            oauth_client_secret: get("RADLABEL_KAFKA_OAUTH_CLIENT_SECRET", "kafka.security.oauth_client_secret_file", &self.oauth_client_secret_file)?,
        };
        Ok(())
    }

    pub fn validate(&self, passthrough: &std::collections::BTreeMap<String, String>) -> Result<(), ConfigError> {
        for (prop, instead) in SECRET_PROPERTIES {
            if passthrough.contains_key(prop) {
                return Err(ConfigError::new(&format!("kafka.librdkafka.{prop}"), format!("secrets are not taken from config or the command line; use {instead}")));
            }
        }
        let p = self.protocol();
        if !matches!(p.as_str(), "plaintext" | "ssl" | "sasl_plaintext" | "sasl_ssl") {
            return Err(ConfigError::new("kafka.security.protocol", format!("`{}` is not plaintext, ssl, sasl_plaintext or sasl_ssl", self.protocol)));
        }
        for (key, f) in [("kafka.security.ca_file", &self.ca_file), ("kafka.security.cert_file", &self.cert_file), ("kafka.security.key_file", &self.key_file)] {
            if !f.trim().is_empty() {
                if !self.uses_tls() {
                    return Err(ConfigError::new(key, format!("is set but kafka.security.protocol is {p} (no TLS)")));
                }
                if !Path::new(f.trim()).is_file() {
                    return Err(ConfigError::new(key, format!("{f}: no such file")));
                }
            }
        }
        if self.cert_file.trim().is_empty() != self.key_file.trim().is_empty() {
            return Err(ConfigError::new("kafka.security.key_file", "a client certificate needs both cert_file and key_file"));
        }
        let m = self.mechanism();
        if !self.uses_sasl() {
            if !m.is_empty() {
                return Err(ConfigError::new("kafka.security.sasl_mechanism", format!("is set but kafka.security.protocol is {p} (no SASL)")));
            }
            return Ok(());
        }
        let s = &self.secrets;
        match m.as_str() {
            "PLAIN" | "SCRAM-SHA-256" | "SCRAM-SHA-512" => {
                if self.sasl_username.trim().is_empty() {
                    return Err(ConfigError::new("kafka.security.sasl_username", format!("SASL {m} needs a user name")));
                }
                if s.sasl_password.is_none() {
                    return Err(ConfigError::new("kafka.security.sasl_password_file", format!("SASL {m} needs a password: set RADLABEL_KAFKA_SASL_PASSWORD or this key")));
                }
            }
            "OAUTHBEARER" => {
                let ep = self.oauth_token_endpoint.trim();
                if !(ep.starts_with("https://") || ep.starts_with("http://")) {
                    return Err(ConfigError::new("kafka.security.oauth_token_endpoint", "OAUTHBEARER needs the OIDC token endpoint URL"));
                }
                if self.oauth_client_id.trim().is_empty() {
                    return Err(ConfigError::new("kafka.security.oauth_client_id", "OAUTHBEARER needs a client id"));
                }
                if s.oauth_client_secret.is_none() {
                    return Err(ConfigError::new("kafka.security.oauth_client_secret_file", "OAUTHBEARER needs a client secret: set RADLABEL_KAFKA_OAUTH_CLIENT_SECRET or this key"));
                }
            }
            "GSSAPI" => {
                return Err(ConfigError::new("kafka.security.sasl_mechanism", "GSSAPI (Kerberos) is not in the default build: it needs Cyrus SASL and Kerberos; see deploy/README.md"))
            }
            "" => return Err(ConfigError::new("kafka.security.sasl_mechanism", format!("kafka.security.protocol is {p}: name the mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)"))),
            other => return Err(ConfigError::new("kafka.security.sasl_mechanism", format!("`{other}` is not PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER"))),
        }
        Ok(())
    }

    /// The librdkafka properties, secrets included: for `ClientConfig` only, never to print.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("security.protocol", self.protocol())];
        if self.uses_tls() {
            // `probe`: the vendored OpenSSL knows no system path, librdkafka looks in the usual ones.
            let ca = if self.ca_file.trim().is_empty() { "probe".to_string() } else { self.ca_file.trim().to_string() };
            out.push(("ssl.ca.location", ca));
            out.push(("ssl.endpoint.identification.algorithm", (if self.verify_hostname { "https" } else { "none" }).into()));
            if !self.cert_file.trim().is_empty() {
                out.push(("ssl.certificate.location", self.cert_file.trim().into()));
                out.push(("ssl.key.location", self.key_file.trim().into()));
            }
            if let Some(pw) = &self.secrets.key_password {
                out.push(("ssl.key.password", pw.expose().into()));
            }
        }
        if self.uses_sasl() {
            let m = self.mechanism();
            out.push(("sasl.mechanism", m.clone()));
            if m == "OAUTHBEARER" {
                out.push(("sasl.oauthbearer.method", "oidc".into()));
                out.push(("sasl.oauthbearer.token.endpoint.url", self.oauth_token_endpoint.trim().into()));
                out.push(("sasl.oauthbearer.client.id", self.oauth_client_id.trim().into()));
                if let Some(s) = &self.secrets.oauth_client_secret {
                    out.push(("sasl.oauthbearer.client.secret", s.expose().into()));
                }
                if !self.oauth_scope.trim().is_empty() {
                    out.push(("sasl.oauthbearer.scope", self.oauth_scope.trim().into()));
                }
            } else {
                out.push(("sasl.username", self.sasl_username.trim().into()));
                if let Some(pw) = &self.secrets.sasl_password {
                    out.push(("sasl.password", pw.expose().into()));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sec(protocol: &str, mechanism: &str) -> KafkaSecurity {
        KafkaSecurity { protocol: protocol.into(), sasl_mechanism: mechanism.into(), ..KafkaSecurity::default() }
    }

    #[test]
    fn sasl_needs_its_parts_and_names_the_missing_key() {
        let none = std::collections::BTreeMap::new();
        let key = |s: &KafkaSecurity| s.validate(&none).unwrap_err().key;
        assert_eq!(key(&sec("sasl_ssl", "")), "kafka.security.sasl_mechanism");
        assert_eq!(key(&sec("sasl_ssl", "SCRAM-SHA-512")), "kafka.security.sasl_username");
        let mut s = sec("sasl_ssl", "scram-sha-512");
        s.sasl_username = "radlabel".into();
        assert_eq!(key(&s), "kafka.security.sasl_password_file");
        s.resolve_secrets(&|v| (v == "RADLABEL_KAFKA_SASL_PASSWORD").then(|| "unit-sasl-pw".to_string())).unwrap();
        s.validate(&none).unwrap();
        let props = s.properties();
        assert!(props.contains(&("sasl.mechanism", "SCRAM-SHA-512".into())) && props.contains(&("sasl.password", "unit-sasl-pw".into())));
        assert!(props.contains(&("ssl.ca.location", "probe".into())), "no CA file: the usual system paths");
        assert!(!format!("{s:?}").contains("unit-sasl-pw"), "Debug never shows the secret");
        assert_eq!(key(&sec("sasl_ssl", "GSSAPI")), "kafka.security.sasl_mechanism");
        assert_eq!(key(&sec("plaintext", "PLAIN")), "kafka.security.sasl_mechanism");
        assert_eq!(key(&sec("tls", "")), "kafka.security.protocol");
        let o = sec("sasl_ssl", "OAUTHBEARER");
        assert_eq!(key(&o), "kafka.security.oauth_token_endpoint");
    }

    #[test]
    fn secrets_in_the_passthrough_are_refused() {
        let mut p = std::collections::BTreeMap::new();
        p.insert("sasl.password".to_string(), "x".to_string());
        let e = KafkaSecurity::default().validate(&p).unwrap_err();
        assert_eq!(e.key, "kafka.librdkafka.sasl.password");
        assert!(e.msg.contains("RADLABEL_KAFKA_SASL_PASSWORD") && !e.msg.contains("x\""), "{e}");
    }

    #[test]
    fn tls_files_must_exist_and_need_tls() {
        let none = std::collections::BTreeMap::new();
        let mut s = sec("ssl", "");
        s.ca_file = "/nonexistent/ca.pem".into();
        assert_eq!(s.validate(&none).unwrap_err().key, "kafka.security.ca_file");
        let mut s = sec("plaintext", "");
        s.ca_file = "/etc/hostname".into();
        assert_eq!(s.validate(&none).unwrap_err().key, "kafka.security.ca_file");
        let s = sec("SSL", "");
        s.validate(&none).unwrap();
        assert!(s.properties().contains(&("ssl.endpoint.identification.algorithm", "https".into())));
    }
}
