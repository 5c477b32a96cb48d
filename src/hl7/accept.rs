//! Which orders a radiology gateway publishes. Interface engines route whole result feeds to
//! a gateway, so lab, microbiology and pathology results arrive beside the radiology reports;
//! labelling "Bordetella pertussis: Not Detected" as a chest X-ray report is worse than useless.
//! The rule reads what real feeds carry, most specific first:
//! 1. OBR-24 (diagnostic service section, HL7 table 0074) when present: radiology sections pass
//!    (RAD, RX, CT, MR, NMR, NMS, US, RUS, CUS, OUS, VUS, XRC and the modality codes CR, DX, MG,
//!    NM, XA, RF that RIS feeds put there), every other value (LAB, MB, HM, CH, SP, GRP, ...) is
//!    not radiology;
//! 2. else the procedure (OBR-4): a CPT code in the radiology range 70010-79999, a LOINC code of
//!    a radiology study, or procedure text naming an imaging modality or a chest X-ray view;
//! 3. else, for MDM, the document type (TXA-2) naming radiology or imaging;
//! 4. else the OBX-3 codes of the text lines (LOINC radiology report sections, the GDT/IMP
//!    codes of dictation systems).
//! What none of these marks as radiology is acknowledged without an event and counted.

use std::sync::OnceLock;

use regex::Regex;

use super::message::{Kind, Order};

/// `mllp.accept`: which orders become report events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AcceptPolicy {
    /// Radiology orders only (the rule above); the default.
    Radiology,
    /// Every ORU^R01 / MDM order with report text (a feed already filtered upstream).
    All,
}

/// OBR-24 values of radiology results.
pub const RADIOLOGY_SECTIONS: [&str; 18] =
    ["RAD", "RX", "CT", "MR", "MRI", "NMR", "NMS", "US", "RUS", "CUS", "OUS", "VUS", "XRC", "CR", "DX", "MG", "NM", "XA"];

/// LOINC codes of radiology studies and report sections seen in feeds (chest X-ray views,
/// generic imaging study / findings / impression, CT chest).
const RADIOLOGY_LOINC: [&str; 12] =
    ["36643-5", "36554-4", "30746-2", "36572-6", "24627-2", "18748-4", "18782-3", "19005-8", "18747-6", "18726-0", "18755-9", "24648-8"];

fn imaging_text() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:XR|X-?RAYS?|RADIOGRA\w*|CXR|CTA?|MRI|MRA|MR|ULTRASOUND|SONOGRA\w*|MAMMO\w*|FLUORO\w*|NUC(?:LEAR)?\s+MED\w*|PET|SPECT|IMAGING|RADIOLOGY|ANGIOGRA\w*|DEXA|DXA)\b|\bCHEST\W+(?:\d\s*)?(?:VIEWS?|PA|AP|LAT\w*|PORTABLE|FRONTAL|SINGLE)\b|\b(?:PA|AP|PORTABLE)\W+(?:AND\W+LAT\w*\W+)?CHEST\b",
        )
        .expect("static regex")
    })
}

fn cpt_radiology(code: &str) -> bool {
    code.len() == 5 && code.parse::<u32>().is_ok_and(|c| (70010..=79999).contains(&c))
}

/// Is this order a radiology result, by the rule in the module doc?
pub fn is_radiology(kind: &Kind, order: &Order) -> bool {
    let section = order.service_section.trim().to_ascii_uppercase();
    if !section.is_empty() {
        return RADIOLOGY_SECTIONS.contains(&section.as_str());
    }
    let code = order.procedure_code.trim();
    let system = order.procedure_system.to_ascii_uppercase();
    if (cpt_radiology(code) && (system.is_empty() || system.contains("CPT") || system == "C4")) || RADIOLOGY_LOINC.contains(&code) {
        return true;
    }
    if imaging_text().is_match(&order.procedure) {
        return true;
    }
    if *kind == Kind::Mdm && (imaging_text().is_match(&order.document_type) || ["RAD", "DI", "RR"].contains(&order.document_type.trim().to_ascii_uppercase().as_str())) {
        return true;
    }
    order.lines.iter().any(|l| {
        let code = l.observation.split('^').next().unwrap_or("").trim().to_ascii_uppercase();
        RADIOLOGY_LOINC.contains(&code.as_str()) || code == "GDT" || code == "IMP" || code.starts_with("&GDT") || code.starts_with("&IMP")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hl7::message::TextLine;

    fn order(section: &str, code: &str, system: &str, text: &str) -> Order {
        Order { service_section: section.into(), procedure_code: code.into(), procedure_system: system.into(), procedure: text.into(), ..Order::default() }
    }

    #[test]
    fn service_section_decides_when_present() {
        assert!(is_radiology(&Kind::Oru, &order("RAD", "", "", "")));
        assert!(is_radiology(&Kind::Oru, &order("ct", "", "", "")));
        for lab in ["LAB", "MB", "HM", "CH", "GRP", "SP"] {
            // a lab section wins over a procedure text that mentions the chest
            assert!(!is_radiology(&Kind::Oru, &order(lab, "71046", "CPT", "XR CHEST 2 VIEWS")), "{lab}");
        }
    }

    #[test]
    fn procedure_codes_and_text_decide_without_a_section() {
        assert!(is_radiology(&Kind::Oru, &order("", "71046", "CPT", "")));
        assert!(is_radiology(&Kind::Oru, &order("", "71045", "", "")));
        assert!(!is_radiology(&Kind::Oru, &order("", "85025", "CPT", "CBC WITH DIFF")), "CPT outside radiology");
        assert!(is_radiology(&Kind::Oru, &order("", "36643-5", "LN", "")));
        assert!(is_radiology(&Kind::Oru, &order("", "IMG123", "L", "XR CHEST 2 VIEWS")));
        assert!(is_radiology(&Kind::Oru, &order("", "", "", "Chest PA and lateral")));
        assert!(is_radiology(&Kind::Oru, &order("", "", "", "PORTABLE CHEST")));
        assert!(!is_radiology(&Kind::Oru, &order("", "548-8", "LN", "Bordetella pertussis DNA")));
        assert!(!is_radiology(&Kind::Oru, &order("", "", "", "Pleural fluid culture")));
        assert!(!is_radiology(&Kind::Oru, &order("", "", "", "Chest pain panel")), "CHEST alone is not a view");
        assert!(!is_radiology(&Kind::Oru, &order("", "", "", "Rabies virus Ab")));
    }

    #[test]
    fn mdm_document_type_and_report_section_codes() {
        let mut doc = Order { document_type: "RAD".into(), ..Order::default() };
        assert!(is_radiology(&Kind::Mdm, &doc));
        doc.document_type = "DS".into(); // discharge summary
        assert!(!is_radiology(&Kind::Mdm, &doc));
        doc.lines.push(TextLine { observation: "19005-8^Impression".into(), text: "x".into(), status: "F".into() });
        assert!(is_radiology(&Kind::Mdm, &doc), "an impression section coded in OBX-3");
    }
}
