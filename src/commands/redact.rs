//! `radlabel redact`: JSON lines `{"id", "text"}` in, `{"id", "text" (redacted), "spans"}` out,
//! offsets in Unicode characters of the input text. The teacher worker runs the same code.

use std::io::{BufRead, Write};

use serde_json::{json, Value};

use crate::redact::Redactor;

#[derive(Debug, thiserror::Error)]
pub enum RedactError {
    #[error("{path}: {source}")]
    Input { path: String, source: std::io::Error },
    #[error(transparent)]
    Output(std::io::Error),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct RedactStats {
    pub records: usize,
    pub spans: usize,
    /// Lines that were not `{"id", "text"}` objects (each reported on stderr with its number).
    pub failed: usize,
}

/// Redact every line of `input`; problems go to `errors` with the line number.
pub fn run(input: &mut dyn BufRead, output: &mut dyn Write, errors: &mut dyn Write) -> Result<RedactStats, RedactError> {
    let r = Redactor::shared();
    let mut st = RedactStats::default();
    let mut line = String::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let read = input.read_line(&mut line).map_err(|source| RedactError::Input { path: "input".into(), source })?;
        if read == 0 {
            break;
        }
        n += 1;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<(Value, String), String> = serde_json::from_str::<Value>(&line).map_err(|e| e.to_string()).and_then(|v| {
            let text = v.get("text").and_then(Value::as_str).ok_or("no string field `text`")?.to_string();
            let id = v.get("id").cloned().ok_or("no field `id`")?;
            Ok((id, text))
        });
        match parsed {
            Ok((id, text)) => {
                let red = r.redact(&text);
                st.records += 1;
                st.spans += red.spans.len();
                let rec = json!({"id": id, "text": red.text, "spans": red.spans});
                writeln!(output, "{rec}").map_err(RedactError::Output)?;
            }
            Err(e) => {
                st.failed += 1;
                let _ = writeln!(errors, "line {n}: {e}");
            }
        }
    }
    output.flush().map_err(RedactError::Output)?;
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_redacted_and_bad_lines_reported() {
        let input = "{\"id\": 1, \"text\": \"Seen by Dr. Okafor on 3/4/2026. No effusion.\"}\n\nnot json\n{\"id\": \"b\"}\n{\"id\":\"é\",\"text\":\"é Dr. Li\"}\n";
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let st = run(&mut input.as_bytes(), &mut out, &mut err).unwrap();
        assert_eq!(st, RedactStats { records: 2, spans: 3, failed: 2 });
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["text"], "Seen by Dr. [NAME] on [DATE]. No effusion.");
        assert_eq!(lines[0]["id"], 1);
        // Character offsets: "é Dr. " is 6 characters (7 bytes).
        assert_eq!(lines[1]["spans"][0], json!({"start": 6, "end": 8, "type": "NAME"}));
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("line 3:") && err.contains("line 4: no string field `text`"), "{err}");
    }
}
