//! HL7 v2 ingestion without I/O: MLLP framing, character sets, escape sequences, ORU^R01 /
//! MDM parsing (structure by `hl7-parser`), mapping to report events, and ACKs. The MLLP
//! server (`crate::mllp`) and `radlabel hl7 convert` are thin shells around [`convert`].

pub mod accept;
pub mod ack;
pub mod batch;
pub mod charset;
pub(crate) mod escape;
pub mod frame;
pub mod mapping;
pub(crate) mod message;

#[cfg(test)]
mod tests;

use crate::error::Outcome;
use accept::AcceptPolicy;
use ack::AckError;
use charset::Charset;
use mapping::{Mapped, PreliminaryPolicy};

/// Why a message cannot become report events. Every variant rejects the message (AR plus
/// the dead-letter topic): sending it again would give the same result.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Hl7Error {
    #[error("message does not start with an MSH segment")]
    NoMsh,
    #[error("MSH-18 character set `{0}` is not supported (ASCII, 8859/1 ... 8859/9, 8859/15, UNICODE UTF-8, BIG-5, GB 18030-2000, KS X 1001)")]
    UnsupportedCharset(String),
    #[error("byte 0x{byte:02X} at offset {offset} is not valid {charset} (MSH-18)")]
    BadEncoding { charset: &'static str, offset: usize, byte: u8 },
    #[error("HL7 syntax: {0}")]
    Syntax(String),
    #[error("message structure: {0}")]
    Structure(String),
    #[error("message type `{0}` is not supported (ORU^R01, MDM^T02/T04/T08/T10)")]
    UnsupportedType(String),
    #[error("order {order}: no accession ({fields} are empty)")]
    MissingAccession { order: usize, fields: String },
    #[error("report {report_id}: no result status ({fields} empty)")]
    MissingStatus { report_id: String, fields: String },
    #[error("report {report_id}: unknown result status `{value}` in {field}")]
    UnknownStatus { report_id: String, field: String, value: String },
    #[error("report {report_id}: no report text (no OBX of type TX, FT, ST, CE or CWE with a value; {skipped_obx} other OBX)")]
    NoText { report_id: String, skipped_obx: usize },
    #[error("MLLP frame of {bytes} bytes exceeds the limit of {limit} bytes")]
    TooLarge { bytes: usize, limit: usize },
    /// The connection's client certificate may not send as the message's MSH-3.
    #[error("{0}")]
    SenderNotAllowed(String),
}

impl Hl7Error {
    pub fn outcome(&self) -> Outcome {
        Outcome::DeadLetter
    }

    /// Bounded class name for dead-letter headers and logs.
    pub fn class(&self) -> &'static str {
        match self {
            Hl7Error::NoMsh => "NoMsh",
            Hl7Error::UnsupportedCharset(_) => "UnsupportedCharset",
            Hl7Error::BadEncoding { .. } => "BadEncoding",
            Hl7Error::Syntax(_) => "Syntax",
            Hl7Error::Structure(_) => "Structure",
            Hl7Error::UnsupportedType(_) => "UnsupportedMessageType",
            Hl7Error::MissingAccession { .. } => "MissingAccession",
            Hl7Error::MissingStatus { .. } => "MissingStatus",
            Hl7Error::UnknownStatus { .. } => "UnknownStatus",
            Hl7Error::NoText { .. } => "NoReportText",
            Hl7Error::TooLarge { .. } => "FrameTooLarge",
            Hl7Error::SenderNotAllowed(_) => "SenderNotAllowed",
        }
    }

    /// The ERR segment for the rejection (HL7 table 0357 code and location).
    pub fn ack_error(&self) -> AckError {
        let (code, location) = match self {
            Hl7Error::NoMsh | Hl7Error::Syntax(_) | Hl7Error::Structure(_) | Hl7Error::TooLarge { .. } => (100, String::new()),
            Hl7Error::UnsupportedCharset(_) | Hl7Error::BadEncoding { .. } => (102, "MSH^1^18".into()),
            Hl7Error::UnsupportedType(_) => (200, "MSH^1^9".into()),
            Hl7Error::MissingAccession { order, .. } => (101, format!("OBR^{order}^3")),
            Hl7Error::MissingStatus { .. } => (101, String::new()),
            Hl7Error::UnknownStatus { .. } => (103, String::new()),
            Hl7Error::NoText { .. } => (101, "OBX".into()),
            Hl7Error::SenderNotAllowed(_) => (207, "MSH^1^3".into()),
        };
        AckError { code, location, message: self.to_string(), severity: ack::Severity::Error }
    }
}

/// Settings of the conversion shared by the gateway and `radlabel hl7 convert`.
#[derive(Debug, Clone, Copy)]
pub struct ConvertOptions {
    /// Used when MSH-18 is empty.
    pub default_charset: Charset,
    pub preliminary: PreliminaryPolicy,
    /// Which orders are radiology reports (see `accept`).
    pub accept: AcceptPolicy,
}

/// Bytes of one message (no MLLP framing) to one outcome per order. `Err`: the message as a
/// whole cannot be read (character set, syntax, type), so no order can be judged.
pub fn convert(bytes: &[u8], opts: ConvertOptions) -> Result<Vec<Mapped>, Hl7Error> {
    let (text, charset) = charset::decode_message(bytes, opts.default_charset)?;
    let parsed = message::parse(&text, charset)?;
    Ok(mapping::to_events(&parsed, bytes, opts))
}

/// Split a file of HL7 messages: MLLP-framed, or plain with each message starting at an
/// `MSH` segment (CR, LF or CRLF segment endings); batch envelopes (FHS/BHS/BTS/FTS), in the
/// file or inside a frame, are taken off and their messages returned one by one.
pub fn split_messages(data: &[u8]) -> Vec<Result<Vec<u8>, frame::FrameError>> {
    let mut out = Vec::new();
    let expand = |chunk: &[u8], out: &mut Vec<Result<Vec<u8>, frame::FrameError>>| {
        let u = batch::unbatch(chunk);
        if u.stray_bytes > 0 {
            out.push(Err(frame::FrameError::Garbage { bytes: u.stray_bytes }));
        }
        out.extend(u.messages.into_iter().map(Ok));
    };
    if data.iter().find(|b| !b.is_ascii_whitespace()) == Some(&frame::START) {
        let mut r = frame::FrameReader::new(usize::MAX);
        r.push(data);
        while let Some(item) = r.next_frame() {
            match item {
                Ok(f) => expand(&f, &mut out),
                Err(e) => out.push(Err(e)),
            }
        }
        out.extend(r.finish().map(Err));
        return out;
    }
    expand(data, &mut out);
    out
}
