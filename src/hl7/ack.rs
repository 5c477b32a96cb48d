//! HL7 acknowledgements. Built from the raw MSH bytes, not the parsed message, so that a
//! message that fails to decode or parse still gets an ACK naming its control id.

use std::time::{SystemTime, UNIX_EPOCH};

use super::charset::{msh_bytes, Charset};

/// The outcome the ACK reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckResult {
    /// Stored on the broker (or deliberately skipped, e.g. a preliminary report).
    Accepted,
    /// Could not be stored now; the sender should send it again.
    Retry,
    /// Can never be processed; it went to the dead-letter topic.
    Reject,
}

/// Raw MSH fields an ACK needs, in the sender's encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AckHeader {
    field_sep: char,
    /// MSH-2 as sent.
    encoding: String,
    /// MSH-3..MSH-6 raw.
    sending: [String; 2],
    receiving: [String; 2],
    trigger: String,
    control_id: String,
    processing_id: String,
    version: String,
    accept_ack_type: String,
    application_ack_type: String,
    charset_field: String,
}

impl Default for AckHeader {
    /// For bytes with no readable MSH: default delimiters, nothing to echo.
    fn default() -> Self {
        AckHeader {
            field_sep: '|',
            encoding: "^~\\&".into(),
            sending: Default::default(),
            receiving: Default::default(),
            trigger: String::new(),
            control_id: String::new(),
            processing_id: "P".into(),
            version: "2.5".into(),
            accept_ack_type: String::new(),
            application_ack_type: String::new(),
            charset_field: String::new(),
        }
    }
}

impl AckHeader {
    /// Read leniently from the message bytes (any byte the set cannot hold is replaced;
    /// these fields are ASCII in practice).
    pub fn from_message(bytes: &[u8]) -> AckHeader {
        let Some(msh) = msh_bytes(bytes) else { return AckHeader::default() };
        let msh = String::from_utf8_lossy(msh);
        let fs = msh.as_bytes()[3] as char;
        if fs.is_ascii_alphanumeric() || !fs.is_ascii() {
            return AckHeader::default();
        }
        let fields: Vec<&str> = msh.split(fs).collect();
        // fields[i] is MSH-(i+1).
        let f = |n: usize| fields.get(n - 1).map(|s| s.to_string()).unwrap_or_default();
        let encoding = f(2);
        let component = encoding.chars().next().unwrap_or('^');
        let first_comp = |n: usize| f(n).split(component).next().unwrap_or("").trim().to_string();
        AckHeader {
            field_sep: fs,
            encoding: if encoding.is_empty() { "^~\\&".into() } else { encoding },
            sending: [f(3), f(4)],
            receiving: [f(5), f(6)],
            trigger: f(9).split(component).nth(1).unwrap_or("").to_string(),
            control_id: f(10),
            processing_id: f(11),
            version: f(12),
            accept_ack_type: first_comp(15),
            application_ack_type: first_comp(16),
            charset_field: f(18),
        }
    }

    pub fn control_id(&self) -> &str {
        &self.control_id
    }

    /// MSH-3's namespace id (its first component): who the message says sent it.
    pub fn sending_application(&self) -> &str {
        let component = self.encoding.chars().next().unwrap_or('^');
        self.sending[0].split(component).next().unwrap_or("").trim()
    }

    /// Enhanced acknowledgement mode: the sender filled MSH-15 or MSH-16.
    pub fn enhanced(&self) -> bool {
        !self.accept_ack_type.is_empty() || !self.application_ack_type.is_empty()
    }

    /// MSA-1 for this result: AA/AE/AR, or CA/CE/CR in enhanced mode.
    pub fn code(&self, result: AckResult) -> &'static str {
        match (self.enhanced(), result) {
            (false, AckResult::Accepted) => "AA",
            (false, AckResult::Retry) => "AE",
            (false, AckResult::Reject) => "AR",
            (true, AckResult::Accepted) => "CA",
            (true, AckResult::Retry) => "CE",
            (true, AckResult::Reject) => "CR",
        }
    }

    /// Whether the sender asked for this accept acknowledgement (MSH-15: AL always or empty,
    /// NE never, ER only on errors, SU only on success).
    pub fn wants_ack(&self, result: AckResult) -> bool {
        match self.accept_ack_type.to_ascii_uppercase().as_str() {
            "NE" => false,
            "ER" => result != AckResult::Accepted,
            "SU" => result == AckResult::Accepted,
            _ => true,
        }
    }

    /// Escape text for a field in the sender's delimiters.
    fn escape(&self, text: &str) -> String {
        let enc: Vec<char> = self.encoding.chars().collect();
        let (comp, rep, esc, sub) = (enc.first().copied().unwrap_or('^'), enc.get(1).copied().unwrap_or('~'), enc.get(2).copied().unwrap_or('\\'), enc.get(3).copied().unwrap_or('&'));
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            let code = match c {
                c if c == esc => "E",
                c if c == self.field_sep => "F",
                c if c == comp => "S",
                c if c == sub => "T",
                c if c == rep => "R",
                '\r' | '\n' => ".br",
                _ => {
                    out.push(c);
                    continue;
                }
            };
            out.push(esc);
            out.push_str(code);
            out.push(esc);
        }
        out
    }
}

/// An error reported in the ACK's ERR segment (HL7 table 0357 code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AckError {
    pub code: u16,
    /// ERR-2, e.g. `OBR^1^3`; empty when the problem has no single place.
    pub location: String,
    pub message: String,
    /// ERR-4: `E` for what made the message fail; `W` for an order rejected inside a message
    /// that was accepted (its other orders stored).
    pub severity: Severity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn code(self) -> &'static str {
        match self {
            Severity::Error => "E",
            Severity::Warning => "W",
        }
    }
}

pub fn table_0357_name(code: u16) -> &'static str {
    match code {
        100 => "Segment sequence error",
        101 => "Required field missing",
        102 => "Data type error",
        103 => "Table value not found",
        200 => "Unsupported message type",
        201 => "Unsupported event code",
        207 => "Application internal error",
        _ => "Error",
    }
}

/// HL7 timestamp of now, UTC.
pub fn now_ts() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}{m:02}{d:02}{:02}{:02}{:02}+0000", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// The ACK message (no MLLP framing): sender and receiver swapped, MSA-2 echoing MSH-10,
/// an ERR segment for errors, in the sender's delimiters and character set.
/// The ACK: MSH, MSA and one ERR segment per error (MSA-3 carries the first error's text when
/// the message was not accepted).
pub fn build(h: &AckHeader, result: AckResult, errors: &[AckError], ack_control_id: &str, timestamp: &str, charset: Charset) -> Vec<u8> {
    let fs = h.field_sep;
    let cs = h.encoding.chars().next().unwrap_or('^');
    let mut msh = vec![
        "MSH".to_string(),
        h.encoding.clone(),
        h.receiving[0].clone(),
        h.receiving[1].clone(),
        h.sending[0].clone(),
        h.sending[1].clone(),
        timestamp.to_string(),
        String::new(),
        if h.trigger.is_empty() { "ACK".to_string() } else { format!("ACK{cs}{}{cs}ACK", h.trigger) },
        ack_control_id.to_string(),
        if h.processing_id.is_empty() { "P".into() } else { h.processing_id.clone() },
        if h.version.is_empty() { "2.5".into() } else { h.version.clone() },
    ];
    if !h.charset_field.is_empty() {
        msh.resize(17, String::new());
        msh.push(h.charset_field.clone());
    }
    let mut out = msh.join(&fs.to_string());
    let mut msa = format!("MSA{fs}{}{fs}{}", h.code(result), h.control_id);
    if let (Some(e), false) = (errors.first(), result == AckResult::Accepted) {
        // MSA-3 (text) is deprecated but still what older engines show to their operators.
        msa.push_str(&format!("{fs}{}", h.escape(&e.message)));
    }
    out.push('\r');
    out.push_str(&msa);
    for e in errors {
        out.push('\r');
        out.push_str(&format!(
            "ERR{fs}{fs}{}{fs}{}{cs}{}{cs}HL70357{fs}{}{fs}{fs}{fs}{fs}{}",
            e.location,
            e.code,
            h.escape(table_0357_name(e.code)),
            e.severity.code(),
            h.escape(&e.message)
        ));
    }
    out.push('\r');
    charset.encode(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MSG: &str = "MSH|^~\\&|RIS|GENHOSP|RADLABEL|LAB|20261130080000||ORU^R01^ORU_R01|MSG00042|P|2.5.1\rPID|1||123";

    #[test]
    fn accept_ack_swaps_sender_and_receiver_and_echoes_the_control_id() {
        let h = AckHeader::from_message(MSG.as_bytes());
        let ack = String::from_utf8(build(&h, AckResult::Accepted, &[], "RL1", "20261130080001", Charset::Utf8)).unwrap();
        assert_eq!(ack, "MSH|^~\\&|RADLABEL|LAB|RIS|GENHOSP|20261130080001||ACK^R01^ACK|RL1|P|2.5.1\rMSA|AA|MSG00042\r");
    }

    #[test]
    fn reject_carries_an_err_segment_in_the_senders_delimiters() {
        let msg = "MSH#$*@!#RIS#GEN#RL#LAB#2026##ORU$R01#C7#T#2.3\rPID";
        let h = AckHeader::from_message(msg.as_bytes());
        let e = AckError { code: 101, location: "OBR$1$3".into(), message: "no accession in OBR-3#OBR-2".into(), severity: Severity::Error };
        let ack = String::from_utf8(build(&h, AckResult::Reject, &[e], "RL2", "2026", Charset::Ascii)).unwrap();
        let segs: Vec<&str> = ack.trim_end().split('\r').collect();
        assert_eq!(segs[0], "MSH#$*@!#RL#LAB#RIS#GEN#2026##ACK$R01$ACK#RL2#T#2.3");
        assert_eq!(segs[1], "MSA#AR#C7#no accession in OBR-3@F@OBR-2");
        assert_eq!(segs[2], "ERR##OBR$1$3#101$Required field missing$HL70357#E####no accession in OBR-3@F@OBR-2");
    }

    #[test]
    fn an_accepted_message_can_carry_warnings_for_its_rejected_orders() {
        let h = AckHeader::from_message(MSG.as_bytes());
        let w = |n: u16| AckError { code: 101, location: format!("OBR^{n}"), message: format!("order {n}: no text"), severity: Severity::Warning };
        let ack = String::from_utf8(build(&h, AckResult::Accepted, &[w(1), w(3)], "RL3", "2026", Charset::Utf8)).unwrap();
        let segs: Vec<&str> = ack.trim_end().split('\r').collect();
        assert_eq!(segs[1], "MSA|AA|MSG00042", "no MSA-3 text on an accepted message");
        assert_eq!(segs[2], "ERR||OBR^1|101^Required field missing^HL70357|W||||order 1: no text");
        assert_eq!(segs[3], "ERR||OBR^3|101^Required field missing^HL70357|W||||order 3: no text");
    }

    #[test]
    fn enhanced_mode_uses_commit_codes_and_honours_msh15() {
        let msg = "MSH|^~\\&|RIS|H|RL|L|2026||MDM^T02|9|P|2.5|||ER|NE";
        let h = AckHeader::from_message(msg.as_bytes());
        assert!(h.enhanced());
        assert_eq!(h.code(AckResult::Accepted), "CA");
        assert_eq!(h.code(AckResult::Retry), "CE");
        assert!(!h.wants_ack(AckResult::Accepted));
        assert!(h.wants_ack(AckResult::Reject));
        let plain = AckHeader::from_message(MSG.as_bytes());
        assert!(!plain.enhanced() && plain.wants_ack(AckResult::Accepted));
        assert_eq!(plain.code(AckResult::Retry), "AE");
    }

    #[test]
    fn charset_is_echoed_and_applied() {
        let msg = "MSH|^~\\&|RIS|H|RL|L|2026||ORU^R01|9|P|2.5||||||8859/1";
        let h = AckHeader::from_message(msg.as_bytes());
        let e = AckError { code: 102, location: String::new(), message: "é".into(), severity: Severity::Error };
        let ack = build(&h, AckResult::Reject, &[e], "X", "2026", Charset::Latin1);
        let s: String = ack.iter().map(|&b| b as char).collect();
        assert!(s.split('\r').next().unwrap().ends_with("|||||8859/1"), "{s}");
        assert!(ack.contains(&0xe9));
    }

    #[test]
    fn unreadable_message_still_gets_an_ack() {
        let h = AckHeader::from_message(b"\x00garbage");
        let ack = String::from_utf8(build(&h, AckResult::Reject, &[], "X", "2026", Charset::Utf8)).unwrap();
        assert!(ack.starts_with("MSH|^~\\&|||||2026||ACK|X|P|2.5\rMSA|AR|\r"), "{ack}");
    }

    #[test]
    fn timestamp_shape() {
        let ts = now_ts();
        assert_eq!(ts.len(), 19, "{ts}");
        assert!(ts.starts_with("20") && ts.ends_with("+0000"));
    }
}
