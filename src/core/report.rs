//! A report as it enters labelling, and the one rule for turning it into model text.

use super::sections::{collapse_ws, extract, model_text, strip_sign_off};

/// The report content, in whichever shape the source provides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportBody {
    /// Separate FINDINGS / IMPRESSION fields (CSV columns, report events).
    Sections { findings: String, impression: String },
    /// One free text with or without headings.
    Whole(String),
}

/// A report to label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: String,
    pub body: ReportBody,
}

/// Why a report cannot be labelled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("empty report: no text in findings or impression")]
    Empty,
    #[error("report text is {len} bytes, over the {limit}-byte limit")]
    TooLong { len: usize, limit: usize },
}

impl ReportBody {
    /// Text the model reads: the two sections, or the whole text when it has no headings.
    pub fn model_text(&self) -> Result<String, ReportError> {
        let text = match self {
            ReportBody::Sections { findings, impression } => model_text(findings, impression),
            ReportBody::Whole(t) => match extract(t) {
                // Headings with nothing under them are an empty report, not free text.
                Some(s) => model_text(&s.findings, &s.impression),
                None => collapse_ws(strip_sign_off(t)),
            },
        };
        if text.is_empty() {
            Err(ReportError::Empty)
        } else {
            Ok(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_reports_use_their_sections_or_fall_back() {
        let b = ReportBody::Whole("INDICATION: fever\nFINDINGS: clear\nIMPRESSION: normal".into());
        assert_eq!(b.model_text().unwrap(), "FINDINGS: clear IMPRESSION: normal");
        let b = ReportBody::Whole("Heart normal.\n No effusion.".into());
        assert_eq!(b.model_text().unwrap(), "Heart normal. No effusion.");
        let b = ReportBody::Whole("FINDINGS:   IMPRESSION: ".into());
        assert_eq!(b.model_text(), Err(ReportError::Empty));
        let b = ReportBody::Sections { findings: "".into(), impression: "  ".into() };
        assert_eq!(b.model_text(), Err(ReportError::Empty));
    }
}
