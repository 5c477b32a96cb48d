//! A rare capitalised word inside a sentence, with no context at all: the last net for names
//! and places that no title, label, relation or list gives away ("told to go to Froedtert",
//! "drove down from Otahuhu").
//!
//! Every other rule needs a cue; first sight of each new style of note kept showing names
//! that had none. Mid-sentence capitals in English are names, places or brands, and the
//! precision target (0.80) leaves room to remove a brand now and then: a drug or device name
//! costs the teacher nothing, a leaked surname is the failure the redactor exists to prevent.
//! Sentence openings are left alone: there a capital says nothing, and report sentences open
//! with rare clinical words ("Bibasilar ...").

use super::*;

impl NameFinder {
    /// Capitalised words (one, or a run of them) that are not frequent English, not clinical,
    /// not shaped like a medical term, not an eponym in use, and follow a word, a comma or a
    /// bracket on the same line. A listed place becomes a LOCATION, anything else a NAME.
    /// Runs after every other rule (`found`: their hits).
    pub(crate) fn lone_rare(&self, text: &str, found: &[Hit]) -> Vec<Hit> {
        // German and Luxembourgish capitalise every noun: there a capital says nothing, and
        // the titles, labels and lists of the other rules are all that is left to go by.
        if capitalises_nouns(text) {
            return Vec::new();
        }
        let toks = self.tokenize(text);
        let toks = toks.as_slice();
        // Found spans by start, each with the furthest end so far: one binary search a word.
        let mut spans: Vec<(usize, usize)> = found.iter().map(|h| (h.start, h.end)).collect();
        spans.sort_unstable();
        let mut reach = 0;
        let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, e)| { reach = reach.max(e); (s, reach) }).collect();
        let covered = |t: &Tok| {
            let k = spans.partition_point(|&(s, _)| s < t.end);
            k > 0 && spans[k - 1].1 > t.start
        };
        let mut hits = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // A listed place of two or three words: "San Salvador", "Eau Claire", "Ciudad de México".
            if let Some(e) = self.listed_phrase(text, toks, i) {
                if self.mid_sentence(text, toks, i) && (i..=e).any(|k| !covered(&toks[k])) {
                    hits.push(Hit { start: toks[i].start, end: toks[e].end, kind: PhiKind::Location });
                    i = e + 1;
                    continue;
                }
            }
            if !self.lone_word(text, toks, i) || !self.mid_sentence(text, toks, i) || self.in_clinical_title(text, toks, i) || self.region_at(text, &toks[i]) {
                i += 1;
                continue;
            }
            // Neighbouring capitalised words of the same name: "Kane County" is one place.
            let (mut s, mut e) = (i, i);
            while s > 0 && self.name_neighbour(text, toks, s - 1, s) {
                s -= 1;
            }
            while e + 1 < toks.len() && self.name_neighbour(text, toks, e + 1, e) {
                e += 1;
            }
            // A word another rule found is left to it, but what the run adds to it is taken:
            // "Gulf Coast Abrasives" where a rule found "Coast Abrasives".
            if (s..=e).any(|k| !covered(&toks[k])) {
                let lower = Self::word(text, &toks[i]).to_lowercase();
                let kind = if s == e && self.lex.is_place(&lower) { PhiKind::Location } else { PhiKind::Name };
                hits.push(Hit { start: toks[s].start, end: toks[e].end, kind });
            }
            i = e + 1;
        }
        hits
    }

    /// The last token of a listed place of two or three words starting at `i`, written
    /// capitalised with single spaces (a particle inside may be lower case: "Ciudad de México").
    fn listed_phrase(&self, text: &str, toks: &[Tok], i: usize) -> Option<usize> {
        let w = Self::word(text, &toks[i]);
        if shape(w) != Shape::Cap || !self.lex.starts_place(&w.to_lowercase()) {
            return None;
        }
        (1..=2).rev().find(|&n| {
            i + n < toks.len()
                && (i..i + n).all(|k| text[toks[k].end..toks[k + 1].start] == *" ")
                && shape(Self::word(text, &toks[i + n])) == Shape::Cap
                && {
                    let phrase = text[toks[i].start..toks[i + n].end].to_lowercase();
                    self.lex.is_place(&phrase) && !self.lex.is_word(&phrase)
                }
        }).map(|n| i + n)
    }

    /// A word in a Title Case run with a clinical word in it: "Chronic Obstructive Pulmonary
    /// Disease" is a diagnosis written as a heading, not a name.
    fn in_clinical_title(&self, text: &str, toks: &[Tok], i: usize) -> bool {
        let capitalised = |k: usize| shape(Self::word(text, &toks[k])) == Shape::Cap;
        let joined = |a: usize, b: usize| text[toks[a].end..toks[b].start] == *" ";
        let (mut s, mut e) = (i, i);
        while s > 0 && joined(s - 1, s) && capitalised(s - 1) {
            s -= 1;
        }
        while e + 1 < toks.len() && joined(e, e + 1) && capitalised(e + 1) {
            e += 1;
        }
        (s..=e).any(|k| {
            let l = Self::word(text, &toks[k]).to_lowercase();
            k != i && self.lex.is_word(&l) && !self.lex.is_first(&l) && !self.lex.is_last(&l) && !self.lex.is_place(&l) && !is_header(&l)
        })
    }

    fn lone_word(&self, text: &str, toks: &[Tok], i: usize) -> bool {
        let w = Self::word(text, &toks[i]);
        // "StudyTime" is a field name.
        if shape(w) != Shape::Cap || !name_cased(w) || w.chars().count() < 4 || camel(w) || is_eponym_use(text, toks.get(i + 1)) || self.is_role(w) {
            return false;
        }
        let lower = w.to_lowercase();
        // A cabin, dorm or pod is named like a person but is a room: "cabin Chipmunk".
        let before = text[..toks[i].start].trim_end_matches([' ', '\t']);
        if ["cabin", "bunk", "dorm", "pod", "tent", "lodge", "cottage"].iter().any(|r| before.ends_with(r) && !before[..before.len() - r.len()].ends_with(char::is_alphabetic)) {
            return false;
        }
        // "Attn:", "Acct:" label a value. Labels are words, short abbreviations or roles: a
        // listed place or a long rare word before a colon heads what follows ("Hospital
        // Rosales, San Salvador: ...", "Rural health clinic, Hettinger: ...").
        let label = text[toks[i].end..].starts_with(':') && !self.lex.is_place(&lower) && (self.lex.is_common(&lower) || lower.chars().count() <= 5 || self.trigger_at(text, toks, i));
        if label {
            return false;
        }
        let parts: Vec<&str> = lower.split(['-', '\'', '’']).filter(|p| !p.is_empty()).collect();
        !self.clinical(&lower) && !is_title(&lower)
            && parts.iter().all(|p| !self.lex.is_word(p) && !self.clinical(p))
            && (self.lex.is_rare(&lower) || self.lex.is_listed_uncommon(&lower) || parts.len() > 1 && parts.iter().all(|p| self.lex.is_rare(p) || self.lex.is_first(p) || self.lex.is_last(p)) && parts.iter().any(|p| self.lex.is_rare(p)))
    }

    /// Whether the word at `i` follows a word, a comma or an opening bracket on its own line:
    /// not the first word of a line, a sentence, a list item or a label's value.
    fn mid_sentence(&self, text: &str, toks: &[Tok], i: usize) -> bool {
        let before = text[..toks[i].start].trim_end_matches([' ', '\t', '"', '“', '\'', '‘']);
        match before.chars().last() {
            // A dash between words too: "wrong side marker – Pérez".
            // An arrow between names: a handoff "(Ghosh → Pellegrino)".
            Some(c) if c.is_alphanumeric() || matches!(c, ',' | '(' | '&' | '/' | '→') => {}
            Some('>') if before.ends_with(" ->") => {}
            Some('–' | '—' | '-') => {
                let rest = before.strip_suffix(['–', '—', '-']).unwrap_or(before);
                if !rest.ends_with([' ', '\t']) || !rest.trim_end().ends_with(char::is_alphanumeric) {
                    return false;
                }
            }
            _ => return false,
        }
        // "Follow-up CT ... Ruijin" is mid-sentence; "1. Bibasilar" is a list item.
        let line = before.rsplit('\n').next().unwrap_or("");
        !line.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '•'))
    }

    /// A capitalised word beside a lone rare word (`at` is the word already taken) that belongs
    /// to the same name: spaces only between them, and the word no clinical or header word.
    fn name_neighbour(&self, text: &str, toks: &[Tok], n: usize, at: usize) -> bool {
        let (a, b) = if n < at { (n, at) } else { (at, n) };
        if text[toks[a].end..toks[b].start] != *" " {
            return false;
        }
        let w = Self::word(text, &toks[n]);
        let lower = w.to_lowercase();
        shape(w) == Shape::Cap && name_cased(w) && !self.clinical(&lower) && !is_title(&lower) && !is_header(&lower)
            && (!self.lex.is_word(&lower) || self.lex.is_place(&lower) || self.lex.is_first(&lower) || self.lex.is_last(&lower))
            && !is_eponym_use(text, toks.get(n + 1))
            // Before the word, no role or relation: "Gulf Coast Abrasives" is one name, "Nurse
            // Practitioner" and "Adjuster" the labels in front of one.
            && (n > at || self.mid_sentence(text, toks, n) && !self.trigger_at(text, toks, n))
            && !camel(w)
    }

    /// Whether the word at `n` is part of a title, a role or a relation ("Nurse Practitioner",
    /// "Judge"): the label in front of a name, not a part of it. Triggers are at most a few
    /// words long, so the search starts two words before.
    fn trigger_at(&self, text: &str, toks: &[Tok], n: usize) -> bool {
        let from = toks[n.saturating_sub(2)].start;
        let start = toks[n].start - from;
        [&self.strong, &self.weak].iter().any(|re| re.find_iter(&text[from..toks[n].end]).any(|m| m.start() <= start && m.end() > start))
    }
}

/// A capital inside a word that is not a Scottish or Irish prefix's ("McAllister", "FitzGerald"):
/// a field name ("StudyTime") or a brand.
fn camel(w: &str) -> bool {
    let rest = ["Mc", "Mac", "Fitz"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
    rest.split(['-', '\'', '’']).any(|p| p.chars().skip(1).any(char::is_uppercase))
}

/// Whether a text reads as German: two of its frequent short words that English, Dutch, the
/// Nordic and the Romance languages do not write ("und", "mit", "kein", "vom" ...; a word with
/// "ß" counts as one). A German name or two ("Müller", "Groß") is not enough on its own.
fn capitalises_nouns(text: &str) -> bool {
    // Lower case only; not "die", "links" or "am" (English words), not "der" or "den" (Danish).
    const GERMAN: &[&str] = &["und", "das", "mit", "kein", "keine", "keinen", "vom", "im", "um", "nicht", "ist", "sind", "über", "bei", "eine", "einer", "einen", "zum", "zur", "rechten", "linken", "rechts", "beidseits", "vereinbar", "unauffällig", "vergrößert", "nach", "seit", "oder", "kleine", "kleiner", "kleinen", "leichte", "leichter", "geringe", "geringer", "deutliche", "deutlicher", "aus", "ins", "meines", "meiner", "meinem", "anbei", "unter", "geb", "geehrte", "geehrter"];
    // Capitalised nouns that only German writes ("4 Jahre", "Tochter Martina"): a short line
    // of names and numbers may hold none of the small words. Not "Röntgen" or "Befund", which
    // English notes from German-speaking places borrow ("Röntgen-Thorax ohne Befund").
    const GERMAN_NOUNS: &[&str] = &["Jahre", "Jahren", "Herrn", "Tochter", "Mutter", "Vater", "Sohn", "Hausarzt", "Hausärztin", "Termin", "Verlegung", "Rückruf", "Oberarzt", "Oberärztin", "Patientin"];
    let mut seen: Vec<&str> = Vec::new();
    for w in text.split(|c: char| !c.is_alphabetic()) {
        let sign = if w.contains('ß') { Some("ß") } else { GERMAN.iter().chain(GERMAN_NOUNS).find(|g| w == **g).copied() };
        if let Some(g) = sign {
            if !seen.contains(&g) {
                seen.push(g);
                if seen.len() >= 2 {
                    return true;
                }
            }
        }
    }
    false
}
