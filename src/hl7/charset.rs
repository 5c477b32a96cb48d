//! MSH-18 character sets. The message must be decoded to text before `hl7-parser` sees it,
//! and MSH-18 itself can only be read from the raw bytes (the MSH segment is ASCII in every
//! supported character set).

use super::Hl7Error;

/// Character sets the gateway decodes. ASCII, ISO-8859-1 and UTF-8 are decoded here; the other
/// single- and multi-byte sets of HL7 table 0211 (8859/2 ... 8859/9, 8859/15, Big5, GB 18030,
/// KS X 1001) through `encoding_rs`, the WHATWG Encoding Standard's implementation (so 8859/9
/// decodes as its superset windows-1254, which differs only in the C1 control range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Ascii,
    Utf8,
    Latin1,
    /// Another table-0211 set: its HL7 name and the decoder.
    Other { hl7: &'static str, encoding: &'static encoding_rs::Encoding },
}

/// Table-0211 names (and what senders write instead) of the sets decoded by `encoding_rs`.
const OTHER: [(&[&str], &str, &encoding_rs::Encoding); 14] = [
    (&["8859/2", "ISO-8859-2", "ISO-IR-101", "LATIN2"], "8859/2", encoding_rs::ISO_8859_2),
    (&["8859/3", "ISO-8859-3", "ISO-IR-109"], "8859/3", encoding_rs::ISO_8859_3),
    (&["8859/4", "ISO-8859-4", "ISO-IR-110"], "8859/4", encoding_rs::ISO_8859_4),
    (&["8859/5", "ISO-8859-5", "ISO-IR-144"], "8859/5", encoding_rs::ISO_8859_5),
    (&["8859/6", "ISO-8859-6", "ISO-IR-127"], "8859/6", encoding_rs::ISO_8859_6),
    (&["8859/7", "ISO-8859-7", "ISO-IR-126"], "8859/7", encoding_rs::ISO_8859_7),
    (&["8859/8", "ISO-8859-8", "ISO-IR-138"], "8859/8", encoding_rs::ISO_8859_8),
    (&["8859/9", "ISO-8859-9", "ISO-IR-148", "LATIN5"], "8859/9", encoding_rs::WINDOWS_1254),
    (&["8859/15", "ISO-8859-15", "LATIN9", "LATIN-9"], "8859/15", encoding_rs::ISO_8859_15),
    (&["WINDOWS-1252", "CP1252"], "WINDOWS-1252", encoding_rs::WINDOWS_1252),
    (&["BIG-5", "BIG5"], "BIG-5", encoding_rs::BIG5),
    (&["GB-18030-2000", "GB18030", "GB-18030"], "GB 18030-2000", encoding_rs::GB18030),
    (&["KS-X-1001", "EUC-KR"], "KS X 1001", encoding_rs::EUC_KR),
    (&["SHIFT-JIS", "SJIS"], "SHIFT_JIS", encoding_rs::SHIFT_JIS),
];

impl Charset {
    /// The MSH-18 code for this set (HL7 table 0211).
    pub fn hl7_name(self) -> &'static str {
        match self {
            Charset::Ascii => "ASCII",
            Charset::Utf8 => "UNICODE UTF-8",
            Charset::Latin1 => "8859/1",
            Charset::Other { hl7, .. } => hl7,
        }
    }

    /// HL7 table 0211 names plus the spellings senders commonly use instead: `8859` alone (lab
    /// systems mean ISO-8859-1), `UNICODE` alone (UTF-8 in every feed seen), ISO-IR numbers
    /// (DICOM's names), ISO and IANA names.
    pub fn from_msh18(value: &str) -> Option<Charset> {
        let v = value.trim().to_ascii_uppercase().replace(['_', ' '], "-");
        match v.as_str() {
            "ASCII" | "US-ASCII" | "ISO-IR-6" | "ISO-IR6" => Some(Charset::Ascii),
            "UNICODE-UTF-8" | "UTF-8" | "UTF8" | "UNICODE" | "ISO-IR-192" => Some(Charset::Utf8),
            "8859/1" | "8859" | "ISO-8859-1" | "ISO8859-1" | "ISO-8859" | "LATIN1" | "LATIN-1" | "ISO-IR-100" | "ISO-IR100" => Some(Charset::Latin1),
            _ => {
                let compact = v.replace("ISO-IR", "ISO-IR-").replace("--", "-");
                OTHER.iter().find(|(names, _, _)| names.contains(&v.as_str()) || names.contains(&compact.as_str())).map(|(_, hl7, encoding)| Charset::Other { hl7, encoding })
            }
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
            Charset::Other { encoding, .. } => {
                let mut decoder = encoding.new_decoder_without_bom_handling();
                let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3));
                let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
                match result {
                    encoding_rs::DecoderResult::Malformed(bad, _) => {
                        let at = read.saturating_sub(bad as usize).min(bytes.len().saturating_sub(1));
                        Err(Hl7Error::BadEncoding { charset: self.hl7_name(), offset: at, byte: bytes[at] })
                    }
                    _ => Ok(out),
                }
            }
        }
    }

    /// Lossy decoding for `\X..\` hex data inside a field, which is outside the sender's
    /// control of our strictness; invalid sequences become U+FFFD.
    pub fn decode_lossy(self, bytes: &[u8]) -> String {
        match self {
            Charset::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Charset::Ascii | Charset::Latin1 => bytes.iter().map(|&b| b as char).collect(),
            Charset::Other { encoding, .. } => encoding.decode_without_bom_handling(bytes).0.into_owned(),
        }
    }

    /// Text for the ACK in the sender's character set; what the set cannot hold becomes `?`.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Charset::Utf8 => text.as_bytes().to_vec(),
            Charset::Ascii => text.chars().map(|c| if c.is_ascii() { c as u8 } else { b'?' }).collect(),
            Charset::Latin1 => text.chars().map(|c| if (c as u32) < 256 { c as u32 as u8 } else { b'?' }).collect(),
            Charset::Other { encoding, .. } => {
                let mut out = Vec::with_capacity(text.len());
                let mut buf = [0u8; 4];
                for c in text.chars() {
                    let (bytes, _, unmappable) = encoding.encode(c.encode_utf8(&mut buf));
                    if unmappable { out.push(b'?') } else { out.extend_from_slice(&bytes) }
                }
                out
            }
        }
    }
}

impl TryFrom<String> for Charset {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Charset::from_msh18(&s).ok_or_else(|| format!("`{s}` is not a supported character set (utf-8, iso-8859-1, ascii, 8859/2 ... 8859/15, ...)"))
    }
}

/// Config files name a set as `from_msh18` reads it (`utf-8`, `iso-8859-1`, `8859/15`, ...).
impl<'de> serde::Deserialize<'de> for Charset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Charset::try_from(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for Charset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&String::from(*self))
    }
}

impl From<Charset> for String {
    fn from(c: Charset) -> String {
        match c {
            Charset::Ascii => "ascii".into(),
            Charset::Utf8 => "utf-8".into(),
            Charset::Latin1 => "iso-8859-1".into(),
            Charset::Other { hl7, .. } => hl7.into(),
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
        let bytes = msh("EBCDIC");
        assert_eq!(decode_message(&bytes, Charset::Utf8).unwrap_err(), Hl7Error::UnsupportedCharset("EBCDIC".into()));
    }

    #[test]
    fn aliases_real_senders_use() {
        assert_eq!(Charset::from_msh18("8859"), Some(Charset::Latin1), "lab systems' ISO-8859-1");
        assert_eq!(Charset::from_msh18("UNICODE"), Some(Charset::Utf8));
        assert_eq!(Charset::from_msh18("ISO_IR 100"), Some(Charset::Latin1));
        assert_eq!(Charset::from_msh18("iso-8859-15").map(Charset::hl7_name), Some("8859/15"));
        assert_eq!(Charset::from_msh18("ISO IR101").map(Charset::hl7_name), Some("8859/2"));
    }

    #[test]
    fn other_iso_8859_sets_decode_strictly_and_encode_the_ack() {
        // 8859/2: 0xB3 is "ł"; 8859/15: 0xA4 is the euro sign; 8859/7: 0xE1 is "α".
        let mut bytes = msh("8859/2");
        bytes.extend_from_slice(b"|\xb3");
        let (text, cs) = decode_message(&bytes, Charset::Utf8).unwrap();
        assert!(text.ends_with('ł'), "{text}");
        assert_eq!(cs.encode("ł→"), vec![0xb3, b'?']);
        assert!(Charset::from_msh18("8859/15").unwrap().decode(b"\xa4").unwrap() == "€");
        assert!(Charset::from_msh18("8859/7").unwrap().decode(b"\xe1").unwrap() == "α");
        // 0xA1 is unassigned in 8859/8 (Hebrew): an error naming the offset, not U+FFFD.
        match Charset::from_msh18("8859/8").unwrap().decode(b"ab\xa1c") {
            Err(Hl7Error::BadEncoding { offset: 2, byte: 0xa1, charset: "8859/8" }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn config_names_round_trip() {
        for name in ["utf-8", "iso-8859-1", "ascii", "8859/15"] {
            let c = Charset::try_from(name.to_string()).unwrap();
            assert_eq!(String::from(c), name);
        }
        assert!(Charset::try_from("ebcdic".to_string()).unwrap_err().contains("ebcdic"));
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
