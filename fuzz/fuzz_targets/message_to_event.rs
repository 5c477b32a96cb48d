//! Message bytes to report events and ACK: never a panic; events always carry an id and
//! text; an ACK can be built for anything, echoing what MSH-10 it could read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use radlabel::hl7::ack::{self, AckHeader, AckResult};
use radlabel::hl7::charset::Charset;
use radlabel::hl7::mapping::{Mapped, PreliminaryPolicy};
use radlabel::hl7::{convert, ConvertOptions};

fuzz_target!(|data: &[u8]| {
    for (cs, prelim) in [(Charset::Utf8, PreliminaryPolicy::Skip), (Charset::Latin1, PreliminaryPolicy::Produce)] {
        let opts = ConvertOptions { default_charset: cs, preliminary: prelim };
        let result = convert(data, opts);
        if let Ok(mapped) = &result {
            for m in mapped {
                if let Mapped::Event(ev) = m {
                    assert!(!ev.report_id.is_empty());
                    assert!(ev.text.as_deref().is_some_and(|t| !t.trim().is_empty()));
                }
            }
        }
        let h = AckHeader::from_message(data);
        let outcome = if result.is_ok() { AckResult::Accepted } else { AckResult::Reject };
        let err = result.err().map(|e| e.ack_error());
        let a = ack::build(&h, outcome, err.as_ref(), "X", "2026", cs);
        assert!(a.starts_with(b"MSH"));
    }
});
