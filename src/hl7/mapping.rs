//! From a parsed message to report events: one per order (ORU) or document (MDM), keyed by
//! the accession, with the result status deciding whether it is produced at all.

use base64::Engine;

use super::accept::{is_radiology, AcceptPolicy};
use super::message::{Kind, Order, Parsed};
use super::{ConvertOptions, Hl7Error};
use crate::events::{ReportEvent, ReportStatus};
use crate::core::sections;

/// What to do with preliminary reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PreliminaryPolicy {
    /// Acknowledge and count them; the final version will come.
    Skip,
    /// Publish them with status `preliminary` (the connector then applies its own policy).
    Produce,
}

/// Why an order produced no event (the message is still acknowledged).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    Preliminary,
    /// OBR-25 X (cancelled) or D (deleted): there is no report to label.
    Cancelled,
    /// Not a radiology result (`mllp.accept = "radiology"`; see `accept`).
    NotRadiology,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Preliminary => "preliminary",
            SkipReason::Cancelled => "cancelled",
            SkipReason::NotRadiology => "not_radiology",
        }
    }
}

/// What became of one order. A message's orders are judged one by one: one bad order does not
/// lose the valid reports beside it.
#[derive(Debug, Clone, PartialEq)]
pub enum Mapped {
    Event(Box<ReportEvent>),
    /// Acknowledged without an event; `report_id` is the accession, or `order N` without one.
    Skipped { report_id: String, reason: SkipReason },
    /// This order can never become an event (it goes to the dead-letter topic); `order` is its
    /// 1-based position in the message.
    Rejected { order: usize, error: Hl7Error },
}

enum Status {
    Report(ReportStatus),
    Cancelled,
}

/// OBR-25 / OBX-11 (HL7 table 0123 / 0085) and TXA-17 (table 0271).
fn order_status(kind: &Kind, trigger: &str, order: &Order, report_id: &str) -> Result<Status, Hl7Error> {
    use ReportStatus::*;
    let bad = |field: &str, value: &str| Hl7Error::UnknownStatus { report_id: report_id.into(), field: field.into(), value: value.into() };
    if *kind == Kind::Mdm {
        return match order.status.as_str() {
            "AU" | "LA" if trigger == "T08" || trigger == "T10" => Ok(Status::Report(Corrected)),
            "AU" | "LA" => Ok(Status::Report(Final)),
            "DI" | "DO" | "IN" | "IP" | "PA" => Ok(Status::Report(Preliminary)),
            "" => Err(Hl7Error::MissingStatus { report_id: report_id.into(), fields: "TXA-17".into() }),
            v => Err(bad("TXA-17", v)),
        };
    }
    let of = |v: &str, field: &str| -> Result<Status, Hl7Error> {
        match v {
            "F" => Ok(Status::Report(Final)),
            "C" => Ok(Status::Report(Corrected)),
            "P" | "R" | "I" | "S" | "O" | "A" => Ok(Status::Report(Preliminary)),
            "X" | "D" => Ok(Status::Cancelled),
            v => Err(bad(field, v)),
        }
    };
    if !order.status.is_empty() {
        return of(&order.status, "OBR-25");
    }
    // No OBR-25: the OBX-11 of the order's results decide (text or not: an order of numeric
    // results is final by its OBX-11 and then has no text, which is the error to report); a
    // correction anywhere makes it corrected, anything not final makes it preliminary.
    let statuses: Vec<&str> = order.obx_statuses.iter().map(String::as_str).filter(|s| *s != "W" && *s != "D").collect();
    if statuses.is_empty() || statuses.iter().all(|s| s.is_empty()) {
        return Err(Hl7Error::MissingStatus { report_id: report_id.into(), fields: "OBR-25 and OBX-11".into() });
    }
    let mut result = Status::Report(Final);
    for s in statuses.into_iter().filter(|s| !s.is_empty()) {
        match of(s, "OBX-11")? {
            Status::Report(Preliminary) => return Ok(Status::Report(Preliminary)),
            Status::Cancelled => return Ok(Status::Cancelled),
            Status::Report(Corrected) => result = Status::Report(Corrected),
            Status::Report(Final) => {}
        }
    }
    Ok(result)
}

/// HL7 DTM (`YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]`) as ISO 8601; `None` if it is not one.
pub fn hl7_time_to_iso(v: &str) -> Option<String> {
    let v = v.trim();
    let (main, zone) = match v.find(['+', '-']) {
        Some(i) => (&v[..i], Some(&v[i..])),
        None => (v, None),
    };
    let (digits, frac) = main.split_once('.').map_or((main, None), |(d, f)| (d, Some(f)));
    if !digits.bytes().all(|b| b.is_ascii_digit()) || ![4, 6, 8, 10, 12, 14].contains(&digits.len()) {
        return None;
    }
    if frac.is_some_and(|f| f.is_empty() || f.len() > 4 || !f.bytes().all(|b| b.is_ascii_digit())) || (frac.is_some() && digits.len() != 14) {
        return None;
    }
    let part = |r: std::ops::Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    let (mo, d, h, mi, s) = (part(4..6), part(6..8), part(8..10), part(10..12), part(12..14));
    if mo.is_some_and(|m| !(1..=12).contains(&m)) || d.is_some_and(|d| !(1..=31).contains(&d)) || h.is_some_and(|h| h > 23) || mi.is_some_and(|m| m > 59) || s.is_some_and(|s| s > 60) {
        return None;
    }
    let mut out = digits[..4].to_string();
    for (i, sep) in [(4, "-"), (6, "-"), (8, "T"), (10, ":"), (12, ":")] {
        if digits.len() > i {
            out.push_str(sep);
            out.push_str(&digits[i..i + 2]);
        }
    }
    if digits.len() == 10 {
        out.push_str(":00");
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    if let Some(z) = zone {
        if z.len() != 5 || !z[1..].bytes().all(|b| b.is_ascii_digit()) || digits.len() < 10 {
            return None;
        }
        out.push_str(&format!("{}:{}", &z[..3], &z[3..]));
    }
    Some(out)
}

/// Report sections coded in OBX-3: LOINC 19005-8 / local `IMP` the impression, 18782-3 / `GDT`
/// the body, 18783-1 / `REC` a recommendation (context, never labelled). Used for reports whose
/// text has no headings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coded {
    Body,
    Impression,
    Recommendation,
}

fn coded_section(observation: &str) -> Option<Coded> {
    let o = observation.to_ascii_uppercase();
    let (code, text) = o.split_once('^').unwrap_or((&o, ""));
    let code = code.trim().trim_start_matches('&');
    if code == "18783-1" || code == "REC" || text.contains("RECOMMENDATION") {
        Some(Coded::Recommendation)
    } else if code == "19005-8" || code == "IMP" || text.contains("IMPRESSION") {
        Some(Coded::Impression)
    } else if code == "18782-3" || code == "GDT" || text.contains("FINDING") {
        Some(Coded::Body)
    } else {
        None
    }
}

/// The event's text: every line in order, a recommendation line under its own heading so that
/// section extraction leaves it out of the labelled text.
fn report_text(lines: &[&super::message::TextLine]) -> String {
    lines
        .iter()
        .map(|l| match coded_section(&l.observation) {
            Some(Coded::Recommendation) if !l.text.trim_start().to_ascii_uppercase().starts_with("RECOMMENDATION") => format!("RECOMMENDATION: {}", l.text),
            _ => l.text.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn fill_sections(ev: &mut ReportEvent, lines: &[&super::message::TextLine]) {
    let text = ev.text.clone().unwrap_or_default();
    if let Some(s) = sections::extract(&text) {
        ev.findings = (!s.findings.is_empty()).then_some(s.findings);
        ev.impression = (!s.impression.is_empty()).then_some(s.impression);
        return;
    }
    let coded: Vec<Option<Coded>> = lines.iter().map(|l| coded_section(&l.observation)).collect();
    let marks_sections = coded.iter().any(|c| matches!(c, Some(Coded::Impression | Coded::Recommendation)));
    if marks_sections && lines.len() > 1 {
        let join = |want: Option<Coded>| {
            let picked = lines.iter().zip(&coded).filter(|(_, c)| match want {
                Some(Coded::Impression) => **c == Some(Coded::Impression),
                _ => !matches!(c, Some(Coded::Impression | Coded::Recommendation)),
            });
            sections::collapse_ws(sections::strip_sign_off(&picked.map(|(l, _)| l.text.as_str()).collect::<Vec<_>>().join("\n")))
        };
        let (f, i) = (join(None), join(Some(Coded::Impression)));
        ev.findings = (!f.is_empty()).then_some(f);
        ev.impression = (!i.is_empty()).then_some(i);
    }
}

/// One mapped entry per order, in message order. `raw` is the message as received (bytes,
/// before character-set decoding) for the audit copy.
pub fn to_events(parsed: &Parsed, raw: &[u8], opts: ConvertOptions) -> Vec<Mapped> {
    let audit = base64::engine::general_purpose::STANDARD.encode(raw);
    parsed
        .orders
        .iter()
        .enumerate()
        .map(|(i, order)| match map_order(parsed, order, i + 1, &audit, opts) {
            Ok(m) => m,
            Err(error) => Mapped::Rejected { order: i + 1, error },
        })
        .collect()
}

fn map_order(parsed: &Parsed, order: &Order, n: usize, audit: &str, opts: ConvertOptions) -> Result<Mapped, Hl7Error> {
    let h = &parsed.header;
    let accession = [&order.filler, &order.placer, &order.document_number].into_iter().find(|v| !v.is_empty()).cloned();
    if opts.accept == AcceptPolicy::Radiology && !is_radiology(&parsed.kind, order) {
        return Ok(Mapped::Skipped { report_id: accession.unwrap_or_else(|| format!("order {n}")), reason: SkipReason::NotRadiology });
    }
    let Some(report_id) = accession else {
        let fields = if parsed.kind == Kind::Mdm { "OBR-3, OBR-2 and TXA-12" } else { "OBR-3 and OBR-2" };
        return Err(Hl7Error::MissingAccession { order: n, fields: fields.into() });
    };
    let status = match order_status(&parsed.kind, &h.trigger, order, &report_id)? {
        Status::Cancelled => return Ok(Mapped::Skipped { report_id, reason: SkipReason::Cancelled }),
        Status::Report(ReportStatus::Preliminary) if opts.preliminary == PreliminaryPolicy::Skip => {
            return Ok(Mapped::Skipped { report_id, reason: SkipReason::Preliminary });
        }
        Status::Report(s) => s,
    };
    // Lines marked wrong (W) or deleted (D) were replaced by others in the same message.
    let lines: Vec<_> = order.lines.iter().filter(|l| l.status != "W" && l.status != "D").collect();
    let text = report_text(&lines);
    if text.trim().is_empty() {
        return Err(Hl7Error::NoText { report_id, skipped_obx: order.skipped_obx });
    }
    let procedure = if order.procedure.is_empty() { &order.procedure_code } else { &order.procedure };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let mut ev = ReportEvent {
        report_id: report_id.clone(),
        text: Some(text),
        findings: None,
        impression: None,
        status: Some(status),
        accession: Some(report_id),
        patient_id: some(&order.patient_id),
        observed_at: some(&order.observed_at).map(|t| hl7_time_to_iso(&t).unwrap_or(t)),
        modality: some(&order.service_section),
        source: Some(format!("hl7:{}", [h.sending_application.as_str(), h.sending_facility.as_str()].join("@"))),
        procedure: some(procedure),
        sending_application: some(&h.sending_application),
        sending_facility: some(&h.sending_facility),
        hl7_control_id: some(&h.control_id),
        hl7_message_type: Some(format!("{}^{}", h.message_type, h.trigger)),
        hl7_message: Some(audit.to_string()),
    };
    fill_sections(&mut ev, &lines);
    Ok(Mapped::Event(Box::new(ev)))
}
