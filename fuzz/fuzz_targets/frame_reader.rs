//! MLLP framing: no panic, bounded frames, and the same frames whatever the read sizes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use radlabel::hl7::frame::{FrameError, FrameReader, START};

const MAX: usize = 64;

fn frames(data: &[u8], chunk: usize) -> Vec<Result<Vec<u8>, FrameError>> {
    let mut r = FrameReader::new(MAX);
    let mut out = Vec::new();
    for part in data.chunks(chunk.max(1)) {
        r.push(part);
        while let Some(item) = r.next_frame() {
            out.push(item);
        }
    }
    out.extend(r.finish().map(Err));
    out
}

fuzz_target!(|input: &[u8]| {
    let Some((&chunk, data)) = input.split_first() else { return };
    let whole = frames(data, data.len());
    for item in &whole {
        match item {
            Ok(f) => {
                assert!(f.len() <= MAX, "frame over the limit");
                assert!(!f.contains(&START), "start block inside a frame");
            }
            Err(FrameError::Oversize { prefix, bytes, .. }) => assert!(prefix.len() <= MAX && *bytes > MAX),
            Err(_) => {}
        }
    }
    // Byte-at-a-time or odd chunk sizes give exactly the same result: TCP may split anywhere.
    // (Garbage counts may be reported in pieces, so compare frames only.)
    let ok = |v: &[Result<Vec<u8>, FrameError>]| v.iter().filter_map(|x| x.as_ref().ok().cloned()).collect::<Vec<_>>();
    assert_eq!(ok(&whole), ok(&frames(data, usize::from(chunk % 7) + 1)));
});
