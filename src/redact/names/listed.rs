//! Names without any context: what the census lists and the shape of the words make a name
//! ("Marisol Ferndale-Ostrowski", "Smith, John", "TANAKA Haruto", "Jun-seo Park").

use super::*;
use crate::redact::lexicon::is_vietnamese;

impl NameFinder {
    /// Names without context: a listed first name and a surname-shaped word ("Marisol
    /// Ferndale-Ostrowski", "john smith"), "Surname, First", or two listed surnames.
    pub(super) fn listed_names(&self, text: &str, toks: &[Tok]) -> Vec<Hit> {
        let mut hits = Vec::new();
        // In Vietnamese every syllable is a word, and many are listed names too ("hai bên",
        // "tôi là"): there a lower-case pair is the sentence, not "john smith".
        let vietnamese = is_vietnamese(text);
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
            // A role before a name is no part of it: "Adjuster Rhonda Pettigrew".
            // "guide Per Johansson": "Per" capitalised inside a sentence, before a surname of the
            // Nordic shape, listed or rare, is the Nordic given name, not the preposition; so is
            // one before a second given name and a capitalised word ("Boazodoalli Per Mikkel Gaup").
            let second_given = || self.given_after_per(&lb) && toks.get(k + 1).is_some_and(|t| text[toks[k].end..t.start] == *" " && shape(Self::word(text, t)) == Shape::Cap);
            let nordic_per = a == "Per" && !text[..toks[i].start].trim_end().ends_with(['.', ':', '\n']) && !text[..toks[i].start].trim().is_empty() && ((self.lex.is_last(&lb) || self.lex.is_rare(&lb)) && nordic_surname(&lb) || second_given());
            let a_name = matches!(sa, Shape::Cap | Shape::Upper | Shape::Lower) && !self.lex.is_word(&la) && !self.clinical(&la) && !self.is_role(a) || nordic_per;
            let b_name = !self.lex.is_word(&lb) && !self.clinical(&lb) && !is_eponym_use(text, toks.get(k + 1));
            let mut hit = None;
            // A Korean given name with its family name, either order: "Jun-seo Park", "KIM Min-ji"
            // ("Park" is a word too; the hyphenated given name is what gives it away).
            let korean_pair = k == i + 1 && gap_ab == " " && (hyphen_given(a) && matches!(sb, Shape::Cap | Shape::Upper) && EAST_ASIAN_SURNAMES.contains(&lb.as_str()) || hyphen_given(b) && matches!(sa, Shape::Cap | Shape::Upper) && EAST_ASIAN_SURNAMES.contains(&la.as_str())
                // ... and a Korean given name before a listed surname of another country, as an
                // adoptee's or a married name is written: "Sung-min Ferrante".
                || hyphen_given(a) && sb == Shape::Cap && self.lex.is_last(&lb) && !self.lex.is_word(&lb) && !self.clinical(&lb));
            if korean_pair {
                hit = Some((toks[i].start, toks[k].end, k));
            }
            // A middle name that is a word too, between a given name and a listed surname:
            // "Amelia Rose Chen" (the pair rules stop at "Rose").
            if hit.is_none() && sa == Shape::Cap && a_name && self.lex.is_first(&la) && k == i + 1 && gap_ab == " " && sb == Shape::Cap && self.lex.is_first(&lb) && self.lex.is_word(&lb) {
                if let Some(t) = toks.get(i + 2).filter(|t| text[toks[i + 1].end..t.start] == *" ") {
                    let (w, l) = (Self::word(text, t), Self::word(text, t).to_lowercase());
                    if shape(w) == Shape::Cap && self.surname(&l) && !self.lex.is_word(&l) && !self.clinical(&l) && !is_eponym_use(text, toks.get(i + 3)) {
                        hit = Some((toks[i].start, t.end, i + 2));
                    }
                }
            }
            // A listed given name before a two-word surname: "Marvin Two Bulls".
            if hit.is_none() && sa == Shape::Cap && self.lex.is_first(&la) && !self.is_role(a) && !is_title(&la) {
                if let Some(len) = compound_surname(&text[toks[i].end..]) {
                    let end = toks[i].end + len;
                    let last = toks.partition_point(|t| t.end < end);
                    hit = Some((toks[i].start, end, last));
                }
            }
            // A trade before a listed given name opens no pair with it: "Salinero Jon Etxeberria"
            // is read from "Jon" (the pair "Salinero Jon", its role dropped, left the surname).
            // Before a name of other words it still does: "Child Võ Gia Bảo".
            if hit.is_none() && a_name && same_style && b_name && gap_ok(gap_prev, k > i + 1) && gap_ok(gap_ab, false) && !(LEAD_ROLES.contains(la.as_str()) && self.lex.is_first(&lb)) {
                let first_then_surname = self.lex.is_first(&la) && (self.lex.is_last(&lb) || sb == Shape::Cap && b.len() > 2 && !self.lex.is_place(&lb));
                let two_surnames = sa == Shape::Cap && self.lex.is_last(&la) && self.lex.is_last(&lb) && !self.lex.is_first(&lb);
                // Two capitalised words that are neither English nor medical, nor places:
                // "Nkechi Obi-Wan" has no listed first name and no cue.
                let name_word = |l: &str| self.lex.is_rare(l) || self.lex.is_first(l) || self.lex.is_last(l);
                // Beside a double-barrelled name ("Babajide Oyelaran-Fashola"), a word that is only
                // shaped like a medical one ("-ide") is a name too; before a listed surname, a
                // word that is also a place ("Sian", an old spelling of Xi'an: "Siân Pryce").
                let barrelled = |w: &str| w.contains('-') && name_cased(w);
                let unusual = |l: &str| !self.lex.is_common(l) && !self.lex.is_word(l) && l.chars().count() >= 3;
                let name_word_by = |l: &str, other: &str| name_word(l) || barrelled(other) && unusual(l);
                let rare_pair = sa == Shape::Cap && sb == Shape::Cap && name_cased(a) && name_cased(b) && (self.lex.is_rare(&la) || self.lex.is_rare(&lb)) && name_word_by(&la, b) && name_word_by(&lb, a) && (!self.lex.is_place(&la) || self.surname(&lb)) && (!self.lex.is_place(&lb) || self.lex.is_last(&lb) && self.lex.is_rare(&la));
                // In capitals ("PRAYUTH CHAIYAPORN"), where any heading is capitals too: both rare
                // (a comma after them is "SURNAME SURNAME, GIVEN", the comma rule's).
                let rare_caps = sa == Shape::Upper && sb == Shape::Upper && k == i + 1 && !text[toks[k].end..].starts_with(',') && [&la, &lb].iter().all(|l| self.lex.is_rare(l) && l.chars().count() >= 4 && l.chars().all(char::is_alphabetic) && !self.lex.is_place(l));
                // Two name words that together name a country are the country ("Hong Kong").
                let country = || k == i + 1 && self.lex.is_country(&format!("{la} {lb}"));
                // In lower case a French article after a word is the sentence ("a lu le cliché"),
                // though "lu" and "le" are both listed names.
                let article = matches!(lb.as_str(), "le" | "la" | "les");
                // ... and after an article a pair is a noun and what it is made of or does ("an
                // amber miner"), though "amber" is a given name and "miner" a surname; before a
                // trade, an adjective may stand between ("a retired pearl diver"), not a role ("a
                // patient john miner").
                let article_at = |j: usize| text[toks[j].end..toks[j + 1].start] == *" " && matches!(Self::word(text, &toks[j]), "a" | "an" | "the");
                let between = |j: usize| Self::word(text, &toks[j]).chars().all(char::is_lowercase) && !self.is_role(Self::word(text, &toks[j])) && !self.lex.is_first(Self::word(text, &toks[j]));
                // (A closure: this block runs on every pair of words, and only a lower-case pair asks.)
                let trade = || i > 0 && article_at(i - 1) || i > 1 && LEAD_ROLES.contains(lb.as_str()) && article_at(i - 2) && between(i - 1) && text[toks[i - 1].end..toks[i].start] == *" ";
                // ... and after a capitalised word and a comma, a lower-case pair is what that person
                // is or does ("Kadiatou Traoré, shea trader,"), though "shea" is a given name and
                // "trader" a surname: a typist who writes names in lower case writes them all so;
                // so too with the age between ("Ladi Yakubu Musa, 90, ginger farmer,").
                let age_between = |g: &str| g.strip_prefix(", ").and_then(|g| g.strip_suffix(", ")).is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
                let apposition = || i > 0 && { let g = &text[toks[i - 1].end..toks[i].start]; g == ", " || age_between(g) } && shape(Self::word(text, &toks[i - 1])) == Shape::Cap;
                if sa != Shape::Lower && (first_then_surname || two_surnames || rare_pair || rare_caps || nordic_per) && !country() || sa == Shape::Lower && !vietnamese && !article && !trade() && !apposition() && self.lex.is_first(&la) && !DETERMINERS.contains(&la.as_str()) && self.lex.is_last(&lb) {
                    hit = Some((toks[i].start, toks[k].end, k));
                }
            }
            // After a role that opens the sentence, a given name (listed, or frequent only as a
            // name) and a surname that is a word too, or a given name too: "Manager Olivia
            // Grant", "Welder Andrei Stan" (the pair rule stops at "Grant"; the role says a
            // person follows).
            // The role is read last: its cue regexes are the costliest test, and this loop runs
            // on every pair of words.
            let after_role = || i > 0 && text[toks[i - 1].end..toks[i].start] == *" " && shape(Self::word(text, &toks[i - 1])) == Shape::Cap && self.role_word(Self::word(text, &toks[i - 1]));
            if hit.is_none() && sa == Shape::Cap && sb == Shape::Cap && k == i + 1 && gap_ab == " " && (self.lex.is_first(&la) || self.lex.is_uncommon(&la)) && !self.lex.is_word(&la) && !self.clinical(&la) && (self.lex.is_last(&lb) || self.lex.is_first(&lb)) && !self.clinical(&lb) && !is_eponym_use(text, toks.get(k + 1)) && after_role() {
                hit = Some((toks[i].start, toks[k].end, k));
            }
            // A name with its particles: "Pieter van der Berg", "Luiz da Costa", "Omar bin Said".
            // ("Trabalhador da Vale" is a worker and his employer.)
            // ... but an everyday word before a particle opens a sentence: "Ambulance van Grote Markt".
            let everyday = self.lex.is_common(&la) && !self.lex.is_first(&la) && !self.lex.is_last(&la);
            if hit.is_none() && sa == Shape::Cap && a_name && !everyday && !is_title(&la) && !LEAD_ROLES.contains(la.as_str()) && gap_ok(gap_ab, false) {
                if let Some(last) = self.particle_surname(text, toks, i + 1) {
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
            // ... or a quoted or bracketed value opening, as OCR of a label reads it: '"OKEKE, CHINONSO'.
            let line_start = text[..toks[i].start].rsplit('\n').next().unwrap_or("").trim().trim_end_matches(['"', '“', '(', '[', '|']).trim().is_empty() || text[..toks[i].start].trim_end().ends_with(['"', '“', '[', '|']);
            let comma_style = matches!(sa, Shape::Cap | Shape::Upper) || sa == Shape::Lower && line_start;
            // In capitals opening a line, as a label prints it, the surname may be unlisted too ("OKONJO, BABATUNDE A").
            let caps_line = sa == Shape::Upper && line_start;
            let given = |l: &str| self.lex.is_first(l) || l.contains('-') && l.split('-').all(|p| self.lex.is_first(p));
            // The surname in capitals and the given name capitalised, anywhere a line goes:
            // "Rm 2 LINDQVIST, Karl" (a listed given name that is no English word).
            let caps_then_given = sa == Shape::Upper && toks.get(i + 1).is_some_and(|t| {
                let w = Self::word(text, t);
                shape(w) == Shape::Cap && given(&w.to_lowercase()) && !self.lex.is_word(&w.to_lowercase())
            });
            // ... and capitalised, a rare word that is no place before a given name that is no
            // English word nor a place: listed, or rare with a role in brackets after it, as a
            // schedule writes "Lindqvist, Maja (R1)" ("Pinheiros, São Paulo" is two places, and
            // "Adré, Chad" a town and its country; a CSV row's "Hargreave,Simone" is two cells,
            // each its own name).
            let rare_then_given = sa == Shape::Cap && gap_ab == ", " && !self.lex.is_place(&la) && toks.get(i + 1).is_some_and(|t| {
                let (w, l) = (Self::word(text, t), Self::word(text, t).to_lowercase());
                let role_after = text[t.end..].starts_with(" (");
                shape(w) == Shape::Cap && (given(&l) || role_after && self.lex.is_rare(&l)) && !self.lex.is_word(&l) && !self.lex.is_place(&l) && !self.lex.is_country(&l)
            });
            // ... and in capitals inside a list of names ("; OYELARAN, Tunde"), a rare surname
            // before a rare or listed given name, capitalised or in capitals, that is no English word
            // nor a place.
            let caps_in_list = sa == Shape::Upper && gap_ab == ", " && text[..toks[i].start].trim_end_matches([' ', '\t']).ends_with(';') && !self.lex.is_place(&la) && toks.get(i + 1).is_some_and(|t| {
                let (w, l) = (Self::word(text, t), Self::word(text, t).to_lowercase());
                matches!(shape(w), Shape::Cap | Shape::Upper) && (given(&l) || self.lex.is_rare(&l)) && !self.lex.is_word(&l) && !self.lex.is_place(&l)
            });
            // "Jones, Mercy Medical Center" is a person and her hospital, no "Surname, Given";
            // "De Linde, Kerkstraat 45" a practice and its street; "12 chemin des Lilas, Le
            // Vigan" a street and its town (a French article before a capitalised word).
            let article_place = toks.get(i + 1).is_some_and(|t| matches!(Self::word(text, t), "Le" | "La" | "Les")) && toks.get(i + 2).is_some_and(|t| text[toks[i + 1].end..t.start] == *" " && shape(Self::word(text, t)) == Shape::Cap);
            // "9 Lucifer Lane, Nagata" a street and its town: a street's kind after a house number.
            // ... and "12 cours Napoléon, Ajaccio": a name after a street's kind in lower case.
            let before = &text[..toks[i].start];
            let street_end = house_number_before(before) && (STREET_KINDS.contains(&la.as_str()) || before.split_whitespace().last().is_some_and(lower_street));
            let facility_next = article_place || street_end || toks.get(i + 1).is_some_and(|t| self.facility_ahead.is_match(&text[t.start..]) || street_word(Self::word(text, t)) || self.region_at(text, t));
            // ... and "Léo, Sissili" a town and its province: a listed region is no given name
            // (asked last, as only a comma's pair gets this far).
            let region_next = || toks.get(i + 1).is_some_and(|t| self.lex.is_region(&Self::word(text, t).to_lowercase()));
            if hit.is_none() && comma_style && a_name && !facility_next && (self.surname(&la) || (caps_line || caps_then_given || rare_then_given || caps_in_list) && self.lex.is_rare(&la) && la.chars().count() >= 4) && gap_ab.trim() == "," && !gap_ab.contains('\n') && !region_next() {
                let b = Self::word(text, &toks[i + 1]);
                let lb = b.to_lowercase();
                // A table cell holding the name alone: "| Whitaker, June |" (a given name that is
                // a word too), "| KOWALSKI, M |" (an initial for the given name).
                let after_b = text[toks[i + 1].end..].trim_start_matches('.').trim_start();
                let cell = text[..toks[i].start].trim_end().ends_with('|') && after_b.starts_with('|');
                let cell_initial = cell && shape(b) == Shape::Initial && self.surname(&la);
                // An unlisted given name after a listed surname: "O'Brien-Kowalczyk, Róisín".
                // ... and the given name unlisted: one that is no English word, or any with a
                // middle initial after it ("BAUTISTA, RONALDO P"; "COUGH, FEVER" stays).
                let initial_after = toks.get(i + 2).is_some_and(|t| text[toks[i + 1].end..t.start] == *" " && shape(Self::word(text, t)) == Shape::Initial && !text[t.end..].trim_start_matches('.').starts_with(|c: char| c.is_alphanumeric()));
                let caps_label = caps_line && lb.chars().count() >= 3 && !self.clinical(&lb) && (self.lex.is_rare(&lb) || self.lex.is_first(&lb) || initial_after && self.surname(&la));
                let same_shape = shape(b) == sa || (caps_then_given || caps_in_list) && shape(b) == Shape::Cap;
                // "Processing Center, A-number": a letter and a hyphen open a label, no given name.
                let lettered = lb.split('-').next().is_some_and(|p| p.chars().count() < 2);
                if same_shape && !lettered && (given(&lb) || sa != Shape::Lower && self.lex.is_rare(&lb) || caps_label) && (!self.lex.is_word(&lb) || cell && given(&lb)) || cell_initial {
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
                    // ... and a surname after its particles: "José Aparecido dos Santos".
                    if let Some(p) = self.particle_surname(text, toks, last + 1) {
                        last = p;
                        e = toks[last].end;
                        break;
                    }
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

    /// The surname after one or two particles from `from` ("da Costa", "van der Berg", "bin
    /// Haji Ismail" with the father's title), as the index of its word: capitalised, no English
    /// word nor a clinical one, no place unless a plural particle or the Catalan "and" stands
    /// before a listed surname ("dos Santos", "das Neves", "Vidal i Serra"; "Angra dos Reis"
    /// opens with no name), no eponym and no facility's first word.
    fn particle_surname(&self, text: &str, toks: &[Tok], from: usize) -> Option<usize> {
        let mut n = toks[from..].iter().take(2).take_while(|t| inner_particle(Self::word(text, t)) || catalan_and(Self::word(text, t))).count();
        if n > 0 && from + n < toks.len() && Self::father_title(text, toks, from + n) {
            n += 1;
        }
        let last = from + n;
        let spaced = (from - 1..last).all(|x| toks.get(x + 1).is_some_and(|t| gap_ok(&text[toks[x].end..t.start], false)));
        let t = toks.get(last).filter(|_| n > 0 && spaced)?;
        let w = Self::word(text, t);
        let l = w.to_lowercase();
        let town_surname = matches!(Self::word(text, &toks[last - 1]), "dos" | "das" | "i") && self.lex.is_last(&l);
        let ok = shape(w) == Shape::Cap && name_cased(w) && !self.lex.is_word(&l) && !self.clinical(&l) && (town_surname || !self.lex.is_place(&l)) && !is_eponym_use(text, toks.get(last + 1)) && !opens_facility(w);
        ok.then_some(last)
    }
}

/// Family names that Korean and Chinese names put next to a hyphenated given name.
/// Pronouns and articles that the first-name list also holds ("My" is a Vietnamese given name):
/// before a surname-listed noun they are the sentence ("to my lawyer"), not a lower-case name.
const DETERMINERS: &[&str] = &["my", "our", "your", "his", "her", "their", "its", "an", "the", "a", "me", "we", "us", "so", "to", "do", "be"];

const EAST_ASIAN_SURNAMES: &[&str] = &["kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "ryu", "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "cao", "deng", "feng"];

/// A Korean given name written with a hyphen: "Jun-seo", "Min-ji", "JI-WOO", "Young-hee" (two
/// syllables of two to five letters, the second not capitalised unless all is; "Walk-in",
/// "Drop-off" are English).
pub(super) fn hyphen_given(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() == 2
        && !matches!(parts[1].to_lowercase().as_str(), "in" | "up" | "on" | "out" | "off" | "by" | "to" | "of" | "as" | "at" | "it" | "ins" | "ups" | "ons" | "outs")
        && parts.iter().all(|p| (2..=5).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
        && parts[0].chars().next().is_some_and(char::is_uppercase)
        && (parts[1].chars().all(char::is_lowercase) || w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
}

/// Street kinds that are surnames too ("Lane", "Street", "Hill", "Yard").
const STREET_KINDS: &[&str] = &["lane", "street", "road", "hill", "way", "row", "close", "drive", "walk", "grove", "court", "place", "square", "terrace", "crescent", "gardens", "yard", "mews", "wharf", "green", "park", "gate", "rise", "croft"];

/// Whether a word is a street kind that the Romance languages write in lower case after the
/// number: the French ones of the address rules, and "place", "via", "calle", "rua", "carrer".
fn lower_street(w: &str) -> bool {
    LOWER_STREET.split('|').chain(["place", "via", "calle", "rua", "carrer"]).any(|k| k == w)
}

/// Whether a house number opens the capitalised words that end here: "9 Lucifer " before
/// "Lane", "12 " before "Street", "12 cours " before "Napoléon".
fn house_number_before(before: &str) -> bool {
    for (k, w) in before.split_whitespace().rev().take(4).enumerate() {
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/');
        }
        if k == 3 || !w.starts_with(char::is_uppercase) && !lower_street(w) {
            return false;
        }
    }
    false
}

/// A word written as a name is: capitalised ("Farah") or in capitals ("FARAH").
fn name_cased_or_caps(w: &str) -> bool {
    name_cased(w) || w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

