//! `radlabel hl7 convert`: files of HL7 messages to report-event JSON lines, with the same
//! parser and mapping as the gateway (backfills, debugging a feed).

use std::io::Write;
use std::path::PathBuf;

use crate::hl7::ack::AckHeader;
use crate::hl7::mapping::Mapped;
use crate::hl7::{convert, split_messages, ConvertOptions};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ConvertSummary {
    pub messages: usize,
    pub events: usize,
    pub skipped: usize,
    /// Messages (or framing problems) that produced an error line on stderr.
    pub failed: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("{path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("writing output: {0}")]
    Write(#[from] std::io::Error),
}

/// Convert every message of every file; a message that fails is reported on `errors` with
/// its file, position and MSH-10, and the rest go on.
pub fn run(files: &[PathBuf], opts: ConvertOptions, out: &mut dyn Write, errors: &mut dyn Write) -> Result<ConvertSummary, ConvertError> {
    let mut s = ConvertSummary::default();
    for path in files {
        let name = path.display().to_string();
        let data = std::fs::read(path).map_err(|source| ConvertError::Read { path: name.clone(), source })?;
        for (i, item) in split_messages(&data).into_iter().enumerate() {
            let n = i + 1;
            let bytes = match item {
                Ok(b) => b,
                Err(e) => {
                    s.failed += 1;
                    writeln!(errors, "{name}: item {n}: {e}")?;
                    continue;
                }
            };
            s.messages += 1;
            match convert(&bytes, opts) {
                Ok(mapped) => {
                    for m in mapped {
                        match m {
                            Mapped::Event(ev) => {
                                s.events += 1;
                                serde_json::to_writer(&mut *out, &ev).map_err(std::io::Error::from)?;
                                out.write_all(b"\n")?;
                            }
                            Mapped::Skipped { report_id, reason } => {
                                s.skipped += 1;
                                writeln!(errors, "{name}: message {n}: report {report_id} skipped ({})", reason.as_str())?;
                            }
                        }
                    }
                }
                Err(e) => {
                    s.failed += 1;
                    let id = AckHeader::from_message(&bytes).control_id().to_string();
                    writeln!(errors, "{name}: message {n} (MSH-10 `{id}`): {e}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(s)
}
