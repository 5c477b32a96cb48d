//! The HL7 gateway's section.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::hl7::accept::AcceptPolicy;
use crate::hl7::charset::Charset;
use crate::hl7::mapping::PreliminaryPolicy;

/// The HL7 gateway (`radlabel mllp`): MLLP in, report events on `kafka.reports_topic`,
/// rejected messages on `kafka.dlq_topic`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MllpConfig {
    /// Address to listen on (also --listen).
    pub listen: String,
    /// Connections served at once; more are accepted and closed at once (logged).
    pub max_connections: usize,
    /// Larger frames are rejected (AR) and skipped without being buffered.
    pub max_frame_bytes: usize,
    /// A connection silent for this long (idle, or stuck inside a frame) is closed.
    pub read_timeout_ms: u64,
    /// How long the broker may take to acknowledge a message's events before the sender
    /// gets AE (and sends again).
    pub ack_timeout_ms: u64,
    /// PEM certificate chain and private key: both set means TLS (rustls), neither plain TCP.
    pub tls_cert: String,
    pub tls_key: String,
    /// PEM CA bundle: set, every client must present a certificate it signed (mutual TLS).
    pub tls_client_ca: String,
    /// Sending application (MSH-3) -> certificate names (CN or SAN DNS) allowed to send as it;
    /// `*` for any other application. Empty: any verified client. Env:
    /// RADLABEL_MLLP_TLS_CLIENT_ALLOW="RIS_A=ris-a.example.org;*=hl7-engine.example.org".
    pub tls_client_allow: BTreeMap<String, Vec<String>>,
    /// How often the certificate files are checked for changes (SIGHUP reloads at once).
    pub tls_reload_interval_ms: u64,
    /// Character set for messages with an empty MSH-18.
    pub default_charset: Charset,
    /// Preliminary results: `skip` (acknowledged and counted) or `produce`.
    pub preliminary: PreliminaryPolicy,
    /// Which orders are published: `radiology` (OBR-24, procedure, TXA-2 or section codes say
    /// so; the rest acknowledged and counted) or `all`.
    pub accept: AcceptPolicy,
}

impl Default for MllpConfig {
    fn default() -> Self {
        MllpConfig {
            listen: "0.0.0.0:2575".into(),
            max_connections: 64,
            max_frame_bytes: 1024 * 1024,
            read_timeout_ms: 60_000,
            ack_timeout_ms: 10_000,
            tls_cert: String::new(),
            tls_key: String::new(),
            tls_client_ca: String::new(),
            tls_client_allow: BTreeMap::new(),
            tls_reload_interval_ms: 5000,
            default_charset: Charset::Utf8,
            preliminary: PreliminaryPolicy::Skip,
            accept: AcceptPolicy::Radiology,
        }
    }
}

