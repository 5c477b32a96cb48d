//! Names that their form or their neighbours give away, without a title or a label before them:
//! HL7/DICOM person values, relations and ages in brackets, nicknames, CSV rows,
//! families ("the Hendersons"), possessives opening a sentence, a line's name before an age.

use super::*;

impl NameFinder {
    /// Names that their form or their neighbours give away: HL7 person fields, words followed
    /// by a relation in brackets, a nickname in quotes between a first name and a surname, two
    /// name words before a verb of living, a first name joined to a found name by "and" or
    /// followed by a verb of speech. (Names in CJK script are `cjk`'s.)
    pub(super) fn shaped_names(&self, text: &str, found: &[Hit]) -> Vec<Hit> {
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
        for c in self.relation_after.captures_iter(text) {
            let g = c.get(1).expect("relation group");
            // A verb or a role opening the run is no part of the name: "Called Gordon Swan (the
            // patient's father)".
            let role = |w: &str| [&self.strong, &self.weak].iter().any(|re| re.find(w).is_some_and(|m| m.start() == 0 && m.as_str().trim_end().len() == w.len()));
            let lead: usize = g.as_str().split_inclusive([' ', '\t']).take_while(|w| role(w.trim_end())).map(str::len).sum();
            let run = &g.as_str()[lead..];
            // "Chest (daughter's request)" — every word must be able to be a name.
            if !run.is_empty() && run.split_whitespace().all(|w| {
                let l = w.to_lowercase();
                !self.clinical(&l) && (self.lex.is_first(&l) || self.lex.is_last(&l) || !self.lex.is_word(&l))
            }) {
                hits.push(Hit { start: g.start() + lead, end: g.end(), kind: PhiKind::Name });
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
            // "Sra. D. Maria": Portugal's "Dona" after the title, no initial; the title's name
            // reader takes the name after it.
            // Only the title's own word is read, not the whole text before it.
            let dona = whole.as_str().starts_with("D.")
                && text[..whole.start()].trim_end().strip_suffix('.').and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next()).is_some_and(dona_title);
            if dona {
                continue;
            }
            let lower = g.as_str().to_lowercase();
            // A lower-case particle between the initial and the surname says name by itself:
            // "M. de Graaf", "J. van der Berg".
            let (particle, l) = match lower.rsplit_once([' ', '\t']) {
                Some((_, last)) => (true, last.to_string()),
                None => (false, lower.clone()),
            };
            let initials = whole.as_str().matches('.').count();
            // "E. Coli" and "S. Aureus" are no names: one initial needs a listed surname.
            // A double-barrelled surname with one listed half and a rare other: "T. Okonkwo-Baird".
            let barrelled = l.contains('-') && l.split('-').any(|p| self.surname(p)) && l.split('-').all(|p| self.surname(p) || self.lex.is_rare(p) && !self.lex.is_word(p));
            // After a title or kin word from the list, one initial before a given name (listed or
            // rare) is a person: South Indian names put the father's initial first ("Periyamma M.
            // Lakshmi").
            let titled = title_before(text, whole.start());
            let named = self.surname(&l) || barrelled || (initials >= 2 || particle) && (self.lex.is_rare(&l) || self.lex.is_uncommon(&l)) || titled && (self.lex.is_first(&l) || self.lex.is_rare(&l) || self.lex.is_uncommon(&l));
            if named && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(whole));
                continue;
            }
            // One initial before two capitalised words that no list knows is a person too:
            // "M. Wanabo Hnawia" (the French "Monsieur": `widen` drops it; "D." is the
            // Portuguese "Dona", dropped here). "E. Coli Bacteremia" and "N. Oakland Ave" have a
            // word among them.
            let unknown = |w: &str| {
                let l = w.to_lowercase();
                l.chars().count() >= 3 && !self.lex.is_common(&l) && !self.lex.is_word(&l) && !self.clinical(&l) && !self.lex.is_place(&l) && !is_title(&l)
            };
            let second = text[g.end()..].strip_prefix(' ').map(|r| &r[..r.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(r.len())]).filter(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-'));
            if let Some(w) = second.filter(|w| initials == 1 && !particle && unknown(&l) && unknown(w)) {
                let start = if whole.as_str().starts_with("D.") { g.start() } else { whole.start() };
                hits.push(Hit { start, end: g.end() + 1 + w.len(), kind: PhiKind::Name });
            }
        }
        for c in self.family_or_possessive.captures_iter(text) {
            if let Some(g) = c.get(1) {
                // "The Hendersons", "the Okonkwos": a surname, listed or rare, that is no word,
                // plural ("the Lungs" is not); or one before "family" ("the Whitcomb family").
                let l = g.as_str().to_lowercase();
                let plural = text[g.end()..].starts_with('s');
                if (self.surname(&l) || self.lex.is_rare(&l)) && !self.lex.is_word(&l) && !self.clinical(&l) && !(plural && self.lex.is_common(&format!("{l}s"))) {
                    hits.push(Hit { start: g.start(), end: g.end() + usize::from(plural), kind: PhiKind::Name });
                }
            } else if let Some((g, opens)) = c.get(2).map(|g| (g, true)).or_else(|| c.get(3).map(|g| (g, false))) {
                // "Mary's chest film", "Dolores's hip"; "Addison's disease" is an eponym. Opening a
                // sentence or a quotation a surname's too ('"Nguyen\'s post-op film'); mid-sentence,
                // after a preposition, a listed first name only ("after Emma's wedding"; "with
                // Crohn's" is a disease). A role is nobody: "Driver's licence".
                let l = g.as_str().to_lowercase();
                let next = text[c.get(0).expect("match").end()..].split_whitespace().next().unwrap_or("");
                let eponym = is_possessive_eponym(next.trim_end_matches(|c: char| !c.is_alphabetic()));
                let named = self.lex.is_first(&l) || opens && self.surname(&l);
                if named && !eponym && !self.clinical(&l) && !self.lex.is_word(&l) && !is_title(&l) && !self.is_role(g.as_str()) {
                    hits.push(name(g));
                }
            }
        }
        for c in self.first_initial.captures_iter(text) {
            let g = c.get(1).expect("first name");
            let listed = g.as_str().split('-').all(|p| {
                let l = p.to_lowercase();
                self.lex.is_first(&l) && !self.lex.is_word(&l) && !self.clinical(&l)
            });
            if listed {
                // The name and its initial with the dot: "Mike D."
                let end = g.end() + text[g.end()..].find('.').expect("initial's dot") + 1;
                hits.push(Hit { start: g.start(), end, kind: PhiKind::Name });
            }
        }
        for c in self.big_name.captures_iter(text) {
            let l = c[1].to_lowercase();
            if self.lex.is_first(&l) && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(c.get(0).expect("match")));
            }
        }
        for c in self.line_name_age.captures_iter(text) {
            let g = c.get(1).expect("name group");
            let l = g.as_str().to_lowercase();
            if l.split([' ', '\t', '-']).filter(|w| !w.is_empty()).all(|w| !self.clinical(w) && !is_header(w) && !is_title(w) && !self.lex.is_word(w)) {
                hits.push(name(g));
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
            // Between a given name and a quoted nickname, a surname that is an uncommon word too
            // is one: 'Binta "Tata" Bah'.
            let uncommon_word = !self.lex.is_everyday(&last) && !is_header(&last) && !is_title(&last) && last.chars().count() >= 3;
            if (self.lex.is_first(&first) || self.lex.is_rare(&first)) && (self.surname(&last) || self.lex.is_rare(&last) || uncommon_word) && !self.clinical(&last) && !self.lex.is_word(&first) {
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
            let part = |l: &String| (l.chars().count() <= 2 || !self.clinical(l)) && !is_header(l) && !is_title(l) && !FUNCTION.contains(&l.as_str()) && !self.is_role(l);
            // Leading words that cannot be a name's are dropped ("Grandmother Mai Yang (Merced)").
            let skip = words.iter().position(part).unwrap_or(words.len());
            let ok = words.len() - skip >= 2 && (self.surname(last) || self.lex.is_rare(last)) && !self.lex.is_word(last) && words[skip..].iter().all(part);
            if ok {
                let first = g.as_str().split_whitespace().nth(skip).expect("a kept word");
                let start = g.start() + (first.as_ptr() as usize - g.as_str().as_ptr() as usize);
                hits.push(Hit { start, end: g.end(), kind: PhiKind::Name });
                // A town in the bracket: "(Puno)".
                let l = inside.as_str().to_lowercase();
                // Listed places only: "(Hakka)" is a people, "(Puno)" a town.
                if inside.as_str().starts_with(char::is_alphabetic) && self.lex.is_place(&l) && !self.lex.is_word(&l) {
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
        for c in self.spouse_bracket.captures_iter(text) {
            let (given, surname, spouse) = (c.get(1).expect("given"), c.get(2).expect("surname"), c.get(3).expect("spouse"));
            let (g, sp) = (given.as_str().to_lowercase(), spouse.as_str().to_lowercase());
            // Both given names, neither clinical, and not both everyday words ("Mark (Teresa)"
            // yes; "Will (Hope)" no); a surname between must be one.
            let firsts = [&g, &sp].iter().all(|l| self.lex.is_first(l) && !self.clinical(l)) && !(self.lex.is_word(&g) && self.lex.is_word(&sp));
            let sur = surname.as_str().trim();
            if firsts && (sur.is_empty() || self.surname(&sur.to_lowercase()) && !self.clinical(&sur.to_lowercase())) {
                hits.push(Hit { start: given.start(), end: if sur.is_empty() { given.end() } else { surname.end() }, kind: PhiKind::Name });
                hits.push(name(spouse));
            }
        }
        for c in self.maiden_bracket.captures_iter(text) {
            let (given, maiden, last) = (c[1].to_lowercase(), c[2].to_lowercase(), c[3].to_lowercase());
            let named = self.lex.is_first(&given) && !self.lex.is_word(&given) && [&maiden, &last].iter().all(|l| self.surname(l) && !self.clinical(l));
            if named {
                hits.push(name(c.get(0).expect("match")));
            }
        }
        for c in self.line_name_apposition.captures_iter(text) {
            let g = c.get(1).expect("given");
            let l = g.as_str().to_lowercase();
            if self.lex.is_first(&l) && !self.lex.is_word(&l) && !self.clinical(&l) {
                hits.push(name(g));
            }
        }
        for c in self.name_comma_relation.captures_iter(text) {
            let g = c.get(1).expect("given");
            let l = g.as_str().to_lowercase();
            if (self.lex.is_first(&l) || self.lex.is_rare(&l) || self.lex.is_uncommon(&l)) && !self.lex.is_word(&l) && !self.clinical(&l) {
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
        // A list of given names before one found: "Valentina, Samuel and Mateo Ríos" (each
        // listed, none a word), read back from the name it leads to.
        let mut starts: Vec<usize> = found.iter().chain(hits.iter()).filter(|h| h.kind == PhiKind::Name).map(|h| h.start).collect();
        for _ in 0..4 {
            let mut next = Vec::new();
            for &start in &starts {
                if let Some(c) = self.listed_before_comma.captures(&text[..start]) {
                    let g = c.get(1).expect("given name");
                    let l = g.as_str().to_lowercase();
                    if self.lex.is_first(&l) && !self.lex.is_word(&l) && !self.clinical(&l) {
                        hits.push(name(g));
                        next.push(g.start());
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            starts = next;
        }
        hits
    }
}
