//! MSH-18 character sets. The message must be decoded to text before `hl7-parser` sees it,
//! and MSH-18 itself can only be read from the raw bytes (the MSH segment is ASCII in every
//! supported character set).

use super::Hl7Error;

/// Character sets the gateway decodes: the ones HL7 table 0211 names for Western
/// European text, which are what radiology systems send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Charset {
    #[serde(rename = "ascii")]
    Ascii,
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "iso-8859-1")]
    Latin1,
}

impl Charset {
    /// The MSH-18 code for this set (HL7 table 0211).
    pub fn hl7_name(self) -> &'static str {
        match self {
            Charset::Ascii => "ASCII",
            Charset::Utf8 => "UNICODE UTF-8",
            Charset::Latin1 => "8859/1",
        }
    }

    /// HL7 table 0211 names plus the spellings senders commonly use instead.
    pub fn from_msh18(value: &str) -> Option<Charset> {
        let v = value.trim().to_ascii_uppercase().replace(['_', ' '], "-");
        match v.as_str() {
            "ASCII" | "US-ASCII" => Some(Charset::Ascii),
            "UNICODE-UTF-8" | "UTF-8" | "UTF8" => Some(Charset::Utf8),
            "8859/1" | "ISO-8859-1" | "ISO8859-1" | "LATIN1" | "LATIN-1" | "ISO-IR-100" => Some(Charset::Latin1),
            _ => None,
        }
    }

    /// Strict decoding: a byte the declared set cannot hold is an error naming its offset,
    /// never a replacement character the model would read as text.
    pub fn decode(self, bytes: &[u8]) -> Result<String, Hl7Error> {
        match self {
            Charset::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
                Some(at) => Err(Hl7Error::BadEncoding { charset: self.hl7_name(), offset: at, byte: bytes[at] }),
                None => Ok(bytes.iter().map(|&b| b as char).collect()),
            },
            Charset::Utf8 => std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
                let at = e.valid_up_to();
                Hl7Error::BadEncoding { charset: self.hl7_name(), offset: at, byte: bytes[at] }
            }),
            Charset::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        }
    }

    /// Lossy decoding for `\X..\` hex data inside a field, which is outside the sender's
    /// control of our strictness; invalid sequences become U+FFFD.
    pub fn decode_lossy(self, bytes: &[u8]) -> String {
        match self {
            Charset::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Charset::Ascii | Charset::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        }
    }

    /// Text for the ACK in the sender's character set; what the set cannot hold becomes `?`.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Charset::Utf8 => text.as_bytes().to_vec(),
            Charset::Ascii => text.chars().map(|c| if c.is_ascii() { c as u8 } else { b'?' }).collect(),
            Charset::Latin1 => text.chars().map(|c| if (c as u32) < 256 { c as u32 as u8 } else { b'?' }).collect(),
        }
    }
}

/// MSH-18 (first repetition) read from the raw bytes, if the message starts with an MSH.
pub fn msh18(bytes: &[u8]) -> Option<&[u8]> {
    let msh = msh_bytes(bytes)?;
    let field_sep = msh[3];
    let repetition = msh.get(5).copied().unwrap_or(b'~');
    // Split index i is MSH-(i+1): index 0 is "MSH", index 1 the encoding characters (MSH-2).
    let field = msh.split(|&b| b == field_sep).nth(17)?;
    field.split(|&b| b == repetition).next()
}

/// The MSH segment: from the start to the first segment terminator.
pub fn msh_bytes(bytes: &[u8]) -> Option<&[u8]> {
    if bytes.len() < 8 || &bytes[..3] != b"MSH" {
        return None;
    }
    let end = bytes.iter().position(|&b| b == b'\r' || b == b'\n').unwrap_or(bytes.len());
    // "MSH" plus the field separator and four encoding characters, at least.
    (end >= 8).then(|| &bytes[..end])
}

/// The character set a message declares in MSH-18, or `default` when MSH-18 is empty.
pub fn declared(bytes: &[u8], default: Charset) -> Result<Charset, Hl7Error> {
    match msh18(bytes).filter(|v| !v.iter().all(u8::is_ascii_whitespace)) {
        None => Ok(default),
        Some(v) => {
            let name = String::from_utf8_lossy(v).into_owned();
            Charset::from_msh18(&name).ok_or(Hl7Error::UnsupportedCharset(name))
        }
    }
}

/// Decode a whole message: MSH-18 if present, else `default`.
pub fn decode_message(bytes: &[u8], default: Charset) -> Result<(String, Charset), Hl7Error> {
    let charset = declared(bytes, default)?;
    Ok((charset.decode(bytes)?, charset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msh(charset: &str) -> Vec<u8> {
        format!("MSH|^~\\&|RIS|HOSP|RADLABEL|HOSP|20261130||ORU^R01|1|P|2.5||||||{charset}\rPID|1").into_bytes()
    }

    #[test]
    fn reads_msh18_and_decodes_latin1() {
        let mut bytes = msh("8859/1");
        bytes.extend_from_slice(b"|\xe9panchement");
        let (text, cs) = decode_message(&bytes, Charset::Utf8).unwrap();
        assert_eq!(cs, Charset::Latin1);
        assert!(text.ends_with("épanchement"), "{text}");
    }

    #[test]
    fn utf8_declared_and_default() {
        let mut bytes = msh("UNICODE UTF-8");
        bytes.extend_from_slice("|épanchement".as_bytes());
        assert_eq!(decode_message(&bytes, Charset::Ascii).unwrap().1, Charset::Utf8);
        let mut bytes = msh("");
        bytes.extend_from_slice("|é".as_bytes());
        assert_eq!(decode_message(&bytes, Charset::Utf8).unwrap().1, Charset::Utf8);
        assert!(matches!(decode_message(&bytes, Charset::Ascii), Err(Hl7Error::BadEncoding { charset: "ASCII", .. })));
    }

    #[test]
    fn latin1_bytes_declared_as_utf8_are_an_error_naming_the_offset() {
        let mut bytes = msh("UNICODE UTF-8");
        let at = bytes.len() + 1;
        bytes.extend_from_slice(b"|\xe9");
        match decode_message(&bytes, Charset::Utf8) {
            Err(Hl7Error::BadEncoding { offset, byte: 0xe9, .. }) => assert_eq!(offset, at),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unsupported_charset_is_named() {
        let bytes = msh("ISO IR87");
        assert_eq!(decode_message(&bytes, Charset::Utf8).unwrap_err(), Hl7Error::UnsupportedCharset("ISO IR87".into()));
    }

    #[test]
    fn msh18_honours_other_separators_and_repetitions() {
        let bytes = format!("MSH#$*@!#RIS{}8859/1*UNICODE UTF-8\r", "#".repeat(15)).into_bytes();
        assert_eq!(msh18(&bytes), Some(&b"8859/1"[..]));
    }

    #[test]
    fn a_short_msh_segment_has_no_msh18() {
        // Found by the fuzzer: "MSH" ended by a CR within the first eight bytes.
        assert_eq!(msh18(b"MSH\rPID|1|2|3"), None);
        assert_eq!(msh_bytes(b"MSH|^~\\\rX"), None);
    }

    #[test]
    fn encode_replaces_what_the_set_cannot_hold() {
        assert_eq!(Charset::Latin1.encode("é→"), vec![0xe9, b'?']);
        assert_eq!(Charset::Ascii.encode("é"), b"?".to_vec());
    }
}
