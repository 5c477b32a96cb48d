//! Message bytes to report events and ACK: never a panic; events always carry an id and
//! text; the radiology acceptance rule only ever removes events (what it publishes is a subset
//! of what `all` publishes, order by order); an ACK can be built for anything, echoing what
//! MSH-10 it could read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use radlabel::hl7::accept::AcceptPolicy;
use radlabel::hl7::ack::{self, AckHeader, AckResult};
use radlabel::hl7::charset::Charset;
use radlabel::hl7::mapping::{Mapped, PreliminaryPolicy};
use radlabel::hl7::{convert, ConvertOptions};

fuzz_target!(|data: &[u8]| {
    for (cs, prelim) in [(Charset::Utf8, PreliminaryPolicy::Skip), (Charset::Latin1, PreliminaryPolicy::Produce)] {
        let all = convert(data, ConvertOptions { default_charset: cs, preliminary: prelim, accept: AcceptPolicy::All });
        let opts = ConvertOptions { default_charset: cs, preliminary: prelim, accept: AcceptPolicy::Radiology };
        let result = convert(data, opts);
        assert_eq!(all.is_ok(), result.is_ok(), "acceptance is judged per order, never per message");
        if let (Ok(mapped), Ok(everything)) = (&result, &all) {
            assert_eq!(mapped.len(), everything.len(), "one outcome per order");
            for (m, a) in mapped.iter().zip(everything) {
                if let Mapped::Event(ev) = m {
                    assert!(!ev.report_id.is_empty());
                    assert!(ev.text.as_deref().is_some_and(|t| !t.trim().is_empty()));
                    assert_eq!(m, a, "a radiology event is the same event under `all`");
                }
            }
        }
        let h = AckHeader::from_message(data);
        let outcome = if result.is_ok() { AckResult::Accepted } else { AckResult::Reject };
        let errs: Vec<_> = result.err().map(|e| e.ack_error()).into_iter().collect();
        let a = ack::build(&h, outcome, &errs, "X", "2026", cs);
        assert!(a.starts_with(b"MSH"));
    }
});
