//! MLLP framing (HL7 v2 Appendix C): `0x0B` message `0x1C 0x0D`. A byte-level state machine
//! with no I/O, so the network reader, `radlabel hl7 convert` and the fuzz target share it.
//! Memory is bounded by the maximum frame size: an oversize frame is skipped to its end
//! while only its first bytes are kept (for the rejection and the dead-letter record).

pub const START: u8 = 0x0B;
pub const END: u8 = 0x1C;
pub const CR: u8 = 0x0D;

/// Bytes of an oversize frame kept for the rejection (the MSH and a little more).
const OVERSIZE_PREFIX: usize = 4096;

/// Something wrong in the byte stream. None of these stops the reader: it resynchronises
/// on the next start byte.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("{bytes} bytes outside any MLLP frame were discarded")]
    Garbage { bytes: usize },
    #[error("a frame of {bytes} bytes had no end block (0x1C 0x0D) before the next start block; discarded")]
    MissingEnd { bytes: usize },
    #[error("frame of {bytes} bytes exceeds the limit of {limit} bytes")]
    Oversize { bytes: usize, limit: usize, prefix: Vec<u8> },
    #[error("connection ended inside a frame ({bytes} bytes without an end block)")]
    Truncated { bytes: usize },
}

#[derive(Debug, PartialEq, Eq)]
enum State {
    /// Between frames.
    Outside,
    /// Inside a frame; the content so far is in `buf`.
    Inside,
    /// Inside an oversize frame: bytes are counted, not kept.
    Skipping { bytes: usize },
}

/// Feed bytes with [`FrameReader::push`], take frames and problems with [`FrameReader::next_frame`].
#[derive(Debug)]
pub struct FrameReader {
    max: usize,
    state: State,
    buf: Vec<u8>,
    /// Input not yet examined.
    pending: std::collections::VecDeque<u8>,
    garbage: usize,
    /// An END byte was the last byte seen; the CR may come in the next read.
    saw_end: bool,
}

impl FrameReader {
    pub fn new(max_frame_bytes: usize) -> FrameReader {
        FrameReader { max: max_frame_bytes.max(1), state: State::Outside, buf: Vec::new(), pending: Default::default(), garbage: 0, saw_end: false }
    }

    pub fn push(&mut self, data: &[u8]) {
        self.pending.extend(data);
    }

    /// True when no partial frame is buffered (a clean place for the peer to hang up).
    pub fn idle(&self) -> bool {
        self.state == State::Outside && self.pending.is_empty()
    }

    /// The next complete frame or problem, `None` when more input is needed.
    pub fn next_frame(&mut self) -> Option<Result<Vec<u8>, FrameError>> {
        while let Some(b) = self.pending.pop_front() {
            match self.state {
                State::Outside => {
                    if b == START {
                        self.state = State::Inside;
                        self.buf.clear();
                        self.saw_end = false;
                        if self.garbage > 0 {
                            return Some(Err(FrameError::Garbage { bytes: std::mem::take(&mut self.garbage) }));
                        }
                    } else if !b.is_ascii_whitespace() {
                        // Line endings between frames are common and harmless; anything else is noise.
                        self.garbage += 1;
                    }
                }
                State::Inside | State::Skipping { .. } => {
                    if self.saw_end {
                        self.saw_end = false;
                        if b == CR {
                            return Some(self.end_frame());
                        }
                        // END without CR: a stray byte of content.
                        self.take(END);
                    }
                    match b {
                        END => self.saw_end = true,
                        START => {
                            let bytes = self.frame_len();
                            self.state = State::Inside;
                            self.buf.clear();
                            return Some(Err(FrameError::MissingEnd { bytes }));
                        }
                        _ => self.take(b),
                    }
                }
            }
        }
        None
    }

    /// Call at end of input: a partial frame is reported, garbage too.
    pub fn finish(&mut self) -> Option<FrameError> {
        let partial = match self.state {
            State::Outside => None,
            _ => Some(FrameError::Truncated { bytes: self.frame_len() + usize::from(self.saw_end) }),
        };
        self.state = State::Outside;
        self.buf.clear();
        self.saw_end = false;
        partial.or_else(|| (self.garbage > 0).then(|| FrameError::Garbage { bytes: std::mem::take(&mut self.garbage) }))
    }

    fn frame_len(&self) -> usize {
        match self.state {
            State::Skipping { bytes } => bytes,
            _ => self.buf.len(),
        }
    }

    fn take(&mut self, b: u8) {
        match &mut self.state {
            State::Skipping { bytes } => *bytes += 1,
            _ if self.buf.len() >= self.max => {
                self.buf.truncate(OVERSIZE_PREFIX);
                self.state = State::Skipping { bytes: self.max + 1 };
            }
            _ => self.buf.push(b),
        }
    }

    fn end_frame(&mut self) -> Result<Vec<u8>, FrameError> {
        let state = std::mem::replace(&mut self.state, State::Outside);
        let buf = std::mem::take(&mut self.buf);
        match state {
            State::Skipping { bytes } => Err(FrameError::Oversize { bytes, limit: self.max, prefix: buf }),
            _ => Ok(buf),
        }
    }
}

/// Wrap a message in an MLLP frame.
pub fn frame(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + 3);
    out.push(START);
    out.extend_from_slice(message);
    out.extend_from_slice(&[END, CR]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(r: &mut FrameReader) -> Vec<Result<Vec<u8>, FrameError>> {
        std::iter::from_fn(|| r.next_frame()).collect()
    }

    #[test]
    fn frames_across_reads_and_several_per_read() {
        let mut r = FrameReader::new(100);
        let mut wire = frame(b"MSH|one");
        wire.extend(frame(b"MSH|two"));
        wire.extend(b"\r\n");
        wire.extend(frame(b"MSH|three"));
        for chunk in wire.chunks(3) {
            r.push(chunk);
        }
        assert_eq!(all(&mut r), vec![Ok(b"MSH|one".to_vec()), Ok(b"MSH|two".to_vec()), Ok(b"MSH|three".to_vec())]);
        assert!(r.idle());
        assert_eq!(r.finish(), None);
    }

    #[test]
    fn end_block_split_between_reads() {
        let mut r = FrameReader::new(100);
        r.push(&[START, b'a', END]);
        assert_eq!(r.next_frame(), None);
        r.push(&[CR]);
        assert_eq!(r.next_frame(), Some(Ok(b"a".to_vec())));
    }

    #[test]
    fn garbage_between_frames_is_reported_and_skipped() {
        let mut r = FrameReader::new(100);
        let mut wire = b"junk".to_vec();
        wire.extend(frame(b"MSH|a"));
        r.push(&wire);
        assert_eq!(all(&mut r), vec![Err(FrameError::Garbage { bytes: 4 }), Ok(b"MSH|a".to_vec())]);
    }

    #[test]
    fn missing_end_block_discards_the_partial_frame_only() {
        let mut r = FrameReader::new(100);
        let mut wire = vec![START];
        wire.extend(b"MSH|lost");
        wire.extend(frame(b"MSH|kept"));
        r.push(&wire);
        assert_eq!(all(&mut r), vec![Err(FrameError::MissingEnd { bytes: 8 }), Ok(b"MSH|kept".to_vec())]);
    }

    #[test]
    fn oversize_frame_is_skipped_with_bounded_memory_and_reader_recovers() {
        let mut r = FrameReader::new(10);
        let mut wire = frame(&[b'x'; 50]);
        wire.extend(frame(b"MSH|ok"));
        r.push(&wire);
        match r.next_frame() {
            Some(Err(FrameError::Oversize { bytes: 50, limit: 10, prefix })) => assert_eq!(prefix, vec![b'x'; 10]),
            other => panic!("{other:?}"),
        }
        assert_eq!(r.next_frame(), Some(Ok(b"MSH|ok".to_vec())));
    }

    #[test]
    fn end_without_cr_is_content() {
        let mut r = FrameReader::new(100);
        r.push(&[START, b'a', END, b'b', END, CR]);
        assert_eq!(r.next_frame(), Some(Ok(vec![b'a', END, b'b'])));
    }

    #[test]
    fn truncated_at_end_of_input() {
        let mut r = FrameReader::new(100);
        r.push(&[START, b'a', b'b']);
        assert_eq!(r.next_frame(), None);
        assert!(!r.idle());
        assert_eq!(r.finish(), Some(FrameError::Truncated { bytes: 2 }));
        assert!(r.idle());
    }
}
