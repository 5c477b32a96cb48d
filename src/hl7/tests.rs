//! Parsing and mapping of messages written for these tests (no real patient data).

use super::accept::AcceptPolicy;
use super::charset::Charset;
use super::mapping::{Mapped, PreliminaryPolicy, SkipReason};
use super::*;
use crate::events::{ReportEvent, ReportStatus};

/// Acceptance aside (its own tests below use the gateway's default, radiology only).
const OPTS: ConvertOptions = ConvertOptions { default_charset: Charset::Utf8, preliminary: PreliminaryPolicy::Skip, accept: AcceptPolicy::All };
const RADIOLOGY: ConvertOptions = ConvertOptions { accept: AcceptPolicy::Radiology, ..OPTS };

fn msg(segments: &[&str]) -> Vec<u8> {
    segments.join("\r").into_bytes()
}

fn events(bytes: &[u8], opts: ConvertOptions) -> Vec<ReportEvent> {
    convert(bytes, opts)
        .unwrap()
        .into_iter()
        .filter_map(|m| match m {
            Mapped::Event(e) => Some(*e),
            Mapped::Skipped { .. } | Mapped::Rejected { .. } => None,
        })
        .collect()
}

fn oru(obr25: &str, obx: &[&str]) -> Vec<u8> {
    let obr = format!("OBR|1|PLC100|ACC100|71046^XR CHEST 2 VIEWS^CPT||20261130070000|20261130071500-0500|||||||||||||||20261130081000||CR|{obr25}");
    let mut segs = vec![
        "MSH|^~\\&|RIS|GENHOSP|RADLABEL|HOSP|20261130081500||ORU^R01^ORU_R01|MSG0001|P|2.5.1|||||UNICODE UTF-8",
        "PID|1||MRN12345^^^GENHOSP^MR~998877^^^STATE^SS||DOE^JANE^^^||19600101|F",
        "PV1|1|O",
        "ORC|RE|PLC100|ACC100",
        &obr,
    ];
    segs.extend_from_slice(obx);
    msg(&segs)
}

#[test]
fn oru_with_several_obx_lines_escapes_and_coded_sections() {
    let bytes = oru(
        "F",
        &[
            "OBX|1|TX|18782-3^Radiology Study observation^LN|1|EXAM: Chest PA and lateral.||||||F",
            "OBX|2|TX|18782-3^^LN|2|FINDINGS: Heart size is mildly enlarged\\F\\ no effusion.\\.br\\Lungs clear.||||||F",
            "OBX|3|FT|19005-8^Impression^LN|3|IMPRESSION: \\H\\Mild cardiomegaly\\N\\.||||||F",
            "OBX|4|NM|8867-4^Heart rate^LN||72|/min|||||F",
        ],
    );
    let ev = events(&bytes, OPTS);
    assert_eq!(ev.len(), 1);
    let e = &ev[0];
    assert_eq!(e.report_id, "ACC100");
    assert_eq!(e.accession.as_deref(), Some("ACC100"));
    assert_eq!(e.patient_id.as_deref(), Some("MRN12345"), "first identifier of the repeated PID-3");
    assert_eq!(e.procedure.as_deref(), Some("XR CHEST 2 VIEWS"));
    assert_eq!(e.observed_at.as_deref(), Some("2026-11-30T07:15:00-05:00"));
    assert_eq!(e.status, Some(ReportStatus::Final));
    assert_eq!(e.modality.as_deref(), Some("CR"));
    assert_eq!(e.sending_application.as_deref(), Some("RIS"));
    assert_eq!(e.sending_facility.as_deref(), Some("GENHOSP"));
    assert_eq!(e.hl7_control_id.as_deref(), Some("MSG0001"));
    assert_eq!(e.hl7_message_type.as_deref(), Some("ORU^R01"));
    assert_eq!(e.text.as_deref(), Some("EXAM: Chest PA and lateral.\nFINDINGS: Heart size is mildly enlarged| no effusion.\nLungs clear.\nIMPRESSION: Mild cardiomegaly."));
    assert_eq!(e.findings.as_deref(), Some("Heart size is mildly enlarged| no effusion. Lungs clear."));
    assert_eq!(e.impression.as_deref(), Some("Mild cardiomegaly."));
    use base64::Engine;
    assert_eq!(base64::engine::general_purpose::STANDARD.decode(e.hl7_message.as_ref().unwrap()).unwrap(), bytes);
}

#[test]
fn text_without_headings_uses_the_obx3_codes() {
    let bytes = oru("F", &["OBX|1|TX|&GDT|1|Heart normal.~Lungs clear.||||||F", "OBX|2|TX|&IMP|1|No acute disease.||||||F"]);
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.text.as_deref(), Some("Heart normal.\nLungs clear.\nNo acute disease."), "repetitions are line breaks");
    assert_eq!(e.findings.as_deref(), Some("Heart normal. Lungs clear."));
    assert_eq!(e.impression.as_deref(), Some("No acute disease."));
}

#[test]
fn plain_text_keeps_separators_and_empty_components() {
    let bytes = oru("F", &["OBX|1|ST|^^||Ratio 1^2 & stable||||||F", "OBX|2|CE|IMP||N^Normal chest^L||||||F"]);
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.text.as_deref(), Some("Ratio 1^2 & stable\nNormal chest"));
}

#[test]
fn two_obr_groups_give_two_events_with_their_own_status() {
    let bytes = msg(&[
        "MSH|^~\\&|RIS|GENHOSP|RL|H|20261130||ORU^R01|M2|P|2.4",
        "PID|1||P777",
        "OBR|1||ACC200|CXR^Chest|||20261130",
        "OBX|1|TX|||No pneumothorax.||||||F",
        "OBR|2||ACC201|CXR^Chest|||20261129||||||||||||||||||C",
        "OBX|1|TX|||Corrected: small left effusion.||||||C",
    ]);
    let ev = events(&bytes, OPTS);
    assert_eq!(ev.iter().map(|e| (e.report_id.as_str(), e.status)).collect::<Vec<_>>(), vec![("ACC200", Some(ReportStatus::Final)), ("ACC201", Some(ReportStatus::Corrected))]);
    assert_eq!(ev[0].text.as_deref(), Some("No pneumothorax."));
    assert_eq!(ev[1].observed_at.as_deref(), Some("2026-11-29"));
    assert!(ev.iter().all(|e| e.patient_id.as_deref() == Some("P777")));
}

#[test]
fn obx11_decides_when_obr25_is_empty_and_wrong_lines_are_dropped() {
    let bytes = oru("", &["OBX|1|TX|||Old wording.||||||W", "OBX|2|TX|||Small effusion.||||||C", "OBX|3|TX|||Otherwise clear.||||||F"]);
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.status, Some(ReportStatus::Corrected));
    assert_eq!(e.text.as_deref(), Some("Small effusion.\nOtherwise clear."));
    // OBR-25, when present, is the order's status whatever the lines say.
    assert_eq!(events(&oru("C", &["OBX|1|TX|||Text.||||||F"]), OPTS)[0].status, Some(ReportStatus::Corrected));
    let none = oru("", &["OBX|1|TX|||Text.||||||"]);
    assert!(matches!(&convert(&none, OPTS).unwrap()[..], [Mapped::Rejected { order: 1, error: Hl7Error::MissingStatus { .. } }]));
}

#[test]
fn preliminary_is_skipped_or_produced_by_policy_and_cancelled_is_skipped() {
    let bytes = oru("P", &["OBX|1|TX|||Prelim read.||||||P"]);
    assert_eq!(convert(&bytes, OPTS).unwrap(), vec![Mapped::Skipped { report_id: "ACC100".into(), reason: SkipReason::Preliminary }]);
    let produce = ConvertOptions { preliminary: PreliminaryPolicy::Produce, ..OPTS };
    assert_eq!(events(&bytes, produce)[0].status, Some(ReportStatus::Preliminary));
    let cancelled = oru("X", &[]);
    assert_eq!(convert(&cancelled, produce).unwrap(), vec![Mapped::Skipped { report_id: "ACC100".into(), reason: SkipReason::Cancelled }]);
}

#[test]
fn iso_8859_1_text() {
    let mut bytes = b"MSH|^~\\&|RIS|CHU|RL|H|20261130||ORU^R01|M3|P|2.5|||||FR|8859/1\rOBR|1||ACC300||||202611301200||||||||||||||||||F\rOBX|1|TX|||Petit \xe9panchement pleural.||||||F".to_vec();
    // MSH-17 is the country; MSH-18 the character set.
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.text.as_deref(), Some("Petit épanchement pleural."));
    assert_eq!(e.observed_at.as_deref(), Some("2026-11-30T12:00"));
    // The same bytes declared as UTF-8 are rejected with the offset, not mangled.
    bytes = String::from_utf8_lossy(&bytes).replace("8859/1", "UNICODE UTF-8").into_bytes();
    bytes.extend_from_slice(b"\rOBX|2|TX|||\xe9||||||F");
    assert!(matches!(convert(&bytes, OPTS), Err(Hl7Error::BadEncoding { byte: 0xE9, .. })));
}

#[test]
fn unusual_encoding_characters() {
    let bytes = msg(&["MSH#$*@!#RIS#H#RL#H#2026##ORU$R01#M4#P#2.3", "PID#1##ID9$$$AUTH*ID10", &format!("OBR#1##ACC400#$Chest xray###2026{}F", "#".repeat(18)), "OBX#1#TX###A@F@B@S@C@.br@D | ^ ~ & \\ ok.######F"]);
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.patient_id.as_deref(), Some("ID9"));
    assert_eq!(e.procedure.as_deref(), Some("Chest xray"));
    assert_eq!(e.text.as_deref(), Some("A#B$C\nD | ^ ~ & \\ ok."));
}

#[test]
fn truncation_character_in_msh2_does_not_shift_fields() {
    let bytes = msg(&["MSH|^~\\&#|RIS|H|RL|H|2026||ORU^R01^ORU_R01|M5|P|2.7", "OBR|1||ACC500||||||||||||||||||||||F", "OBX|1|TX|||Clear.||||||F"]);
    let e = &events(&bytes, OPTS)[0];
    assert_eq!(e.sending_application.as_deref(), Some("RIS"));
    assert_eq!(e.hl7_control_id.as_deref(), Some("M5"));
}

#[test]
fn mdm_document_status_and_accession_from_txa() {
    let mdm = |trigger: &str, status: &str| {
        msg(&[
            &format!("MSH|^~\\&|DICT|GENHOSP|RL|H|20261130||MDM^{trigger}^MDM_T02|D1|P|2.5"),
            "EVN|T02|20261130",
            "PID|1||MRN9",
            &format!("TXA|1|RAD|TX|20261130093000||||||||DOC77|||||{status}"),
            "OBX|1|TX|||FINDINGS: Lungs clear.||||||F",
            "OBX|2|TX|||IMPRESSION: Normal.||||||F",
        ])
    };
    let e = &events(&mdm("T02", "AU"), OPTS)[0];
    assert_eq!(e.report_id, "DOC77");
    assert_eq!(e.status, Some(ReportStatus::Final));
    assert_eq!(e.patient_id.as_deref(), Some("MRN9"));
    assert_eq!(e.observed_at.as_deref(), Some("2026-11-30T09:30:00"));
    assert_eq!((e.findings.as_deref(), e.impression.as_deref()), (Some("Lungs clear."), Some("Normal.")));
    assert_eq!(events(&mdm("T08", "LA"), OPTS)[0].status, Some(ReportStatus::Corrected));
    assert!(matches!(convert(&mdm("T04", "IP"), OPTS).unwrap()[0], Mapped::Skipped { reason: SkipReason::Preliminary, .. }));
    assert!(matches!(&convert(&mdm("T02", "ZZ"), OPTS).unwrap()[..], [Mapped::Rejected { error: Hl7Error::UnknownStatus { .. }, .. }]));
    assert!(matches!(convert(&mdm("T01", "AU"), OPTS), Err(Hl7Error::UnsupportedType(t)) if t == "MDM^T01"));
}

#[test]
fn rejections_name_the_problem() {
    let no_acc = msg(&["MSH|^~\\&|R|H|RL|H|2026||ORU^R01|E1|P|2.5", "OBR|1||||||||||||||||||||||||F", "OBX|1|TX|||x||||||F"]);
    let rejected = |bytes: &[u8]| match &convert(bytes, OPTS).unwrap()[..] {
        [Mapped::Rejected { error, .. }] => error.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(rejected(&no_acc), Hl7Error::MissingAccession { order: 1, fields: "OBR-3 and OBR-2".into() });
    let no_text = oru("F", &["OBX|1|NM|||5||||||F"]);
    assert_eq!(rejected(&no_text), Hl7Error::NoText { report_id: "ACC100".into(), skipped_obx: 1 });
    let adt = msg(&["MSH|^~\\&|R|H|RL|H|2026||ADT^A01|E2|P|2.5", "PID|1"]);
    assert_eq!(convert(&adt, OPTS).unwrap_err(), Hl7Error::UnsupportedType("ADT^A01".into()));
    let bad_segment = msg(&["MSH|^~\\&|R|H|RL|H|2026||ORU^R01|E3|P|2.5", "OBR|1||A1||||||||||||||||||||||F", "this is not a segment", "OBX|1|TX|||x||||||F"]);
    match convert(&bad_segment, OPTS) {
        Err(Hl7Error::Syntax(m)) => assert!(m.contains("segment 3"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(convert(b"PID|1", OPTS).unwrap_err(), Hl7Error::NoMsh);
    let orphan = msg(&["MSH|^~\\&|R|H|RL|H|2026||ORU^R01|E4|P|2.5", "OBX|1|TX|||x||||||F"]);
    assert!(matches!(convert(&orphan, OPTS), Err(Hl7Error::Structure(_))));
}

#[test]
fn hl7_times() {
    use super::mapping::hl7_time_to_iso;
    assert_eq!(hl7_time_to_iso("2026").as_deref(), Some("2026"));
    assert_eq!(hl7_time_to_iso("202611").as_deref(), Some("2026-11"));
    assert_eq!(hl7_time_to_iso("2026113008").as_deref(), Some("2026-11-30T08:00"));
    assert_eq!(hl7_time_to_iso("20261130081502.1234+0100").as_deref(), Some("2026-11-30T08:15:02.1234+01:00"));
    assert_eq!(hl7_time_to_iso("20261332"), None);
    assert_eq!(hl7_time_to_iso("yesterday"), None);
}

#[test]
fn unparseable_times_are_kept_as_sent() {
    let bytes = msg(&["MSH|^~\\&|R|H|RL|H|2026||ORU^R01|T1|P|2.5", "OBR|1||A9||||30/11/2026||||||||||||||||||F", "OBX|1|TX|||x||||||F"]);
    assert_eq!(events(&bytes, OPTS)[0].observed_at.as_deref(), Some("30/11/2026"));
}

#[test]
fn files_split_into_messages_with_any_line_ending_or_framing() {
    let plain = b"MSH|^~\\&|A|B|C|D|1||ORU^R01|1|P|2.5\r\nOBR|1\r\n\r\nMSH|^~\\&|A|B|C|D|1||ORU^R01|2|P|2.5\nOBR|1\n".to_vec();
    let parts: Vec<_> = split_messages(&plain).into_iter().map(Result::unwrap).collect();
    assert_eq!(parts.len(), 2);
    assert!(parts[1].starts_with(b"MSH|") && parts[1].ends_with(b"OBR|1"));
    let mut framed = frame::frame(b"MSH|^~\\&|1");
    framed.extend(b"\n");
    framed.extend(frame::frame(b"MSH|^~\\&|2"));
    framed.extend(b"\x0bMSH|partial");
    let parts = split_messages(&framed);
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[2], Err(frame::FrameError::Truncated { bytes: 11 }));
}

#[test]
fn bare_segments_and_short_msh2_are_valid_er7() {
    // A segment with no fields at all is valid ER7 (hl7-parser 0.3 cannot read it as sent).
    let bare = msg(&["MSH|^~\\&|R|H|RL|H|2026||ORU^R01|L1|P|2.5", "PID|1||MRN1", "PV1", "OBR|1||ACC700||||||||||||||||||||||F", "OBX|1|TX|||Lungs clear.||||||F"]);
    assert_eq!(events(&bare, OPTS)[0].patient_id.as_deref(), Some("MRN1"));
    // Three encoding characters (no subcomponent separator): completed, fields not shifted.
    let short = msg(&["MSH|^~\\|R|H|RL|H|2026||ORU^R01|L2|P|2.3", "OBR|1||ACC701||||||||||||||||||||||F", "OBX|1|TX|||A & B.||||||F"]);
    let e = &events(&short, OPTS)[0];
    assert_eq!((e.hl7_message_type.as_deref(), e.text.as_deref()), (Some("ORU^R01"), Some("A & B.")));
    let empty = msg(&["MSH||R|H|RL|H|2026||ORU^R01|L3|P|2.3"]);
    match convert(&empty, OPTS) {
        Err(Hl7Error::Syntax(m)) => assert!(m.contains("MSH-2"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_order_of_numeric_results_is_reported_for_its_missing_text_not_its_status() {
    // OBR-25 empty, the only OBX numeric with OBX-11 F: the status is known, the text is not.
    let numeric = oru("", &["OBX|1|NM|X^Value||5||||||F"]);
    assert_eq!(convert(&numeric, OPTS).unwrap(), vec![Mapped::Rejected { order: 1, error: Hl7Error::NoText { report_id: "ACC100".into(), skipped_obx: 1 } }]);
    // A numeric OBX-11 also gives a text line without one its status.
    let mixed = oru("", &["OBX|1|NM|X^Value||5||||||C", "OBX|2|TX|||Text.||||||"]);
    assert_eq!(events(&mixed, OPTS)[0].status, Some(ReportStatus::Corrected));
}

#[test]
fn one_bad_order_does_not_lose_the_good_one() {
    // Two orders: the first has numeric results only, the second a report.
    let bytes = msg(&[
        "MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|P1|P|2.5",
        "OBR|1||ACC-N|71046^XR CHEST^CPT||||||||||||||||||||CR|F",
        "OBX|1|NM|DOSE^Dose||5|mGy|||||F",
        "OBR|2||ACC-T|71046^XR CHEST^CPT||||||||||||||||||||CR|F",
        "OBX|1|TX|GDT||No pneumothorax.||||||F",
    ]);
    let mapped = convert(&bytes, RADIOLOGY).unwrap();
    assert!(matches!(&mapped[0], Mapped::Rejected { order: 1, error: Hl7Error::NoText { report_id, .. } } if report_id == "ACC-N"), "{mapped:?}");
    assert!(matches!(&mapped[1], Mapped::Event(e) if e.report_id == "ACC-T"));
}

#[test]
fn lab_results_are_acknowledged_without_an_event() {
    let lab = |section: &str, procedure: &str| {
        msg(&[
            "MSH|^~\\&|LIS|H|RL|H|2026||ORU^R01|L9|P|2.5",
            &format!("OBR|1||LAB-1|{procedure}|||2026|||||||||||||||||{section}|F"),
            "OBX|1|CE|548-8^Bordetella pertussis DNA^LN||260415000^Not detected^SCT||||||F",
        ])
    };
    for (section, procedure) in [("MB", "548-8^Bordetella pertussis DNA^LN"), ("", "548-8^Bordetella pertussis DNA^LN"), ("LAB", "71046^XR CHEST^CPT")] {
        let mapped = convert(&lab(section, procedure), RADIOLOGY).unwrap();
        assert_eq!(mapped, vec![Mapped::Skipped { report_id: "LAB-1".into(), reason: SkipReason::NotRadiology }], "{section} {procedure}");
        // The same message is a report event where the feed is filtered upstream.
        assert!(matches!(&convert(&lab(section, procedure), OPTS).unwrap()[0], Mapped::Event(_)));
    }
    // Radiology without OBR-24: the procedure decides.
    assert!(matches!(&convert(&lab("", "71046^XR CHEST 2 VIEWS^CPT"), RADIOLOGY).unwrap()[0], Mapped::Event(_)));
    // An MDM radiology report without any OBR: TXA-2 decides.
    let mdm = msg(&["MSH|^~\\&|DICT|H|RL|H|2026||MDM^T02|D9|P|2.5", "TXA|1|RAD^Radiology report|TX|2026||||||||DOC-9|||||AU", "OBX|1|TX|||Lungs clear.||||||F"]);
    assert!(matches!(&convert(&mdm, RADIOLOGY).unwrap()[0], Mapped::Event(_)));
    let note = String::from_utf8(mdm).unwrap().replace("RAD^Radiology report", "DS^Discharge summary").into_bytes();
    assert!(matches!(&convert(&note, RADIOLOGY).unwrap()[0], Mapped::Skipped { reason: SkipReason::NotRadiology, .. }));
}

#[test]
fn powerscribe_style_discussion_body_is_read_and_the_signature_is_not() {
    let mdm = msg(&[
        "MSH|^~\\&|PSCRIBE|GENHOSP|RL|H|20261130||MDM^T02|PS1|P|2.5",
        "TXA|1|RAD|TX|20261130093000||||||||DOC-PS1|||||AU",
        "OBX|1|TX|&GDT|1|EXAM: XR CHEST 2 VIEWS||||||F",
        "OBX|2|TX|&GDT|2|HISTORY: Shortness of breath.||||||F",
        "OBX|3|TX|&GDT|3|DISCUSSION: Moderate cardiomegaly. Small bilateral pleural effusions.||||||F",
        "OBX|4|TX|&IMP|4|IMPRESSION: Cardiomegaly with small effusions.||||||F",
        "OBX|5|TX|&GDT|5|Electronically signed by: A. Radiologist, MD 11/30/2026 09:41||||||F",
    ]);
    let e = &events(&mdm, RADIOLOGY)[0];
    assert_eq!(e.findings.as_deref(), Some("Moderate cardiomegaly. Small bilateral pleural effusions."));
    assert_eq!(e.impression.as_deref(), Some("Cardiomegaly with small effusions."));
}

#[test]
fn recommendations_stay_out_and_notes_are_read() {
    // No headings: the OBX-3 codes place the lines; &REC is context, not findings.
    let bytes = oru("F", &["OBX|1|TX|&GDT||Right upper lobe nodule.||||||F", "OBX|2|TX|&IMP||Pulmonary nodule.||||||F", "OBX|3|TX|&REC||CT chest in 3 months.||||||F"]);
    let e = &events(&bytes, RADIOLOGY)[0];
    assert_eq!((e.findings.as_deref(), e.impression.as_deref()), (Some("Right upper lobe nodule."), Some("Pulmonary nodule.")));
    assert!(e.text.as_deref().unwrap().contains("RECOMMENDATION: CT chest in 3 months."), "kept for the record, under its own heading");
    // Narrative in NTE segments under the order is report text, in its place.
    let nte = oru("F", &["NTE|1||FINDINGS: Lungs are clear.", "NTE|2||IMPRESSION: Normal chest."]);
    let e = &events(&nte, RADIOLOGY)[0];
    assert_eq!((e.findings.as_deref(), e.impression.as_deref()), (Some("Lungs are clear."), Some("Normal chest.")));
}
