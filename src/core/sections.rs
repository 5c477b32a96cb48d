//! Section handling: the student was trained on "FINDINGS: ... IMPRESSION: ..." text, so a
//! whole report is reduced to those two sections (indication and history mention findings
//! the patient may not have), falling back to the whole text when it has no such headings.

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
            r"(?i)(?:^|\s)(findings\s+and\s+impressions?|findings|impressions?|conclusions?|indications?|clinical\s+history|history|comparisons?|technique|examination|exam|recommendations?|notification|reason\s+for\s+exam(?:ination)?|procedure)\s*:",
        )
        .expect("static regex")
    })
}

fn kind_of(heading: &str) -> Kind {
    let h = heading.to_ascii_lowercase();
    if h.starts_with("findings") {
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
        .map(|c| {
            let name = c.get(1).expect("group 1");
            (kind_of(name.as_str()), name.start(), c.get(0).expect("match").end())
        })
        .collect();
    if !heads.iter().any(|(k, _, _)| *k != Kind::Other) {
        return None;
    }
    let mut out = Sections::default();
    for (i, (kind, _, body_start)) in heads.iter().enumerate() {
        let body_end = heads.get(i + 1).map_or(report.len(), |h| h.1);
        let body = collapse_ws(&report[*body_start..body_end]);
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

/// The model's input text, in the layout training used (training/radlabel_train/data.py).
pub fn model_text(findings: &str, impression: &str) -> String {
    let (f, i) = (collapse_ws(findings), collapse_ws(impression));
    match (f.is_empty(), i.is_empty()) {
        (false, false) => format!("FINDINGS: {f} IMPRESSION: {i}"),
        (false, true) => format!("FINDINGS: {f}"),
        (true, false) => format!("IMPRESSION: {i}"),
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
    fn model_text_skips_empty_sections() {
        assert_eq!(model_text("", " Clear lungs. "), "IMPRESSION: Clear lungs.");
        assert_eq!(model_text("a\nb", ""), "FINDINGS: a b");
        assert_eq!(model_text(" ", "\n"), "");
    }
}
