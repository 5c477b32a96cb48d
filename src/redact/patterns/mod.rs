//! Identifiers with a shape: dates and times, ages over 89, phone and fax numbers, e-mail,
//! URLs, IP addresses, SSNs, labelled and unlabelled record numbers, street addresses, cities
//! with a state or a context word, postal codes and facility names.

mod rules;

use regex::{Captures, Regex, RegexSet, RegexSetBuilder};

/// The words that close a facility's name ("Medical Center"): the name rules stop before one.
pub(super) use self::rules::{FACILITY, LOWER_STREET, MX_STATES, MY_STATES, NORDIC_LOWER_STREET, TURKISH_FACILITY, ZA_PROVINCES};
use self::rules::{re, Rule, KIN_AFTER_NAME, MONTH, PROVINCES, QUOTED_NAME, STATES};
use super::lexicon::{is_vietnamese, Lexicon};
use super::names::{is_lead_role, is_title};
use super::{Hit, PhiKind};

pub(crate) struct Patterns {
    rules: Vec<(Regex, Rule)>,
    /// Every rule's expression in one set: a single pass says which rules can match a text at
    /// all, so the others (most of them, for most texts) are never run.
    any: RegexSet,
    /// A capitalised run right after an identifier: ", Lisboa", " Rochester", " in Sukhum".
    town: Regex,
    /// A month name next: the end of a "1 Dec, 14" match is the next date's day.
    month_next: Regex,
    /// An age over 89 right after a name, a religious order or credential between them: "Will
    /// Brown (93)", "Zhang Xiaoming (张晓明), 95,", "Clarence Mbatha, 90;", "Mary Agnes Kuehl,
    /// OSB, 96,"; or a Hungarian "aunt" or "uncle" that follows the name: "Kovács Ilona néni,
    /// 94,".
    age_after_name: Regex,
    /// A clock time, a second day or the end of a range right after a date: "12/01/26 0312",
    /// "Nov 30th and the 2nd", "11/27-11/30", and a dotted time after "at" there ("1.
    /// joulukuuta at 13.45;"): alone, "at 0.55," is a ratio.
    after_date: Regex,
    /// A campus or branch joined to a facility by a dash or the word, or the person a Russian
    /// hospital is named for ("... Hospital named after G. G. Kuvatov"), or an Argentine one
    /// after "Dr." ("Hospital Zonal Trelew Dr. Adolfo Margara": the facility rule ends at "Dr"):
    /// "Baptist Memorial
    /// Hospital-Golden Triangle", "Ochsner Medical Center – Kenner", "Jessa Ziekenhuis campus
    /// Virga Jesse".
    campus: Regex,
    /// A street and its number after a facility and a comma, in any language's order: "Klinikum
    /// rechts der Isar, Ismaninger Straße 22", "Fakultní nemocnice v Motole, V Úvalu 84".
    street_after: Regex,
    /// Four digits after a town, as Cyprus and Australia write the postcode ("Limassol 3030"),
    /// or three, as Madagascar does ("Antananarivo 101"), or a ward after a hyphen, as Nepal
    /// does ("Pokhara-8").
    postcode_after: Regex,
    /// A second login after a found one: "jdoyle and mfinch2", "jdoyle, srao".
    login_after: Regex,
    /// A nickname in quotes and brackets right after a name: 'Darnell Hughes ("Boots")'.
    nickname_after: Regex,
    /// A compass word right after a found place and before punctuation: a township's "Orlando
    /// West", "Mamelodi East".
    compass_after: Regex,
    /// A capitalised run after "of", "in", "from" or "near", a comma and a run that may be a
    /// first-level region, closing the clause: "of Khonoma, Nagaland;" (group 1 the town, group
    /// 2 the region).
    town_region: Regex,
    /// One capitalised word after "of", "in", "from" or "near" that closes its clause: a town
    /// where a facility found in the same text carries its name ("of Saitual; ... Saitual
    /// Community Health Centre").
    lone_town: Regex,
    lex: &'static Lexicon,
}

impl Patterns {
    pub(crate) fn new(lex: &'static Lexicon) -> Patterns {
        let m = MONTH;
        let rules = rules::table();
        // Together the rules' Unicode classes outgrow the default 10 MB compile limit. The set's
        // lazy DFA needs its cache large too: at 64 MB the rules of session 37 overflowed it on the
        // shared reports and the set fell back to the PikeVM, 13 times slower (45 s against 3.6 s
        // for the 3,426 reports); the cache grows only as far as a text needs.
        let any = RegexSetBuilder::new(rules.iter().map(|(r, _)| r.as_str()))
            .size_limit(200 << 20)
            .dfa_size_limit(256 << 20)
            .build()
            .expect("the rules compile one by one, so together too");
        // A French town's lower-case links come from the list `compound_town` reads them by.
        let town = re(&format!(r"^(?:,[ \t]*|[ \t]+(?:in[ \t]+)?|[ \t]*\()((?:St|Ste)\.[ \t]+\p{{Lu}}\p{{Ll}}+|\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+|-(?:{})-\p{{Lu}}\p{{Ll}}+){{0,2}})\b", FRENCH_LINKS.join("|")));
        let month_next = re(&format!(r"(?i)^\s+{m}"));
        let age_after_name = re(&format!(r#"^["”']?(?:[ \t]+(?:{KIN_AFTER_NAME}))?(?:[ \t]*\([^()\n]{{1,50}}\))?(?:[ \t]*,[ \t]*[A-Z]{{2,6}}\b)?(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:is|was|turned|turns|gen|a|tiene|tem)[ \t]+)(9\d|1[0-2]\d)(?:[ \t]*\)|[ \t]*[,;]|[ \t]*$|[ \t]*(?:[MF]\b|y\b|yo\b|y/o\b|years?\b|an\b|ans\b|años\b|anos\b)|[ \t]+(?:and|but|who|with)\b|\.(?:\s|$))"#));
        let after_date = re(r"(?i)^(?:[ \t]+((?:[01]\d|2[0-3])[0-5]\d)(?:[^:/.\d]|:\s|\.(?:\s|$)|$)|[ \t]*(?:,|and|or|&|to|through|-)[ \t]*(the[ \t]+\d{1,2}(?:st|nd|rd|th))\b|[ \t]*(?:-|–|to|through|thru)[ \t]*((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:\d{4}|\d{2}))?)\b|[ \t]+at[ \t]+((?:[01]?\d|2[0-3])\.[0-5]\d)(?:[ \t]*[;,)]|[ \t]*$))");
        let campus = re(r"^(?:-|[ \t]+[–—-][ \t]+|[ \t]+campus[ \t]+|,[ \t]+site[ \t]+|[ \t]+named[ \t]+after[ \t]+(?:\p{Lu}\.[ \t]?){0,3}|\.[ \t]+)(\p{Lu}[\p{L}'’]+(?:[ \-]\p{Lu}[\p{L}'’]+){0,2})\b");
        let street_after = re(r"^,[ \t]*((?:\p{Lu}[\p{L}'’.\-]*[ \t]+){1,3}\d{1,4}[a-zA-Z]?)(?:[ \t]*[,;)\n]|[ \t]*$)");
        let postcode_after = re(&format!(r"^(?:[ \t]+(\d{{3,4}})(?:[ \t]*[,;)]|[ \t]*$)|(-\d{{1,2}})\b|,?[ \t]+({}))", rules::MALTA_POSTCODE));
        let login_after = re(r"^(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)((?-i:[a-z]{4,16}|[A-Z]{4,16})\d{0,3})\b");
        let nickname_after = re(&format!(r"^[ \t]*\([ \t]*{QUOTED_NAME}[ \t]*\)"));
        let compass_after = re(r"^([ \t]+(?:East|West|North|South|Central))[,;.)]");
        let town_region = re(r"(?m)\b(?:of|in|from|near)[ \t]+(\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}[\p{Ll}'’\-]+){0,2}),[ \t]+(\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){0,2})([ \t]+(?:district|län))?[ \t]*(?:[;.,):]|$)");
        let lone_town = re(r"\b(?:of|in|from|near)[ \t]+(\p{Lu}\p{Ll}{3,})[ \t]*(?:[;,.)\n]|$)");
        Patterns { rules, any, town, month_next, age_after_name, after_date, campus, street_after, postcode_after, login_after, nickname_after, compass_after, town_region, lone_town, lex }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for k in self.any.matches(text).into_iter() {
            let (re, rule) = &self.rules[k];
            for c in re.captures_iter(text) {
                if matches!(rule, Rule::InitialsList) {
                    initials_list(c.get(0).expect("match").as_str(), text, &mut hits);
                    continue;
                }
                // An empty group 1 marks what a rule matched in order to leave it ("every Tuesday").
                if let Some(h) = self.apply(rule, &c, text).filter(|h| h.end > h.start) {
                    hits.push(h);
                }
            }
        }
        hits
    }

    /// The town right after a found identifier. Identifiers come in clusters; a town alone needs
    /// context. After a facility or a street address ("Hospital Santa Maria, Lisboa", "Lot 42
    /// Palm Drive, Montego Bay"): a listed place, or capitalised words that are neither English
    /// nor medical. After a name, a date or a number and a comma ("João Batista Ferreira,
    /// Recife", "nata il 7 marzo 1933, Napoli", "CPF 123.456.789-09, Porto Alegre"): a listed
    /// place only, and no state or province ("Health card 1234-567-890-HK, Ontario"); so after a
    /// telephone number in brackets ("(+36 30 412 7789), Szeged").
    pub(crate) fn towns_after(&self, text: &str, hits: &[Hit]) -> Vec<Hit> {
        let mut out = Vec::new();
        for h in hits {
            // A telephone number's closing bracket stands before the comma.
            let skip = usize::from(h.kind == PhiKind::Phone && text[h.end..].starts_with(')'));
            let rest = &text[h.end + skip..];
            let Some(town) = self.town.captures(rest).and_then(|c| c.get(1)) else { continue };
            if let Some(n) = self.syllable_tail_town(h.kind, &rest[..town.start()], town.as_str(), &rest[town.end()..]) {
                out.push(Hit { start: h.end + skip + town.start(), end: h.end + skip + town.end() + n, kind: PhiKind::Location });
                continue;
            }
            let l = town.as_str().to_lowercase();
            let ok = match h.kind {
                // After a street address or a business a town no list holds still stands before
                // its state: "W4521 County Rd K, Kewaskum WI", "Frostbite Ice Arena, Lake Placid,
                // NY"; a department between is no town ("Mercy Hospital, Radiology, PA").
                // A compound of two capitalised words no list holds is a town there too:
                // "Jawaharlal Nehru Hospital, Rose-Belle" (not "X-Ray", "Follow-Up").
                // A word in no list that the business's own name holds is its town, though its
                // ending looks medical: "Rossaveal Harbour Centre, Rossaveal" ("-al").
                // A rare word alone between an address's comma and the clause's end is the town
                // no list holds: "Via da la Staziun 12, Glion;", "ul. Rybacka 7, Jastarnia;"; so
                // after a business's comma ("Coopérative Souktana du Safran, Taliouine;"), or after
                // "in", though its ending reads as a medical word's ("Republican Hospital in
                // Sukhum;"), but not a country or a department ("Mercy General Hospital,
                // Cardiothoracic;").
                PhiKind::Address | PhiKind::Facility if matches!(rest[..town.start()].trim(), "," | "in") && self.closing_town(&l, &rest[town.end()..]) && (h.kind == PhiKind::Address || !self.lex.is_country(&l)) => true,
                PhiKind::Facility | PhiKind::Address => self.is_town(&l) || self.compound_town(town.as_str()) || self.saint_town(&l) || self.named_town(&l, &text[h.start..h.end]) || CITY_STATES.contains(&l.as_str()) || TOWN_PARTS.contains(&l.as_str()) || h.kind == PhiKind::Facility && self.gate_district(&l, &rest[town.end()..]) || {
                    let next = rest[town.end()..].trim_start_matches([' ', ',']).split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                    next.len() == 2 && state(next) && !l.split([' ', '-']).any(|w| DEPARTMENTS.contains(&w))
                },
                // After a station or a district, only a listed town: "Union Station, Chicago"
                // (after a Japanese ward comes its prefecture: "Shinjuku-ku, Tokyo").
                PhiKind::Location if rest[..town.start()].trim() == "," && !text[..h.end].ends_with("-ku") => {
                    let region = state_or_province(town.as_str());
                    !region && self.lex.is_place(&l) && !l.split([' ', '-']).any(|w| self.lex.is_word(w))
                }
                PhiKind::Name | PhiKind::Date | PhiKind::Id | PhiKind::Phone if rest[..town.start()].trim() == "," => {
                    let region = state_or_province(town.as_str());
                    let parts = l.split([' ', '-']).count();
                    !region && self.lex.is_place(&l) && (parts > 1 || !l.split([' ', '-']).any(|w| self.lex.is_word(w) || self.lex.is_first(w) || is_title(w)))
                }
                _ => false,
            };
            if ok {
                out.push(Hit { start: h.end + skip + town.start(), end: h.end + skip + town.end(), kind: PhiKind::Location });
            }
        }
        out
    }

    /// One word after "of", "in", "from" or "near" that closes its clause, which a facility found
    /// in the same text bears in its name: a town the other readers pass over because no list
    /// holds it and its ending reads as a medical word's ("of Saitual; seen at the Saitual
    /// Community Health Centre"). A word that is frequent, a report word, a department or a
    /// title is no town so ("of Mercy; at Mercy Hospital").
    pub(crate) fn towns_named_by_facilities(&self, text: &str, hits: &[Hit]) -> Vec<Hit> {
        let facilities: Vec<&str> = hits.iter().filter(|h| h.kind == PhiKind::Facility).map(|h| &text[h.start..h.end]).collect();
        if facilities.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for c in self.lone_town.captures_iter(text) {
            let Some(town) = c.get(1) else { continue };
            if hits.iter().any(|h| h.start < town.end() && town.start() < h.end) {
                continue;
            }
            let l = town.as_str().to_lowercase();
            let plain = !self.lex.is_common(&l) && !self.lex.is_word(&l) && !DEPARTMENTS.contains(&l.as_str()) && !is_title(&l);
            if plain && facilities.iter().any(|f| f.split([' ', '\t', '-', ',']).any(|w| w == town.as_str())) {
                out.push(Hit { start: town.start(), end: town.end(), kind: PhiKind::Location });
            }
        }
        out
    }

    /// The town a region abroad closes, where no list holds the town: "of Khonoma, Nagaland;",
    /// "from Nyoma, Ladakh." A first-level region after the comma says the place before it is
    /// a town, even one whose ending reads as a medical word's ("-oma") or one no list holds;
    /// an everyday, report, department or title word there is none, nor a frequent word no
    /// list holds as a place ("in Radiology, Assam"). A listed place before "district" is a
    /// region there too: "of Fikkal, Ilam district", and any county before "län", "okrug",
    /// "krai", "Province" or "Oblast".
    pub(crate) fn towns_before_regions(&self, text: &str) -> Vec<Hit> {
        if !text.contains(", ") {
            return Vec::new();
        }
        self.town_region
            .captures_iter(text)
            .filter_map(|c| {
                let (town, region) = (c.get(1)?, c.get(2)?);
                let lower = town.as_str().to_lowercase();
                // The region may carry its kind: "of Shima, Mie Prefecture", "of Thyborøn, Region
                // Midtjylland".
                let region = region.as_str().to_lowercase();
                // Before a region written in several words, listed ("of Sur, Ash Sharqiyah South":
                // "sur" is French and Spanish) or with its kind's word ("Madang Province"), a town
                // may be a word frequent somewhere, though no everyday English one; one word after
                // the comma is weaker evidence.
                let several = region.contains(' ');
                // A Vietnamese town's syllables may be English words ("Hội An", "Tam Kỳ"): its
                // letters say it is none.
                let vietnamese = is_vietnamese(town.as_str());
                let plain = |w: &str| {
                    (vietnamese || !self.lex.is_everyday(w) && !self.lex.is_word(w)) && !is_title(w) && !MONTH_OR_DAY.contains(&w) && !DEPARTMENTS.contains(&w) && (vietnamese || self.lex.is_place(w) || !self.lex.is_common(w) || several)
                };
                let (region, suffix) = ["prefecture", "province", "oblast", "region"].iter().find_map(|k| Some((region.strip_suffix(k)?.strip_suffix(' ')?, *k))).unwrap_or((&region, ""));
                // A province or an oblast by its word needs no list, as a county by "län" does: "of
                // Bogia, Madang Province" (Madang is a town too, so no list holds it a region).
                let province = matches!(suffix, "province" | "oblast");
                let region = region.strip_prefix("region ").unwrap_or(region);
                // A Swedish county or a Russian okrug or krai by its word needs no list: "of
                // Hemse, Gotlands län", "of Salekhard, Yamalo-Nenets Autonomous Okrug".
                let kind = c.get(3).map(|g| g.as_str().trim_start());
                let by_word = kind == Some("län") || region.ends_with(" okrug") || region.ends_with(" krai") || province;
                let district = kind == Some("district") && self.lex.is_place(region) || by_word;
                ((self.lex.is_region(region) || district) && lower.split([' ', '-']).all(plain))
                    .then_some(Hit { start: town.start(), end: town.end(), kind: PhiKind::Location })
            })
            .collect()
    }

    /// A single word no list holds, repeated from the business's name before it: the town the
    /// business is named for ("Bansang Hospital, Bansang"), a given name too ("Laura Dispensary,
    /// Laura"; "Mercy Hospital, Mercy" is no shape anyone writes, and an English word is left to
    /// the other tests).
    fn named_town(&self, lower: &str, facility: &str) -> bool {
        !lower.contains([' ', '-']) && lower.chars().count() >= 4 && (!self.lex.is_common(lower) || self.lex.is_first(lower)) && !self.lex.is_word(lower) && !DEPARTMENTS.contains(&lower)
            && facility.split([' ', '\t', '-']).any(|w| w.to_lowercase() == lower)
    }

    /// A town named for its saint, written short ("St. Pölten", "Ste. Genevieve"): listed under
    /// "Saint ...", or a saint's name no list holds. A given name after "St." is rather a campus
    /// or a church ("St. Luke").
    fn saint_town(&self, lower: &str) -> bool {
        let Some(rest) = lower.strip_prefix("st. ").or_else(|| lower.strip_prefix("ste. ")) else { return false };
        ["saint", "sainte"].iter().any(|s| self.lex.is_place(&format!("{s} {rest}")))
            || self.lex.is_rare(rest) && !self.lex.is_word(rest) && !self.lex.is_first(rest)
    }

    /// One word of three letters or more, no everyday English word, report word, title or
    /// department, that closes its clause: a semicolon, a full stop, a bracket, a line's end or
    /// the text's. Its shape is not asked: towns end as diseases do ("Jastarnia").
    fn closing_town(&self, lower: &str, after: &str) -> bool {
        let closing = |s: &str| s.trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| matches!(c, ';' | '.' | '(' | ')' | '\n'));
        // ... or a locality before its town, which closes the clause: "Kabir Steel Ship Breaking
        // Yard, Bhatiary, Sitakunda;" (one or two capitalised words, no department).
        let town_next = || {
            let Some(next) = after.trim_start_matches([' ', '\t']).strip_prefix(',').map(|r| r.trim_start_matches([' ', '\t'])) else { return false };
            let end = next.find(|c: char| !(c.is_alphabetic() || c == '-' || c == ' ')).unwrap_or(next.len());
            let words: Vec<&str> = next[..end].split(' ').filter(|w| !w.is_empty()).collect();
            (1..=2).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && !DEPARTMENTS.contains(&w.to_lowercase().as_str())) && closing(&next[end..])
        };
        let closes = closing(after) || town_next();
        closes && !lower.contains(' ') && lower.split('-').all(|w| w.chars().count() >= 3 && !self.lex.is_everyday(w) && !self.lex.is_word(w) && !is_title(w) && !DEPARTMENTS.contains(&w))
    }

    /// A town whose name ends in a short lower-case syllable after a hyphen, as Visayan towns
    /// are written, alone between a facility's or an address's comma and the clause's end:
    /// "D.O. Plaza Memorial Hospital, Patin-ay;". The town regex stops before the hyphen, so
    /// without this the capitalised part alone would be taken or nothing. The length of the
    /// hyphen and syllable, to add to the town's end.
    fn syllable_tail_town(&self, kind: PhiKind, between: &str, town: &str, after: &str) -> Option<usize> {
        if !matches!(kind, PhiKind::Facility | PhiKind::Address) || between.trim() != "," || town.contains([' ', '-']) {
            return None;
        }
        let tail = after.strip_prefix('-')?;
        let n = tail.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(tail.len());
        let lower = town.to_lowercase();
        // `closing_town` asks that the clause end after the syllable, so "Patin-ay-..." and
        // "Patin-ay's" are no town here.
        ((1..=4).contains(&n) && !self.lex.is_word(&format!("{lower}-{}", &tail[..n])) && self.closing_town(&lower, &tail[n..])).then_some(n + 1)
    }

    /// Two capitalised words of three letters or more joined by a hyphen, neither a word that is
    /// no name too, a department's, a month's or a day's, and the whole no English word: a town's
    /// shape ("Rose-Belle", "Vacoas-Phoenix"; not "Left-Sided", "January-March", "Monday-Friday").
    /// ... and so with a French article or preposition between ("Villedieu-les-Poêles",
    /// "Châlons-en-Champagne").
    fn compound_town(&self, town: &str) -> bool {
        let parts: Vec<&str> = town.split('-').filter(|p| !FRENCH_LINKS.contains(p)).collect();
        let [a, b] = parts[..] else { return false };
        !self.lex.is_word(&town.to_lowercase())
            && [a, b].iter().all(|p| {
                let l = p.to_lowercase();
                p.chars().count() >= 3
                    && p.starts_with(char::is_uppercase)
                    && p.chars().skip(1).all(char::is_lowercase)
                    && !DEPARTMENTS.contains(&l.as_str())
                    && !MONTH_OR_DAY.contains(&l.as_str())
                    && !(self.lex.is_word(&l) && !self.lex.is_first(&l) && !self.lex.is_last(&l))
            })
    }

    /// An English district in "-gate" that no list holds, whose ending reads as a medical word's
    /// ("-ate"), after a business and before a semicolon or the line's end ("Whitechapel Bell
    /// Foundry, Aldgate;"). Other medical-shaped words there are departments ("Cardiothoracic").
    fn gate_district(&self, lower: &str, rest: &str) -> bool {
        lower.chars().count() >= 6 && lower.ends_with("gate") && lower.chars().all(char::is_alphabetic) && !self.lex.is_common(lower) && !self.lex.is_word(lower)
            && rest.trim_start_matches([' ', '\t']).starts_with([';', '\n'])
    }

    /// Whether a span reads as a listed town and a state's code ("Raleigh, NC"): a street's "Dr"
    /// before it is read as a doctor's title and the pair as a surname and initials.
    pub(crate) fn town_and_state(&self, span: &str) -> bool {
        span.split_once(", ").is_some_and(|(town, code)| state(code) && self.lex.is_place(&town.to_lowercase()))
    }

    /// Whether a hit opens a listed region's name with the word after it, joined by a hyphen or
    /// a space: the city is the region's first word ("Gilgit-Baltistan", "Gilgit Baltistan").
    pub(crate) fn opens_region(&self, text: &str, start: usize, end: usize) -> bool {
        let rest = &text[end..];
        let Some(joiner) = rest.chars().next().filter(|c| matches!(c, '-' | ' ')) else { return false };
        let next: String = rest[1..].chars().take_while(|c| c.is_alphabetic()).collect();
        !next.is_empty() && self.lex.is_region(&format!("{}{joiner}{}", text[start..end].to_lowercase(), next.to_lowercase()))
    }

    /// The regions abroad standing after a town another hit ends in (`place_ends`) and a comma,
    /// closing the place: "Kamiita, Tokushima;", "Anji, Zhejiang.", "Panabo, Davao del Norte;".
    /// Left as a US state is: a person or place found inside one is dropped, such as a city
    /// the region is named for ("Davao") or a name's shape ("del Norte"). After a facility
    /// ("Wat Pho Chai, Nong Khai") or with a postcode it is still read as the city of that name.
    pub(crate) fn regions_after_towns(&self, text: &str, place_ends: &[usize]) -> Vec<(usize, usize)> {
        place_ends
            .iter()
            .filter_map(|&e| {
                let start = e + text[e..].strip_prefix(", ").map(|_| 2)?;
                let len = text[start..].find([';', '.', ',', ')', ':', '\n']).unwrap_or(text.len() - start);
                // No region's name is longer; a clause that runs on is none, and is not lowercased.
                if len > 48 {
                    return None;
                }
                // ... or after "Republic of", a Chilean "Región de" or a Danish "Region" there:
                // "Burzyan, Republic of Bashkortostan", "Curarrehue, Región de La Araucanía",
                // "Thyborøn, Region Midtjylland".
                let region = text[start..start + len].to_lowercase();
                let region = ["republic of ", "región de ", "región del ", "region "].iter().find_map(|p| region.strip_prefix(p)).unwrap_or(&region);
                self.lex.is_region(region).then_some((start, start + len))
            })
            .collect()
    }

    /// What a found identifier announces next to it: an age over 89 after a name, a clock time
    /// or a second day after a date, a campus after a facility. Called with the hits of both
    /// finders.
    pub(crate) fn after_found(&self, text: &str, hits: &[Hit]) -> Vec<Hit> {
        let mut out = Vec::new();
        for h in hits {
            let rest = &text[h.end..];
            // A compass word after a place, before punctuation, is the place's own part.
            if h.kind == PhiKind::Location {
                if let Some(c) = self.compass_after.captures(rest).and_then(|c| c.get(1)) {
                    out.push(Hit { start: h.start, end: h.end + c.end(), kind: PhiKind::Location });
                }
            }
            if h.kind == PhiKind::Facility {
                // ... unless a word of it labels a number: "CSX, BLET Division 191", "Mercy, Ward 4".
                const LABELS: &[&str] = &["division", "lodge", "local", "ward", "floor", "level", "gate", "platform", "track", "bay", "pod", "wing"];
                let street = self.street_after.captures(rest).and_then(|c| c.get(1)).filter(|g| {
                    !g.as_str().split_whitespace().any(|w| {
                        let l = w.trim_end_matches('.').to_lowercase();
                        LABELS.contains(&l.as_str()) || LABEL_WORDS.contains(&l.as_str())
                    })
                });
                if let Some(g) = street {
                    out.push(Hit { start: h.end + g.start(), end: h.end + g.end(), kind: PhiKind::Address });
                }
            }
            // The next login of a list: "accesses by jdoyle and mfinch2".
            if h.kind == PhiKind::Id && self.login(&text[h.start..h.end]) {
                if let Some(g) = self.login_after.captures(rest).and_then(|c| c.get(1)).filter(|g| self.login(g.as_str())) {
                    out.push(Hit { start: h.end + g.start(), end: h.end + g.end(), kind: PhiKind::Id });
                }
            }
            // A postcode after a town, not a year ("Limassol 3030", "Antananarivo 101", not "Paris
            // 2024"), a Nepali town's ward after a hyphen ("Pokhara-8"), or a Maltese locality's
            // code ("Qormi QRM 2404").
            if h.kind == PhiKind::Location {
                let c = self.postcode_after.captures(rest);
                let code = c.as_ref().and_then(|c| c.get(1)).filter(|g| !g.as_str().starts_with("19") && !g.as_str().starts_with("20"));
                if let Some(g) = code.or_else(|| c.as_ref().and_then(|c| c.get(2).or_else(|| c.get(3)))) {
                    out.push(Hit { start: h.end + g.start(), end: h.end + g.end(), kind: PhiKind::Location });
                }
            }
            if h.kind == PhiKind::Name {
                if let Some(g) = self.nickname_after.captures(rest).and_then(|c| c.get(1)) {
                    out.push(Hit { start: h.end + g.start(), end: h.end + g.end(), kind: PhiKind::Name });
                }
            }
            // The stop after a year is the date's where its day has one too and the sentence goes
            // on, as the South Slavic languages write it: "1. decembar 2026. at 08:40".
            if h.kind == PhiKind::Date && south_slavic_year_stop(&text[h.start..h.end], rest) {
                out.push(Hit { start: h.start, end: h.end + 1, kind: PhiKind::Date });
            }
            let (c, kind) = match h.kind {
                PhiKind::Name => (self.age_after_name.captures(rest), PhiKind::Age),
                PhiKind::Date => (self.after_date.captures(rest), PhiKind::Date),
                PhiKind::Facility => {
                    let c = self.campus.captures(rest).filter(|c| {
                        // A department or a section after the dash is no campus: "– Radiology",
                        // "- Portable"; a word of several ("Golden Triangle") may be a word.
                        let words: Vec<String> = c[1].split([' ', '-']).map(str::to_lowercase).collect();
                        let facility = &text[h.start..h.end];
                        (!c[0].starts_with('.') || facility.ends_with(" Dr") || facility.ends_with(" Dra"))
                            && !words.iter().any(|l| DEPARTMENTS.contains(&l.as_str()))
                            && !(words.len() == 1 && self.lex.is_word(&words[0]) && !self.lex.is_place(&words[0]))
                    });
                    (c, PhiKind::Facility)
                }
                _ => continue,
            };
            let Some(c) = c else { continue };
            // Group 2 is a second day ("and the 2nd"), which a noun after it makes a count; group 3
            // the end of a range ("11/27-11/30"); group 4 a dotted time after "at".
            let (g, day) = match (c.get(1).or(c.get(3)).or(c.get(4)), c.get(2)) {
                (Some(g), _) => (g, false),
                (None, Some(g)) => (g, true),
                (None, None) => continue,
            };
            if day && ordinal_noun_follows(&rest[g.end()..]) {
                continue;
            }
            // A campus takes its dash with it: the facility and it are one name.
            let start = if kind == PhiKind::Facility { h.end } else { h.end + g.start() };
            out.push(Hit { start, end: h.end + g.end(), kind });
        }
        out
    }

    /// Whether a word is a login: an initial or two and a listed surname that together make no
    /// word ("jdoyle", "SRAO"), with digits or without, or any non-word with digits ("mfinch2").
    fn login(&self, w: &str) -> bool {
        let l = w.trim_end_matches(|c: char| c.is_ascii_digit()).to_lowercase();
        let digits = l.len() < w.len();
        l.len() >= 3 && l.chars().all(|c| c.is_ascii_lowercase()) && !self.lex.is_word(&l) && !self.lex.is_common(&l) && (digits || (1..=2).any(|k| l.len() >= k + 3 && self.lex.is_last(&l[k..]) && !self.lex.is_word(&l[k..])))
    }

    /// Whether every word of a would-be business's name is a report, department or facility
    /// word ("Family Medicine", "Radiology & Imaging"): then it names no one business.
    fn ordinary_words(&self, words: &[&str]) -> bool {
        words.iter().all(|w| *w == "&" || self.lex.is_word(w) || DEPARTMENTS.contains(w) || facility_word(w))
    }

    /// A town where context says one stands: a listed place that holds no everyday word, or
    /// words that are neither English nor medical ("Montego", "Lisboa").
    fn is_town(&self, lower: &str) -> bool {
        let words: Vec<&str> = lower.split([' ', '-']).collect();
        let listed = self.lex.is_place(lower) && !words.iter().any(|w| self.lex.is_word(w));
        // A country's or a place's name and "City" is a capital or a town: "Kuwait City",
        // "Panama City", "Jersey City".
        let city = words.len() == 2 && words[1] == "city" && (self.lex.is_country(words[0]) || self.lex.is_place(words[0]));
        listed || city || words.iter().all(|w| !self.lex.is_word(w) && !is_title(w)) && words.iter().any(|w| self.lex.is_rare(w))
    }

    fn apply(&self, rule: &Rule, c: &Captures<'_>, text: &str) -> Option<Hit> {
        let whole = c.get(0)?;
        let target = c.get(1).unwrap_or(whole);
        let hit = |m: regex::Match<'_>, kind| Some(Hit { start: m.start(), end: m.end(), kind });
        match rule {
            Rule::Plain(kind) => hit(target, *kind),
            // A value whose letters run on from its label's is the tail of a longer label: "IDNP
            // 2003…" is no "ID" before "NP 2003…" (the longer label's own rule takes the number).
            Rule::Digits(kind, n) => {
                let tail = text[..target.start()].ends_with(char::is_alphabetic) && target.as_str().starts_with(char::is_alphabetic);
                (!tail && target.as_str().chars().filter(char::is_ascii_digit).count() >= *n).then_some(())?.then_hit(target, *kind)
            }
            // Four octets, not the start of a longer dotted number (a DICOM UID).
            Rule::Ip => {
                let longer = text[whole.end()..].strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
                (!longer && whole.as_str().split('.').all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255))).then_some(())?.then_hit(whole, PhiKind::Ip)
            }
            Rule::Url => {
                let s = whole.as_str().trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"']);
                Some(Hit { start: whole.start(), end: whole.start() + s.len(), kind: PhiKind::Url })
            }
            // "Form DS-3025", "form I-693": a form's number is public and names no one (a protocol's
            // is kept: it points at one trial's few sites).
            Rule::LooseId => {
                let before = text[..whole.start()].trim_end().to_lowercase();
                (loose_id(whole.as_str()) && !before.ends_with("form") && !public_code(&before)).then_some(())?.then_hit(whole, PhiKind::Id)
            }
            Rule::SubjectInitials => {
                let letters: String = target.as_str().chars().filter(char::is_ascii_uppercase).collect();
                (!matches!(letters.as_str(), "AP" | "PA" | "LR" | "RL")).then_some(())?.then_hit(target, PhiKind::Name)
            }
            Rule::BlockAddress => {
                let l = c.get(2)?.as_str().to_lowercase();
                (!l.split('-').any(|w| self.lex.is_word(w))).then_some(())?.then_hit(target, PhiKind::Address)
            }
            Rule::ClockTime => {
                let line_start = text[..whole.start()].rsplit('\n').next().unwrap_or("");
                let offset = line_start.trim() == "[" && text[whole.end()..].starts_with(']') && whole.as_str().len() == 8 && whole.as_str() < "03";
                (!offset).then_some(())?.then_hit(whole, PhiKind::Date)
            }
            Rule::Speaker => {
                let l = target.as_str().to_lowercase();
                // "Kenya:" opens a line about a country; "Kenya:" as a speaker is rarer.
                (self.lex.is_first(&l) && !self.lex.is_word(&l) && !is_title(&l) && !self.lex.is_country(&l)).then_some(())?.then_hit(target, PhiKind::Name)
            }
            Rule::TownPostcode => {
                let l = c.get(2)?.as_str().to_lowercase();
                ((self.lex.is_place(&l) || self.lex.is_rare(&l) && !self.lex.is_word(&l)) && !is_title(&l)).then_some(())?.then_hit(target, PhiKind::Location)
            }
            Rule::SpokenNumber => {
                let from = text[..whole.start()].char_indices().rev().nth(39).map_or(0, |(i, _)| i);
                let before = text[from..whole.start()].to_lowercase();
                let said = whole.as_str().to_lowercase();
                let kind = if said.starts_with("area") || ["phone", "fax", "call", "cell", "pager", "mobile", "number is"].iter().any(|w| before.contains(w)) {
                    PhiKind::Phone
                } else if before.contains("zip") || before.contains("postcode") || before.contains("postal") {
                    PhiKind::Location
                } else {
                    PhiKind::Id
                };
                hit(whole, kind)
            }
            Rule::PrefixedNumber => {
                let label = LABEL_WORDS.contains(&c.get(1)?.as_str().to_lowercase().as_str());
                (!label).then_some(())?.then_hit(whole, PhiKind::Id)
            }
            Rule::BusinessAfterKind => {
                let name = target.as_str().to_lowercase();
                let words: Vec<&str> = name.split_whitespace().collect();
                let plain = self.ordinary_words(&words);
                let first = words[0];
                let when = MONTH_OR_DAY.contains(&first);
                (!plain && !when && !is_title(first) && !self.lex.is_place(&words.join(" "))).then_some(())?.then_hit(target, PhiKind::Facility)
            }
            Rule::BusinessBeforeTown => {
                let town = c.get(2)?.as_str().to_lowercase();
                let name = target.as_str().to_lowercase();
                let words: Vec<&str> = name.split_whitespace().collect();
                // Not a place itself, nor clinical or department words ("at Family Medicine").
                let plain = self.ordinary_words(&words);
                // A station or a park is the place rules' ("at Penn Station, Newark").
                let place_kind = words.last().is_some_and(|w| matches!(*w, "station" | "terminal" | "park" | "bridge" | "square" | "plaza" | "pier" | "airport" | "street" | "road" | "avenue"));
                (self.lex.is_place(&town) && !self.lex.is_word(&town) && !self.lex.is_place(&name) && !plain && !place_kind && !is_title(words[0])).then_some(())?.then_hit(target, PhiKind::Facility)
            }
            Rule::CornerBeforeTown => {
                let town = c.get(2)?.as_str().to_lowercase();
                let name = target.as_str().to_lowercase();
                let words: Vec<&str> = name.split_whitespace().filter(|w| !matches!(*w, "and" | "&")).collect();
                (self.lex.is_place(&town) && !self.lex.is_word(&town) && !self.ordinary_words(&words) && !words.iter().any(|w| is_title(w) || self.lex.is_country(w))).then_some(())?.then_hit(target, PhiKind::Address)
            }
            Rule::StreetBeforeTown => {
                let town = c.get(2)?.as_str().to_lowercase();
                let street = target.as_str().to_lowercase();
                let words: Vec<&str> = street.split_whitespace().filter(|w| !w.starts_with(|c: char| c.is_ascii_digit())).collect();
                // A title opens no street, though one may end it ("Maršala Tita 9": "tita" is a Tagalog aunt).
                let plain = words.first().is_some_and(|w| is_title(w)) || words.iter().any(|w| self.lex.is_everyday(w) || self.lex.is_word(w) || self.lex.is_country(w) || self.lex.is_place(w) || facility_word(w));
                (self.is_town(&town) && !plain).then_some(())?.then_hit(target, PhiKind::Address)
            }
            Rule::Login => {
                // After "login" or "username" itself any made-up word is one, whatever its shape
                // ("login ortejas"); after "user" or "accessed by" it must look like a login.
                let t = target.as_str();
                let label = whole.as_str().to_lowercase();
                let named = ["login", "logon", "username"].iter().any(|w| label.starts_with(w));
                let coined = t.chars().all(|c| c.is_ascii_lowercase()) && !self.lex.is_word(t) && !self.lex.is_common(t);
                (self.login(t) || named && coined).then_some(())?.then_hit(target, PhiKind::Id)
            }
            Rule::Ordinal => {
                // "the Third Mainland Bridge": a capitalised ordinal word opens a name.
                let in_name = target.as_str().rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase)) && text[whole.end()..].trim_start_matches(' ').starts_with(char::is_uppercase);
                (!ordinal_noun_follows(&text[whole.end()..]) && !in_name).then_some(())?.then_hit(target, PhiKind::Date)
            }
            Rule::DayMonth => {
                let end = self.month_next.find(&text[whole.end()..]).map_or(whole.end(), |m| whole.end() + m.end());
                Some(Hit { start: whole.start(), end, kind: PhiKind::Date })
            }
            Rule::FacilityFirst => {
                let l = c.get(1)?.as_str().to_lowercase();
                // "Hospital Kuala Lumpur" (rank 15,000) but not "Hospital Course".
                // A patron's full name after it is one too, though his given name is a word:
                // "Hospital Daniel Alcides Carrión".
                let patron = self.lex.is_first(&l) && whole.as_str().split_whitespace().count() >= 3;
                (patron || !self.lex.is_everyday(&l) && !self.lex.is_word(&l)).then_some(())?.then_hit(whole, PhiKind::Facility)
            }
            Rule::CityState => {
                let has_zip = whole.as_str().trim_end().ends_with(|ch: char| ch.is_ascii_digit());
                // "lives in Eugene, OR": the longest listed tail of the capitalised run.
                let words: Vec<(usize, &str)> = target.as_str().match_indices([' ', '-']).map(|(i, _)| i + 1).chain([0]).map(|i| (i, &target.as_str()[i..])).collect();
                let mut tails = words;
                tails.sort_by_key(|(i, _)| *i);
                for (off, city) in tails {
                    let lower = city.to_lowercase();
                    if self.lex.is_place(&lower) && !self.lex.is_word(&lower) || has_zip && off == 0 {
                        // The state stays; the ZIP is found by the state + ZIP pattern.
                        return Some(Hit { start: target.start() + off, end: target.end(), kind: PhiKind::Location });
                    }
                }
                None
            }
            Rule::ContextPlace => {
                let place = target.as_str();
                let lower = place.to_lowercase();
                // "Center" ends a facility's name ("the Wellness Center"), though Texas has a town
                // of that name.
                if matches!(lower.as_str(), "center" | "centre") {
                    return None;
                }
                // A listed name of several parts is a place even with a word in it ("Port-au-Prince").
                if self.lex.is_place(&lower) && (lower.contains(['-', ' ']) || !lower.split([' ', '-']).any(|w| self.lex.is_word(w))) {
                    return hit(target, PhiKind::Location);
                }
                // "in Springfield Heights": the listed head of a longer capitalised run.
                let first = lower.split([' ', '-']).next().unwrap_or("");
                (first.len() < place.len() && self.lex.is_place(first) && !self.lex.is_word(first))
                    .then(|| Hit { start: target.start(), end: target.start() + first.len(), kind: PhiKind::Location })
            }
            Rule::ArticleTown => {
                const INSTITUTIONS: &[&str] = &["casa", "clínica", "clinica", "residencia", "fundación", "sociedad", "asociación", "cruz", "iglesia", "universidad", "escuela", "colegio", "policlínica", "unidad", "junta", "plaza", "calle", "cámara", "caja", "mutua", "parroquia", "capilla", "ciudad", "hermandad", "compañía", "empresa", "cooperativa", "farmacia", "residència", "torre"];
                let mut words = target.as_str().split_whitespace();
                let article = words.next()?;
                if whole.as_str().starts_with(',') && matches!(article, "A" | "O" | "As" | "Os" | "It") {
                    return self.lex.is_place(&target.as_str().to_lowercase()).then_some(())?.then_hit(target, PhiKind::Location);
                }
                let noun = words.next()?.to_lowercase();
                // English writes no "O" before a capitalised word but a blood group's ("O
                // Negative", report words), so a Galician town after "O" may be an English word
                // ("O Grove"); after "A" it may not ("of A Block").
                let english = if article == "O" { self.lex.is_word(&noun) } else { self.lex.is_word(&noun) || self.lex.is_common(&noun) };
                (!INSTITUTIONS.contains(&noun.as_str()) && !english).then_some(())?.then_hit(target, PhiKind::Location)
            }
            Rule::BareStreet => {
                let l = target.as_str().split_whitespace().last()?.to_lowercase();
                (self.lex.is_rare(&l) && !self.lex.is_first(&l) && !self.lex.is_last(&l) && !self.lex.is_place(&l)).then_some(())?.then_hit(target, PhiKind::Address)
            }
            Rule::NamedPractice => {
                let l = c.get(1)?.as_str().to_lowercase();
                ((self.lex.is_rare(&l) || self.lex.is_place(&l)) && !self.lex.is_word(&l)).then_some(())?.then_hit(whole, PhiKind::Facility)
            }
            Rule::DottedLogin => {
                let l = c.get(2)?.as_str().to_lowercase();
                (self.lex.is_last(&l) && !self.lex.is_word(&l)).then_some(())?.then_hit(target, PhiKind::Name)
            }
            Rule::Partners => {
                let named = |g: usize| c.get(g).is_some_and(|m| {
                    let l = m.as_str().to_lowercase();
                    (self.lex.is_last(&l) || self.lex.is_rare(&l)) && !self.lex.is_word(&l) && !is_title(&l)
                });
                (named(2) && named(3)).then_some(())?;
                let start = if named(1) { whole.start() } else { c.get(2)?.start() };
                Some(Hit { start, end: whole.end(), kind: PhiKind::Facility })
            }
            Rule::CellName => {
                let l = c.get(2)?.as_str().to_lowercase();
                let sep = |ch: Option<char>| ch.is_none_or(|ch| matches!(ch, ',' | ';' | '|' | '\t'));
                let before = text[..whole.start()].rsplit('\n').next().unwrap_or("").trim_end_matches(' ');
                let after = text[whole.end()..].split('\n').next().unwrap_or("").trim_start_matches(' ');
                (sep(before.chars().next_back()) && sep(after.chars().next())).then_some(())?;
                ((self.lex.is_last(&l) || self.lex.is_rare(&l)) && !self.lex.is_everyday(&l) && !self.lex.is_word(&l) && !is_title(&l)).then_some(())?.then_hit(target, PhiKind::Name)
            }
            Rule::Named(kind) => {
                let first = target.as_str().split_whitespace().next()?.to_lowercase();
                const DEPARTMENT: &[&str] = &["clinical", "medical", "molecular", "human", "cancer", "cardiac", "cardiovascular", "pediatric", "paediatric", "reproductive", "prenatal", "department", "dept", "genetic", "reference", "our", "the", "right", "left", "upper", "lower", "north", "south", "east", "west"];
                // A name's words are no places: "(Kamogawa, Chiba)" is a town and its prefecture.
                let place = *kind == PhiKind::Name && target.as_str().split([',', ' ']).any(|w| !w.is_empty() && self.lex.is_place(&w.to_lowercase()));
                (!self.lex.is_word(&first) && !is_title(&first) && !DEPARTMENT.contains(&first.as_str()) && !place).then_some(())?.then_hit(target, *kind)
            }
            Rule::BirthYear => {
                let year: i64 = target.as_str().parse().ok()?;
                (current_year() - year > 89).then_some(())?.then_hit(target, PhiKind::Date)
            }
            Rule::BareMonthDay => {
                let (m, d) = target.as_str().split_once('/')?;
                let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
                // "2/6 murmur", "5/5 strength", "1/2": small numbers are fractions and scores;
                // "/10" is a pain scale.
                let before = text[..target.start()].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
                let after = text[target.end()..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
                const SCORES: &[&str] = &["pain", "strength", "power", "murmur", "grade", "apgar", "apgars", "gcs", "score", "scored", "rated", "vision", "scale", "ratio", "motor", "reflexes", "of", "out", "leak"];
                (m.max(d) >= 7 && d != 10 && !SCORES.contains(&before.as_str()) && !SCORES.contains(&after.as_str())).then_some(())?.then_hit(target, PhiKind::Date)
            }
            Rule::TailFacility => {
                let (mut start, mut name_start) = (whole.start(), None);
                let (mut caps, mut lowers) = (0, 0);
                loop {
                    let head = &text[..start];
                    let rest = head.trim_end_matches([' ', '\t']);
                    if rest.len() == head.len() {
                        break;
                    }
                    let w_start = rest.char_indices().rev().find(|&(_, c)| !(c.is_alphabetic() || c == '-')).map_or(0, |(i, c)| i + c.len_utf8());
                    match rest[w_start..].chars().next() {
                        Some(f) if f.is_uppercase() && caps < 3 => {
                            caps += 1;
                            name_start = Some(w_start);
                        }
                        Some(f) if f.is_lowercase() && caps == 0 && lowers < 3 => lowers += 1,
                        _ => break,
                    }
                    start = w_start;
                }
                name_start.map(|s| Hit { start: s, end: whole.end(), kind: PhiKind::Facility })
            }
            Rule::TurkishTail(kind) => {
                let most = if *kind == PhiKind::Location { 3 } else { 8 };
                let (mut start, mut name_start, mut taken) = (whole.start(), None, 0);
                while taken < most {
                    let Some(rest) = text[..start].strip_suffix([' ', '\t']) else { break };
                    let w_start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    let raw = &rest[w_start..];
                    // "(Hacettepe ...": the bracket opens the name and ends the walk.
                    let word = raw.trim_start_matches(['(', '"', '“', '[']);
                    let opened = word.len() < raw.len();
                    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
                    let name_word = first_upper && word.chars().all(|c| c.is_alphabetic() || c == '-');
                    let dotted = first_upper && word.len() <= 6 && word.strip_suffix('.').is_some_and(|w| w.chars().all(char::is_alphabetic));
                    // A sultan's numeral with its stop is an ordinal in the name too: "Edirne Sultan
                    // 1. Murat Devlet Hastanesi".
                    let num = word.strip_suffix('.').unwrap_or(word);
                    let joiner = !opened && (word == "ve" || word == "No'lu" || word == "Nolu" || (1..=3).contains(&num.len()) && num.bytes().all(|b| b.is_ascii_digit()));
                    if name_word {
                        name_start = Some(w_start + (raw.len() - word.len()));
                    } else if !(dotted || joiner) {
                        break;
                    }
                    taken += 1;
                    start = w_start;
                    if opened {
                        break;
                    }
                }
                name_start.map(|s| Hit { start: s, end: whole.end(), kind: *kind })
            }
            // Several hits each: read in `find`.
            Rule::InitialsList => None,
            Rule::SpecialtyPractice => {
                let l = c.get(1)?.as_str().to_lowercase();
                let clinical_after = c.get(2).is_some_and(|w| self.lex.is_word(&w.as_str().to_lowercase()));
                let end = c.get(2).map_or(whole.end(), |w| w.start());
                let name = text[whole.start()..end].trim_end();
                // "Oregon Health Authority" is the state's: a state or a country before "Health".
                let public = name.ends_with(" Health") && (STATES.split('|').any(|st| st.eq_ignore_ascii_case(&l)) || self.lex.is_country(&l));
                ((self.lex.is_rare(&l) || self.lex.is_place(&l)) && !self.lex.is_word(&l) && !clinical_after && !public)
                    .then(|| Hit { start: whole.start(), end: whole.start() + name.len(), kind: PhiKind::Facility })
            }
            Rule::SurnameInitial => {
                let l = target.as_str().to_lowercase();
                // "Von Stade, M.D." is a degree, "Esposito, C.F." a label (codice fiscale); "Sundaram,
                // T.K. Ghosh" two names of a list.
                let initials: String = whole.as_str()[target.len()..].chars().filter(|c| c.is_alphabetic()).collect();
                let degree = matches!(initials.as_str(), "MD" | "RN" | "DO" | "PA" | "NP" | "DC" | "DDS" | "DMD" | "CF");
                // "Monterrey, N.L.": a listed town and its Mexican state (the town rule's).
                // "Sivakasi, T.N.": an Indian state after a town no list holds, the town after
                // another place or a business and its comma ("Sri Kaliswari Match Industries,
                // Sivakasi, T.N."), where a list of names would put a surname after initials.
                let before = text[..whole.start()].trim_end();
                let after_place = before.ends_with(',') && before[..before.len() - 1].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase));
                let in_state = matches!(initials.as_str(), "TN" | "UP" | "MP" | "AP" | "HP" | "WB") && after_place && !self.lex.is_last(&l);
                let region = in_state || self.lex.is_place(&l) && matches!(initials.as_str(), "NL" | "QR" | "BC" | "BCS" | "SLP");
                let next_name = text[whole.end()..].trim_start_matches([' ', '\t']).chars().take(2).collect::<Vec<_>>();
                let list = next_name.len() == 2 && next_name[0].is_uppercase() && next_name[1].is_lowercase();
                (!degree && !region && !list && (self.lex.is_last(&l) || self.lex.is_rare(&l)) && !self.lex.is_word(&l) && !self.lex.is_common(&l)).then_some(())?.then_hit(whole, PhiKind::Name)
            }
            Rule::Store => {
                let word = target.as_str().to_lowercase();
                (!LABEL_WORDS.contains(&word.as_str())).then_some(())?.then_hit(whole, PhiKind::Facility)
            }
            Rule::Eircode => {
                let tail = &whole.as_str()[whole.as_str().len() - 4..];
                (tail.chars().any(|c| c.is_ascii_digit()) && tail.chars().any(|c| c.is_ascii_uppercase())).then_some(())?.then_hit(whole, PhiKind::Location)
            }
            Rule::TownBeforeCode => {
                let l = target.as_str().to_lowercase();
                l.split([' ', '-']).all(|w| !self.lex.is_word(w) && !is_title(w)).then_some(())?.then_hit(target, PhiKind::Location)
            }
            // After a postcode, a capitalised word that is also a surname is its town ("Milano");
            // an English word is not ("2000 Units").
            Rule::PostcodeTown => {
                let l = c.get(2)?.as_str().to_lowercase();
                let surname_town = self.lex.is_last(&l) && !self.lex.is_word(&l) && !is_title(&l);
                // A postcode with its country's letters ("L-9530 Wiltz", "LT-01103") names a town
                // after it whatever the lists hold, the country's own name too ("L-1611
                // Luxembourg"); a word is still none.
                let lettered = target.as_str().split('-').next().is_some_and(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|ch| ch.is_ascii_uppercase()));
                // So does a Portuguese or Polish postcode ("4470-215 Maia", "83-300 Kartuzy"), a
                // shape nothing else takes before a capitalised word.
                let code = target.as_str().split([' ', '\t']).next().unwrap_or("");
                let dashed = code.split_once('-').is_some_and(|(a, b)| matches!(a.len(), 2 | 4) && b.len() == 3 && a.chars().chain(b.chars()).all(|ch| ch.is_ascii_digit()));
                let any_town = (lettered || dashed) && !l.split([' ', '-']).any(|w| self.lex.is_word(w) || is_title(w));
                // After a house number, five digits and a capitalised word that is no everyday
                // word are a postcode and its town, listed or not: "Goiru kalea 1, 20500 Arrasate".
                let after_house = text[..whole.start()].trim_end().ends_with(|ch: char| ch.is_ascii_digit())
                    && code.len() == 5
                    && code.chars().all(|ch| ch.is_ascii_digit())
                    && !l.split([' ', '-']).any(|w| self.lex.is_word(w) || self.lex.is_common(w) || is_title(w));
                // Four or five digits and a town closing the clause are a postcode and its town,
                // even a town whose ending reads as a medical word's or one frequent in no
                // everyday sense: "Avenue du Grand-Champsec 80, 1951 Sion;", "Berggasthaus Gspon,
                // 3933 Staldenried;".
                let closing = text[whole.end()..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|ch| matches!(ch, ';' | ',' | '.' | ')' | '\n'));
                // A year after a date's day is none ("Dec 2, 2026 Radiology").
                let dated = text[..whole.start()].split_whitespace().rev().take(2).any(|w| {
                    let w = w.trim_end_matches([',', '.']).to_lowercase();
                    MONTH_OR_DAY.contains(&w.as_str()) || MONTH_SHORT.contains(&w.as_str())
                });
                let closing_town = closing
                    && !dated
                    && (4..=5).contains(&code.len())
                    && code.chars().all(|ch| ch.is_ascii_digit())
                    && !l.split([' ', '-']).any(|w| self.lex.is_word(w) || self.lex.is_everyday(w) || is_title(w) || DEPARTMENTS.contains(&w));
                (self.is_town(&l) || surname_town || any_town || after_house || closing_town).then_some(())?.then_hit(target, PhiKind::Location)
            }
            Rule::CityCountry => {
                let (g, country) = (c.get(1)?, c.get(2)?.as_str().to_lowercase());
                if !self.lex.is_country(&country) {
                    return None;
                }
                // "From Apia, Samoa": the town starts after the ordinary words before it.
                let ordinary = |w: &str| self.lex.is_word(w) || is_title(w) || self.lex.is_common(w) && !self.lex.is_place(w);
                let mut start = 0;
                for w in g.as_str().split_inclusive(' ') {
                    if !ordinary(&w.trim().to_lowercase()) {
                        break;
                    }
                    start += w.len();
                }
                let town = &g.as_str()[start..];
                let lower = town.to_lowercase();
                let ok = !town.is_empty() && !self.lex.is_country(&lower) && !lower.split([' ', '-']).any(|w| self.lex.is_word(w) || is_title(w));
                ok.then(|| Hit { start: g.start() + start, end: g.end(), kind: PhiKind::Location })
            }
            Rule::RoyalFacility => {
                const NOT: &[&str] = &["navy", "air", "army", "marines", "marine", "mail", "family", "society", "college", "academy", "institution", "court", "highness", "commission", "bank", "mint", "opera", "ballet", "engineers", "artillery", "british", "canadian", "australian", "blue", "flush", "baby", "wedding", "jelly"];
                let l = c.get(1)?.as_str().to_lowercase();
                (!NOT.contains(&l.as_str()) && (self.lex.is_place(&l) || self.lex.is_first(&l) || self.lex.is_last(&l) && !self.lex.is_word(&l))).then_some(())?.then_hit(whole, PhiKind::Facility)
            }
            // Where someone lives, a town needs no listing; otherwise as after any place word.
            Rule::Town if self.is_town(&target.as_str().to_lowercase()) => hit(target, PhiKind::Location),
            Rule::Town => self.apply(&Rule::ContextPlace, c, text),
            Rule::LabelledFacility => {
                let ordinary = |w: &str| {
                    let l = w.trim_end_matches("'s").trim_end_matches('.').to_lowercase();
                    self.lex.is_word(&l) || self.lex.is_common(&l) || is_title(&l) || matches!(l.as_str(), "of" | "the" | "and" | "&")
                };
                // "Aspirus Wausau Hospital: NGT tip in the stomach" closes a facility's name; the
                // label opens a field only after ordinary words ("Outside hospital: ...").
                let before = text[..whole.start()].trim_end_matches([' ', '\t']);
                let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                let named_before = last.starts_with(char::is_uppercase) && !ordinary(last) && before.ends_with(last);
                (!named_before && target.as_str().split(' ').any(|w| !ordinary(w))).then_some(())?.then_hit(target, PhiKind::Facility)
            }
            Rule::ContextFacility => {
                let words: Vec<&str> = target.as_str().split_whitespace().collect();
                let lower: Vec<String> = words.iter().map(|w| w.trim_end_matches("'s").to_lowercase()).collect();
                // The run stops before its first ordinary or clinical word ("ICU", "today").
                let keep = lower.iter().take_while(|l| !self.lex.is_word(l) && !is_title(l)).count();
                let kept = &lower[..keep];
                // One word: only a rare one (a listed city is the place rule's); several: one of
                // them rare or a first name ("Royal Prince Alfred"), not all everyday words.
                // "Sunrise of Tucson": a name of everyday words, placed by "of" and a listed town.
                let n = lower.len();
                if n >= 3 && lower[n - 2] == "of" && self.lex.is_place(lower[n - 1].trim_end_matches([',', '.'])) && !self.lex.is_word(&lower[n - 1]) && !is_title(&lower[0]) {
                    return hit(target, PhiKind::Facility);
                }
                let ok = match keep {
                    0 => false,
                    // An acronym alone ("from CABG") is a procedure more often than a place.
                    1 => self.lex.is_rare(&kept[0]) && !self.lex.is_place(&kept[0]) && words[0].chars().any(char::is_lowercase),
                    _ => !self.lex.is_place(&kept.join(" ")) && kept.iter().any(|l| self.lex.is_rare(l) || self.lex.is_first(l)),
                };
                if !ok {
                    return None;
                }
                let mut end = target.start();
                for w in &words[..keep] {
                    end = text[end..].find(w).map_or(end, |i| end + i) + w.len();
                }
                // A possessive before a lower-case word is a person's, not a shop's: "a call from
                // Dev Malhotra's sister" (the name rules find the person; "Joe's Diner" stays).
                let possessive = words[keep - 1].ends_with("'s") || words[keep - 1].ends_with("’s");
                if possessive && text[end..].trim_start().starts_with(char::is_lowercase) {
                    return None;
                }
                Some(Hit { start: target.start(), end, kind: PhiKind::Facility })
            }
            Rule::Facility => {
                let s = whole.as_str();
                // A word capitalised only because it opens the line is no company's name:
                // "Poultry plant worker ..." ("Tyson plant" stays). Before a worker's role even a
                // listed surname is the trade's word: "Ice plant operator Ray ...".
                let before = text[..whole.start()].trim_end_matches([' ', '\t']);
                let opens = before.is_empty() || before.ends_with(['\n', '.', ':', ';']);
                if let [w, kind] = s.split_whitespace().collect::<Vec<_>>().as_slice() {
                    let l = w.to_lowercase();
                    let next = text[whole.end()..].trim_start_matches([' ', '\t']).split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    let role = matches!(next, "operator" | "operators" | "worker" | "workers" | "hand" | "hands" | "foreman" | "supervisor" | "manager" | "engineer" | "technician" | "labourer" | "laborer" | "employee");
                    if opens && kind.starts_with(char::is_lowercase) && self.lex.is_common(&l) && (role || !self.lex.is_first(&l) && !self.lex.is_last(&l) && !self.lex.is_place(&l)) {
                        return None;
                    }
                }
                // "St. Lucia" and "St. Kitts" are countries, not a saint's hospital.
                if let Some(saint) = s.strip_prefix("St. ").or_else(|| s.strip_prefix("Saint ")) {
                    let l = saint.to_lowercase();
                    if self.lex.is_country(&format!("saint {l}")) || matches!(l.as_str(), "kitts" | "barthélemy" | "barthelemy") {
                        return None;
                    }
                }
                // A name never runs across a sentence end: "... IS UNCHANGED. OUTSIDE FILMS FROM
                // BAYFRONT URGENT CARE" starts after the last one ("St." and "Mt." are not ends).
                let sentence = s
                    .match_indices(". ")
                    .map(|(i, _)| i)
                    .filter(|&i| s[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").chars().count() > 3)
                    .last()
                    .map_or(0, |i| i + 2);
                // Nor across a form's blank (three spaces or more in the text the rules read):
                // "Name of patient____Ann Okafor____ Hospital No." holds no hospital's name.
                let blank = s.rfind("   ").map_or(0, |i| i + s[i..].len() - s[i..].trim_start().len());
                let sentence = sentence.max(blank);
                // A capital "The" inside a sentence is the name's own: "of The Valley Sentinel".
                let own_the = sentence == 0 && !opens && s.starts_with("The ");
                let mut start = if own_the { 0 } else { sentence + generic_prefix(&s[sentence..]) };
                // An everyday word before "the" opens the sentence, not the name: "Called the
                // Fire Department", "Phoned the Hospital".
                if let Some((w, tail)) = s[start..].split_once(' ') {
                    let l = w.to_lowercase();
                    if tail.starts_with("the ") && self.lex.is_everyday(&l) && !self.lex.is_first(&l) && !self.lex.is_last(&l) && !self.lex.is_place(&l) {
                        start += w.len() + 1;
                        start += generic_prefix(&s[start..]);
                    }
                }
                // A person before "of" is no part of the name: "Dr. Smith of Mercy Clinic".
                // ... nor is one after a title before the match, its dot too: "Deacon Raymond
                // Ellis of Greater Mount Zion Baptist Church", "Dr. Faith Chebet of Moi Teaching
                // and Referral Hospital".
                let titled = person_title(&text[..whole.start()].trim_end().trim_end_matches('.').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase());
                let mut start = start + if titled { s[start..].find(" of ").map_or(0, |i| i + 4) } else { person_of(&s[start..]) };
                // ... nor a person's names, listed or rare, before "of": "(Raymond) Ellis of
                // Greater Mount Zion Baptist Church", "Jomo Kariuki of Cascade Medical Courier",
                // "Samir Haddad of Interpreters Unlimited" ("Samir" is frequent only as a name).
                if let Some(i) = s[start..].find(" of ") {
                    let people = s[start..start + i].split(' ').all(|w| {
                        let l = w.to_lowercase();
                        w.chars().all(|c| c.is_alphabetic() || c == '-') && (self.lex.is_first(&l) || self.lex.is_last(&l) || self.lex.is_rare(&l) || self.lex.is_uncommon(&l)) && !self.lex.is_word(&l) && !facility_word(w)
                    });
                    if people && s[start + i + 4..].starts_with(char::is_uppercase) {
                        start += i + 4;
                    }
                }
                let rest = &s[start..];
                // A national chain stays unmarked, as the sets have it: "Jiffy Lube tech".
                const CHAINS: &[&str] = &["jiffy", "midas", "meineke", "firestone", "safeway", "walmart", "costco", "walgreens", "kroger"];
                if CHAINS.contains(&rest.split_whitespace().next().unwrap_or("").to_lowercase().as_str()) {
                    return None;
                }
                // "St." and a word that is clinical, or ordinary and no name, is a street's end
                // before the next sentence ("1450 W Polk St. Lungs clear"), not a saint's hospital.
                let parts: Vec<&str> = rest.split_whitespace().collect();
                if let [st, word] = parts.as_slice() {
                    let l = word.trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
                    let street_end = matches!(*st, "St." | "St") && self.lex.is_word(&l) && !self.lex.is_first(&l);
                    if street_end {
                        return None;
                    }
                }
                // Something must remain besides the facility word itself.
                const NAMING: &[&str] = &["community", "regional", "county", "university", "city", "state", "general"];
                let words = rest.split_whitespace().count();
                let fac_words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).filter(|w| facility_word(w) || matches!(*w, "plant" | "factory" | "warehouse" | "refinery" | "shipyard" | "mill" | "mine" | "quarry" | "cannery")).count();
                if words > fac_words {
                    // A capitalised naming word the generic prefix dropped right before a name
                    // belongs to it: "University Teaching Hospital", "Regional Referral Hospital".
                    let start = s[sentence..start]
                        .split_whitespace()
                        .rev()
                        .take_while(|w| w.starts_with(char::is_uppercase) && NAMING.contains(&w.to_lowercase().as_str()))
                        .last()
                        .map_or(start, |w| w.as_ptr() as usize - s.as_ptr() as usize);
                    return Some(Hit { start: whole.start() + start, end: whole.end(), kind: PhiKind::Facility });
                }
                // Generic words only, but three or more capitalised, opening with one that names
                // places by their town: "Community Regional Medical Center", "County General
                // Hospital" are some hospital's own name ("Community Hospital" alone stays).
                let named = s[sentence..].split_whitespace().skip_while(|w| !w.starts_with(char::is_uppercase)).collect::<Vec<_>>();
                let opens = named.first().is_some_and(|w| NAMING.contains(&w.to_lowercase().as_str()));
                (opens && named.len() >= 3 && named.iter().all(|w| w.starts_with(char::is_uppercase))).then(|| {
                    let at = named[0].as_ptr() as usize - s.as_ptr() as usize;
                    Hit { start: whole.start() + at, end: whole.end(), kind: PhiKind::Facility }
                })
            }
        }
    }
}

/// Whether the words before a number name a public code system, whose codes name a test, a drug,
/// a procedure or a device model and no one ("LOINC 36643-5", "NDC 50580-0722-10", "RxNorm
/// 197511"), or a GS1 field that holds a product number or an expiry date ("(01)", "(17)").
/// A US state as it is written: its code in capitals ("NC") or its name ("Ohio").
fn state(w: &str) -> bool {
    STATES.split('|').any(|st| st == w)
}

/// A US state or a Canadian or Australian province by its name or code, in any case.
fn state_or_province(w: &str) -> bool {
    STATES.split('|').chain(PROVINCES.iter().copied()).any(|r| r.eq_ignore_ascii_case(w))
}

fn public_code(before: &str) -> bool {
    const CODES: &[&str] = &["rxbin", "rxpcn", "loinc", "ndc", "rxnorm", "rxcui", "cpt", "hcpcs", "icd-10", "icd-10-cm", "icd-10-pcs", "icd-9", "icd", "drg", "ms-drg", "snomed", "snomed ct", "sctid", "model", "(01)", "(17)", "(11)"];
    // A code system's name is a word of its own ("ndc", not "...andc"); a GS1 field follows digits.
    CODES.iter().any(|c| before.ends_with(c) && (c.starts_with('(') || !before[..before.len() - c.len()].ends_with(char::is_alphanumeric)))
}

/// Initials in a list ("A.R., J.T., M.K."): each a person, unless one of them is a country, a
/// time or a common abbreviation ("U.S., U.K.", "A.M."); and the same initials again anywhere in
/// the text ("M.K. had a port placed").
fn initials_list(list: &str, text: &str, hits: &mut Vec<Hit>) {
    const NOT_PEOPLE: &[&str] = &["U.S.", "U.K.", "A.M.", "P.M.", "N.B.", "I.V.", "P.O.", "B.P.", "D.O.", "M.D.", "R.N.", "P.A.", "E.R.", "O.R.", "E.D.", "I.M.", "S.C.", "P.R.", "Q.D.", "I.D.", "E.U.", "U.N.", "D.C.", "B.C.", "A.D.", "N.P.", "L.A.", "N.Y."];
    let groups: Vec<&str> = list.split([',', ' ', '\t']).filter(|g| g.len() >= 4 && g.ends_with('.')).collect();
    if groups.iter().any(|g| NOT_PEOPLE.contains(g)) {
        return;
    }
    for g in groups {
        for (at, _) in text.match_indices(g) {
            let alone_before = !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '.');
            let alone_after = !text[at + g.len()..].starts_with(|c: char| c.is_alphanumeric());
            if alone_before && alone_after {
                hits.push(Hit { start: at, end: at + g.len(), kind: PhiKind::Name });
            }
        }
    }
}

/// "the 5th rib", "the 2nd attempt": an ordinal that counts something, not a day.
fn ordinal_noun_follows(rest: &str) -> bool {
    const NOUNS: &[&str] = &["rib", "ribs", "vertebra", "vertebral", "intercostal", "posterior", "anterior", "lateral", "left", "right", "thoracic", "lumbar", "cervical", "level", "percentile", "day", "week", "time", "attempt", "digit", "metacarpal", "toe", "finger", "dose", "cycle", "century"];
    let next: String = rest.trim_start().chars().take_while(|ch| ch.is_alphabetic()).collect::<String>().to_lowercase();
    NOUNS.contains(&next.as_str())
}

/// A title before a person's name (the name rules' titles), or a word that is one only before a
/// name and "of" ("Father Brennan of ...", "Nurse Kim of ...").
fn person_title(lower: &str) -> bool {
    is_title(lower) || is_lead_role(lower) || matches!(lower, "father" | "bishop" | "nurse" | "ma" | "owner" | "supervisor" | "rep" | "representative")
}

/// Where a facility's name starts after a titled person and "of" ("Dr. Smith of Mercy Clinic"):
/// the bytes to skip, 0 when it does not open with a title.
fn person_of(s: &str) -> usize {
    let first = s.split_whitespace().next().unwrap_or("").trim_end_matches('.').to_lowercase();
    if !person_title(&first) {
        return 0;
    }
    s.find(" of ").map_or(0, |i| i + 4)
}

/// The closing phrases of facility names, as the FACILITY alternation lists them.
fn facility_phrases() -> impl Iterator<Item = &'static str> {
    FACILITY.trim_start_matches("(?:").trim_end_matches(')').split('|')
}

/// How many bytes of generic leading words ("Outside", "the", "transferred from") a facility
/// match starts with: they are not part of its name.
/// The last word of one of the facility names' closing words ("Center", "Shelter", "Home"), read
/// word by word and not as a substring of the list: "Doctors" once counted while "Flying Doctors"
/// was listed, and "Doctors Medical Center" lost its name. Only the last: with every word of
/// "Car Wash", "Rice Mill" and "Race Track" counted, "Rice Funeral Home", "Car Care Center" and
/// "Track Memorial Hospital" were made of ordinary words and named no business.
fn facility_word(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| facility_phrases().filter_map(|c| c.split(' ').next_back()).map(|w| w.trim_end_matches('?')).filter(|w| !w.is_empty()).collect())
        .contains(w)
}

fn generic_prefix(s: &str) -> usize {
    const GENERIC: &[&str] = &["the", "our", "outside", "this", "a", "an", "local", "transferred", "from", "at", "in", "per", "previous", "prior", "referring", "patient", "pt", "his", "her", "their", "any", "no", "university", "community", "general", "regional", "county", "state", "city", "resident", "residents", "of", "lives", "living", "sent", "msha", "osha", "niosh", "cdc", "fda", "epa", "student", "employee", "occupational", "behavioral", "behavioural", "mental", "public", "environmental", "human", "social", "protective", "emergency", "medical", "family", "home", "chief"];
    let mut start = 0;
    for w in s.split_inclusive(' ') {
        // "Our Lady of Lourdes Hospital" is a name from its first word.
        if !GENERIC.contains(&w.trim().trim_end_matches('.').to_lowercase().as_str()) || s[start..].starts_with("Our Lady") {
            break;
        }
        start += w.len();
    }
    start
}

trait ThenHit {
    fn then_hit(self, m: regex::Match<'_>, kind: PhiKind) -> Option<Hit>;
}

impl ThenHit for () {
    fn then_hit(self, m: regex::Match<'_>, kind: PhiKind) -> Option<Hit> {
        Some(Hit { start: m.start(), end: m.end(), kind })
    }
}

/// An unlabelled token that is most likely a record, device or study number: five digits or
/// more, or four with at least two letters, and not a measurement ("10x12cm"), a vertebral
/// level ("T10-T12"), a year range or a dose.
/// This year by the system clock (a birth year's age depends on it).
fn current_year() -> i64 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    1970 + (secs as f64 / (365.2425 * 86_400.0)) as i64
}

fn loose_id(tok: &str) -> bool {
    let digits = tok.chars().filter(char::is_ascii_digit).count();
    let letters = tok.chars().filter(char::is_ascii_alphabetic).count();
    if digits < 4 || (digits == 4 && letters < 2) {
        return false;
    }
    let lower = tok.to_ascii_lowercase();
    let measurement = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic()).chars().all(|c| c.is_ascii_digit() || c == 'x' || c == '.');
    let unit = ["mm", "cm", "ml", "cc", "mg", "kg", "kv", "mas", "mmhg", "hu", "sec", "min"].iter().any(|u| lower.ends_with(u));
    let level = lower.split('-').all(|p| {
        let p = p.trim_start_matches(['c', 't', 'l', 's']);
        !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit())
    });
    // A year range, also with the second year shortened: "2019-2021", "1951-53"; not a
    // protocol's year and serial ("2026-0419").
    let years = lower.split('-').all(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()) && (p.starts_with("19") || p.starts_with("20")))
        || lower.split_once('-').is_some_and(|(a, b)| a.len() == 4 && (a.starts_with("19") || a.starts_with("20")) && b.len() == 2 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) && b > &a[2..]);
    // A ClinicalTrials.gov number names a trial, public, and no one in it.
    // So does a public form's number ("MCSA-5876", the DOT medical examiner's certificate).
    let trial = lower.len() == 11 && lower.starts_with("nct") && lower[3..].chars().all(|c| c.is_ascii_digit()) || lower.starts_with("mcsa-");
    // An ISBT 128 product code ("E0336V00": red cells, irradiated) names a kind of blood
    // product, as an NDC names a drug; the unit's donation number is the identifier.
    let b = lower.as_bytes();
    let product = b.len() == 8 && b[0].is_ascii_alphabetic() && b[1..5].iter().all(u8::is_ascii_digit) && b[5].is_ascii_alphabetic() && b[6..].iter().all(u8::is_ascii_digit);
    !(level || years || trial || product || measurement && unit)
}

#[cfg(test)]
mod tests {
    use super::{loose_id, south_slavic_year_stop};

    #[test]
    fn loose_ids_are_record_numbers_not_measurements() {
        for id in ["A12345678", "ACC-2026-000123", "8XYZ432", "1HGCM82633A004352", "04857211", "CRIMSON-0447"] {
            assert!(loose_id(id), "{id}");
        }
        for not in ["2026", "10x12cm", "T10-T12", "2019-2020", "C5-C6", "120mg", "1200", "NCT05512388", "E0336V00"] {
            assert!(!loose_id(not), "{not}");
        }
    }

    /// The year's stop joins a date with a stop after its day while the sentence goes on; the
    /// date's last bytes may be any letters (no slicing inside one).
    #[test]
    fn a_south_slavic_year_keeps_its_stop_mid_sentence() {
        assert!(south_slavic_year_stop("1. decembar 2026", ". at 08:40"));
        assert!(!south_slavic_year_stop("1. decembar 2026", ". Then"));
        assert!(!south_slavic_year_stop("1 December 2026", ". at 08:40"));
        assert!(!south_slavic_year_stop("2026年十二月三日", ". x"));
        assert!(!south_slavic_year_stop("3. Dezember", ". then"));
    }

    /// The facility regex takes the first closing phrase that fits: one listed after a shorter
    /// phrase it starts with ("Memorial" before "Memorial Park") would never be read whole.
    #[test]
    fn facility_phrases_are_listed_once_and_longer_first() {
        let phrases: Vec<&str> = super::facility_phrases().collect();
        for (i, later) in phrases.iter().enumerate() {
            for earlier in &phrases[..i] {
                assert!(earlier != later && !later.starts_with(&format!("{earlier} ")), "FACILITY lists {later:?} after {earlier:?}");
            }
        }
    }
}

/// Words that label a number rather than name a shop or a system: before "#" ("MRN# 000772201"
/// is no store) or before a long number ("BSN 123456782" keeps its label outside the span;
/// "TC 34172938502" is the Turkish Republic's identity number).
const LABEL_WORDS: &[&str] = &["azv", "cps", "rpps", "finess", "adeli", "pin", "nid", "nni", "cnic", "mpi", "sid", "mr", "mrn", "acc", "acct", "fin", "csn", "ssn", "req", "rx", "ref", "case", "order", "id", "no", "room", "rooms", "rm", "bed", "beds", "apt", "unit", "units", "ste", "suite", "lot", "lots", "box", "claims", "orders", "cases", "tickets", "sn", "dea", "npi", "lic", "vin", "ms", "pts", "cnp", "taj", "oib", "amka", "nic", "jmbg", "gmc", "dui", "nmc", "imc", "pan", "tin", "ein", "nss", "cpf", "rg", "curp", "pesel", "egn", "emso", "hetu", "ahpra", "cpso", "bsn", "ipp", "nip", "spn", "nhs", "doc", "nir", "niss", "hn", "rrn", "icn", "nhi", "chi", "mbi", "hcn", "ppsn", "pps", "cpr", "dni", "rut", "sus", "cns", "nhc", "ahv", "avs", "tel", "fax", "ph", "mob", "cell", "num", "nysid", "dob", "edipi", "uhid", "ihi", "nrc", "nrn", "hkid", "uid", "pid", "eid", "cccd", "cmnd", "bhyt", "nik", "bpjs", "npwp", "mykad", "kk", "afm", "arc", "cid", "iin", "nhis", "nhia", "idnp", "igss", "isss", "ccss", "ihss", "dpi", "cui", "fnpf", "nin", "ci", "cc", "cipa", "nass", "nuss", "mbo", "cin", "nif", "nuit", "uan", "imss", "issste", "inn", "nida", "cnss", "tc", "unzr", "rnokpp"];

/// Whether a date written with a stop after its day and a year ("1. decembar 2026") has the
/// year's stop after it and more of the sentence in lower case: the stop is the date's.
fn south_slavic_year_stop(date: &str, rest: &str) -> bool {
    let day = date.split_once(". ").is_some_and(|(d, _)| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
    let b = date.as_bytes();
    let year = b.len() > 5 && b[b.len() - 4..].iter().all(u8::is_ascii_digit) && !b[b.len() - 5].is_ascii_digit();
    let next = rest.strip_prefix('.').and_then(|r| r.strip_prefix([' ', '\t'])).and_then(|r| r.chars().next());
    day && year && next.is_some_and(char::is_lowercase)
}

/// Months as dates abbreviate them ("Dec 2, 2026").
const MONTH_SHORT: &[&str] = &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Words that open a date, not a business's name, after "shop" or "store" ("store Monday").
const MONTH_OR_DAY: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "tomorrow", "yesterday"];

/// Departments and sections written after a facility's name and a dash ("Campus" is not one:
/// "– Civic Campus" names a site; "– Main Campus" stays, by "main").
/// Countries that are one city, which an address closes with as with its town ("4/2 Cornwall's
/// Lane, Gibraltar"); the country list keeps them out of the town test.
const CITY_STATES: &[&str] = &["gibraltar", "monaco", "singapore", "san marino", "luxembourg", "macau", "macao", "hong kong", "djibouti", "vatican city"];

/// A town's part named by its position, English words that no list holds as places: after an
/// address or a business it is the district ("Flat 3, Nelson's View, Westside", "King George V
/// Hospital, Upper Town").
const TOWN_PARTS: &[&str] = &["westside", "eastside", "northside", "southside", "upper town", "lower town", "old town", "new town", "midtown", "uptown", "downtown"];

/// The lower-case links inside a French town's name: "Villedieu-les-Poêles".
const FRENCH_LINKS: &[&str] = &["les", "lès", "la", "le", "sur", "sous", "en", "de", "du", "des", "aux", "au"];

const DEPARTMENTS: &[&str] = &["radiology", "imaging", "department", "dept", "emergency", "ed", "er", "icu", "medicine", "surgery", "cardiology",
    "pulmonology", "oncology", "pediatrics", "paediatrics", "report", "reports", "findings", "impression", "final", "preliminary", "addendum",
    "diagnostic", "diagnostics", "services", "service", "outpatient", "inpatient", "main", "portable", "chest",
    // Departments and units a business's comma may open too, in no everyday list.
    "cardiothoracic", "neurosurgery", "orthopaedics", "orthopedics", "obstetrics", "gynaecology", "gynecology", "neurology",
    "nephrology", "haematology", "hematology", "urology", "dermatology", "psychiatry", "anaesthesia", "anesthesia", "anaesthetics",
    "rheumatology", "endocrinology", "gastroenterology", "pathology", "physiotherapy", "pharmacy", "maternity", "theatres",
    "admissions", "casualty", "fluoroscopy", "mammography", "sonography", "ultrasound", "neonatology", "geriatrics", "respiratory",
    "thoracic", "vascular", "trauma", "pulmonary", "pneumology", "teleradiology"];
