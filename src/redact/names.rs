//! Person names in free text: after a title or a label ("Dr.", "Dictated by:", "Patient:"),
//! before a credential ("..., MD"), after a relation or a verb of communication ("discussed
//! with", "daughter"), and, without context, as a first name from the census list followed by
//! a surname-shaped word. Written-out words that happen to be names ("Will", "Hill", "White")
//! and the clinical vocabulary need context.

use regex::Regex;

use super::lexicon::Lexicon;
use super::{Hit, PhiKind};

/// Words after which a name is expected; lower-case names from the lists are accepted too.
const STRONG: &str = r"(?i)\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|professor|sr|sra|srta|herr|frau|mme|mlle|dhr|mevr|mw|shri|sri|smt|fr|rev|pastor|rabbi|imam|sgt|capt|col|maj|gen|cpl|pvt|cmdr|requesting(?:\s+(?:clinician|physician|provider|doctor))?|clinician|nurse\s+practitioner|(?:charge\s+)?nurse|rn|np|patient\s+name|pt\s+name|name|patient|pt|paciente|patiente|patientin|nombre|nome|bed\s+\d{1,3}[a-z]?|(?:baby|infant)\s+(?:boy|girl)|twin\s+[ab12]|attending(?:\s+physician|\s+radiologist)?|radiologist|resident|fellow|technologist|physician|referring(?:\s+(?:physician|provider|doctor|md))?|referred\s+by|ordering(?:\s+(?:physician|provider|doctor|md))?|ordered\s+by|provider|pcp|dictated\s+by|dictating(?:\s+physician)?|transcribed\s+by|transcriptionist|(?:electronically\s+|e-)?signed(?:\s+by)?|reviewed\s+by|read\s+by|interpreted\s+by|verified\s+by|recorded\s+by|entered\s+by|typed\s+by|scribed\s+by|documented\s+by|approved\s+by|authenticated\s+by|attested\s+by|cc|copy\s+to|courtesy\s+copy|copies\s+to|ref(?:\s+(?:md|dr|physician|doctor))?|legal\s+name|preferred\s+name|guarantor|guardian|next\s+of\s+kin|kin|nok|emergency\s+contact|contact\s+person|interpreter|(?:unit\s+|ward\s+)?clerk|secretary|receptionist|coordinator|social\s+worker|case\s+manager|chaplain|pharmacist|dietitian|paramedic|sitter|transporter|porter|midwife|scribe|attn|tech|reader|user(?:name)?|login|operator|family|(?:yours\s+)?(?:sincerely|faithfully)|(?:kind\s+|best\s+|warm\s+)?regards|best\s+wishes)\b\.?\s*[:\-,]?[ \t]*";
/// Words after which a capitalised word is a name unless it is a common word.
const WEAK: &str = r#"(?i)\b(?:(?:son|daughter|mother|father|brother|sister)-in-law|(?:wife|husband|son|daughter|mother|father|sister|brother|parents?|children|child|widow|widower|partner)\s+of|identifies\s+as|goes\s+by|a\.?k\.?a\.?|roommate|housemate|flatmate|neighbou?r|landlord|boyfriend|girlfriend|companion|carer|infant|baby|newborn|twin|discussed\s+with|spoke\s+with|(?:spoke|discussed|talked)\s+w/\s*|talked\s+(?:to|with)|spoken\s+to|d/w|called\s+to|called|paged|notified|informed|communicated\s+(?:to|with)|reported\s+to|relayed\s+to|conveyed\s+to|per|seen\s+by|accompanied\s+by|mother|father|wife|husband|son|daughter|sister|brother|spouse|partner|caregiver|friend|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|fianc[eé]e?|step(?:son|daughter|mother|father)|contact|by|goes\s+by|known\s+as|nicknamed|(?-i:S/o|D/o|W/o)|dear|thanks|thank\s+you|and|with)\b\.?\s*[:\-,]?[ \t]*["'‘“]?"#;
/// Credentials after a name.
const CREDENTIAL: &str = r"(?:,\s*|[ \t]+)(?:M\.D\.|R\.N\.|Ph\.D\.|(?:MD|RN|PhD|PA-C|FACR|MBBS|DNP|CRNA|RRA)\b)|,\s*(?:D\.O\.|(?:DO|NP|PA|RT)\b)";
/// Name particles written in lower case inside a name ("Van der Berg", "da Silva").
const PARTICLES: &[&str] = &["van", "der", "den", "de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le", "von", "ter", "ten", "bin", "bint", "binti", "ibn", "al", "el", "st"];
// "med" is the German doctor's title's second word ("Dr. med. Jürgen Hoffmann").
// Dutch, Indian, clergy and military honorifics too ("dhr.", "mevr.", "Shri", "Smt.", "Fr.", "Rev.").
// "lt" is skipped before a name ("Lt. Col.") but triggers none: "lt." is also "left".
const TITLES: &[&str] = &["dr", "drs", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sr", "sra", "srta", "herr", "frau", "mme", "mlle", "med", "dhr", "mevr", "mw", "shri", "sri", "smt", "fr", "rev", "pastor", "rabbi", "imam", "sgt", "capt", "lt", "col", "maj", "gen", "cpl", "pvt", "cmdr"];

pub(crate) struct NameFinder {
    lex: &'static Lexicon,
    tokens: Regex,
    strong: Regex,
    weak: Regex,
    credential: Regex,
    initials: Regex,
    /// What joins two names in a list: "Kristoffersen / Lindqvist", "Smith & Jones".
    joiner: Regex,
    /// An HL7 or DICOM person value left in the text: "|NGUYEN^THANH^VAN|", "PatientName: OKAFOR^CHIDI^E".
    caret: Regex,
    /// Chinese, Japanese or Korean characters: in an English report, a name written natively.
    cjk: Regex,
    /// Capitalised words with the relation in brackets after them: "Hope (daughter)".
    relation_after: Regex,
    /// Lower-case initials after a sign-off verb or a transcription mark (group 1), before a
    /// slash or the end: "verified tgw", "/ tr klm".
    initials_after: Regex,
    /// Initials before a surname: "T.K. Ghosh", "K. R. Srinivasan".
    initialled: Regex,
    /// A first name before "and" and a found name ("Beatriz and Joaquín Villanueva"), or before a
    /// verb of speech ("Ramón says").
    first_before: Regex,
    /// A quoted "Surname, Given" value, as a CSV row holds it: "Nakamura, Emi".
    quoted_comma: Regex,
    /// A nickname in quotes inside a name: 'Marcus "Moose" Delaney'.
    nickname: Regex,
    /// A relation with the name in brackets after it: "Wife (Hope) worried"; and Dutch names
    /// with "van 't": "Joost van 't Hof".
    relation_bracket: Regex,
    /// Two capitalised words before a verb of living: "Wiremu Tane lives in".
    subject_lives: Regex,
    /// Name words before a bracket that holds an age over 89 or a town: "Pa Houa Vang (101)",
    /// "Tupac Yupanqui Mamani (Puno)".
    before_bracket: Regex,
}

/// How sure the words before are that a name follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A title or a sign-off label ("Dr.", "Dictated by:"): even an unlisted lower-case word.
    SignOff,
    /// A label ("Patient", "Attending"): capitalised words, listed lower-case names.
    Strong,
    /// A relation or a verb ("daughter", "discussed with"): capitalised words that are not words.
    Weak,
}

#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Shape {
    Cap,
    Upper,
    Lower,
    Initial,
    Other,
}

fn shape(s: &str) -> Shape {
    // "DeviceSerialNumber", "StudyInstanceUID": a field name in camel case, never a name (one
    // inner capital is: "McDonald", "FitzGerald").
    if s.chars().zip(s.chars().skip(1)).filter(|(a, b)| a.is_lowercase() && b.is_uppercase()).count() >= 2 {
        return Shape::Other;
    }
    // "al-Hashimi", "el-Sayed", "d'Angelo": a lower-case particle glued to a capitalised name.
    if let Some((particle, rest)) = s.split_once(['-', '\'', '’']) {
        if matches!(particle, "al" | "el" | "ad" | "as" | "ash" | "az" | "abu" | "bin" | "ibn" | "d" | "l" | "dell") && rest.chars().next().is_some_and(char::is_uppercase) && rest.chars().any(char::is_lowercase) {
            return Shape::Cap;
        }
    }
    let mut chars = s.chars();
    let first = chars.next().unwrap_or(' ');
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 1 && first.is_uppercase() {
        return Shape::Initial;
    }
    if !first.is_alphabetic() {
        return Shape::Other;
    }
    if letters.iter().all(|c| c.is_uppercase()) {
        return Shape::Upper;
    }
    if first.is_uppercase() && letters.iter().any(|c| c.is_lowercase()) {
        return Shape::Cap;
    }
    if letters.iter().all(|c| c.is_lowercase()) {
        return Shape::Lower;
    }
    Shape::Other
}

impl NameFinder {
    pub(crate) fn new(lex: &'static Lexicon) -> NameFinder {
        NameFinder {
            lex,
            tokens: Regex::new(r"\p{L}[\p{L}\p{M}'’\-]*").expect("token pattern"),
            strong: Regex::new(STRONG).expect("strong triggers"),
            weak: Regex::new(WEAK).expect("weak triggers"),
            credential: Regex::new(CREDENTIAL).expect("credentials"),
            joiner: Regex::new(r"^[ \t]*(?:/|&|;)[ \t]*").expect("joiner"),
            caret: Regex::new(r#"(?m)(?:^|\||[:=][ \t]*)(\p{L}[\p{L}'\-]*(?:\^\p{L}[\p{L}'\-]*){1,3})\^*(?:\||$|[ \t,;"])"#).expect("caret"),
            cjk: Regex::new(r"[\p{Han}\p{Hangul}]{2,5}").expect("cjk"),
            relation_after: Regex::new(r"\b(\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})[ \t]*\((?i:(?:the\s+)?(?:patient's\s+|pt's\s+)?(?:daughter|son|wife|husband|spouse|partner|mother|father|sister|brother|friend|niece|nephew|grandson|granddaughter|aunt|uncle|cousin|neighbou?r|caregiver|carer|guardian|parents?|next\s+of\s+kin|nok|roommate|fianc[eé]e?))\b").expect("relation after"),
            initials_after: Regex::new(r"(?im)\b(?:by|verified|recorded|reviewed|typed|entered|(tr|ts|dt|trans|transcribed|dictated))[ \t]*[:.]?[ \t]+([a-z]{2,4})[ \t]*(?:/|[.,;)]|$)").expect("initials after"),
            first_before: Regex::new(r"\b(\p{Lu}\p{Ll}[\p{L}'’\-]*)[ \t]+(?:(and|&|y|e|i)[ \t]+|(?:says|said|states|stated|reports|reported|asked|told|called|notes|noted|thinks|confirms|confirmed)\b)").expect("first before"),
            relation_bracket: Regex::new(r"(?i:\b(?:wife|husband|son|daughter|mother|father|sister|brother|partner|spouse|friend|niece|nephew|grandson|granddaughter|carer|caregiver|dtr|dau)[ \t]*\()(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\)|\b(?:\p{Lu}\p{Ll}+[ \t]+)?(?:van|op|in)[ \t]+['’]t[ \t]+\p{Lu}\p{Ll}+").expect("relation bracket"),
            subject_lives: Regex::new(r"\b(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+)[ \t]+(?:lives|lived|resides|resided|was\s+born|grew\s+up)\b").expect("subject lives"),
            before_bracket: Regex::new(r"\b(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]*\((9\d|1[0-2]\d|\p{Lu}\p{Ll}+)\)").expect("before bracket"),
            quoted_comma: Regex::new(r#""(\p{Lu}[\p{L}'’\-]+),[ ]?(\p{Lu}[\p{L}'’\-]+)((?:[ ]\p{Lu}[\p{L}'’\-]+)?)""#).expect("quoted comma"),
            nickname: Regex::new(r#"(?:\bMa\.[ \t]+)?\b(\p{Lu}\p{Ll}+)[ \t]+["“'‘]\p{Lu}[\p{L}\-]*["”'’][ \t]+(\p{Lu}[\p{L}'’\-]+)(?:[ \t]+(\p{Lu}[\p{L}'’\-]+))?"#).expect("nickname"),
            initialled: Regex::new(r"\b(?:\p{Lu}\.[ \t]?){1,3}(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b").expect("initialled"),
            initials: Regex::new(r"(?m)(?:^|[-–—]\s*)([a-z]{2,4})/([a-z]{2,4})[ \t]*(?:$|\.(?:[ \t]|$))|[-–—][ \t]*([a-z]{2,4})[ \t]*$").expect("initials"),
        }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let toks: Vec<Tok> = self.tokens.find_iter(text).map(|m| Tok { start: m.start(), end: m.end() - trailing_marks(m.as_str()) }).collect();
        let mut hits = Vec::new();
        for (re, strong) in [(&self.strong, true), (&self.weak, false)] {
            for m in re.find_iter(text) {
                // After a sign-off or a title, even an unlisted lower-case word is a name.
                let t = m.as_str().trim_end().to_lowercase();
                // "resident." ends a sentence; only abbreviations carry a period ("Dr.", "Pt.").
                if let Some(dot) = t.find('.') {
                    let word = t[..dot].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    if !TITLES.contains(&word) && !matches!(word, "pt" | "ref" | "att") {
                        continue;
                    }
                }
                // "Signed, t. okafor" signs off as "Signed by:" does; "Patient, ..." does not.
                let core = t.trim_end_matches(',').trim_end();
                let letter_end = ["sincerely", "faithfully", "regards", "wishes"].iter().any(|w| core.ends_with(w));
                let signoff = strong && (t.ends_with(':') || core.ends_with("by") || core.ends_with("signed") || letter_end || TITLES.contains(&t.trim_end_matches('.')));
                if let Some(h) = self.after(text, &toks, m.end(), if signoff { Trigger::SignOff } else if strong { Trigger::Strong } else { Trigger::Weak }) {
                    hits.push(h);
                }
            }
        }
        for m in self.credential.find_iter(text) {
            // "RN Bettina Kowalski" puts the credential first, as a title: the name after it is
            // the strong trigger's, and the word before ("Notified") is nobody.
            let next = toks.partition_point(|t| t.start < m.end());
            if toks.get(next).is_some_and(|t| text[m.end()..t.start].chars().all(|c| c == ' ' || c == '\t') && matches!(shape(Self::word(text, t)), Shape::Cap | Shape::Upper) && !self.clinical(&Self::word(text, t).to_lowercase())) {
                continue;
            }
            if let Some(h) = self.before(text, &toks, m.start()) {
                hits.push(h);
            }
        }
        // A name joined to a found name by "/", "&" or ";" is the next of a list.
        let mut k = 0;
        while k < hits.len() && k < 64 {
            let end = hits[k].end;
            if let Some(m) = self.joiner.find(&text[end..]) {
                if let Some(n) = self.after(text, &toks, end + m.end(), Trigger::Strong).filter(|n| n.start >= end + m.end()) {
                    hits.push(n);
                } else if let Some(n) = self.typist(text, &toks, end + m.end()).filter(|_| m.as_str().contains('/')) {
                    hits.push(n);
                }
            }
            k += 1;
        }
        hits.extend(self.listed_names(text, &toks));
        hits.extend(self.shaped_names(text, &hits));
        // Transcription initials closing a note or a sentence: "- rjm/kd", "- mvd/ak. Heart...";
        // "- and/or." is English.
        for c in self.initials.captures_iter(text) {
            if let (Some(a), Some(b)) = (c.get(1), c.get(2)) {
                if self.lex.is_common(a.as_str()) && self.lex.is_common(b.as_str()) && text[b.end()..].trim_start().starts_with('.') {
                    continue;
                }
            }
            for g in [c.get(1), c.get(2), c.get(3)].into_iter().flatten() {
                hits.push(Hit { start: g.start(), end: g.end(), kind: PhiKind::Name });
            }
        }
        hits
    }

    /// Names that their form or their neighbours give away: HL7 person fields, names in CJK
    /// characters, words followed by a relation in brackets, a nickname in quotes between a first
    /// name and a surname, two name words before a verb of living, a first name joined to a found
    /// name by "and" or followed by a verb of speech.
    fn shaped_names(&self, text: &str, found: &[Hit]) -> Vec<Hit> {
        let name = |m: regex::Match<'_>| Hit { start: m.start(), end: m.end(), kind: PhiKind::Name };
        let mut hits = Vec::new();
        for c in self.caret.captures_iter(text) {
            let g = c.get(1).expect("caret group");
            let parts: Vec<String> = g.as_str().split('^').map(str::to_lowercase).collect();
            // "LN", "CPT" and code texts are words or abbreviations; a person's parts are not.
            if parts.iter().all(|p| !self.clinical(p) && !self.word_like(p)) && parts.iter().take(2).all(|p| p.chars().count() >= 2) {
                hits.push(name(g));
            }
        }
        hits.extend(self.cjk.find_iter(text).map(name));
        for c in self.relation_after.captures_iter(text) {
            let g = c.get(1).expect("relation group");
            // "Chest (daughter's request)" — every word must be able to be a name.
            if g.as_str().split_whitespace().all(|w| {
                let l = w.to_lowercase();
                !self.clinical(&l) && (self.lex.is_first(&l) || self.lex.is_last(&l) || !self.lex.is_word(&l))
            }) {
                hits.push(name(g));
            }
        }
        for c in self.initials_after.captures_iter(text) {
            let g = c.get(2).expect("initials group");
            let l = g.as_str().to_lowercase();
            // "by CT.", "verified ETT." are words or report abbreviations, "by us." a word; after a
            // transcription mark ("tr klm") even letters that spell something are initials.
            let typist = c.get(1).is_some();
            if g.as_str().chars().all(char::is_lowercase) && (typist || !self.lex.is_common(&l)) && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(g));
            }
        }
        for c in self.initialled.captures_iter(text) {
            let (whole, g) = (c.get(0).expect("match"), c.get(1).expect("surname group"));
            let l = g.as_str().to_lowercase();
            let initials = whole.as_str().matches('.').count();
            // "E. Coli" and "S. Aureus" are no names: one initial needs a listed surname.
            let named = self.surname(&l) || initials >= 2 && self.lex.is_rare(&l);
            if named && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(whole));
            }
        }
        for c in self.quoted_comma.captures_iter(text) {
            let (last, given) = (c[1].to_lowercase(), c[2].to_lowercase());
            // A listed surname takes any given name ("Nakamura, Emi"); a rare one a name-like one.
            let named = self.surname(&last) || self.lex.is_rare(&last) && (self.lex.is_first(&given) || self.lex.is_rare(&given));
            if named && ![&last, &given].iter().any(|l| self.lex.is_word(l) || self.clinical(l)) {
                let g = c.get(3).filter(|g| !g.as_str().is_empty()).unwrap_or(c.get(2).expect("given"));
                hits.push(Hit { start: c.get(1).expect("surname").start(), end: g.end(), kind: PhiKind::Name });
            }
        }
        for c in self.nickname.captures_iter(text) {
            let (first, last) = (c[1].to_lowercase(), c[2].to_lowercase());
            if self.lex.is_first(&first) && (self.surname(&last) || self.lex.is_rare(&last)) && !self.clinical(&last) && !self.lex.is_word(&first) {
                // A second surname after the first ("Dela Cruz"), when it is one.
                let whole = c.get(0).expect("match");
                let end = match c.get(3) {
                    Some(g) if self.surname(&g.as_str().to_lowercase()) && !self.clinical(&g.as_str().to_lowercase()) => g.end(),
                    Some(_) => c.get(2).expect("surname").end(),
                    None => whole.end(),
                };
                hits.push(Hit { start: whole.start(), end, kind: PhiKind::Name });
            }
        }
        for c in self.before_bracket.captures_iter(text) {
            let (g, inside) = (c.get(1).expect("name group"), c.get(2).expect("bracket group"));
            let words: Vec<String> = g.as_str().split_whitespace().map(str::to_lowercase).collect();
            // The last word must be a name's; the others any capitalised word that is no
            // function, relation, clinical or header word (a two-letter given name may be a
            // report word elsewhere: "Pa"; "Tupac" is a frequent word, and a name).
            const FUNCTION: &[&str] = &["the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "my", "your", "and", "or", "but", "with", "from", "to", "in", "on", "at", "by", "for", "of", "per", "seen", "see", "called", "patient",
                "mother", "father", "grandmother", "grandfather", "wife", "husband", "son", "daughter", "sister", "brother", "aunt", "uncle", "cousin", "niece", "nephew", "friend", "neighbour", "neighbor", "partner", "spouse", "caregiver", "baby", "infant", "twin"];
            let last = words.last().expect("one word");
            let part = |l: &String| (l.chars().count() <= 2 || !self.clinical(l)) && !is_header(l) && !TITLES.contains(&l.as_str()) && !FUNCTION.contains(&l.as_str());
            // Leading words that cannot be a name's are dropped ("Grandmother Mai Yang (Merced)").
            let skip = words.iter().position(part).unwrap_or(words.len());
            let ok = words.len() - skip >= 2 && (self.surname(last) || self.lex.is_rare(last)) && !self.lex.is_word(last) && words[skip..].iter().all(part);
            if ok {
                let first = g.as_str().split_whitespace().nth(skip).expect("a kept word");
                let start = g.start() + (first.as_ptr() as usize - g.as_str().as_ptr() as usize);
                hits.push(Hit { start, end: g.end(), kind: PhiKind::Name });
                // A town in the bracket: "(Puno)".
                let l = inside.as_str().to_lowercase();
                if inside.as_str().starts_with(char::is_alphabetic) && (self.lex.is_place(&l) || self.lex.is_rare(&l)) && !self.lex.is_word(&l) {
                    hits.push(Hit { start: inside.start(), end: inside.end(), kind: PhiKind::Location });
                }
            }
        }
        for c in self.relation_bracket.captures_iter(text) {
            // The bracket after a relation holds a name even when it is a word ("Hope"), never a
            // clinical one ("son (ICU)").
            let g = c.get(1).unwrap_or_else(|| c.get(0).expect("match"));
            if !g.as_str().split_whitespace().any(|w| self.clinical(&w.to_lowercase()) || is_header(&w.to_lowercase())) {
                hits.push(name(g));
            }
        }
        for c in self.subject_lives.captures_iter(text) {
            let g = c.get(1).expect("subject group");
            let words: Vec<String> = g.as_str().split_whitespace().map(str::to_lowercase).collect();
            let name_word = |l: &str| self.lex.is_first(l) || self.lex.is_last(l) || self.lex.is_rare(l) || self.lex.is_place(l);
            if words.iter().all(|l| name_word(l) && !self.lex.is_word(l) && !self.clinical(l)) && words.iter().any(|l| self.lex.is_rare(l) || self.lex.is_first(l)) {
                hits.push(name(g));
            }
        }
        for c in self.first_before.captures_iter(text) {
            let g = c.get(1).expect("first name group");
            let l = g.as_str().to_lowercase();
            let joined = c.get(2).is_none() || found.iter().any(|h| h.kind == PhiKind::Name && h.start == c.get(0).expect("match").end());
            // Joined by "and" to a found name, an unlisted given name too: "Abena and Kofi Boateng".
            let and_rare = c.get(2).is_some() && joined && self.lex.is_rare(&l);
            if joined && (self.lex.is_first(&l) || and_rare) && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(g));
            }
        }
        hits
    }

    /// The typist's initials after a dictating name and a slash: "DR HALVORSEN/jt". Frequency
    /// lists hold most letter pairs, so only English and clinical words are excluded.
    fn typist(&self, text: &str, toks: &[Tok], pos: usize) -> Option<Hit> {
        let t = toks.get(toks.partition_point(|t| t.start < pos))?;
        let w = Self::word(text, t);
        let l = w.to_lowercase();
        let alone = !text[t.end..].starts_with(|c: char| c.is_alphanumeric());
        (t.start == pos && alone && (2..=3).contains(&w.chars().count()) && shape(w) == Shape::Lower && !self.lex.is_word(&l) && !self.clinical(&l))
            .then_some(Hit { start: t.start, end: t.end, kind: PhiKind::Name })
    }

    /// A login made of an initial or two and a listed surname: "mpatel", "jsmith".
    fn login(&self, lower: &str) -> bool {
        let n = lower.chars().count();
        (5..=16).contains(&n) && lower.chars().all(|c| c.is_ascii_lowercase()) && !self.lex.is_word(lower) && !self.lex.is_common(lower)
            && (1..=2).any(|k| n - k >= 4 && self.lex.is_last(&lower[k..]) && !self.lex.is_word(&lower[k..]))
    }

    /// A listed surname, also with an apostrophe ("O'Brien") or double-barrelled ("Pryce-Jones").
    fn surname(&self, lower: &str) -> bool {
        let one = |p: &str| self.lex.is_last(p) || p.contains(['\'', '’']) && self.lex.is_last(&p.replace(['\'', '’'], ""));
        one(lower) || lower.contains('-') && lower.split('-').all(one)
    }

    fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
        &text[t.start..t.end]
    }

    /// A word that is clinical or a report/header word: never part of a name.
    fn clinical(&self, lower: &str) -> bool {
        self.lex.is_word(lower) && !self.lex.is_first(lower) && !self.lex.is_last(lower) || TITLES.contains(&lower) || is_header(lower)
    }

    /// A word, or a hyphenated compound of words ("Left-sided", "C-section").
    fn word_like(&self, lower: &str) -> bool {
        self.lex.is_word(lower) || lower.contains('-') && lower.split('-').any(|p| p.chars().count() < 2 || self.lex.is_word(p) || self.clinical(p))
    }

    /// Whether `tok` continues a name whose first token was accepted.
    fn continues(&self, w: &str, trigger: Trigger, lower_name: bool) -> bool {
        let lower = w.to_lowercase();
        if shape(w) == Shape::Initial {
            return true;
        }
        if self.clinical(&lower) {
            return false;
        }
        match shape(w) {
            Shape::Initial => true,
            Shape::Cap | Shape::Upper => !self.lex.is_word(&lower) || self.lex.is_last(&lower) || self.lex.is_first(&lower),
            // After a lower-case first name, a lower-case word that is not a word: "marguerite delacourt".
            Shape::Lower => lower_name && !self.word_like(&lower) && (trigger == Trigger::SignOff || lower.chars().count() > 2 || self.lex.is_first(&lower) || self.lex.is_last(&lower)),
            Shape::Other => false,
        }
    }

    /// The name that starts right after a trigger ending at `pos`, if any.
    fn after(&self, text: &str, toks: &[Tok], pos: usize, trigger: Trigger) -> Option<Hit> {
        let strong = trigger != Trigger::Weak;
        let mut i = toks.partition_point(|t| t.start < pos);
        if !text[pos..toks.get(i)?.start].chars().all(|c| matches!(c, ' ' | '\t' | ':' | '-' | '"' | '\'' | '‘' | '“' | '(')) {
            return None;
        }
        // A title after a label ("discussed with Dr. Smith", "Dr. med. Hoffmann") is skipped,
        // not captured.
        while i < toks.len() && TITLES.contains(&Self::word(text, &toks[i]).to_lowercase().as_str()) && gap_ok(&text[toks[i].end..toks.get(i + 1)?.start], true) {
            i += 1;
        }
        let first = toks.get(i)?;
        let w = Self::word(text, first);
        let lower = w.to_lowercase();
        let first_initial = shape(w) == Shape::Initial;
        let next_is_name = || toks.get(i + 1).is_some_and(|n| (gap_ok(&text[first.end..n.start], first_initial) || text[first.end..n.start].trim() == ",") && {
            let nw = Self::word(text, n);
            let nl = nw.to_lowercase();
            !self.lex.is_word(&nl) && (shape(nw) == Shape::Cap || shape(nw) == Shape::Upper && (self.lex.is_first(&nl) || self.lex.is_last(&nl) || strong && self.lex.is_rare(&nl) && nl.chars().count() >= 4))
        });
        let surname_next = || toks.get(i + 1).is_some_and(|n| {
            let nw = Self::word(text, n);
            gap_ok(&text[first.end..n.start], false) && shape(nw) == Shape::Lower && self.surname(nw) && !self.lex.is_word(nw) && !self.lex.is_common(nw)
        });
        let initial_next = || toks.get(i + 1).is_some_and(|n| text[first.end..n.start] == *" " && n.end - n.start == 1 && text[n.end..].starts_with('.'));
        let by = text[..pos].trim_end().to_lowercase().ends_with(" by");
        let closes = || text[first.end..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '/' | '@' | '\n'));
        let title = TITLES.contains(&Self::word(text, toks.get(i.wrapping_sub(1)).unwrap_or(first)).to_lowercase().as_str());
        let listed = self.lex.is_first(&lower) || self.lex.is_last(&lower);
        let ok = match shape(w) {
            // "Dr. White" is a name; "Patient: No ..." and "with COPD" are not.
            Shape::Cap | Shape::Upper if self.clinical(&lower) => false,
            Shape::Cap | Shape::Upper if title => true,
            Shape::Cap if strong => !self.word_like(&lower) || next_is_name(),
            Shape::Upper if trigger == Trigger::SignOff => !self.word_like(&lower),
            // "PT OKONKWO-BELL, ADAEZE": an unlisted capitalised surname that is no word.
            Shape::Upper if strong => !self.word_like(&lower) && (listed || self.lex.is_rare(&lower) && lower.chars().count() >= 5) || next_is_name(),
            Shape::Cap => !self.word_like(&lower),
            Shape::Upper => !self.word_like(&lower) && (listed || next_is_name()),
            Shape::Initial => strong || next_is_name(),
            // "read by jmk" signs off; "read by us" is English.
            // "transcribed by declan whitfield": a common word is a first name when a listed
            // surname follows it.
            Shape::Lower if strong => !self.lex.is_word(&lower) && !self.clinical(&lower) && (trigger == Trigger::SignOff && (!self.lex.is_common(&lower) || lower.chars().count() == 1 || surname_next()) || self.lex.is_first(&lower) || self.lex.is_last(&lower) || self.login(&lower)),
            // "his wife marguerite delacourt": a listed first name after a relation; "uploaded by
            // kdiaz.": a login after "by", closing a sentence ("with crackles on", "with humira,"
            // are words the lists lack); "with hoang v.": a listed surname and its initial.
            Shape::Lower => !self.word_like(&lower) && !self.clinical(&lower) && (self.lex.is_first(&lower) || by && self.login(&lower) && closes() || self.surname(&lower) && initial_next()),
            Shape::Other => false,
        };
        // "van der Berg" is a capitalised name after its particles, not a lower-case one that
        // may run on into the sentence ("drove her in").
        let lower_name = shape(w) == Shape::Lower && !PARTICLES.contains(&lower.as_str());
        // A signed-off lower-case initial: "signed, t. okafor".
        let lower_initial = |t: &Tok| trigger == Trigger::SignOff && lower_name && t.end - t.start == 1 && text[t.end..].starts_with('.');
        if !ok {
            return None;
        }
        let mut end = first.end;
        let mut n = 1;
        let mut commas = 0;
        let mut j = i + 1;
        while n < 4 && j < toks.len() {
            let gap = &text[end..toks[j].start];
            let initial_before = shape(Self::word(text, &toks[j - 1])) == Shape::Initial || lower_initial(&toks[j - 1]);
            let comma = gap.trim() == ",";
            if !(gap_ok(gap, initial_before) || comma && commas == 0) {
                break;
            }
            let w = Self::word(text, &toks[j]);
            // "Lakshmi Devi W/o Venkatesh": a letter before a slash is an abbreviation, no initial.
            if toks[j].end - toks[j].start == 1 && text[toks[j].end..].starts_with('/') {
                break;
            }
            // "Van der Berg": a particle continues the name when a name word follows it.
            let is_particle = |t: &Tok| PARTICLES.contains(&Self::word(text, t).to_lowercase().as_str());
            let after_particles = toks[j..].iter().position(|t| !is_particle(t)).map(|k| j + k);
            let particle = is_particle(&toks[j])
                && !comma
                && after_particles.is_some_and(|k| (j..k).all(|x| gap_ok(&text[toks[x].end..toks[x + 1].start], false)) && self.continues(Self::word(text, &toks[k]), trigger, lower_name));
            // A lower-case name is a first and a last name; a third lower-case word is the
            // sentence going on ("marguerite delacourt asked").
            let third_lower = lower_name && n >= 2 && shape(w) == Shape::Lower;
            if !particle && !self.continues(w, trigger, lower_name) || third_lower || comma && shape(w) == Shape::Initial && strong && n > 1 {
                break;
            }
            commas += usize::from(comma);
            end = toks[j].end;
            n += usize::from(!particle);
            j += 1;
        }
        // A name ending in an initial keeps its period ("pt J.S."); a lower-case surname takes
        // its lower-case initial along ("with hoang v.").
        let took_initial = n == 1 && lower_name && initial_next();
        if took_initial {
            end = toks[i + 1].end;
        }
        if (took_initial || shape(&text[toks[j - 1].start..toks[j - 1].end]) == Shape::Initial) && text[end..].starts_with('.') {
            end += 1;
        }
        Some(Hit { start: first.start, end, kind: PhiKind::Name })
    }

    /// The name right before a credential starting at `pos` ("John A. Smith, MD").
    fn before(&self, text: &str, toks: &[Tok], pos: usize) -> Option<Hit> {
        let mut i = toks.partition_point(|t| t.end <= pos);
        let mut start = None;
        let mut n = 0;
        let mut boundary = pos;
        while i > 0 && n < 4 {
            let t = &toks[i - 1];
            let gap = &text[t.end..boundary];
            if n > 0 && !gap_ok(gap, shape(Self::word(text, t)) == Shape::Initial) || n == 0 && !gap.trim().is_empty() {
                break;
            }
            let w = Self::word(text, t);
            let lower = w.to_lowercase();
            let lower_ok = shape(w) == Shape::Lower && !self.lex.is_word(&lower) && (n > 0 || !PARTICLES.contains(&lower.as_str()));
            // Next to the credential, an everyday word ("CALLED TO RN") is a name only after a
            // listed first name ("John Long, MD").
            if n == 0 && self.word_like(&lower) && !(i >= 2 && self.lex.is_first(&Self::word(text, &toks[i - 2]).to_lowercase())) {
                break;
            }
            if TITLES.contains(&lower.as_str()) || shape(w) != Shape::Initial && self.clinical(&lower) || !(matches!(shape(w), Shape::Cap | Shape::Upper | Shape::Initial) || lower_ok || n > 0 && PARTICLES.contains(&lower.as_str())) {
                break;
            }
            start = Some(t.start);
            boundary = t.start;
            n += 1;
            i -= 1;
        }
        start.map(|s| Hit { start: s, end: pos, kind: PhiKind::Name })
    }

    /// Names without context: a listed first name and a surname-shaped word ("Marisol
    /// Ferndale-Ostrowski", "john smith"), "Surname, First", or two listed surnames.
    fn listed_names(&self, text: &str, toks: &[Tok]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i + 1 < toks.len() {
            let (a, sa) = (Self::word(text, &toks[i]), shape(Self::word(text, &toks[i])));
            let la = a.to_lowercase();
            let mut k = i + 1;
            // A middle initial: "John Q. Public".
            if k + 1 < toks.len() && shape(Self::word(text, &toks[k])) == Shape::Initial && gap_ok(&text[toks[i].end..toks[k].start], false) {
                k += 1;
            }
            let gap_prev = &text[toks[k - 1].end..toks[k].start];
            let gap_ab = &text[toks[i].end..toks[i + 1].start];
            let b = Self::word(text, &toks[k]);
            let (sb, lb) = (shape(b), b.to_lowercase());
            let same_style = sa == sb || sa == Shape::Cap && sb == Shape::Upper;
            let a_name = matches!(sa, Shape::Cap | Shape::Upper | Shape::Lower) && !self.lex.is_word(&la) && !self.clinical(&la);
            let b_name = !self.lex.is_word(&lb) && !self.clinical(&lb) && !is_eponym_use(text, toks.get(k + 1));
            let mut hit = None;
            // A Korean given name with its family name, either order: "Jun-seo Park", "KIM Min-ji"
            // ("Park" is a word too; the hyphenated given name is what gives it away).
            let korean_pair = k == i + 1 && gap_ab == " " && (hyphen_given(a) && matches!(sb, Shape::Cap | Shape::Upper) && EAST_ASIAN_SURNAMES.contains(&lb.as_str()) || hyphen_given(b) && matches!(sa, Shape::Cap | Shape::Upper) && EAST_ASIAN_SURNAMES.contains(&la.as_str()));
            if korean_pair {
                hit = Some((toks[i].start, toks[k].end, k));
            }
            if hit.is_none() && a_name && same_style && b_name && gap_ok(gap_prev, k > i + 1) && gap_ok(gap_ab, false) {
                let first_then_surname = self.lex.is_first(&la) && (self.lex.is_last(&lb) || sb == Shape::Cap && b.len() > 2 && !self.lex.is_place(&lb));
                let two_surnames = sa == Shape::Cap && self.lex.is_last(&la) && self.lex.is_last(&lb) && !self.lex.is_first(&lb);
                // Two capitalised words that are neither English nor medical, nor places:
                // "Nkechi Obi-Wan" has no listed first name and no cue.
                let name_word = |l: &str| self.lex.is_rare(l) || self.lex.is_first(l) || self.lex.is_last(l);
                // Beside a double-barrelled name ("Babajide Oyelaran-Fashola"), a word that is only
                // shaped like a medical one ("-ide") is a name too.
                let barrelled = |w: &str| w.contains('-') && name_cased(w);
                let unusual = |l: &str| !self.lex.is_common(l) && !self.lex.is_word(l) && l.chars().count() >= 3;
                let name_word_by = |l: &str, other: &str| name_word(l) || barrelled(other) && unusual(l);
                let rare_pair = sa == Shape::Cap && sb == Shape::Cap && name_cased(a) && name_cased(b) && (self.lex.is_rare(&la) || self.lex.is_rare(&lb)) && name_word_by(&la, b) && name_word_by(&lb, a) && !self.lex.is_place(&la) && !self.lex.is_place(&lb);
                // In capitals ("PRAYUTH CHAIYAPORN"), where any heading is capitals too: both rare
                // (a comma after them is "SURNAME SURNAME, GIVEN", the comma rule's).
                let rare_caps = sa == Shape::Upper && sb == Shape::Upper && k == i + 1 && !text[toks[k].end..].starts_with(',') && [&la, &lb].iter().all(|l| self.lex.is_rare(l) && l.chars().count() >= 4 && l.chars().all(char::is_alphabetic) && !self.lex.is_place(l));
                if sa != Shape::Lower && (first_then_surname || two_surnames || rare_pair || rare_caps) || sa == Shape::Lower && self.lex.is_first(&la) && self.lex.is_last(&lb) {
                    hit = Some((toks[i].start, toks[k].end, k));
                }
            }
            // A name with its particles: "Pieter van der Berg", "Luiz da Costa", "Omar bin Said".
            if hit.is_none() && sa == Shape::Cap && a_name && !is_title(&la) && gap_ok(gap_ab, false) {
                let n = toks[i + 1..].iter().take(2).take_while(|t| PARTICLES.contains(&Self::word(text, t))).count();
                let last = i + 1 + n;
                let spaced = (i..last).all(|x| toks.get(x + 1).is_some_and(|t| gap_ok(&text[toks[x].end..t.start], false)));
                if n > 0 && spaced && toks.get(last).is_some_and(|t| {
                    let w = Self::word(text, t);
                    let l = w.to_lowercase();
                    shape(w) == Shape::Cap && name_cased(w) && !self.lex.is_word(&l) && !self.clinical(&l) && !self.lex.is_place(&l) && !is_eponym_use(text, toks.get(last + 1))
                }) {
                    hit = Some((toks[i].start, toks[last].end, last));
                }
            }
            // A surname in capitals and an initial, as a label or a CD sleeve writes it: "GONZALEZ-REYES M".
            let init = &toks[i + 1];
            if hit.is_none() && sa == Shape::Upper && a_name && (self.surname(&la) || self.lex.is_rare(&la) && la.chars().count() >= 4) && gap_ab == " " && init.end - init.start == 1 && Self::word(text, init).chars().all(|c| c.is_ascii_uppercase()) {
                let dot = usize::from(text[init.end..].starts_with('.'));
                if !text[init.end + dot..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
                    hit = Some((toks[i].start, init.end + dot, i + 1));
                }
            }
            // Family name first in capitals, as Japanese and Chinese names are written: "TANAKA Haruto".
            // ... and with a Chinese or Korean family name, capitalised or not: "Chen Wei Ling", "LIU JIANGUO".
            let asian_family = matches!(sa, Shape::Cap | Shape::Upper) && la.len() >= 3 && la != "son" && EAST_ASIAN_SURNAMES.contains(&la.as_str());
            let family_first = (sa == Shape::Upper && sb == Shape::Cap || asian_family && matches!(sb, Shape::Cap | Shape::Upper)) && k == i + 1 && a_name && b_name && gap_ok(gap_ab, false) && self.lex.is_last(&la) && (self.lex.is_first(&lb) || self.lex.is_rare(&lb));
            if hit.is_none() && family_first {
                hit = Some((toks[i].start, toks[k].end, k));
            }
            // "Smith, John", "JOHNSON, MARY-KATE", and in lower case only where a line starts with
            // it, as a list or a header does ("mcdonald, james 94M").
            let line_start = text[..toks[i].start].rsplit('\n').next().unwrap_or("").trim().is_empty();
            let comma_style = matches!(sa, Shape::Cap | Shape::Upper) || sa == Shape::Lower && line_start;
            // In capitals opening a line, as a label prints it, the surname may be unlisted too ("OKONJO, BABATUNDE A").
            let caps_line = sa == Shape::Upper && line_start;
            if hit.is_none() && comma_style && a_name && (self.surname(&la) || caps_line && self.lex.is_rare(&la) && la.chars().count() >= 4) && gap_ab.trim() == "," && !gap_ab.contains('\n') {
                let b = Self::word(text, &toks[i + 1]);
                let lb = b.to_lowercase();
                let given = |l: &str| self.lex.is_first(l) || l.contains('-') && l.split('-').all(|p| self.lex.is_first(p));
                // An unlisted given name after a listed surname: "O'Brien-Kowalczyk, Róisín".
                // ... and the given name unlisted: one that is no English word, or any with a
                // middle initial after it ("BAUTISTA, RONALDO P"; "COUGH, FEVER" stays).
                let initial_after = toks.get(i + 2).is_some_and(|t| text[toks[i + 1].end..t.start] == *" " && shape(Self::word(text, t)) == Shape::Initial && !text[t.end..].trim_start_matches('.').starts_with(|c: char| c.is_alphanumeric()));
                let caps_label = caps_line && lb.chars().count() >= 3 && !self.clinical(&lb) && (self.lex.is_rare(&lb) || self.lex.is_first(&lb) || initial_after && self.surname(&la));
                if shape(b) == sa && (given(&lb) || sa != Shape::Lower && self.lex.is_rare(&lb) || caps_label) && !self.lex.is_word(&lb) {
                    // The name's other parts in the same case: "GARCÍA LÓPEZ, JOSÉ ANTONIO".
                    let same = |t: &Tok| shape(Self::word(text, t)) == sa && !self.clinical(&Self::word(text, t).to_lowercase()) && !self.lex.is_word(&Self::word(text, t).to_lowercase());
                    let start = if i > 0 && same(&toks[i - 1]) && text[toks[i - 1].end..toks[i].start] == *" " && self.surname(&Self::word(text, &toks[i - 1]).to_lowercase()) { toks[i - 1].start } else { toks[i].start };
                    let mut last = if toks.get(i + 2).is_some_and(|t| same(t) && text[toks[i + 1].end..t.start] == *" " && given(&Self::word(text, t).to_lowercase())) { i + 2 } else { i + 1 };
                    // ... and the middle initial after it: "GARCIA, JOSE A", "Smith, John Q."
                    let mut end = toks[last].end;
                    if let Some(t) = toks.get(last + 1).filter(|t| text[toks[last].end..t.start] == *" " && shape(Self::word(text, t)) == Shape::Initial) {
                        let dot = usize::from(text[t.end..].starts_with('.'));
                        if !text[t.end + dot..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'') {
                            last += 1;
                            end = t.end + dot;
                        }
                    }
                    hit = Some((start, end, last));
                }
            }
            // More parts of the same name after it: "Abdirahman Warsame Farah", "Nguyễn Thị Lan".
            let hit = hit.map(|(s, mut e, mut last)| {
                let style = shape(Self::word(text, &toks[last]));
                while last + 1 < toks.len() && last + 1 - i < 4 && text[e..toks[last + 1].start] == *" " {
                    let w = Self::word(text, &toks[last + 1]);
                    let l = w.to_lowercase();
                    let name_word = self.lex.is_last(&l) || self.lex.is_first(&l) || self.lex.is_rare(&l);
                    if shape(w) != style || !matches!(style, Shape::Cap | Shape::Upper) || !name_cased_or_caps(w) || !name_word || self.lex.is_word(&l) || self.clinical(&l) || is_eponym_use(text, toks.get(last + 2)) {
                        break;
                    }
                    last += 1;
                    e = toks[last].end;
                }
                (s, e, last)
            });
            match hit {
                Some((s, e, last)) => {
                    hits.push(Hit { start: s, end: e, kind: PhiKind::Name });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        hits
    }
}

/// Family names that Korean and Chinese names put next to a hyphenated given name.
const EAST_ASIAN_SURNAMES: &[&str] = &["kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "ryu", "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "cao", "deng", "feng"];

/// A Korean given name written with a hyphen: "Jun-seo", "Min-ji", "JI-WOO" (two syllables of
/// two to four letters, the second not capitalised unless all is).
fn hyphen_given(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() == 2
        && parts.iter().all(|p| (2..=4).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
        && parts[0].chars().next().is_some_and(char::is_uppercase)
        && (parts[1].chars().all(char::is_lowercase) || w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
}

/// A word written as a name is: capitalised ("Farah") or in capitals ("FARAH").
fn name_cased_or_caps(w: &str) -> bool {
    name_cased(w) || w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Every part of a hyphenated word capitalised, as in a name ("Obi-Wan", "Pryce-Jones"), not
/// as in a compound ("HIV-positive", "XXXX-year-old").
fn name_cased(w: &str) -> bool {
    w.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase) && p.chars().any(char::is_lowercase))
}

/// An honorific ("Dr", "Sra", "Fr"): it precedes a name and is none.
pub(crate) fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower.trim_end_matches('.'))
}

/// A name followed by "sign", "line", "catheter" ... is an eponym, not a person.
fn is_eponym_use(text: &str, next: Option<&Tok>) -> bool {
    const USES: &[&str] = &["sign", "line", "lines", "catheter", "tube", "disease", "lymphoma", "syndrome", "fracture", "view", "position", "maneuver", "hump", "procedure", "operation", "needle", "valve", "port", "clip", "stent", "drain", "classification", "criteria", "score", "scale", "test", "lesion", "effect", "phenomenon", "angle", "space", "foramen", "hernia"];
    next.is_some_and(|t| USES.contains(&text[t.start..t.end].to_lowercase().as_str()))
}

/// Header labels and section names in any case.
fn is_header(lower: &str) -> bool {
    matches!(lower, "mrn" | "dob" | "acc" | "exam" | "findings" | "impression" | "history" | "indication" | "comparison" | "technique" | "signed" | "date" | "time" | "report" | "id" | "sex" | "age" | "location" | "unit" | "room" | "phone" | "fax" | "accession" | "account" | "md" | "rn" | "do" | "birthdate" | "born" | "ward" | "bed" | "ssn" | "tel" | "mobile" | "nhs" | "uhid" | "bsn" | "medicare" | "ref")
}

/// Between two tokens of one name: spaces, or a period after an initial; never a line break.
fn gap_ok(gap: &str, after_initial: bool) -> bool {
    // Two spaces or a tab separate the columns of a header ("HOLLOWAY,RAYMOND J  SSN: ...").
    if gap.contains('\t') || gap.contains("  ") {
        return false;
    }
    if gap.contains('\n') || gap.is_empty() && !after_initial {
        return gap.is_empty() && after_initial;
    }
    let g = if after_initial { gap.trim_start_matches('.') } else { gap };
    // Quotes around a nickname inside a name: Bartholomew "Bart" Quinlan.
    !g.is_empty() && g.chars().all(|c| matches!(c, ' ' | '\t' | '"' | '“' | '”')) && g.contains([' ', '\t']) || after_initial && g.is_empty()
}

/// Possessive "'s" and trailing hyphens are not part of the name token.
fn trailing_marks(w: &str) -> usize {
    if w.ends_with("'s") || w.ends_with("’s") {
        return w.len() - w.trim_end_matches("'s").trim_end_matches("’s").len();
    }
    w.len() - w.trim_end_matches(['-', '\'', '’']).len()
}
