//! Letters and digits that OCR and typists confuse, put back before the rules look: "11/3O/2026"
//! is a date, "J0HNS0N" a name. Each function returns a text of the same length in bytes (only
//! ASCII is swapped for ASCII), so every offset found in it is an offset of the input; where
//! nothing is swapped, the input itself is returned.

use std::borrow::Cow;

/// For the identifier patterns: O/o as 0 and l/I as 1 next to a digit, inside a run of
/// non-space text that holds at least four digits ("12/0l/2026", "A00l9983", "(555) 0l2-3456"
/// is two runs, the second with seven). "O2", "SpO2" and "CO2" have one digit and stay.
pub(crate) fn digits(text: &str) -> Cow<'_, str> {
    swap(text, |run| run.iter().filter(|b| b.is_ascii_digit()).count() >= 4, |prev, b, next| {
        let digit_beside = prev.is_some_and(|p: u8| p.is_ascii_digit()) || next.is_some_and(|n: u8| n.is_ascii_digit());
        match b {
            b'O' | b'o' if digit_beside => Some(b'0'),
            b'l' | b'I' if digit_beside => Some(b'1'),
            _ => None,
        }
    })
}

/// For the name rules: 0 as O and 1 as I or l between two letters ("J0HNS0N", "R0BERT",
/// "Wi1son"). A digit beside another digit or at a word's edge stays ("T10", "ICD10").
pub(crate) fn letters(text: &str) -> Cow<'_, str> {
    swap(text, |_| true, |prev, b, next| {
        let (Some(p), Some(n)) = (prev, next) else { return None };
        if !p.is_ascii_alphabetic() || !n.is_ascii_alphabetic() {
            return None;
        }
        let upper = p.is_ascii_uppercase() && n.is_ascii_uppercase();
        match b {
            b'0' => Some(if upper { b'O' } else { b'o' }),
            b'1' => Some(if upper { b'I' } else { b'l' }),
            _ => None,
        }
    })
}

/// A form's blanks ("Name of patient____Harjit Kaur Sandhu____") as spaces: a run of two or more
/// underscores joins its neighbours into one word for every rule, which reads "_" as a word
/// character. A single underscore ("img_001", "j_smith") stays.
pub(crate) fn blanks(text: &str) -> Cow<'_, str> {
    if !text.contains("__") {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|&&b| b == b'_').count();
        if run >= 2 {
            bytes[i..i + run].fill(b' ');
        }
        i += run.max(1);
    }
    Cow::Owned(String::from_utf8(bytes).expect("ASCII swaps keep UTF-8"))
}

/// Runs of non-whitespace bytes that `keep` accepts get each byte `change` maps replaced.
fn swap(text: &str, keep: impl Fn(&[u8]) -> bool, change: impl Fn(Option<u8>, u8, Option<u8>) -> Option<u8>) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..].iter().position(|b| b.is_ascii_whitespace()).map_or(bytes.len(), |k| start + k);
        if end > start && keep(&bytes[start..end]) {
            for i in start..end {
                let prev = (i > start).then(|| bytes[i - 1]);
                let next = (i + 1 < end).then(|| bytes[i + 1]);
                if let Some(c) = change(prev, bytes[i], next) {
                    out.get_or_insert_with(|| bytes.to_vec())[i] = c;
                }
            }
        }
        start = end + 1;
    }
    // Only ASCII bytes were swapped for ASCII bytes: still UTF-8.
    out.map_or(Cow::Borrowed(text), |v| Cow::Owned(String::from_utf8(v).expect("ASCII swaps keep UTF-8")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_come_back_in_dates_and_numbers_but_not_in_oxygen() {
        assert_eq!(digits("on 11/3O/2026, 12/0l/2026; SpO2 94%, O2 2 L"), "on 11/30/2026, 12/01/2026; SpO2 94%, O2 2 L");
        assert_eq!(digits("ACC: A00l9983"), "ACC: A0019983");
        assert!(matches!(digits("no slips here 12/01/2026"), Cow::Borrowed(_)));
    }

    #[test]
    fn blanks_become_spaces_but_a_single_underscore_stays() {
        assert_eq!(blanks("Name____Ann Lee__ DOB"), "Name    Ann Lee   DOB");
        assert_eq!(blanks("img_001.dcm"), "img_001.dcm");
    }

    #[test]
    fn letters_come_back_in_names_but_not_in_codes() {
        assert_eq!(letters("J0HNS0N, R0BERT; Wi1son; T10, ICD10, 2026"), "JOHNSON, ROBERT; Wilson; T10, ICD10, 2026");
    }
}
