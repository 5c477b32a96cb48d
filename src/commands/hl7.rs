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

/// What the receiving system answered for one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub control_id: String,
    /// MSA-1 (AA, AE, AR, CA, ...), or why there was no ACK.
    pub code: String,
    /// MSA-3 / ERR-8 text when there is one.
    pub text: String,
}

impl Answer {
    pub fn accepted(&self) -> bool {
        self.code == "AA" || self.code == "CA"
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("{path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("connect to {addr}: {source}")]
    Connect { addr: String, source: std::io::Error },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// `radlabel hl7 send`: an MLLP client for trying a gateway (ours or any interface engine)
/// with message files: one connection, one message at a time, each ACK awaited.
pub async fn send(files: &[PathBuf], addr: &str, timeout: std::time::Duration) -> Result<Vec<Answer>, SendError> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut messages = Vec::new();
    for path in files {
        let data = std::fs::read(path).map_err(|source| SendError::Read { path: path.display().to_string(), source })?;
        messages.extend(split_messages(&data).into_iter().filter_map(Result::ok));
    }
    let mut conn = tokio::net::TcpStream::connect(addr).await.map_err(|source| SendError::Connect { addr: addr.into(), source })?;
    let mut reader = crate::hl7::frame::FrameReader::new(1 << 20);
    let mut answers = Vec::new();
    let mut buf = vec![0u8; 8192];
    for msg in messages {
        let control_id = AckHeader::from_message(&msg).control_id().to_string();
        conn.write_all(&crate::hl7::frame::frame(&msg)).await?;
        let ack = loop {
            if let Some(item) = reader.next_frame() {
                match item {
                    Ok(ack) => break Some(ack),
                    Err(_) => continue,
                }
            }
            match tokio::time::timeout(timeout, conn.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => break None,
                Ok(Ok(n)) => reader.push(&buf[..n]),
                Err(_) => break None,
            }
        };
        let answer = match ack {
            None => Answer { control_id, code: "-".into(), text: "no ACK (connection closed or timed out)".into() },
            Some(ack) => {
                let (code, text) = read_ack(&String::from_utf8_lossy(&ack));
                Answer { control_id, code, text }
            }
        };
        let closed = answer.code == "-";
        answers.push(answer);
        if closed {
            break;
        }
    }
    Ok(answers)
}

/// MSA-1 and the error text (ERR-8, else MSA-3) of an ACK, in the ACK's own delimiters (it
/// echoes the message's, which need not be `|`).
fn read_ack(ack: &str) -> (String, String) {
    let fs = if ack.starts_with("MSH") { ack.chars().nth(3).unwrap_or('|') } else { '|' };
    let segs: Vec<Vec<&str>> = ack.split('\r').map(|s| s.split(fs).collect()).collect();
    let msa = segs.iter().find(|s| s[0] == "MSA");
    let err_text = segs.iter().find(|s| s[0] == "ERR").and_then(|s| s.get(8)).copied();
    let code = msa.and_then(|m| m.get(1)).unwrap_or(&"?").to_string();
    (code, err_text.or_else(|| msa.and_then(|m| m.get(3)).copied()).unwrap_or("").to_string())
}

#[cfg(test)]
mod tests {
    use super::read_ack;

    #[test]
    fn acks_are_read_in_their_own_delimiters() {
        assert_eq!(read_ack("MSH|^~\\&|RL|H|RIS|H|2026||ACK|X|P|2.5\rMSA|AA|C1\r"), ("AA".into(), String::new()));
        let ack = "MSH#$*@!#RL#H#RIS#H#2026##ACK#X#P#2.3\rMSA#AR#C7#short\rERR##OBR$1$3#101$Required field missing$HL70357#E####no accession\r";
        assert_eq!(read_ack(ack), ("AR".into(), "no accession".into()));
        assert_eq!(read_ack("garbage"), ("?".into(), String::new()));
    }
}
