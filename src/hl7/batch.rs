//! HL7 batch envelopes (FHS / BHS ... BTS / FTS). Interface engines send backfills as batch
//! files, and some send a batch in one MLLP frame. The envelope segments are not part of any
//! message: they are taken off here, every message inside is handled on its own, and the
//! gateway answers a framed batch with a batch of ACKs (one per message that asks for one,
//! wrapped in BHS/BTS with the count), as the HL7 batch protocol describes.

/// Envelope segment names.
const ENVELOPE: [&[u8]; 4] = [b"FHS", b"BHS", b"BTS", b"FTS"];

/// The first three bytes of a segment without its leading whitespace.
fn segment_name(seg: &[u8]) -> &[u8] {
    let seg = seg.trim_ascii_start();
    &seg[..seg.len().min(3)]
}

/// Does this chunk (a frame or a file) start with a batch or file header?
pub fn is_batch(data: &[u8]) -> bool {
    matches!(segment_name(data), b"FHS" | b"BHS")
}

/// One chunk split into its messages. Envelope segments are dropped; anything before the
/// first MSH that is not an envelope segment is counted as stray bytes (not whitespace).
pub struct Unbatched {
    pub messages: Vec<Vec<u8>>,
    pub stray_bytes: usize,
    /// BTS-1 (messages the sender says the batch holds), when it sent one.
    pub declared: Option<usize>,
}

pub fn unbatch(data: &[u8]) -> Unbatched {
    let mut out = Unbatched { messages: Vec::new(), stray_bytes: 0, declared: None };
    let mut current: Option<Vec<u8>> = None;
    for seg in data.split(|&b| b == b'\r' || b == b'\n') {
        let trimmed = seg.trim_ascii_start();
        if trimmed.is_empty() {
            continue;
        }
        let name = segment_name(trimmed);
        if ENVELOPE.contains(&name) {
            if let Some(m) = current.take() {
                out.messages.push(m);
            }
            if name == b"BTS" {
                // BTS|count|... in the envelope's own field separator (the byte after the name).
                let count = trimmed.get(3).and_then(|&fs| trimmed[4..].split(|&b| b == fs).next());
                out.declared = count.and_then(|f| std::str::from_utf8(f).ok()).and_then(|s| s.trim().parse().ok());
            }
            continue;
        }
        if name == b"MSH" && trimmed.len() > 3 && !trimmed[3].is_ascii_alphanumeric() {
            if let Some(m) = current.take() {
                out.messages.push(m);
            }
            current = Some(trimmed.to_vec());
        } else if let Some(m) = current.as_mut() {
            m.push(b'\r');
            m.extend_from_slice(seg);
        } else {
            out.stray_bytes += seg.iter().filter(|b| !b.is_ascii_whitespace()).count();
        }
    }
    if let Some(m) = current.take() {
        out.messages.push(m);
    }
    out
}

/// The batch ACK: BHS, the ACK messages, BTS with their count. `field_sep` / `encoding` are
/// the batch header's own (an ACK echoes the sender's delimiters).
pub fn batch_ack(acks: &[Vec<u8>], timestamp: &str, field_sep: char, encoding: &str) -> Vec<u8> {
    let mut out = format!("BHS{field_sep}{encoding}{field_sep}RADLABEL{field_sep}{field_sep}{field_sep}{field_sep}{timestamp}\r").into_bytes();
    for a in acks {
        out.extend_from_slice(a);
        if !a.ends_with(b"\r") {
            out.push(b'\r');
        }
    }
    out.extend_from_slice(format!("BTS{field_sep}{}\r", acks.len()).as_bytes());
    out
}

/// The delimiters of a batch header (FHS/BHS-1 and -2), `|` and `^~\&` when unreadable.
pub fn header_delimiters(data: &[u8]) -> (char, String) {
    let seg = data.trim_ascii_start();
    match seg.get(3) {
        Some(&fs) if !fs.is_ascii_alphanumeric() && fs.is_ascii() => {
            let enc: String = seg[4..].iter().take_while(|&&b| b != fs && b != b'\r' && b != b'\n').take(5).map(|&b| b as char).collect();
            (fs as char, if enc.is_empty() { "^~\\&".into() } else { enc })
        }
        _ => ('|', "^~\\&".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = b"FHS|^~\\&|RIS|H|||20261130\rBHS|^~\\&|RIS|H|||20261130\rMSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|B1|P|2.5\rOBR|1\rMSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|B2|P|2.5\rOBR|1\rBTS|2\rFTS|1\r";

    #[test]
    fn envelope_segments_are_not_part_of_any_message() {
        assert!(is_batch(FILE));
        let u = unbatch(FILE);
        assert_eq!(u.messages.len(), 2);
        assert_eq!(u.messages[1], b"MSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|B2|P|2.5\rOBR|1".to_vec(), "BTS/FTS not glued to the last message");
        assert_eq!((u.stray_bytes, u.declared), (0, Some(2)));
        // LF line endings and a message without an envelope.
        let lf = String::from_utf8_lossy(FILE).replace('\r', "\n");
        assert_eq!(unbatch(lf.as_bytes()).messages.len(), 2);
        assert!(!is_batch(b"MSH|^~\\&|x"));
        assert_eq!(unbatch(b"junk\rMSH|^~\\&|x").stray_bytes, 4);
    }

    #[test]
    fn batch_ack_wraps_the_acks_with_their_count() {
        let ack = batch_ack(&[b"MSH|^~\\&|ACK1\rMSA|AA|B1\r".to_vec(), b"MSH|^~\\&|ACK2\rMSA|AA|B2\r".to_vec()], "2026", '|', "^~\\&");
        let s = String::from_utf8(ack).unwrap();
        assert!(s.starts_with("BHS|^~\\&|RADLABEL||||2026\rMSH|"), "{s}");
        assert!(s.ends_with("MSA|AA|B2\rBTS|2\r"), "{s}");
        assert_eq!(header_delimiters(b"BHS#$*@!#X"), ('#', "$*@!".into()));
    }
}
