//! One event per thing that happens in the HL7 gateway; each logs and counts in one place,
//! with label values from fixed sets (as the connector's `telemetry`, after Vector's internal
//! events). The listener and the message handler say what happened; only `emit` counts.

use std::time::Duration;

use crate::hl7::ack::AckResult;
use crate::hl7::frame::FrameError;
use crate::metrics::GatewayMetrics;

pub enum GatewayEvent<'a> {
    ConnectionAccepted,
    /// Closed at accept: `mllp.max_connections` reached.
    ConnectionRefused { peer: &'a str, limit: usize },
    /// No, an untrusted or a slow client certificate / handshake; `error` None: timed out.
    HandshakeFailed { peer: &'a str, error: Option<&'a str> },
    ConnectionOpened { peer: &'a str, tls: bool, client: Option<String> },
    ConnectionClosed { peer: &'a str, reason: &'static str },
    /// Bytes that did not form a message (`context` says where it was seen).
    FrameProblem { peer: &'a str, error: &'a FrameError, context: &'static str },
    /// One message answered (or not, where MSH-15 asks for no ACK): `first_error` is the
    /// first ERR text; `latency` from complete frame to ACK when one is sent.
    MessageHandled { peer: &'a str, control_id: &'a str, result: AckResult, first_error: &'a str, acked: bool, latency: Option<Duration> },
    /// The events of a stored message.
    EventsStored { count: u64 },
    OrderSkipped { report_id: &'a str, reason: &'static str },
    OrderDeadLettered { peer: &'a str, control_id: &'a str, order: usize, error: &'a str },
    TlsReload { trigger: &'a str, error: Option<String> },
}

fn frame_kind(e: &FrameError) -> &'static str {
    match e {
        FrameError::Garbage { .. } => "garbage",
        FrameError::MissingEnd { .. } => "missing_end",
        FrameError::Truncated { .. } => "truncated",
        FrameError::Oversize { .. } => "oversize",
    }
}

pub fn emit(m: &GatewayMetrics, e: GatewayEvent<'_>) {
    match e {
        GatewayEvent::ConnectionAccepted => {
            m.connections.inc();
        }
        GatewayEvent::ConnectionRefused { peer, limit } => {
            m.connections_refused.inc();
            tracing::warn!(peer, limit, "connection limit reached; closing the new connection");
        }
        GatewayEvent::HandshakeFailed { peer, error } => {
            m.tls_handshake_failures.inc();
            match error {
                Some(error) => tracing::warn!(peer, error, "TLS handshake failed"),
                None => tracing::warn!(peer, "TLS handshake timed out"),
            }
        }
        GatewayEvent::ConnectionOpened { peer, tls, client } => {
            m.connections_open.inc();
            tracing::info!(peer, tls, client, "connection opened");
        }
        GatewayEvent::ConnectionClosed { peer, reason } => {
            m.connections_open.dec();
            tracing::info!(peer, reason, "connection closed");
        }
        GatewayEvent::FrameProblem { peer, error, context } => {
            m.frame_errors.get_or_create(&[("kind", frame_kind(error))]).inc();
            tracing::warn!(peer, error = %error, context, "MLLP framing problem");
        }
        GatewayEvent::MessageHandled { peer, control_id, result, first_error, acked, latency } => {
            let label = match result {
                AckResult::Accepted => "accepted",
                AckResult::Retry => "retry",
                AckResult::Reject => "rejected",
            };
            m.messages.get_or_create(&[("result", label)]).inc();
            if let Some(l) = latency {
                m.ack_latency.observe(l.as_secs_f64());
            }
            match (result, acked) {
                (AckResult::Accepted, _) => tracing::debug!(peer, control_id, "message stored"),
                (AckResult::Retry, true) => tracing::warn!(peer, control_id, error = first_error, "message not stored; AE sent"),
                // MSH-15 NE/SU: the sender asked not to be told about failures.
                (AckResult::Retry, false) => tracing::error!(peer, control_id, error = first_error, "message not stored and the sender asked for no error acknowledgement (MSH-15); only the sender can resend it"),
                (AckResult::Reject, _) => tracing::warn!(peer, control_id, error = first_error, "message rejected"),
            }
        }
        GatewayEvent::EventsStored { count } => {
            m.events.inc_by(count);
        }
        GatewayEvent::OrderSkipped { report_id, reason } => {
            m.orders_skipped.get_or_create(&[("reason", reason)]).inc();
            tracing::debug!(report_id, reason, "order acknowledged without an event");
        }
        GatewayEvent::OrderDeadLettered { peer, control_id, order, error } => {
            m.orders_rejected.inc();
            tracing::warn!(peer, control_id, order, error, "order dead-lettered; the message's other orders were stored");
        }
        GatewayEvent::TlsReload { trigger, error: None } => {
            m.tls_reloads.get_or_create(&[("result", "ok")]).inc();
            tracing::info!(trigger, "TLS certificates reloaded; new connections use them");
        }
        GatewayEvent::TlsReload { trigger, error: Some(error) } => {
            m.tls_reloads.get_or_create(&[("result", "error")]).inc();
            tracing::error!(trigger, error, "TLS certificate reload failed; the previous certificates keep serving");
        }
    }
}
