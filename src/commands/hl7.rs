//! `radlabel hl7 convert`: files of HL7 messages to report-event JSON lines, with the same
//! parser and mapping as the gateway (backfills, debugging a feed).

use std::io::Write;
use std::path::PathBuf;

use crate::hl7::ack::{AckHeader, AckResult};
use crate::hl7::mapping::Mapped;
use crate::hl7::{convert, split_messages, ConvertOptions};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ConvertSummary {
    pub messages: usize,
    pub events: usize,
    pub skipped: usize,
    /// Messages, orders or framing problems that produced an error line on stderr.
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
            let id = AckHeader::from_message(&bytes).control_id().to_string();
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
                            Mapped::Rejected { order, error } => {
                                s.failed += 1;
                                writeln!(errors, "{name}: message {n} (MSH-10 `{id}`), order {order}: {error}")?;
                            }
                        }
                    }
                }
                Err(e) => {
                    s.failed += 1;
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
    /// Stored by the receiver, or sent to one that acknowledges only errors or nothing.
    pub fn accepted(&self) -> bool {
        self.code == "AA" || self.code == "CA" || self.code == NO_ACK_EXPECTED
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
/// with message files, or for a backfill: one connection, one message at a time. An ACK is
/// awaited only where the message asks for one (MSH-15 empty, AL or SU; NE and ER get none on
/// success); a message without its ACK in `timeout` is reported and the next one is sent; a
/// closed connection is reopened for the next message. ACKs are matched to messages by MSA-2,
/// so a late one still counts for its message. Never stops early: every message gets a line.
pub async fn send(files: &[PathBuf], addr: &str, timeout: std::time::Duration) -> Result<Vec<Answer>, SendError> {
    use tokio::io::AsyncWriteExt;
    let mut messages = Vec::new();
    for path in files {
        let data = std::fs::read(path).map_err(|source| SendError::Read { path: path.display().to_string(), source })?;
        messages.extend(split_messages(&data).into_iter().filter_map(Result::ok));
    }
    let mut conn: Option<Connection> = None;
    let mut answers: Vec<Answer> = Vec::new();
    for msg in messages {
        let header = AckHeader::from_message(&msg);
        let control_id = header.control_id().to_string();
        let unsent = |text: String| Answer { control_id: control_id.clone(), code: SEND_FAILED.into(), text };
        if conn.is_none() {
            match tokio::net::TcpStream::connect(addr).await {
                Ok(stream) => conn = Some(Connection::new(stream)),
                Err(source) if answers.is_empty() => return Err(SendError::Connect { addr: addr.into(), source }),
                Err(e) => {
                    answers.push(unsent(format!("not sent: connect to {addr}: {e}")));
                    continue;
                }
            }
        }
        let c = conn.as_mut().expect("connected above");
        if let Err(e) = c.stream.write_all(&crate::hl7::frame::frame(&msg)).await {
            conn = None;
            answers.push(unsent(format!("not sent: {e}")));
            continue;
        }
        if !header.wants_ack(AckResult::Accepted) {
            answers.push(Answer { control_id, code: NO_ACK_EXPECTED.into(), text: "sent; MSH-15 asks for no ACK on success".into() });
            continue;
        }
        answers.push(Answer { control_id: control_id.clone(), code: NO_ACK.into(), text: String::new() });
        match c.wait_for(&control_id, timeout, &mut answers).await {
            Wait::Acked => {}
            Wait::TimedOut => answers.last_mut().expect("pushed").text = format!("no ACK within {} s", timeout.as_secs_f64()),
            Wait::Closed => {
                answers.last_mut().expect("pushed").text = "no ACK: the connection closed".into();
                conn = None;
            }
        }
    }
    Ok(answers)
}

/// Codes printed where MSA-1 would stand when there is no ACK to show.
pub const NO_ACK_EXPECTED: &str = "NE";
pub const NO_ACK: &str = "-";
pub const SEND_FAILED: &str = "!";

/// One line of totals for the end of a send.
pub fn send_summary(answers: &[Answer]) -> String {
    let count = |f: &dyn Fn(&Answer) -> bool| answers.iter().filter(|a| f(a)).count();
    format!(
        "{} messages: {} sent, {} accepted (AA/CA), {} refused (AE/AR/CE/CR), {} without ACK (none asked: {}), {} not sent",
        answers.len(),
        count(&|a| a.code != SEND_FAILED),
        count(&|a| a.code == "AA" || a.code == "CA"),
        count(&|a| matches!(a.code.as_str(), "AE" | "AR" | "CE" | "CR")),
        count(&|a| a.code == NO_ACK || a.code == NO_ACK_EXPECTED),
        count(&|a| a.code == NO_ACK_EXPECTED),
        count(&|a| a.code == SEND_FAILED),
    )
}

enum Wait {
    Acked,
    TimedOut,
    Closed,
}

/// The client side of one MLLP connection: the stream and what has been read of it.
struct Connection {
    stream: tokio::net::TcpStream,
    reader: crate::hl7::frame::FrameReader,
}

impl Connection {
    fn new(stream: tokio::net::TcpStream) -> Connection {
        Connection { stream, reader: crate::hl7::frame::FrameReader::new(1 << 20) }
    }

    /// Read ACKs until the one for `control_id`; ACKs for earlier messages (late, or errors
    /// for MSH-15 ER) update their answers on the way.
    async fn wait_for(&mut self, control_id: &str, timeout: std::time::Duration, answers: &mut [Answer]) -> Wait {
        use tokio::io::AsyncReadExt;
        let deadline = tokio::time::Instant::now() + timeout;
        let mut buf = vec![0u8; 8192];
        loop {
            while let Some(item) = self.reader.next_frame() {
                let Ok(ack) = item else { continue };
                let (code, text, acked) = read_ack(&String::from_utf8_lossy(&ack));
                // The newest answer for that control id (ids can repeat across files).
                if let Some(a) = answers.iter_mut().rev().find(|a| a.control_id == acked && (a.code == NO_ACK || a.code == NO_ACK_EXPECTED)) {
                    a.code = code;
                    a.text = text;
                }
                if acked == control_id {
                    return Wait::Acked;
                }
            }
            match tokio::time::timeout_at(deadline, self.stream.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return Wait::Closed,
                Ok(Ok(n)) => self.reader.push(&buf[..n]),
                Err(_) => return Wait::TimedOut,
            }
        }
    }
}

/// MSA-1, the error text (ERR-8, else MSA-3) and MSA-2 of an ACK, in the ACK's own delimiters
/// (it echoes the message's, which need not be `|`).
fn read_ack(ack: &str) -> (String, String, String) {
    let fs = if ack.starts_with("MSH") { ack.chars().nth(3).unwrap_or('|') } else { '|' };
    let segs: Vec<Vec<&str>> = ack.split('\r').map(|s| s.split(fs).collect()).collect();
    let msa = segs.iter().find(|s| s[0] == "MSA");
    let err_text = segs.iter().find(|s| s[0] == "ERR").and_then(|s| s.get(8)).copied();
    let code = msa.and_then(|m| m.get(1)).unwrap_or(&"?").to_string();
    let acked = msa.and_then(|m| m.get(2)).map_or(String::new(), |c| c.trim().to_string());
    (code, err_text.or_else(|| msa.and_then(|m| m.get(3)).copied()).unwrap_or("").to_string(), acked)
}

#[cfg(test)]
mod tests {
    use super::read_ack;

    #[test]
    fn acks_are_read_in_their_own_delimiters() {
        assert_eq!(read_ack("MSH|^~\\&|RL|H|RIS|H|2026||ACK|X|P|2.5\rMSA|AA|C1\r"), ("AA".into(), String::new(), "C1".into()));
        let ack = "MSH#$*@!#RL#H#RIS#H#2026##ACK#X#P#2.3\rMSA#AR#C7#short\rERR##OBR$1$3#101$Required field missing$HL70357#E####no accession\r";
        assert_eq!(read_ack(ack), ("AR".into(), "no accession".into(), "C7".into()));
        assert_eq!(read_ack("garbage"), ("?".into(), String::new(), String::new()));
    }
}
