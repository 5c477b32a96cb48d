//! Section handling: the student was trained on "FINDINGS: ... IMPRESSION: ..." text, so a
//! whole report is reduced to those two sections (indication and history mention findings
//! the patient may not have), falling back to the whole text when it has no such headings.
//! Real reports name their body in many ways: DISCUSSION, REPORT, RESULT, OPINION and COMMENT
//! read as findings, CONCLUSION as impression; HISTORY, INDICATION, TECHNIQUE, COMPARISON,
//! RECOMMENDATION and ADDENDUM are context, never labelled; a sign-off ("Electronically signed
//! by ...", "Dictated by ...") ends the section it stands in.

use std::sync::OnceLock;

use regex::Regex;

/// The two sections the model reads, whitespace-collapsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sections {
    pub findings: String,
    pub impression: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Findings,
    Impression,
    Other,
}

fn heading_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:^|\s)(findings\s+and\s+impressions?|findings|impressions?|conclusions?|indications?|clinical\s+history|history|comparisons?|technique|examination|exam|recommendations?|notification|reason\s+for\s+exam(?:ination)?|procedure|discussion|report|results?|opinion|comments?|addend(?:um|a))\s*:",
        )
        .expect("static regex")
    })
}

/// Headings that are also ordinary words ("see prior report: ..."): they count only in capitals
/// or at the start of a line.
const GENERIC: [&str; 7] = ["discussion", "report", "result", "opinion", "comment", "addendum", "addenda"];

fn sign_off_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:electronically\s+signed|e-signed|signed\s+electronically|dictated\s+by|transcribed\s+by|dictating\s+radiologist|attending\s+radiologist|signed\s+by|reviewed\s+and\s+signed|I\s+have\s+personally\s+reviewed\s+the\s+images)\b").expect("static regex")
    })
}

/// The text before the first sign-off (signatures name people and dates, never findings).
pub fn strip_sign_off(text: &str) -> &str {
    sign_off_regex().find(text).map_or(text, |m| &text[..m.start()])
}

fn is_heading(report: &str, name: &str, start: usize) -> bool {
    let lower = name.to_ascii_lowercase();
    if !GENERIC.iter().any(|g| lower.starts_with(g)) {
        return true;
    }
    let line_start = report[..start].rsplit('\n').next().is_none_or(|before| before.trim().is_empty());
    line_start || !name.bytes().any(|b| b.is_ascii_lowercase())
}

fn kind_of(heading: &str) -> Kind {
    let h = heading.to_ascii_lowercase();
    if h.starts_with("findings") || ["discussion", "report", "result", "opinion", "comment"].iter().any(|g| h.starts_with(g)) {
        Kind::Findings
    } else if h.starts_with("impression") || h.starts_with("conclusion") {
        Kind::Impression
    } else {
        Kind::Other
    }
}

/// Collapse every whitespace run (newlines included) into one space.
pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// FINDINGS and IMPRESSION of a whole report, or `None` when it has neither heading.
/// Repeated sections (an addendum's second IMPRESSION) are joined in order.
pub fn extract(report: &str) -> Option<Sections> {
    let heads: Vec<(Kind, usize, usize)> = heading_regex()
        .captures_iter(report)
        .map(|c| (c.get(1).expect("group 1"), c.get(0).expect("match").end()))
        .filter(|(name, _)| is_heading(report, name.as_str(), name.start()))
        .map(|(name, end)| (kind_of(name.as_str()), name.start(), end))
        .collect();
    if !heads.iter().any(|(k, _, _)| *k != Kind::Other) {
        return None;
    }
    let mut out = Sections::default();
    for (i, (kind, _, body_start)) in heads.iter().enumerate() {
        let body_end = heads.get(i + 1).map_or(report.len(), |h| h.1);
        let body = collapse_ws(strip_sign_off(&report[*body_start..body_end]));
        let target = match kind {
            Kind::Findings => &mut out.findings,
            Kind::Impression => &mut out.impression,
            Kind::Other => continue,
        };
        if !body.is_empty() {
            if !target.is_empty() {
                target.push(' ');
            }
            target.push_str(&body);
        }
    }
    Some(out)
}

/// How `model_text` opens each section; the sentence splitter cuts on them too.
pub const FINDINGS_HEADING: &str = "FINDINGS: ";
pub const IMPRESSION_HEADING: &str = "IMPRESSION: ";

/// The model's input text, in the layout training used (training/radlabel_train/data.py).
pub fn model_text(findings: &str, impression: &str) -> String {
    let (f, i) = (collapse_ws(findings), collapse_ws(impression));
    match (f.is_empty(), i.is_empty()) {
        (false, false) => format!("{FINDINGS_HEADING}{f} {IMPRESSION_HEADING}{i}"),
        (false, true) => format!("{FINDINGS_HEADING}{f}"),
        (true, false) => format!("{IMPRESSION_HEADING}{i}"),
        (true, true) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_findings_and_impression_and_drops_the_rest() {
        let r = "EXAM: Chest PA and lateral.\nINDICATION: Rule out pneumonia.\n\nFINDINGS:\nThe heart is normal in size.\n  Lungs are clear.\nIMPRESSION: No acute disease.\nRECOMMENDATION: none";
        let s = extract(r).unwrap();
        assert_eq!(s.findings, "The heart is normal in size. Lungs are clear.");
        assert_eq!(s.impression, "No acute disease.");
        assert_eq!(model_text(&s.findings, &s.impression), "FINDINGS: The heart is normal in size. Lungs are clear. IMPRESSION: No acute disease.");
    }

    #[test]
    fn headings_are_case_insensitive_and_conclusion_counts_as_impression() {
        let s = extract("Findings: small left effusion. Conclusion: effusion").unwrap();
        assert_eq!(s.findings, "small left effusion.");
        assert_eq!(s.impression, "effusion");
    }

    #[test]
    fn no_headings_means_whole_text_fallback() {
        assert_eq!(extract("Heart size normal. No pneumothorax."), None);
        assert_eq!(extract("HISTORY: cough. Heart normal."), None, "only non-model sections");
    }

    #[test]
    fn repeated_sections_join_and_words_inside_sentences_are_not_headings() {
        let s = extract("IMPRESSION: stable. ADDENDUM text. IMPRESSION: new nodule. no findings here").unwrap();
        assert_eq!(s.impression, "stable. ADDENDUM text. new nodule. no findings here");
        assert_eq!(s.findings, "");
    }

    #[test]
    fn narrative_headings_of_real_reports() {
        // PowerScribe-style: the body under DISCUSSION, then the impression and a signature.
        let r = "EXAM: XR CHEST 2V\nHISTORY: Cough.\nTECHNIQUE: PA and lateral.\nCOMPARISON: None.\nDISCUSSION:\nSmall left pleural effusion. No pneumothorax.\nIMPRESSION:\nSmall left effusion.\n\nElectronically signed by: J. Smith, MD on 11/30/2026 08:14";
        let s = extract(r).unwrap();
        assert_eq!(s.findings, "Small left pleural effusion. No pneumothorax.");
        assert_eq!(s.impression, "Small left effusion.", "the signature is not labelled");
        let s = extract("REPORT: Lungs clear.\nOPINION: Normal chest.\nADDENDUM: Discussed with Dr. Lee.").unwrap();
        assert_eq!((s.findings.as_str(), s.impression.as_str()), ("Lungs clear. Normal chest.", ""));
        let s = extract("RESULT: Stable cardiomegaly.\nCONCLUSION: Stable.\nDictated by A. Doe").unwrap();
        assert_eq!((s.findings.as_str(), s.impression.as_str()), ("Stable cardiomegaly.", "Stable."));
    }

    #[test]
    fn generic_words_inside_sentences_are_not_headings() {
        let s = extract("FINDINGS: Compared with the prior report: no change. IMPRESSION: Stable.").unwrap();
        assert_eq!(s.findings, "Compared with the prior report: no change.");
        assert_eq!(strip_sign_off("No effusion. Signed by Dr. X"), "No effusion. ");
    }

    #[test]
    fn model_text_skips_empty_sections() {
        assert_eq!(model_text("", " Clear lungs. "), "IMPRESSION: Clear lungs.");
        assert_eq!(model_text("a\nb", ""), "FINDINGS: a b");
        assert_eq!(model_text(" ", "\n"), "");
    }
}
