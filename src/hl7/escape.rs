//! HL7 escape sequences, decoded from raw field values. `hl7-parser`'s own decoding is
//! lossy for reports (`\.br\` becomes a bare CR, `\H\`/`\N\` become the letters H and N),
//! so the gateway takes raw values from the parser and decodes them here.

use hl7_parser::message::Separators;

use super::charset::Charset;

/// Decode every escape sequence of HL7 v2.x chapter 2 that can occur in report text:
/// delimiters (`\F\ \S\ \T\ \R\ \E\`, `\P\`), hex data (`\Xhh..\`, in the message's character
/// set), formatting (`\.br\` and `\.sp n\` become line breaks, `\.ce\` starts a new line,
/// `\.sk n\` skips n spaces, the rest is dropped), highlighting (`\H\ \N\`) and character-set
/// or local escapes (`\C..\ \M..\ \Z..\`), which carry no text. An unterminated or unknown
/// sequence is kept literally so no text is lost.
pub fn unescape(raw: &str, seps: &Separators, charset: Charset) -> String {
    let esc = seps.escape;
    if !raw.contains(esc) {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(start) = rest.find(esc) {
        out.push_str(&rest[..start]);
        let after = &rest[start + esc.len_utf8()..];
        let Some(len) = after.find(esc) else {
            // No closing escape character: literal text.
            out.push_str(&rest[start..]);
            return out;
        };
        let seq = &after[..len];
        match decode_sequence(seq, seps, charset) {
            Some(text) => out.push_str(&text),
            None => {
                out.push(esc);
                out.push_str(seq);
                out.push(esc);
            }
        }
        rest = &after[len + esc.len_utf8()..];
    }
    out.push_str(rest);
    out
}

fn count(arg: &str) -> usize {
    arg.trim().trim_start_matches('+').parse::<usize>().unwrap_or(1).min(100)
}

fn decode_sequence(seq: &str, seps: &Separators, charset: Charset) -> Option<String> {
    let text = match seq {
        "F" => seps.field.to_string(),
        "S" => seps.component.to_string(),
        "T" => seps.subcomponent.to_string(),
        "R" => seps.repetition.to_string(),
        "E" => seps.escape.to_string(),
        "P" => "#".to_string(),
        "H" | "N" => String::new(),
        ".br" => "\n".to_string(),
        ".fi" | ".nf" => String::new(),
        ".ce" => "\n".to_string(),
        _ if seq.starts_with(".sp") => "\n".repeat(count(&seq[3..])),
        _ if seq.starts_with(".sk") => " ".repeat(count(&seq[3..])),
        _ if seq.starts_with(".in") || seq.starts_with(".ti") => String::new(),
        _ if seq.len() > 1 && seq.starts_with('X') => {
            let hex = &seq[1..];
            if !hex.len().is_multiple_of(2) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let bytes: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("checked hex")).collect();
            // A CR or LF in hex data is a line break in the text.
            charset.decode_lossy(&bytes).replace("\r\n", "\n").replace('\r', "\n")
        }
        _ if seq.len() > 1 && (seq.starts_with('C') || seq.starts_with('M') || seq.starts_with('Z')) => String::new(),
        _ => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn un(raw: &str) -> String {
        unescape(raw, &Separators::default(), Charset::Utf8)
    }

    #[test]
    fn delimiters() {
        assert_eq!(un(r"a\F\b\S\c\T\d\R\e\E\f"), r"a|b^c&d~e\f");
    }

    #[test]
    fn line_breaks_and_formatting() {
        assert_eq!(un(r"FINDINGS:\.br\Heart normal.\.sp 2\IMPRESSION: \H\clear\N\."), "FINDINGS:\nHeart normal.\n\nIMPRESSION: clear.");
        assert_eq!(un(r"a\.sp\b\.sk 3\c\.in+4\d\.ti-2\e\.fi\\.nf\\.ce\f"), "a\nb   cde\nf");
    }

    #[test]
    fn highlight_does_not_leave_letters() {
        assert_eq!(un(r"\H\No\N\ effusion"), "No effusion");
    }

    #[test]
    fn hex_data_in_the_message_charset() {
        assert_eq!(un(r"\X0D0A\x\XC3A9\"), "\nxé");
        assert_eq!(unescape(r"\XE9\", &Separators::default(), Charset::Latin1), "é");
    }

    #[test]
    fn charset_and_local_escapes_carry_no_text() {
        assert_eq!(un(r"a\C2842\b\M2442\c\Zfoo\d"), "abcd");
    }

    #[test]
    fn unknown_or_unterminated_sequences_stay_literal() {
        assert_eq!(un(r"C:\Q\x"), r"C:\Q\x");
        assert_eq!(un(r"a\Xzz\b"), r"a\Xzz\b");
        assert_eq!(un(r"trailing \F"), r"trailing \F");
    }

    #[test]
    fn other_escape_character() {
        let seps = Separators { field: '#', component: '$', repetition: '*', escape: '@', subcomponent: '!', lenient_newlines: false };
        assert_eq!(unescape("1@F@2@.br@3@E@", &seps, Charset::Ascii), "1#2\n3@");
    }
}
