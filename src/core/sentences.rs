//! Sentences of a report's model text, cut by the rule that cut the teacher's sentence labels
//! (`../shared/tools/openi_sentences.py`: a split after `.`, `!` or `?` and whitespace when the
//! next character is a capital, a digit or `(`; list numbering dropped; a piece of three
//! characters or fewer, or without three letters in a row, is not a sentence).
//!
//! Why the same rule: a model that reads sentence by sentence was validated on those
//! sentences (training/radlabel_train/sentvote.py); a different cut would feed it pieces it was
//! never measured on. The section headings `model_text` writes are boundaries too, since the
//! teacher's sentences were cut from each section on its own.

use super::sections::{FINDINGS_HEADING, IMPRESSION_HEADING};

/// The sentences of `model_text`'s output (or of free text without headings), in reading
/// order, as slices of it. Empty when nothing in the text passes as a sentence; the caller
/// then reads the text whole.
pub fn split(text: &str) -> Vec<&str> {
    let body = text.strip_prefix(FINDINGS_HEADING).unwrap_or(text);
    let sections: Vec<&str> = match body.strip_prefix(IMPRESSION_HEADING) {
        Some(impression) => vec![impression],
        None => match body.find(&format!(" {IMPRESSION_HEADING}")) {
            Some(at) => vec![&body[..at], &body[at + 1 + IMPRESSION_HEADING.len()..]],
            None => vec![body],
        },
    };
    sections.into_iter().flat_map(split_section).collect()
}

fn split_section(section: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = section.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j > i + 1 && j < chars.len() && starts_sentence(chars[j].1) {
                keep(&section[start..chars[i + 1].0], &mut out);
                start = chars[j].0;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    keep(&section[start..], &mut out);
    out
}

fn starts_sentence(c: char) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit() || c == '('
}

/// Drop list numbering ("1. ", "(2) ") and keep the piece if it reads as a sentence.
fn keep<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = strip_numbering(piece.trim()).trim();
    let three_letters = piece
        .as_bytes()
        .windows(3)
        .any(|w| w.iter().all(u8::is_ascii_alphabetic));
    if piece.chars().count() > 3 && three_letters {
        out.push(piece);
    }
}

/// `^\(?\d{1,2}[.)]\s*`: an optional bracket, one or two digits, then `.` or `)`.
fn strip_numbering(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'('));
    let digits = b[i..].iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return s;
    }
    i += digits;
    match b.get(i) {
        Some(b'.' | b')') => s[i + 1..].trim_start(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_after_end_punctuation_before_a_capital_digit_or_bracket() {
        assert_eq!(split("Heart is normal. Lungs are clear! Any effusion? (Small) 2 views obtained."), [
            "Heart is normal.",
            "Lungs are clear!",
            "Any effusion?",
            "(Small) 2 views obtained."
        ]);
    }

    #[test]
    fn does_not_split_where_the_shared_rule_does_not() {
        // Lower case after the stop, a decimal, a stop without a space: one sentence each.
        assert_eq!(split("Nodule measures 1.5 cm. vs. prior unchanged."), ["Nodule measures 1.5 cm. vs. prior unchanged."]);
        assert_eq!(split("Tube tip is at T4.No pneumothorax."), ["Tube tip is at T4.No pneumothorax."]);
    }

    #[test]
    fn numbering_is_dropped_and_fragments_are_not_sentences() {
        assert_eq!(split("1. No acute disease. 2) Stable cardiomegaly. (3) Clear."), ["No acute disease.", "Stable cardiomegaly.", "Clear."]);
        // "3." and "Ok." are fragments; "A1 B2 C3." has no three letters in a row.
        assert_eq!(split("Clear lungs. 3. Ok. A1 B2 C3."), ["Clear lungs."]);
        // Three digits are not list numbering.
        assert_eq!(split("123) Heart normal."), ["123) Heart normal."]);
    }

    #[test]
    fn the_model_text_headings_are_boundaries_not_sentence_text() {
        let text = "FINDINGS: Heart normal. Lungs clear IMPRESSION: No acute disease.";
        assert_eq!(split(text), ["Heart normal.", "Lungs clear", "No acute disease."]);
        assert_eq!(split("IMPRESSION: No pneumothorax."), ["No pneumothorax."]);
        assert_eq!(split("FINDINGS: Stable. No effusion."), ["Stable.", "No effusion."]);
    }

    #[test]
    fn text_without_a_sentence_gives_none() {
        assert!(split("FINDINGS: 1. IMPRESSION: ok").is_empty());
        assert!(split("").is_empty());
    }

    #[test]
    fn non_ascii_text_is_cut_on_character_boundaries() {
        // Like the shared rule, only an ASCII capital opens a sentence.
        assert_eq!(split("Épanchement pleural. Ödem möglich. Évolution lente."), ["Épanchement pleural. Ödem möglich. Évolution lente."]);
        assert_eq!(split("Ödem möglich. Keine Änderung."), ["Ödem möglich.", "Keine Änderung."]);
    }

    /// Every shared Open-i report, cut here from the model text and by the shared tool from
    /// each section: the same sentences in the same order, or the sentence-reading model
    /// would meet text it was never measured on.
    #[test]
    fn agrees_with_the_shared_splitter_on_every_shared_report() {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
        let csv_path = shared.join("data/openi/reports.csv");
        let mut rows = csv::Reader::from_path(&csv_path).unwrap_or_else(|e| panic!("{}: {e} (../shared is needed beside the repository)", csv_path.display()));
        let sections: Vec<(String, String)> = rows
            .deserialize::<std::collections::HashMap<String, String>>()
            .map(|r| {
                let r = r.expect("csv row");
                (r["findings"].clone(), r["impression"].clone())
            })
            .collect();
        assert!(sections.len() > 2000, "{} reports", sections.len());
        let script = "import json, sys\nsys.path.insert(0, sys.argv[1])\nfrom openi_sentences import split\nfor line in sys.stdin:\n    f, i = json.loads(line)\n    print(json.dumps(split(f) + split(i)))\n";
        let mut py = Command::new("python3")
            .args(["-c", script, &shared.join("tools").display().to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the shared splitter");
        let input: String = sections.iter().map(|s| serde_json::to_string(&[&s.0, &s.1]).unwrap() + "\n").collect();
        let mut stdin = py.stdin.take().unwrap();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let out = py.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        assert!(out.status.success());
        let theirs: Vec<Vec<String>> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(theirs.len(), sections.len());
        let mut sentences = 0;
        for (row, ((f, i), want)) in sections.iter().zip(&theirs).enumerate() {
            let text = super::super::sections::model_text(f, i);
            // The row, not the text: the shared reports' licence keeps their text out of logs.
            assert!(&split(&text) == want, "reports.csv data row {row}: the sentences differ");
            sentences += want.len();
        }
        assert!(sentences > 10_000, "{sentences} sentences compared");
    }
}
