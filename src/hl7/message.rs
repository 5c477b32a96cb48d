//! An ORU^R01 or MDM message, parsed with `hl7-parser` into what the report event needs:
//! the header, the patient, and one order per OBR group (ORU) or the one document (MDM),
//! each with its text lines in OBX order. Values are unescaped here (see `escape`).

use hl7_parser::message::{Field, Segment, Separators};
use hl7_parser::Message;

use super::charset::Charset;
use super::escape::unescape;
use super::Hl7Error;

/// MSH fields the gateway uses, unescaped (the raw ones are kept for the ACK).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// MSH-1 and MSH-2 as sent, so the ACK uses the sender's delimiters.
    pub encoding: String,
    pub sending_application: String,
    pub sending_facility: String,
    /// Raw MSH-3..MSH-6 (all components), swapped into the ACK.
    pub raw_sending: [String; 2],
    pub raw_receiving: [String; 2],
    pub message_type: String,
    pub trigger: String,
    pub control_id: String,
    pub processing_id: String,
    pub version: String,
    /// MSH-15 / MSH-16: present means enhanced acknowledgement mode.
    pub accept_ack_type: String,
    pub application_ack_type: String,
    pub charset_field: String,
}

/// One text line of an OBX segment.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// OBX-3: code and text of the observation identifier (tells findings from impression).
    pub observation: String,
    pub text: String,
    /// OBX-11 result status.
    pub status: String,
}

/// An OBR group (ORU) or the document (MDM).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Order {
    pub placer: String,
    pub filler: String,
    pub document_number: String,
    pub procedure_code: String,
    /// OBR-4.3: the procedure code's coding system (CPT / C4, LN, local).
    pub procedure_system: String,
    pub procedure: String,
    /// TXA-2 (MDM): the document type, which tells a radiology report from other documents.
    pub document_type: String,
    pub observed_at: String,
    pub service_section: String,
    /// OBR-25 (ORU) or TXA-17 (MDM).
    pub status: String,
    pub patient_id: String,
    pub lines: Vec<TextLine>,
    /// OBX segments with a value type that carries no report text (NM, ED, ...).
    pub skipped_obx: usize,
    /// OBX-11 of every OBX of the order, text or not: the status when OBR-25 is empty.
    pub obx_statuses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Oru,
    Mdm,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub header: Header,
    pub kind: Kind,
    pub orders: Vec<Order>,
    pub charset: Charset,
}

/// OBX value types whose OBX-5 is report text.
const TEXT_TYPES: [&str; 5] = ["TX", "FT", "ST", "CE", "CWE"];
/// Trigger events of MDM messages that carry document content.
pub const MDM_TRIGGERS: [&str; 4] = ["T02", "T04", "T08", "T10"];

/// Normalise segment terminators (CRLF and LF files, trailing blank lines) to single CRs, and
/// repair what valid ER7 allows but `hl7-parser` 0.3 misreads: MSH-2's fifth (v2.7 truncation)
/// character, which it would read as MSH-3; an MSH-2 of fewer than four characters (older
/// senders leave out the subcomponent separator), completed with the standard ones; and a
/// segment with no fields at all (`PV1`), given its field separator.
pub fn normalise(text: &str) -> Result<String, Hl7Error> {
    let unified = text.replace("\r\n", "\r").replace('\n', "\r");
    let mut segments: Vec<String> = unified.split('\r').filter(|s| !s.trim().is_empty()).map(str::to_string).collect();
    let Some(first) = segments.first_mut() else { return Ok(String::new()) };
    if first.starts_with("MSH") && first.len() > 3 {
        let field_sep = first[3..].chars().next().expect("len > 3");
        let rest = &first[3 + field_sep.len_utf8()..];
        let msh2: String = rest.chars().take_while(|&c| c != field_sep).collect();
        let after = &rest[msh2.len()..];
        let fixed = match msh2.chars().count() {
            0 => return Err(Hl7Error::Syntax("MSH-2 (encoding characters) is empty".into())),
            n @ 1..=3 => {
                let mut enc = msh2.clone();
                for c in ['^', '~', '\\', '&'].into_iter().skip(n) {
                    if enc.contains(c) || c == field_sep {
                        return Err(Hl7Error::Syntax(format!(
                            "MSH-2 `{msh2}` has {n} encoding characters and the standard `{c}` to complete it is already in use"
                        )));
                    }
                    enc.push(c);
                }
                enc
            }
            4 => msh2.clone(),
            // v2.7 truncation character: dropped (it only matters when a sender truncates).
            5 => msh2.chars().take(4).collect(),
            n => return Err(Hl7Error::Syntax(format!("MSH-2 `{msh2}` has {n} encoding characters (4, or 5 from v2.7)"))),
        };
        *first = format!("MSH{field_sep}{fixed}{after}");
        for seg in segments.iter_mut().skip(1) {
            if seg.len() == 3 && seg.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
                seg.push(field_sep);
            }
        }
    }
    Ok(segments.join("\r"))
}

/// The value of a field, component and subcomponent separators included, unescaped.
fn text_of(f: Option<&Field<'_>>, seps: &Separators, cs: Charset) -> String {
    f.map(|f| unescape(f.raw_value(), seps, cs)).unwrap_or_default()
}

/// Component `n` (1-based) of the first repetition, unescaped.
fn comp(seg: &Segment<'_>, field: usize, n: usize, seps: &Separators, cs: Charset) -> String {
    seg.field(field).and_then(|f| f.repeat(1)).and_then(|r| r.component(n)).map(|c| unescape(c.raw_value(), seps, cs)).unwrap_or_default().trim().to_string()
}

fn raw(seg: &Segment<'_>, field: usize) -> String {
    seg.field(field).map(|f| f.raw_value().to_string()).unwrap_or_default()
}

/// Parse a decoded message. Structural problems name the segment.
pub fn parse(text: &str, charset: Charset) -> Result<Parsed, Hl7Error> {
    let text = normalise(text)?;
    if !text.starts_with("MSH") {
        return Err(Hl7Error::NoMsh);
    }
    let msg = Message::parse(&text).map_err(|e| Hl7Error::Syntax(e.to_string()))?;
    // hl7-parser stops at the first segment it cannot read and returns what it had:
    // anything after that would be lost silently, so it is an error here.
    let consumed = msg.raw_value().len();
    if consumed < text.trim_end_matches('\r').len() {
        // The parser stops before the separator of the segment it could not read.
        let segment_no = text[..consumed].matches('\r').count() + 2;
        let bad: String = text[consumed..].trim_start_matches('\r').chars().take(20).collect();
        return Err(Hl7Error::Syntax(format!("segment {segment_no} is not a valid segment: `{bad}`")));
    }
    let seps = msg.separators;
    let msh = msg.segment("MSH").ok_or(Hl7Error::NoMsh)?;
    let cs = charset;
    let header = Header {
        encoding: text.chars().skip(3).take(5).collect(),
        sending_application: comp(msh, 3, 1, &seps, cs),
        sending_facility: comp(msh, 4, 1, &seps, cs),
        raw_sending: [raw(msh, 3), raw(msh, 4)],
        raw_receiving: [raw(msh, 5), raw(msh, 6)],
        message_type: comp(msh, 9, 1, &seps, cs),
        trigger: comp(msh, 9, 2, &seps, cs),
        control_id: text_of(msh.field(10), &seps, cs).trim().to_string(),
        processing_id: raw(msh, 11),
        version: comp(msh, 12, 1, &seps, cs),
        accept_ack_type: comp(msh, 15, 1, &seps, cs),
        application_ack_type: comp(msh, 16, 1, &seps, cs),
        charset_field: raw(msh, 18),
    };
    let kind = match (header.message_type.as_str(), header.trigger.as_str()) {
        ("ORU", "R01") => Kind::Oru,
        ("MDM", t) if MDM_TRIGGERS.contains(&t) => Kind::Mdm,
        _ => return Err(Hl7Error::UnsupportedType(format!("{}^{}", header.message_type, header.trigger))),
    };
    let orders = match kind {
        Kind::Oru => oru_orders(&msg, &seps, cs)?,
        Kind::Mdm => vec![mdm_document(&msg, &seps, cs)?],
    };
    Ok(Parsed { header, kind, orders, charset })
}

fn patient_id(seg: &Segment<'_>, seps: &Separators, cs: Charset) -> String {
    comp(seg, 3, 1, seps, cs)
}

fn text_line(obx: &Segment<'_>, seps: &Separators, cs: Charset) -> Option<TextLine> {
    let value_type = comp(obx, 2, 1, seps, cs).to_ascii_uppercase();
    if !TEXT_TYPES.contains(&value_type.as_str()) {
        return None;
    }
    let value = obx.field(5);
    let text = match value_type.as_str() {
        // Coded: the text component, else the code.
        "CE" | "CWE" => {
            let t = comp(obx, 5, 2, seps, cs);
            if t.is_empty() { comp(obx, 5, 1, seps, cs) } else { t }
        }
        // Text types: a repetition separator is a hard line break; component and
        // subcomponent separators are part of the text.
        _ => value.map(|f| f.repeats().map(|r| unescape(r.raw_value(), seps, cs)).collect::<Vec<_>>().join("\n")).unwrap_or_default(),
    };
    let ident = [comp(obx, 3, 1, seps, cs), comp(obx, 3, 2, seps, cs)].join("^");
    Some(TextLine { observation: ident, text, status: comp(obx, 11, 1, seps, cs).to_ascii_uppercase() })
}

/// NTE-3 as a text line: radiology systems put narrative (and addenda) in notes, so a note
/// attached to an order (after its OBR or its OBX lines) is read as report text in its place.
/// Notes before the first OBR are message-level and ignored.
fn note_line(nte: &Segment<'_>, seps: &Separators, cs: Charset) -> TextLine {
    let text = nte.field(3).map(|f| f.repeats().map(|r| unescape(r.raw_value(), seps, cs)).collect::<Vec<_>>().join("\n")).unwrap_or_default();
    TextLine { observation: "NTE".into(), text, status: String::new() }
}

fn oru_orders(msg: &Message<'_>, seps: &Separators, cs: Charset) -> Result<Vec<Order>, Hl7Error> {
    let mut orders: Vec<Order> = Vec::new();
    let mut patient = String::new();
    for seg in msg.segments() {
        match seg.name {
            "PID" => patient = patient_id(seg, seps, cs),
            "OBR" => orders.push(Order {
                placer: comp(seg, 2, 1, seps, cs),
                filler: comp(seg, 3, 1, seps, cs),
                procedure_code: comp(seg, 4, 1, seps, cs),
                procedure_system: comp(seg, 4, 3, seps, cs),
                procedure: comp(seg, 4, 2, seps, cs),
                observed_at: comp(seg, 7, 1, seps, cs),
                service_section: comp(seg, 24, 1, seps, cs),
                status: comp(seg, 25, 1, seps, cs).to_ascii_uppercase(),
                patient_id: patient.clone(),
                ..Order::default()
            }),
            "NTE" => {
                if let Some(order) = orders.last_mut() {
                    order.lines.push(note_line(seg, seps, cs));
                }
            }
            "OBX" => {
                let order = orders.last_mut().ok_or_else(|| Hl7Error::Structure("OBX before any OBR".into()))?;
                order.obx_statuses.push(comp(seg, 11, 1, seps, cs).to_ascii_uppercase());
                match text_line(seg, seps, cs) {
                    Some(line) => order.lines.push(line),
                    None => order.skipped_obx += 1,
                }
            }
            _ => {}
        }
    }
    if orders.is_empty() {
        return Err(Hl7Error::Structure("ORU^R01 without an OBR segment".into()));
    }
    Ok(orders)
}

fn mdm_document(msg: &Message<'_>, seps: &Separators, cs: Charset) -> Result<Order, Hl7Error> {
    let txa = msg.segment("TXA").ok_or_else(|| Hl7Error::Structure("MDM message without a TXA segment".into()))?;
    let mut doc = Order {
        document_number: comp(txa, 12, 1, seps, cs),
        document_type: [comp(txa, 2, 1, seps, cs), comp(txa, 2, 2, seps, cs)].join(" ").trim().to_string(),
        observed_at: comp(txa, 4, 1, seps, cs),
        status: comp(txa, 17, 1, seps, cs).to_ascii_uppercase(),
        ..Order::default()
    };
    if let Some(pid) = msg.segment("PID") {
        doc.patient_id = patient_id(pid, seps, cs);
    }
    if let Some(obr) = msg.segment("OBR") {
        doc.placer = comp(obr, 2, 1, seps, cs);
        doc.filler = comp(obr, 3, 1, seps, cs);
        doc.procedure_code = comp(obr, 4, 1, seps, cs);
        doc.procedure_system = comp(obr, 4, 3, seps, cs);
        doc.procedure = comp(obr, 4, 2, seps, cs);
        let t = comp(obr, 7, 1, seps, cs);
        if !t.is_empty() {
            doc.observed_at = t;
        }
        doc.service_section = comp(obr, 24, 1, seps, cs);
    }
    let mut after_txa = false;
    for seg in msg.segments() {
        match seg.name {
            "TXA" => after_txa = true,
            "NTE" if after_txa => doc.lines.push(note_line(seg, seps, cs)),
            "OBX" => {
                doc.obx_statuses.push(comp(seg, 11, 1, seps, cs).to_ascii_uppercase());
                match text_line(seg, seps, cs) {
                    Some(line) => doc.lines.push(line),
                    None => doc.skipped_obx += 1,
                }
            }
            _ => {}
        }
    }
    Ok(doc)
}
