//! Identifiers in scripts that space their words but have no capitals (Arabic, Persian, Urdu,
//! Hebrew; the scripts of India): one reader, fed a word list per family of scripts
//! ([`super::abjad`], [`super::indic`]).
//!
//! The Latin name rules start from capitalised words and census lists, so they never fire on
//! these scripts. Words are spaced, though, so context can be read word by word:
//! - one to three words after a label ("patient's name:") or a title ("Dr.", "Mrs.") are a
//!   name, cut at the first function word or field word; the title stays, as it does in English;
//! - after a bare "the patient" only a name that fills the gap to punctuation, and never a verb
//!   of the report ("suffers", "has");
//! - hospitals by their head word ("مستشفى ...") or their last ("... अस्पताल"), cities from a
//!   short native list (a postcode after one is a place too), streets and houses to their number,
//!   dates with native month names, ages over 89 beside an age word, phones after their label;
//! - in an English text with one or two native runs ("Priya Raghavan (प्रिया राघवन)"), each run
//!   is the name, as the CJK reader reads sparse text.
//!
//! Numbers in any digits (IDs, numeric dates) are the shape rules' work already. Texts without
//! a letter of the family (nearly all) return at once.

use regex::Regex;

use super::{script_share, shaped_hits, Hit, PhiKind, Script};

/// The words of one family of scripts. Patterns are alternations, longer entries first (the
/// first alternative that matches wins); `{w}` in an address pattern stands for one word.
pub(crate) struct Lexicon {
    /// The scripts, as the inside of a regex class ("\p{Arabic}\p{Hebrew}").
    pub scripts: &'static str,
    /// Labels and titles whose next words are surely a person.
    pub strong: &'static str,
    /// "The patient" alone: a name after it only when the name reaches punctuation.
    pub weak: &'static str,
    /// Titles alone, so that a label before one leaves the name to it.
    pub titles: &'static str,
    /// Words that end a name: function words, field labels, relation and address words.
    pub stop: &'static [&'static str],
    /// Words of the report after a bare "the patient" that are no name (verbs, states).
    pub not_after_weak: &'static [&'static str],
    /// Cities written natively, and one-letter prefixes glued to them (a class body, or "").
    pub cities: &'static str,
    pub city_prefix: &'static str,
    /// Month names (with any prefix they take).
    pub months: &'static str,
    /// Hospital words that open a name ("مستشفى"), and those that close one ("अस्पताल"), with
    /// how many words a closing one takes before it.
    pub hospital_heads: &'static str,
    pub hospital_tails: &'static str,
    pub tail_words: usize,
    /// Words before and after an age.
    pub age_before: &'static str,
    pub age_after: &'static str,
    /// Labels before a phone number.
    pub phone_labels: &'static str,
    /// Street and house patterns, each up to its number.
    pub addresses: &'static [&'static str],
    /// Whether six digits after a city are its postcode (India's PIN).
    pub postcode_after_city: bool,
    /// Other shaped values, each with its kind: dates that open with the year ("2026 წლის 3
    /// ნოემბერი") or close with the calendar's day word, national numbers after their native
    /// label. `{months}` and `{w}` stand for the month names and a word.
    pub more_shaped: &'static [(&'static str, PhiKind)],
    /// Whether titles run into the name and hospital words into the hospital's name without a
    /// space (Thai, Lao, Khmer, Burmese: นายสมชาย, โรงพยาบาลศิริราช).
    pub glued: bool,
}

/// What stands between a label and its value: the colon, the fullwidth one, Ethiopic's preface
/// colon (ታካሚ፦) and the Armenian comma that Armenian forms use so (Հիվանդ՝).
const COLON: &str = "[:：፦՝]";

pub(crate) struct SpacedFinder {
    lex: &'static Lexicon,
    /// One letter of the family: whether to read the text at all, and how densely.
    letter: Regex,
    /// A run of native words: the name when the text is sparse.
    run: Regex,
    /// A strong label (group 1), a weak one (group 1); what follows is read by `words`.
    strong: Regex,
    weak: Regex,
    /// Up to four words from the start, after optional spaces and a colon (group 1 the colon,
    /// group 2 the words).
    words: Regex,
    /// A title at the start of what follows a label.
    title_first: Regex,
    /// A whole run or label that is a title, with or without its dot: no name by itself, and
    /// (in a glued script) the only label a name may run into.
    title_word: Regex,
    /// A native run in brackets after a capitalised Latin word: the name written natively
    /// ("Kanokwan Srisuk (กนกวรรณ ศรีสุข)"), however much else of the text is native.
    bracketed: Regex,
    /// A letter or mark at the start: a label or city that runs on is part of a longer word.
    inside_word: Regex,
    /// A whole word that is a label or title: where a hospital's name begins, where a name
    /// stops ("நோயாளி பெயர்:", "patient name:", is no patient called "name").
    label_word: Regex,
    /// Hospitals: head word (group 2) then up to four words (group 1 all), or words (group 1)
    /// then a closing word (group 2).
    hospital: Option<Regex>,
    /// A word that opens with a hospital word: where a name stops ("นายสมชาย ใจดี โรงพยาบาล...").
    hospital_word: Option<Regex>,
    hospital_tail: Option<Regex>,
    /// A city (group 2) after an optional prefix letter (group 1).
    city: Regex,
    /// The shaped dates, apart from the other shaped values: read in sparse text too, where a
    /// date among English words ("seen 1 ธ.ค. 2569") would otherwise be runs read as names.
    dates: Vec<(Regex, PhiKind)>,
    /// Shaped values: (pattern, kind); group 1 when the pattern has one.
    shaped: Vec<(Regex, PhiKind)>,
    /// A number next to an age word (group 1 or 2): an age when over 89.
    age: Regex,
}

impl SpacedFinder {
    pub(crate) fn new(lex: &'static Lexicon) -> SpacedFinder {
        let re = |p: &str| Regex::new(p).expect("spaced-script pattern");
        let letter = format!(r"[[{}]&&\p{{L}}]", lex.scripts);
        // A word: letters with their vowel signs, viramas, harakat and zero-width joiners.
        let w = format!(r"(?:{letter}[\p{{M}}\x{{200C}}\x{{200D}}]*)+");
        let edge = r"(?:^|[^\p{L}\p{M}])";
        let end = r"(?:[^\p{L}\p{M}]|$)";
        let (strong, weak, titles, months, cities) = (lex.strong, lex.weak, lex.titles, lex.months, lex.cities);
        let prefix = if lex.city_prefix.is_empty() { String::new() } else { format!("[{}]?", lex.city_prefix) };
        let mut shaped = vec![
            (re(&format!(r"{edge}(\d{{1,2}} (?:{months})(?:[،,]? \d{{4}})?|(?:{months}) \d{{4}}){end}")), PhiKind::Date),
            (re(&format!(r"(?:{})[ \t]*[:：]?[ \t]*(\+?\d[\d \-]{{6,14}}\d)", lex.phone_labels)), PhiKind::Phone),
        ];
        shaped.extend(lex.addresses.iter().map(|p| (re(&p.replace("{w}", &w)), PhiKind::Address)));
        shaped.extend(lex.more_shaped.iter().map(|(p, kind)| (re(&p.replace("{w}", &w).replace("{months}", months)), *kind)));
        if lex.postcode_after_city {
            shaped.push((re(&format!(r"(?:{cities})[ ,\-–]+(\d{{3}} ?\d{{3}})(?:\D|$)")), PhiKind::Location));
        }
        let (dates, shaped) = shaped.into_iter().partition(|(_, kind)| *kind == PhiKind::Date);
        SpacedFinder {
            lex,
            run: re(&format!(r"{w}(?: {w}){{0,3}}")),
            strong: re(&format!(r"{edge}({strong})")),
            weak: re(&format!(r"{edge}({weak})")),
            words: re(&format!(r"^[ \t]*({COLON}[ \t]*)?({w}(?: {w}){{0,3}})")),
            title_first: re(&format!(r"^[ \t]*{COLON}?[ \t]*(?:{titles})")),
            title_word: re(&format!(r"^(?:{titles})\.?$")),
            bracketed: re(&format!(r"\p{{Lu}}\p{{Ll}}+[ \t]*\(({w}(?: {w}){{0,3}})\)")),
            inside_word: re(r"^[\p{L}\p{M}]"),
            label_word: re(&format!(r"^(?:{strong}|{weak})$")),
            // In a glued script the hospital word and its name are one word: "โรงพยาบาลศิริราช".
            hospital: (!lex.hospital_heads.is_empty()).then(|| match lex.glued {
                true => re(&format!(r"{edge}(({}){w})", lex.hospital_heads)),
                false => re(&format!(r"{edge}(({})(?: {w}){{1,4}})", lex.hospital_heads)),
            }),
            hospital_word: (!lex.hospital_heads.is_empty()).then(|| re(&format!(r"^(?:{})", lex.hospital_heads))),
            hospital_tail: (!lex.hospital_tails.is_empty()).then(|| match lex.glued {
                true => re(&format!(r"{edge}(({w})({}))", lex.hospital_tails)),
                false => re(&format!(r"((?:{letter}\. )?(?:{w} ){{1,{}}})({})", lex.tail_words, lex.hospital_tails)),
            }),
            city: re(&format!(r"{edge}({prefix})({cities})")),
            dates,
            shaped,
            age: re(&format!(
                r"{edge}(?:{})[ :：]*(\d{{2,3}})(?:\D|$)|(?:^|\D)(\d{{2,3}}) ?(?:{})",
                lex.age_before, lex.age_after
            )),
            letter: re(&letter),
        }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let hit = |start, end, kind| Hit { start, end, kind };
        let mut hits = Vec::new();
        // One or two native runs in an English text are a name written natively; more, or more
        // than a quarter of the letters, make a report in these scripts, read by context.
        match script_share(&self.letter, text) {
            Script::Absent => return hits,
            Script::Sparse => {
                // A date in these scripts is a date among English words too ("seen 1 ธ.ค. 2569"):
                // no run inside one is a name, nor counts towards a report in the script.
                shaped_hits(&self.dates, text, &mut hits);
                let runs: Vec<_> = self.run.find_iter(text).filter(|m| !hits.iter().any(|d| m.start() < d.end && d.start < m.end())).collect();
                if runs.len() <= 2 {
                    let names = runs.iter().filter(|m| !m.as_str().split(' ').any(|w| self.lex.stop.contains(&w)) && !self.title_word.is_match(m.as_str()));
                    hits.extend(names.map(|m| hit(m.start(), m.end(), PhiKind::Name)));
                    return hits;
                }
            }
            Script::Dense => shaped_hits(&self.dates, text, &mut hits),
        }
        for c in self.bracketed.captures_iter(text) {
            let g = c.get(1).expect("bracketed run");
            if !g.as_str().split(' ').any(|w| self.lex.stop.contains(&w) || self.label_word.is_match(w) || self.is_city(w)) {
                hits.push(hit(g.start(), g.end(), PhiKind::Name));
            }
        }
        for (re, strong) in [(&self.strong, true), (&self.weak, false)] {
            for c in re.captures_iter(text) {
                let label = c.get(1).expect("label group");
                // In a glued script only a title runs into its name ("นายสมชาย"); a label
                // running into a word ("ชื่อเล่น", nickname) is a longer word.
                let glued = self.lex.glued && self.title_word.is_match(label.as_str());
                if let Some((s, e)) = self.name_after(text, label.end(), strong, glued) {
                    hits.push(hit(s, e, PhiKind::Name));
                }
            }
        }
        for c in self.hospital.iter().flat_map(|re| re.captures_iter(text)) {
            let g = c.get(1).expect("hospital group");
            // The head word and its name, cut at a function word or a city ("... امام خمینی تهران").
            let head = c.get(2).expect("head group").len();
            let mut end = g.start();
            for (i, word) in g.as_str().split(' ').enumerate() {
                if end >= g.start() + head && (self.lex.stop.contains(&word) || self.is_city(word)) {
                    break;
                }
                end += if i == 0 { word.len() } else { word.len() + 1 };
            }
            if end > g.start() + head {
                hits.push(hit(g.start(), end, PhiKind::Facility));
            }
        }
        for c in self.hospital_tail.iter().flat_map(|re| re.captures_iter(text)) {
            if self.lex.glued {
                // Glued: the name and its hospital word are one word, taken whole when it ends there.
                let g = c.get(1).expect("hospital word");
                if !self.inside_word.is_match(&text[g.end()..]) {
                    hits.push(hit(g.start(), g.end(), PhiKind::Facility));
                }
                continue;
            }
            let (words, tail) = (c.get(1).expect("name words"), c.get(2).expect("closing word"));
            // Back from the closing word to the first function word, label or city; the match
            // may open inside a word when more words precede than it takes: that one stays out.
            let mut start = words.end();
            for word in words.as_str().trim_end().rsplit(' ') {
                let at = start - word.len() - 1;
                let cut = at == words.start() && text[..at].chars().next_back().is_some_and(|ch| self.inside_word.is_match(ch.encode_utf8(&mut [0; 4])));
                if cut || self.lex.stop.contains(&word) || self.is_city(word) || self.label_word.is_match(word) {
                    break;
                }
                start = at;
            }
            if start < words.end() && !self.inside_word.is_match(&text[tail.end()..]) {
                hits.push(hit(start, tail.end(), PhiKind::Facility));
            }
        }
        for c in self.city.captures_iter(text) {
            let g = c.get(2).expect("city group");
            if !self.inside_word.is_match(&text[g.end()..]) {
                hits.push(hit(g.start(), g.end(), PhiKind::Location));
            }
        }
        shaped_hits(&self.shaped, text, &mut hits);
        for c in self.age.captures_iter(text) {
            let g = c.get(1).or_else(|| c.get(2)).expect("age group");
            if (90..=125).contains(&number(g.as_str())) {
                hits.push(hit(g.start(), g.end(), PhiKind::Age));
            }
        }
        hits
    }

    /// The name after a label ending at byte `from`: one to three words, cut at the first stop
    /// word. A weak label ("the patient") needs a colon, or the name must reach punctuation.
    fn name_after(&self, text: &str, from: usize, strong: bool, glued: bool) -> Option<(usize, usize)> {
        let rest = &text[from..];
        if !glued && self.inside_word.is_match(rest) || self.title_first.is_match(rest) {
            return None;
        }
        let c = self.words.captures(rest)?;
        let g = c.get(2).expect("words group");
        let colon = c.get(1).is_some();
        let mut end = g.start();
        let mut taken = 0;
        for word in g.as_str().split(' ') {
            let hospital = self.hospital_word.as_ref().is_some_and(|re| re.is_match(word));
            if taken == 3 || hospital || self.lex.stop.contains(&word) || self.is_city(word) || self.label_word.is_match(word) {
                break;
            }
            if taken == 0 && !strong && self.lex.not_after_weak.contains(&word) {
                return None;
            }
            end += if taken == 0 { word.len() } else { word.len() + 1 };
            taken += 1;
        }
        if taken == 0 {
            return None;
        }
        if !strong && !colon {
            // What follows must not be another native word: "المريض يعاني من" is a sentence.
            let after = rest[end..].trim_start_matches([' ', '\t']);
            if after.chars().next().is_some_and(|ch| self.letter.is_match(ch.encode_utf8(&mut [0; 4]))) {
                return None;
            }
        }
        Some((from + g.start(), from + end))
    }

    fn is_city(&self, word: &str) -> bool {
        self.city.find(word).is_some_and(|m| m.start() == 0 && m.end() == word.len())
    }
}

/// What the reader finds in `text` with `lex`, merged, as (text, kind): the word lists' tests.
#[cfg(test)]
pub(crate) fn found<'t>(lex: &'static Lexicon, text: &'t str) -> Vec<(&'t str, PhiKind)> {
    let hits = super::merge(text, SpacedFinder::new(lex).find(text));
    hits.iter().map(|h| (&text[h.start..h.end], h.kind)).collect()
}

/// The value of a number written in ASCII or any of these scripts' decimal digits.
fn number(digits: &str) -> u32 {
    digits
        .chars()
        .filter_map(|c| c.to_digit(10).or_else(|| NATIVE_ZEROS.iter().find(|&&z| (z..z + 10).contains(&(c as u32))).map(|z| c as u32 - z)))
        .fold(0, |n, d| n.saturating_mul(10).saturating_add(d))
}

/// Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
/// Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar and Khmer zeros.
const NATIVE_ZEROS: [u32; 16] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0];
