//! PHI redaction before a report leaves the process (for the teacher, `radlabel redact`).
//!
//! Rules, word lists and context, no model: identifiers with a shape (dates, phones, e-mail,
//! URLs, IPs, SSNs, labelled record numbers, street addresses) are found by patterns
//! ([`patterns`]); names, places and facilities by context (titles, labels, sign-offs,
//! credentials) and by the census and place lists ([`names`], [`lexicon`]). Every hit becomes a
//! typed placeholder (`[NAME]`, `[DATE]`, ...). Clinical words are kept by a stop list: an
//! eponym ("Kerley B lines", "Swan-Ganz catheter") is not a name.
//!
//! The mapping from placeholder to value is never kept: nothing here stores, logs or returns
//! the removed text beyond the caller's own input.

mod abjad;
mod caucasus;
mod cjk;
mod ethiopic;
mod indic;
mod lexicon;
mod names;
mod ocr;
mod patterns;
mod seasia;
mod spaced;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

/// What an identifier is; the placeholder says it and the summary counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PhiKind {
    Name,
    Date,
    Age,
    Phone,
    Email,
    Url,
    Ip,
    Address,
    Location,
    Facility,
    Id,
}

impl PhiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PhiKind::Name => "NAME",
            PhiKind::Date => "DATE",
            PhiKind::Age => "AGE",
            PhiKind::Phone => "PHONE",
            PhiKind::Email => "EMAIL",
            PhiKind::Url => "URL",
            PhiKind::Ip => "IP",
            PhiKind::Address => "ADDRESS",
            PhiKind::Location => "LOCATION",
            PhiKind::Facility => "FACILITY",
            PhiKind::Id => "ID",
        }
    }

    /// Which of two overlapping hits names the merged span: the more specific shape wins
    /// over the generic ones (an e-mail address over the name inside it).
    fn rank(self) -> u8 {
        match self {
            PhiKind::Email | PhiKind::Url | PhiKind::Ip => 5,
            PhiKind::Address | PhiKind::Phone => 4,
            PhiKind::Date | PhiKind::Age => 3,
            PhiKind::Facility | PhiKind::Location => 2,
            PhiKind::Id => 1,
            PhiKind::Name => 0,
        }
    }
}

/// One removed identifier, in Unicode characters of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: PhiKind,
}

/// A redacted text and where its identifiers were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redacted {
    pub text: String,
    pub spans: Vec<Span>,
}

impl Redacted {
    /// Counts per type (never the values): what travels with a teacher label.
    pub fn summary(&self) -> BTreeMap<&'static str, usize> {
        let mut m = BTreeMap::new();
        for s in &self.spans {
            *m.entry(s.kind.as_str()).or_insert(0) += 1;
        }
        m
    }
}

/// A hit in byte offsets of the input, before merging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: PhiKind,
}

/// The compiled patterns and word lists (built once: about 60k words, 40 patterns).
pub struct Redactor {
    patterns: patterns::Patterns,
    names: names::NameFinder,
    cjk: cjk::CjkFinder,
    /// Scripts read word by word: Arabic, Persian, Urdu and Hebrew; India's and Sri Lanka's;
    /// Georgian and Armenian; Ethiopic; Thai, Lao, Khmer and Burmese (one reader, a word list each).
    spaced: [spaced::SpacedFinder; 5],
}

impl Redactor {
    pub fn new() -> Redactor {
        let lex = lexicon::Lexicon::shared();
        Redactor {
            patterns: patterns::Patterns::new(lex),
            names: names::NameFinder::new(lex),
            cjk: cjk::CjkFinder::new(),
            spaced: [&abjad::LEXICON, &indic::LEXICON, &caucasus::LEXICON, &ethiopic::LEXICON, &seasia::LEXICON].map(spaced::SpacedFinder::new),
        }
    }

    /// One process-wide instance: building it takes tens of milliseconds.
    pub fn shared() -> &'static Redactor {
        static R: OnceLock<Redactor> = OnceLock::new();
        R.get_or_init(Redactor::new)
    }

    pub fn redact(&self, text: &str) -> Redacted {
        // The rules read the text with OCR's letter/digit slips put back (same byte offsets):
        // the patterns with digits restored, the name rules with letters restored.
        let blanked = ocr::blanks(text);
        let digits = ocr::digits(&blanked);
        let letters = ocr::letters(&blanked);
        let mut hits = self.patterns.find(&digits);
        hits.extend(self.names.find(&letters));
        hits.extend(self.cjk.find(&digits));
        for finder in &self.spaced {
            hits.extend(finder.find(&digits));
        }
        let towns = self.patterns.towns_after(&digits, &hits);
        hits.extend(towns);
        let towns = self.patterns.towns_named_by_facilities(&digits, &hits);
        hits.extend(towns);
        hits.extend(self.patterns.towns_before_regions(&digits));
        let announced = self.patterns.after_found(&digits, &hits);
        hits.extend(announced);
        // Last, what no rule found: rare capitalised words inside a sentence.
        let lone = self.names.lone_rare(&letters, &hits);
        // What follows a name the last net found is read as after any other: "Yusof, 90,".
        let announced = self.patterns.after_found(&digits, &lone);
        hits.extend(lone);
        hits.extend(announced);
        // A region abroad after a town stays, as a US state does ("Kamiita, Tokushima"); the
        // place before it is no town where a facility ends there too, one the name readers also
        // took: "Wat Pho Chai, Nong Khai" is the city.
        let ends = |kinds: &[PhiKind]| hits.iter().filter(|h| kinds.contains(&h.kind)).map(|h| h.end).collect::<Vec<_>>();
        let facility_ends = ends(&[PhiKind::Facility, PhiKind::Address]);
        let place_ends: Vec<usize> = ends(&[PhiKind::Name, PhiKind::Location]).into_iter().filter(|e| !facility_ends.contains(e)).collect();
        let regions = self.patterns.regions_after_towns(&letters, &place_ends);
        // Animals' names are no one's ("our dog Biscuit", "the filly Midnight Rose"), and a city's
        // name before "oblast" or "governorate" names the region ("Kharkiv oblast"), as does a
        // hit that ends in that word ("Tuzla Canton", which the name readers take for a person,
        // and "from Zenica-Doboj Canton" the facility readers for where a film came from; a
        // person or place ending in "Region" too, "Amhara Region", though no facility: "Region"
        // ends a health authority's name). A city that opens its region's name is the region's
        // ("Gilgit-Baltistan").
        hits.retain(|h| {
            if h.kind == PhiKind::Name && self.patterns.town_and_state(&letters[h.start..h.end]) {
                return false;
            }
            let person_or_place = matches!(h.kind, PhiKind::Name | PhiKind::Location);
            if person_or_place && regions.iter().any(|&(s, e)| s <= h.start && h.end <= e) {
                return false;
            }
            if person_or_place && self.patterns.opens_region(&letters, h.start, h.end) {
                return false;
            }
            let pet = person_or_place && self.names.pet_name(&letters, h);
            let ends_in_region = || letters[h.start..h.end].rsplit_once(' ').is_some_and(|(_, w)| region_word(w) || person_or_place && w == "Region");
            let region = person_or_place && (region_word_after(&letters[h.end..]) || county_word_before(&letters[..h.start])) || (person_or_place || h.kind == PhiKind::Facility) && ends_in_region();
            !pet && !region
        });
        // A surname that ends a facility's name opens no person's after its comma: "Keystone
        // Ice Arena, Swampscott" is a rink and its town, not the rink and "Arena, Swampscott".
        // What the name reader took past the facility stays marked, as the town it is.
        let facilities: Vec<(usize, usize)> = hits.iter().filter(|h| h.kind == PhiKind::Facility).map(|h| (h.start, h.end)).collect();
        for h in hits.iter_mut().filter(|h| h.kind == PhiKind::Name) {
            if let Some(&(_, end)) = facilities.iter().find(|&&(s, e)| s < h.start && h.start < e && e < h.end) {
                let rest = &letters[end..h.end];
                h.start = end + rest.len() - rest.trim_start_matches([',', ' ']).len();
            }
        }
        apostrophe_prefix(&letters, &mut hits);
        self.names.widen(&letters, &mut hits);
        let merged = merge(&letters, hits);
        let mut out = String::with_capacity(text.len());
        let mut spans = Vec::with_capacity(merged.len());
        let mut at = 0; // bytes
        let mut chars = 0; // characters of text[..at]
        for h in merged {
            out.push_str(&text[at..h.start]);
            let start = chars + text[at..h.start].chars().count();
            let end = start + text[h.start..h.end].chars().count();
            out.push('[');
            out.push_str(h.kind.as_str());
            out.push(']');
            spans.push(Span { start, end, kind: h.kind });
            at = h.end;
            chars = end;
        }
        out.push_str(&text[at..]);
        Redacted { text: out, spans }
    }
}

impl Default for Redactor {
    fn default() -> Self {
        Redactor::new()
    }
}

/// How much of a text is written in a reader's script (`letter` matches one of its letters):
/// none, a few letters among many Latin ones (a native name inside an English report), or more
/// than a quarter of the letters (a report in that script, read by context).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Absent,
    Sparse,
    Dense,
}

pub(crate) fn script_share(letter: &regex::Regex, text: &str) -> Script {
    if text.is_ascii() {
        return Script::Absent;
    }
    let native = letter.find_iter(text).count();
    if native == 0 {
        return Script::Absent;
    }
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if native * 4 <= native + latin { Script::Sparse } else { Script::Dense }
}

/// Every match of each shaped pattern as a hit of its kind: group 1 when the pattern has one.
pub(crate) fn shaped_hits(shaped: &[(regex::Regex, PhiKind)], text: &str, hits: &mut Vec<Hit>) {
    for (re, kind) in shaped {
        for c in re.captures_iter(text) {
            let g = c.get(1).or_else(|| c.get(0)).expect("match");
            hits.push(Hit { start: g.start(), end: g.end(), kind: *kind });
        }
    }
}

/// Whether a region's word follows a place's name ("Kharkiv oblast", "Gharbia governorate",
/// "Tuzla Canton").
fn region_word_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    // The second town of a hyphenated region stands between: "Zenica-Doboj Canton".
    let rest = rest.strip_prefix('-').map_or(rest, |r| r.trim_start_matches(char::is_alphabetic).trim_start_matches([' ', '\t']));
    region_word(rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
}

/// Whether a county's word stands right before a place's name: the Romanian county named for
/// its seat ("județul Suceava"), the Polish one by its adjective ("powiat tatrzański").
fn county_word_before(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    ["județul", "judeţul", "Județul", "Judeţul", "powiat", "Powiat"].iter().any(|w| before.strip_suffix(w).is_some_and(|b| !b.ends_with(char::is_alphabetic)))
}

fn region_word(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "oblast" | "governorate" | "province" | "raion" | "län" | "okrug" | "krai" | "voivodeship" | "prefecture" | "canton" | "aimag" | "megye" | "vármegye")
}

/// Sesotho names of mothers open with an apostrophe ("'Mathabo Letsie", "Queen 'Mamohato
/// Memorial Hospital"), which the name readers, reading from a letter, leave out: it is the
/// name's, and so is a "Queen" or "King" before it.
fn apostrophe_prefix(text: &str, hits: &mut [Hit]) {
    for h in hits.iter_mut().filter(|h| matches!(h.kind, PhiKind::Name | PhiKind::Facility)) {
        let before = &text[..h.start];
        let Some(q) = before.strip_suffix(['\'', '’']) else { continue };
        if !text[h.start..].starts_with("Ma") || !(q.is_empty() || q.ends_with([' ', '\t', '\n', '('])) {
            continue;
        }
        h.start = q.len();
        if h.kind == PhiKind::Facility {
            if let Some(k) = ["Queen ", "King "].iter().find(|k| q.ends_with(*k)) {
                h.start -= k.len();
            }
        }
    }
}

/// Overlapping hits become one span; its type is the container's, or the highest-ranked one's.
fn merge(text: &str, mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.retain(|h| h.end > h.start);
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last_mut() {
            // A hit inside another leaves the container's type ("RAD-2026-00042" is an ID with a
            // year in it, a DICOM UID no IP); where two only overlap, the more specific shape wins.
            // Touching hits of one type are one identifier too: a facility and its campus.
            Some(last) if h.start < last.end || h.start == last.end && h.kind == last.kind => {
                // On the very same span a bare number the ID rule saw is named by the other rule
                // (a PIN code after a city is a place); otherwise the first rule's type stays.
                let same_number = h.start == last.start && h.end == last.end && last.kind == PhiKind::Id;
                if (h.end > last.end || same_number) && h.kind.rank() > last.kind.rank() {
                    last.kind = h.kind;
                }
                // A Nordic personal number (a birth date, a hyphen or plus, four digits) that an ID
                // rule read is that ID, though a phone rule read it first: "personnummer
                // 321104-2381".
                if h.start == last.start && h.end == last.end && last.kind == PhiKind::Phone && h.kind == PhiKind::Id && nordic_personal_number(&text[h.start..h.end]) {
                    last.kind = PhiKind::Id;
                }
                last.end = last.end.max(h.end);
            }
            // A place named with "de" whose first word another rule read as a name: "Cercado de
            // Lima", "Santiago de Surco" is one place.
            Some(last) if matches!(last.kind, PhiKind::Name | PhiKind::Location) && h.kind == PhiKind::Location && &text[last.end..h.start] == " de " && !text[last.start..last.end].contains(' ') => {
                last.kind = PhiKind::Location;
                last.end = h.end;
            }
            _ => out.push(h),
        }
    }
    out
}

/// The shape of a Swedish personnummer or a Danish CPR number: "321104-2381", "19321104-2381".
fn nordic_personal_number(s: &str) -> bool {
    let Some((date, serial)) = s.split_once(['-', '+']) else { return false };
    matches!(date.len(), 6 | 8) && serial.len() == 4 && date.bytes().chain(serial.bytes()).all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
