//! Identifiers with a shape: dates and times, ages over 89, phone and fax numbers, e-mail,
//! URLs, IP addresses, SSNs, labelled and unlabelled record numbers, street addresses, cities
//! with a state or a context word, postal codes and facility names.

use regex::{Captures, Regex};

use super::lexicon::Lexicon;
use super::names::is_title;
use super::{Hit, PhiKind};

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";
const ORDWORD: &str = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
const STATES: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
/// Month names of the languages whose dates reach English reports ("1 janvier 1940", "3 März 2025").
/// Canadian provinces and territories, Australian states: regions, never identifiers alone.
const PROVINCES: &[&str] = &["Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon", "Nunavut", "British Columbia", "Prince Edward Island", "Northwest Territories", "Queensland", "Victoria", "Tasmania", "New South Wales"];
const FOREIGN_MONTH: &str = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|augusti|mars)";
const STREET: &str = r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl|route|rte|pike|alley|crescent|plaza|loop|grove|close|gardens|mews|row|walk|crossing)";
const FACILITY: &str = r"(?:Hospital|Medical Center|Medical Centre|Health Center|Health Centre|Health Clinic|Health System|Healthcare|Health Care|Clinic|Clinics|Hospitals|Infirmary|Imaging Center|Imaging|Radiology Associates|Radiology Group|Medical Group|Memorial|Wing|Pavilion|IHS|CBOC|Health Service|Service Unit|Sykehjem|Sykehus|Plejehjem|Pflegeheim|Verpleeghuis|Äldreboende|Nursing Home|Assisted Living|Senior Living|Skilled Nursing Facility|Nursing Facility|Care Home|Retirement Home|Rehabilitation Center|Rehab Center|Urgent Care|Surgery Center|Surgical Center|Cancer Center|Care Center|Sanatorium|Hospice|Family Practice|Family Medicine|Medical Practice|Medical Associates|Primary Care|Manor|Retirement Community|Retirement Village|DHB|Health Board|Local Health District|Foundation Trust|HOSPITAL|MEDICAL CENTER|CLINIC|INFIRMARY|HEALTH CENTER|MEMORIAL|IMAGING CENTER|URGENT CARE|NURSING HOME)";

/// What to do with a pattern's match.
enum Rule {
    /// The whole match (or capture group 1 when the pattern has one) is an identifier.
    Plain(PhiKind),
    /// Group 1, when it holds at least this many digits.
    Digits(PhiKind, usize),
    /// A dotted quad of octets.
    Ip,
    /// A token that looks like a record number: enough digits, not a measurement or a level.
    LooseId,
    /// A URL without trailing punctuation.
    Url,
    /// "on the 3rd": not when a noun follows ("of the 5th rib").
    Ordinal,
    /// A city (group 1) followed by a state: a listed city, or any when a ZIP code follows.
    CityState,
    /// A capitalised place after a context word: only listed places.
    ContextPlace,
    /// A facility name: drop generic leading words ("Outside Hospital" is not a name).
    Facility,
    /// Capitalised words where a facility is expected: a name unless made of words.
    ContextFacility,
    /// A town (group 1) before a country (group 2): neither an English word nor a country itself.
    CityCountry,
    /// "Royal" and a listed place or first name (group 1): a hospital ("Royal Perth").
    RoyalFacility,
    /// A town where context says someone lives: listed, or no English word, or as ContextPlace.
    Town,
    /// The value of a facility field: a name unless every word of it is an ordinary one
    /// ("Hospital: Admitted overnight").
    LabelledFacility,
    /// The facility word first and a name after it ("Hospital Ángeles Lomas"): when the word
    /// after it (group 1) is no English one ("Hospital Course" stays).
    FacilityFirst,
    /// A day and a month whose two-digit "year" is the next date's day ("1 Dec, 14 Nov"): both.
    DayMonth,
    /// A word (group 1) and "Surgery": a practice when the word is rare or a listed place.
    NamedPractice,
    /// "x.surname" (group 1) when the part after the dot (group 2) is a listed surname.
    DottedLogin,
    /// Two partners' names (groups 1, 2) and a practice word: surnames or rare words both.
    Partners,
    /// A name and a landform word (group 1): a place, unless its first word is clinical or a title.
    Landform,
    /// An Irish Eircode: its last four characters mix letters and digits.
    Eircode,
    /// A postcode and the town after it (group 2), when the town is one: listed or rare.
    PostcodeTown,
}

pub(crate) struct Patterns {
    rules: Vec<(Regex, Rule)>,
    /// A capitalised run right after an identifier: ", Lisboa", " Rochester".
    town: Regex,
    /// A month name next: the end of a "1 Dec, 14" match is the next date's day.
    month_next: Regex,
    /// An age over 89 right after a name: "Will Brown (93)", "Zhang Xiaoming (张晓明), 95,".
    age_after_name: Regex,
    /// A clock time, a second day or the end of a range right after a date: "12/01/26 0312",
    /// "Nov 30th and the 2nd", "11/27-11/30".
    after_date: Regex,
    lex: &'static Lexicon,
}

fn re(s: &str) -> Regex {
    Regex::new(s).unwrap_or_else(|e| panic!("redaction pattern {s}: {e}"))
}

impl Patterns {
    pub(crate) fn new(lex: &'static Lexicon) -> Patterns {
        use PhiKind::*;
        let m = MONTH;
        let ord = format!(r"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDWORD})");
        let year = r"(?:\d{4}|'\d{2}|\d{2})";
        let rules = vec![
            // e-mail, URL, IP first: they contain things that look like names and numbers.
            (re(r"[\w.+\-'’]+@[\w\-]+(?:\.[\w\-]+)+"), Rule::Plain(Email)),
            // Written out against harvesters: "j.okafor at stlukes dot org", "jo [at] clinic [dot] com".
            (re(r"(?i)\b[\w.+\-]+\s*(?:\s+at\s+|\[at\]|\(at\))\s*[\w\-]+(?:\s*(?:\s+dot\s+|\[dot\]|\(dot\))\s*[\w\-]+)*\s*(?:\s+dot\s+|\[dot\]|\(dot\))\s*(?:com|org|net|edu|gov|ca|uk|au|nz|de|fr)\b"), Rule::Plain(Email)),
            (re(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>]+"), Rule::Url),
            (re(r"(?i)\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|org|net|edu|gov|io|us|health|example)(?:/[^\s<>]*)?\b"), Rule::Url),
            // DICOM UIDs ("1.2.840.113619.2.55...") before IPs: six or more dotted numbers.
            (re(r"\b[0-2](?:\.\d+){5,}\b"), Rule::Plain(Id)),
            (re(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), Rule::Ip),
            // MAC addresses of devices: "00:1B:44:11:3A:B7".
            (re(r"\b[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}\b"), Rule::Plain(Id)),
            // An HL7 identifier with its assigning authority ("88231^^^MRN"): the number.
            (re(r"\b(\d{3,})\^[^|\s]*\^[A-Z][A-Z0-9]{1,9}\b"), Rule::Plain(Id)),
            // A DICOM time value after its tag name: "StudyTime=083015.000".
            (re(r"(?i)time\s*[=:]\s*((?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d+)?)\b"), Rule::Plain(Date)),
            // The value of a user field in a log line: "user=mkowalczyk", "operator=tgreen".
            (re(r"(?i)\b(?:user|username|login|operator|uid)\s*=\s*([a-z][a-z0-9._\-]{2,})"), Rule::Plain(Name)),
            // Dates: numeric, ISO, with month names, ordinals, times.
            // One separator twice: "11/27-11/30" is a range, not "11/27-11".
            (re(r"\b\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)(?:\d{4}|\d{2})\b"), Rule::Plain(Date)),
            // The first day of a range of days; the second is found after it ("11/27-11/30").
            (re(r"\b((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[ \t]*(?:-|–|to|through|thru)[ \t]*(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b"), Rule::Plain(Date)),
            (re(r"\b\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2}\b)?)?\b"), Rule::Plain(Date)),
            // OCR that spaces every character: "1 1 / 2 8 / 2 0 2 6".
            (re(r"\b\d(?: \d)? / \d(?: \d)? / \d(?: \d){1,3}\b"), Rule::Plain(Date)),
            (re(r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4,6})?\b"), Rule::Plain(Date)),
            (re(&format!(r"(?i)\b(?:the\s+)?{ord}(?:\s+of)?[\s\-/.]*{m}(?:[\s\-/,.]*{year}\b)?")), Rule::DayMonth),
            (re(&format!(r"(?i)\b{m}[\s\-/.]*(?:the\s+)?{ord}\b(?:,?\s*{year}\b)?")), Rule::Plain(Date)),
            // Dictated in words, with the year too: "march third nineteen thirty one".
            (re(&format!(r"(?i)\b{m}[ \t]+(?:the[ \t]+)?{ORDWORD}\b(?:,?[ \t]+(?:nineteen|twenty|two[ \t]+thousand)(?:[ \t\-]+(?:and|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)\b){{1,3}})?")), Rule::Plain(Date)),
            // A clock time in words: "three fifteen p.m.", "ten o'clock".
            (re(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[ \t\-]+(?:oh[ \t\-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty[ \t\-]five|fifty)(?:[ \t\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)?[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)"), Rule::Plain(Date)),
            (re(&format!(r"(?i)\b{m},?\s+\d{{4}}\b")), Rule::Plain(Date)),
            (re(&format!(r"(?i)\b\d{{1,2}}\.?\s+{FOREIGN_MONTH}\s+\d{{4}}\b")), Rule::Plain(Date)),
            // Without the year, with an ordinal mark or "de": "1º de dezembro", "le 1er décembre", "3. März".
            (re(&format!(r"(?i)\b(?:le\s+)?\d{{1,2}}(?:º|ª|°|er|\.)?\s+(?:de\s+)?{FOREIGN_MONTH}\b(?:\s+(?:de\s+)?\d{{4}}\b)?")), Rule::Plain(Date)),
            (re(&format!(r"(?i)\b(?:on|since|from|until|by|before|after|here|seen|again|dated|visited)\s+(the\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}))\b")), Rule::Ordinal),
            (re(r"(?i)\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.)|[ap]\b)?(?-i:[ \t]+(?:UTC|GMT|HST|HDT|AKST|AKDT|[ECMP][SD]T|BST|CET|CEST|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|SGT)\b)?"), Rule::Plain(Date)),
            (re(&format!(r"(?i)\b(?:(?:last|next|this)\s+)?(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+(?:{m}[\s\-/.]*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b")), Rule::Plain(Date)),
            (re(r"(?i)\b(?:on|dated|since|from|until|of|seen|date|exam|study|ct|cxr|mri|xr|dictated|signed|transcribed|typed|reviewed|amended|corrected|addended|revised|updated)\s+((?:0?[1-9]|[12]\d|3[01])[/\-.](?:0?[1-9]|[12]\d|3[01]))(?:\.?(?:[\s,;:)]|$))"), Rule::Plain(Date)),
            // ... or "@" and a 24-hour time: "cxr 12/1 @ 0800", the "@" inside the date.
            (re(r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:@|at)[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d\b"), Rule::Plain(Date)),
            // A month and day that a clock time follows: "changed 11/30 03:00".
            (re(r"\b((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b"), Rule::Plain(Date)),
            // A month and day with a leading zero, which no measurement or range has: "12-01", "06-15".
            (re(r"(?:^|[^\d\-/.])((?:0[1-9]-(?:0[1-9]|[12]\d|3[01]))|(?:1[0-2]|[1-9])-0[1-9])(?:[^\d\-/.%]|\.(?:\s|$)|$)"), Rule::Plain(Date)),
            // "30/11": a day over 12 before a month cannot be a fraction or a ratio.
            (re(r"(?:^|[^\d/.\-])((?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?:[^\d/]|$)"), Rule::Plain(Date)),
            // A weekday alone dates an event as well as a date does ("the cough began Sunday").
            (re(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:,?\s+the\s+\d{1,2}(?:st|nd|rd|th))?"), Rule::Plain(Date)),
            (re(r"(?i:\b(?:on|since|from|until|last|next|this|by))\s+((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?)"), Rule::Plain(Date)),
            // Abbreviations that are no English word ("Thurs", "Weds"), and the others where a
            // colon or a clock time makes them a day ("Sat: portable", "Mon 0800").
            (re(r"\b(?:Tues|Weds|Thur|Thurs|tues|thurs)\b\.?|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?(?::|[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d\b)"), Rule::Plain(Date)),
            // A holiday on a fixed day dates an event as a date does.
            (re(r"\b(?:Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?|Halloween|Independence\s+Day|Boxing\s+Day|Valentine's\s+Day|Guy\s+Fawkes)\b"), Rule::Plain(Date)),
            (re(r"(?i)\b(?:0\d|1\d|2[0-3])[0-5]\d\s?(?:h|hrs|hours)\b"), Rule::Plain(Date)),
            // French and continental clock times: "14h30".
            (re(r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b"), Rule::Plain(Date)),
            // A month in Roman numerals, as Central Europe writes it: "1.XII.2026".
            (re(r"\b\d{1,2}\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?(?:\d{4}|\d{2})\b"), Rule::Plain(Date)),
            // OCR reading O for 0 and 0 for O: "0ct 3O", "N0v 1O".
            (re(r"(?i)\b(?:0ct(?:ober)?|n0v(?:ember)?|0ctober)\.?[ \t]+[0-3]?[0-9o]\b|\b(?:oct|nov|jan|feb|mar|apr|jun|jul|aug|sep|dec)[a-z]*\.?[ \t]+[1-3][Oo]\b"), Rule::Plain(Date)),
            // A month and an abbreviated year: "Dec '26".
            (re(&format!(r"(?i)\b{m}\s*'\d{{2}}\b")), Rule::Plain(Date)),
            // "the 29th" alone: a day (13-31) unless a noun follows ("the 20th percentile").
            (re(r"(?i)\b(the\s+(?:1[3-9]|2\d|3[01])(?:st|nd|rd|th))\b"), Rule::Ordinal),
            // "@" has no word boundary before it: "seen @ 0800".
            (re(r"(?i)(?:\bat|@)\s*(0\d[0-5]\d|1\d[0-5]\d|2[0-3][0-5]\d)\b"), Rule::Plain(Date)),
            // A 24-hour time heading an entry: "ER note 0215:", "0640: extubated".
            (re(r"(?m)(?:^|(?i:\bnote|\bentry|\bupdate|\bevent|\bcall|\bpage)[ \t]+)((?:[01]\d|2[0-3])[0-5]\d):(?:[ \t]|$)"), Rule::Plain(Date)),
            (re(r"(?i)\b(?:1[0-2]|0?[1-9])\s*(?:am|pm|a\.m\.|p\.m\.)"), Rule::Plain(Date)),
            (re(r"(?i)\b(?:19|20)\d{2}\s*(?:-|to|/)\s*(?:0?[1-9]|1[0-2])\s*(?:-|/)\s*(?:0?[1-9]|[12]\d|3[01])\b"), Rule::Plain(Date)),
            // Ages over 89: the number only.
            (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:-\s*)?(?:years?|yrs?|y)(?:\s*-\s*|\s+)old\b"), Rule::Plain(Age)),
            (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:yo\b|y/o\b|y\.\s?o\.?|yrs?\b|years?\b|-year\b)"), Rule::Plain(Age)),
            (re(r"(?i)\bage[ds]?\s*(?:of|is|:|=)?\s*(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
            (re(r"(?i)\bage[ds]?\s*(?:of|is|:)?\s*((?:ninety|one\s+hundred(?:\s+and)?)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b"), Rule::Plain(Age)),
            // Years in the languages of the notes: "93 år", "92 ans", "95 años", "91 Jahre".
            (re(r"(?i)\b(9\d|1[0-2]\d)\s*(?:år|ans|años|anos|jahre|jaar|anni|lat|vuotta|歳|才|岁|세)"), Rule::Plain(Age)),
            (re(r"\b(9\d|1[0-2]\d)\s?(?:M|F|yo|Y|YO)\b"), Rule::Plain(Age)),
            // Lower case after a name and a comma, as handoffs write it: "faith rivers, 94f".
            (re(r"(?m)(?:,|^)[ \t]*(9\d|1[0-2]\d)[mf]\b"), Rule::Plain(Age)),
            // In words: "Ninety-three year old", "one hundred and two years".
            (re(r"(?i)\b((?:ninety|one\s+hundred(?:\s+and)?)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?)[\s\-]*(?:years?|yrs?|y/?o)\b"), Rule::Plain(Age)),
            // "Patient is 96." — a bare number after "is", when nothing makes it a measurement.
            (re(r"(?i)\b(?:patient|pt|he|she)\s+is\s+(9\d|1[01]\d)(?:\s*(?:years?|yrs?|y/?o))?(?:[,;)]|\.(?:\s|$)|\s+(?:and|with|who|old)\b|\s*$)"), Rule::Plain(Age)),
            // Brazilian CPF numbers: "123.456.789-09".
            (re(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"), Rule::Plain(Id)),
            // A social-media handle: "@rosie_b_1931" (a letter first: "@0800" is a time).
            (re(r"(?:^|[\s(])(@[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])"), Rule::Plain(Id)),
            // An age this year: "95 this year", "turns 93", "turned 101".
            (re(r"(?i)\b(9\d|1[0-2]\d)\s+this\s+year\b"), Rule::Plain(Age)),
            (re(r"(?i)\b(?:turns|turned|turning)\s+(9\d|1[0-2]\d)\b"), Rule::Plain(Age)),
            // SSN before phones (3-2-4 is not a phone).
            (re(r"\b\d{3}[\s\-]\d{2}[\s\-]\d{4}\b"), Rule::Plain(Id)),
            // Phones and faxes.
            (re(r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\b\d{3})[\s.\-]?\d{3}[\s.\-]\d{4}\b(?:\s*(?i:x|ext\.?|extension)\s*\d{1,6})?"), Rule::Plain(Phone)),
            (re(r"\+\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,5}\b(?:\s*(?i:x|ext\.?|extension)\s*\d{1,6})?"), Rule::Digits(Phone, 8)),
            // The international prefix dialled as "00": "0049 89 4400 7712".
            (re(r"\b00[1-9]\d{0,2}(?:[\s.\-]\d{1,4}){2,5}\b"), Rule::Digits(Phone, 9)),
            // The country code in brackets: "(+44) 20 7946 0958".
            (re(r"\(\+\d{1,3}\)[ \t]?\d{1,4}(?:[ \t.\-]\d{2,4}){2,4}\b"), Rule::Plain(Phone)),
            // Trunk-prefixed area codes: "(02) 9374 4000", "(0161) 496 0732".
            (re(r"\(0\d{1,4}\)\s?\d{3,4}[\s\-]?\d{3,4}\b"), Rule::Plain(Phone)),
            // British numbers with the trunk 0 and no brackets: "07700 900461", "020 7946 0958".
            (re(r"\b0\d{3,4}\s?\d{6}\b|\b0\d{1,3}\s\d{3,4}\s\d{4}\b"), Rule::Plain(Phone)),
            (re(r"(?i)\b(?:phone|ph|tel|telephone|cell|mobile|mob|ring|fax|pager|pgr|beeper|callback|call\s+back|ext|extension|voicemail)\.?(?:\s+(?:number|no\.?|#))?\s*(?:is|at|of)?\s*[:#]?\s*(\+?\d[\d\s().\-]{2,14}\d)\b"), Rule::Digits(Phone, 4)),
            (re(r"\bx(\d{4,5})\b"), Rule::Plain(Phone)),
            // Australian mobiles: "0412 345 678".
            (re(r"\b04\d{2}[ \-]?\d{3}[ \-]?\d{3}\b"), Rule::Plain(Phone)),
            // Labelled identifiers: strong labels need two digits, weak ones four.
            // Longer labels before their prefixes ("account" before "acc"): the first that matches wins.
            (re(r"(?i)\b(?:mrn|m\.r\.n\.|medical\s+record|med\s+rec|record|accession|account|acct|acc|ssn|social\s+security|member|policy|subscriber|insurance|license|licence|lic|npi|dea|serial|s/n|sn|patient\s+id|pt\s+id|identifier|id(?:\s+badge)?|encounter|visit|fin|csn|requisition|req|specimen|plate|vin|chart|health\s+plan|workstation|hostname|terminal|badge|station\s*name|ae\s*title|mr)\s*(?:number|no\.?|num|#|id|code)?\s*(?:is|was|of|on\s+file\s+is|ending(?:\s+in)?|last\s+(?:four|4)(?:\s+digits)?)?\s*[:#=]?\s*#?\s*(\d{3,4}(?:[ ]\d{3,4}){1,3}\b|(?-i:[A-Z]{2,4}[ \t]+)?[A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9])"), Rule::Digits(Id, 2)),
            (re(r"(?i)\b(?:order|case|study|exam|device|report|file|template|code|ticket)\s*(?:number|no\.?|num|#|id|code)\s*[:#=]?\s*([A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9])"), Rule::Digits(Id, 2)),
            // National and insurer numbers, often written in digit groups: "Medicare 2123 45670 1",
            // "NHS No: 943 476 5919", "UHID AIIMS/2026/004517".
            (re(r"(?i)\b(?:medicare|medicaid|nhs|chi|bsn|uhid|ihi|mbi|hcn|pps|ppsn|cpr|personnummer|health\s+card|insurance|member|policy|aadhaar|aadhar|nir|insee|nhi|passport|ramq|carte\s+soleil)\s*(?:number|no\.?|num|#|id)?\s*[:#=]?\s*(\d[\d ]{6,24}\d|[A-Z]{4}[ \t]?\d{4}[ \t]?\d{4}|[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/.]*[A-Za-z0-9])\b"), Rule::Digits(Id, 4)),
            // A short label glued to a number by "#": "ORD#77812-A", "REQ#4471".
            (re(r"\b[A-Z]{2,6}#\s?([A-Za-z0-9][A-Za-z0-9\-_/]*\d[A-Za-z0-9\-_/]*)"), Rule::Digits(Id, 3)),
            // ... the whole of it when a label says it is a number: "Order ORD#77812-A".
            (re(r"(?i)\b(?:order|requisition|req|case|study|exam|claim|ref|reference)\s*[:=]?\s*([A-Z]{2,6}#\s?[A-Za-z0-9][A-Za-z0-9\-_/]*\d[A-Za-z0-9\-_/]*)"), Rule::Digits(Id, 3)),
            (re(r"(?i)\b(?:voiceprint|fingerprint|retina|retinal|iris|biometric|template)\s+(?:template\s+|scan\s+)?(?:id\s+)?([A-Za-z0-9][A-Za-z0-9\-]*\d[A-Za-z0-9\-]*)"), Rule::Digits(Id, 2)),
            (re(r"(?i)\b[\w\-]+\.(?:jpe?g|png|dcm|dicom|pdf|tiff?|bmp|gif|docx?)\b"), Rule::Plain(Id)),
            (re(r"\b[A-Za-z0-9][A-Za-z0-9\-_]{4,}[A-Za-z0-9]\b"), Rule::LooseId),
            // British vehicle registrations: "KX19 ABC".
            (re(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"), Rule::Plain(Id)),
            // Street addresses, PO boxes, city + state (+ ZIP), counties, ZIP codes.
            (re(&format!(r"\b(?:(?i:lot|flat|unit|apt|apartment|suite|ste)\.?\s*#?(?:[A-Za-z]?\d+[A-Za-z]?,?\s+)?)?\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][A-Za-z'’\-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}{STREET}\b\.?(?:\s+(?:NE|NW|SE|SW|[NSEW])\b\.?)?(?:,?\s*(?i:apt|apartment|suite|ste|unit|fl|floor|#)\.?\s*#?\s*[A-Za-z0-9\-]+)?")), Rule::Plain(Address)),
            (re(r"(?i)\bp\.?\s?o\.?\s+box\s+\d+"), Rule::Plain(Address)),
            (re(r"(?i)\b(?:rural\s+route|r\.?r\.?)\s*#?\s*\d{1,3},?\s+box\s+\d+"), Rule::Plain(Address)),
            // Street first, number after, as northern Europe writes it: "Kungsgatan 12", "Hauptstraße 5a".
            (re(r"\b\p{Lu}\p{L}*(?:gatan|gata|vägen|straße|strasse|weg|laan|straat|gracht|plein|gasse|vej|gade|veien|gate|katu|allee|platz|ring|damm|ufer|chaussee)\s+\d{1,4}[a-zA-Z]?\b"), Rule::Plain(Address)),
            // The street word first and the number after, as Italian, Spanish and French write
            // it: "Via Garibaldi 14", "Calle Mayor 5".
            (re(r"\b(?:Via|Viale|Piazza|Piazzale|Corso|Largo|(?i:calle|carrer|rua|avenida|avinguda|rue))\s+(?:(?:de|del|della|di|da|dos|des|du|la|le)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2},?\s+\d{1,4}[a-zA-Z]?\b"), Rule::Plain(Address)),
            // The town after a street, before a state or a postcode, listed or not: "14 Wattle
            // Street, Fitzroy VIC 3065", "27 Mill Lane, Galway H91 E2K3".
            (re(&format!(r"\b{STREET}\b\.?,\s+([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{0,2}}),?\s+(?:(?:[A-Z]{{2,3}}\s+)?\d{{4,5}}|[AC-FHKNPRTV-Y]\d[0-9W]\s[AC-FHKNPRTV-Y0-9]{{4}}|[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}})\b")), Rule::Plain(Location)),
            // ... and the postcode after that town: "23 Kauri Street, Rotorua 3010".
            (re(&format!(r"\b{STREET}\b\.?,\s+[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{0,2}},?\s+(?:[A-Z]{{2,3}}\s+)?(\d{{4,5}})\b")), Rule::Plain(Location)),
            // The city after a street address ("221B Baker Street, London"): listed places only.
            (re(&format!(r"(?:\b{STREET}\b\.?|\b(?i:apt|suite|unit)\.?\s*#?[A-Za-z0-9\-]+|\b\d{{1,6}},?\s+(?i:rue|via|calle|avenida|chemin|strasse|straße|carrer|rua)\s+[\p{{L}}'’\- ]+?),\s+(\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+){{0,2}})")), Rule::ContextPlace),
            // British and Canadian postcodes ("SW1A 1AA", "K1A 0B1").
            (re(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"), Rule::Plain(Location)),
            // Irish Eircodes ("D09 V2N0") and Australian state + postcode ("VIC 3065").
            (re(r"\b[AC-FHKNPRTV-Y]\d[0-9W]\s(?:[AC-FHKNPRTV-Y0-9]{4})\b"), Rule::Eircode),
            (re(r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(\d{4})\b"), Rule::Plain(Location)),
            // Continental postcode before its town, after a street: ", 114 56 Stockholm", ", 3511 AB Utrecht".
            (re(r",[ \t]*((?:\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{4,5})[ \t]+(\p{Lu}[\p{L}\-]+))"), Rule::PostcodeTown),
            (re(r"\b\d{1,6},?\s+(?i:rue|via|calle|avenida|avenue|boulevard|chemin|strasse|straße|carrer|rua)\s+(?:(?:de|du|des|la|le|del|da|do|dos)\s+)?[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2}(?:\s+(?:Est|Ouest|Nord|Sud|[NSEOW])\b)?"), Rule::Plain(Address)),
            (re(&format!(r"\b([A-Z][a-zA-Z.'’]+(?:[ \-][A-Z][a-zA-Z'’]+){{0,2}}),?\s+(?:{STATES})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?")), Rule::CityState),
            (re(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:County|Parish|Township|Borough)\b"), Rule::Plain(Location)),
            // A town before its country: "Apia, Samoa", "Kumasi, Ghana".
            (re(r"\b(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}),[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:and[ \t]+)?\p{Lu}\p{Ll}+){0,3})"), Rule::CityCountry),
            (re(&format!(r"\b(?:{STATES})\s+(\d{{5}}(?:-\d{{4}})?)\b")), Rule::Plain(Location)),
            (re(r"(?i)\b(?:zip|zip\s*code|postal\s*code|postcode)\s*(?:is|of)?\s*(?:on\s+the\s+chart\s+is\s+)?[:#]?\s*(\d{5}(?:-\d{4})?)\b"), Rule::Plain(Location)),
            // Where someone lives: a listed place or a word that is no English one ("lives in Fremantle").
            (re(r"(?i:\b(?:lives\s+in|living\s+in|resides\s+in|resident\s+of|home\s+in|moved\s+to|moved\s+from))\s+(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}|[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2})"), Rule::Town),
            // "from", also in the languages of notes written abroad ("aus München", "från Göteborg").
            (re(r"(?i:\b(?:in|from|near|at|to|of|city\s+of|town\s+of|visiting|aus|nach|från|uit|naar|desde|de|à))\s+(\p{Lu}\p{Ll}+(?:-(?:au|aux|de|du|des|la|le|les|en|sur|lès|sous|di|da|do)-\p{Lu}\p{Ll}+|[ \-]\p{Lu}\p{Ll}+){0,2}|[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2})"), Rule::ContextPlace),
            (re(&format!(r"\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s+)?(?:(?:[A-Z][A-Za-z'’\-]+|[A-Z][a-z]{{0,2}}\.)\s+(?:(?:of|the|and|&)\s+)?){{1,5}}{FACILITY}\b(?:\s+(?i:of|at)\s+[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){{0,2}})?")), Rule::Facility),
            (re(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s)?\b"), Rule::Facility),
            // The town right after a facility's name: "Beaumont Hospital, Dublin", "Mayo Clinic Rochester".
            (re(&format!(r"\b{FACILITY}\b,?\s+([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{0,2}})")), Rule::ContextPlace),
            // The value of a facility field: "HOSPITAL: ST JOSEPHS MERCY", "Facility: Lakeview".
            (re(r"(?i:\b(?:hospital|facility|institution|referring\s+facility|outside\s+facility|sending\s+facility))[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.\-]*(?:[ ](?:\p{Lu}[\p{L}'’.\-]*|of|the|and|&)){0,5})"), Rule::LabelledFacility),
            // A British GP practice named after its street: "Abbey Road Surgery".
            (re(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:Road|Street|Lane|Avenue|Park|Green|Hill|Square)\s+(?:Surgery|Practice|Health\s+Centre)\b"), Rule::Plain(Facility)),
            // "Royal" and a place or a person: "Royal Perth", "Royal Victoria", "Royal Free".
            (re(r"\bRoyal\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?"), Rule::RoyalFacility),
            // Hospitals known by a short name without a facility word.
            (re(r"\b(?:Mass(?:achusetts)?\s+General|MGH|Brigham(?:\s+and\s+Women's)?|Johns\s+Hopkins|Hopkins|Cedars[\s\-]Sinai|M(?:oun)?t\.?\s+Sinai(?:\s+(?:West|Morningside|Queens|Brooklyn|South\s+Nassau))?|Great\s+Ormond\s+Street|Westmead|Royal\s+Brompton|Papworth|Cleveland\s+Clinic|Mayo\s+Clinic|Jackson\s+Memorial|Sloan[\s\-]Kettering|MSKCC|Walter\s+Reed|Bellevue|Parkland|MD\s+Anderson|Beth\s+Israel(?:\s+Deaconess)?|NYU\s+Langone|Lenox\s+Hill|Kaiser(?:\s+Permanente)?|Groote\s+Schuur|Karolinska|Charité|Addenbrooke's|Guy's(?:\s+and\s+St\.?\s+Thomas')?)"), Rule::Plain(Facility)),
            // Hospital systems and the VA, with the campus after them ("Mercy West", "VA Palo Alto",
            // "Providence St. Vincent"): the system's word alone is a surname or a place too.
            (re(r"\b(?:VA|VAMC|Mercy|Sutter|Kaiser\s+Permanente|Banner|Dignity|Atrium|Ascension|Novant|Prisma|AdventHealth|Advocate|Providence|Intermountain|Geisinger|Ochsner|Northwell|Montefiore|Hackensack|Scripps|Christus|Allina|Essentia|Sanford|Baptist|Methodist|Presbyterian|Adventist)\s+(?:St\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?"), Rule::Plain(Facility)),
            // One-word hospital names of the Nordic, German and Dutch languages ("Rigshospitalet",
            // "Sahlgrenska sjukhuset", "Universitätsspital"), and university hospital acronyms
            // with their town ("UMC Utrecht", "CHU Rennes").
            (re(r"\b\p{Lu}\p{L}{2,}(?:hospitalet|sjukhuset|sykehus|sykehuset|sairaala|klinikum|kliniken|spital|ziekenhuis|krankenhaus)\b"), Rule::Plain(Facility)),
            (re(r"\b(?:UMC|CHU|CHRU|CHUV|CHUM|UZ|AZ|LUMC|AMC|UKE|HUG|AP-HP|NHS\s+Trust)\s+[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)?"), Rule::Plain(Facility)),
            // After a transfer or an outside study, a run of capitalised words is where it came
            // from ("transferred from Royal Prince Alfred", "From Groote Schuur"), unless the run is
            // a place, a person's title or ordinary and clinical words.
            (re(r"(?i:\b(?:transferred\s+from|transfer\s+from|transfer(?:red)?\s+to|films?\s+from|images?\s+from|studies\s+from|study\s+from|imaged\s+at|imaging\s+at|performed\s+at|obtained\s+at|done\s+at|seen\s+at|treated\s+at|admitted\s+to|referred\s+from|from))\s+((?:[A-Z][\p{L}'’\-]+\s+(?:of\s+)?){1,3}[A-Z][\p{L}'’\-]+|[A-Z][\p{L}'’\-]+)"), Rule::ContextFacility),
            // A town's clinic, lower case: "Juliaca clinic", "the Kadıköy hospital" (listed or rare towns only).
            (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:clinic|hospital|health\s+post|health\s+centre|health\s+center)\b"), Rule::Town),
            // A British practice named by one unusual word or a town: "Greenbank Surgery" ("Thoracic
            // Surgery", "General Surgery" are specialties).
            (re(r"\b(\p{Lu}\p{Ll}+)[ \t]+Surgery\b"), Rule::NamedPractice),
            // A login with a dot after "by", in lower case as logins are ("amended by t.nakashima";
            // "by Dr.Abernathy" is a title): a listed surname after the dot.
            (re(r"\b(?i:by)[ \t]+([a-z]{1,2}\.([a-z]{3,20}))\b"), Rule::DottedLogin),
            // A practice named after its partners: "Hartwell & Osei Radiology", "Brandt and Okafor Imaging".
            (re(r"\b(\p{Lu}[\p{L}'’\-]+)\s*(?:&|and)\s*(\p{Lu}[\p{L}'’\-]+)\s+(?:Radiology|Imaging|Pathology|Cardiology|Pulmonary|Medical|Associates|Partners|Physicians|Family\s+Practice|Clinic|Surgery|Surgeons)\b"), Rule::Partners),
            // A practice named by its specialty, where someone is seen or followed: "at Cedar Ridge
            // Pulmonary", "with Lakeside Cardiology".
            (re(r"\b(?i:at|with|from|to)\s+((?:\p{Lu}[\p{L}'’\-]+\s+){1,3}(?:Pulmonary|Pulmonology|Cardiology|Oncology|Orthopedics|Orthopaedics|Pediatrics|Paediatrics|Dermatology|Neurology|Gastroenterology|Nephrology|Urology|Dialysis|Physicians|Specialists))\b(?:[ \t]+(?:Associates|Partners|Group|Clinic|Center|Centre|LLC|PC))?"), Rule::Facility),
            // A place named by its landform after a word of place: "from Pelican Bay", "in Cedar Falls".
            (re(r"\b(?i:from|in|at|to|near|outside|of)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Bay|Valley|Springs|Falls|Heights|Hills|Creek|Harbor|Harbour|Beach|Lake|Ridge|Junction|Landing|Township|Mountain|Island))\b"), Rule::Landform),
            // The facility word first, as Romance languages write it ("Hospital Santa Maria",
            // "Clínica de la Costa"): with a saint or a particle after it, or a word that is no
            // English one ("Hospital Ángeles Lomas"), so that "Hospital Course" stays.
            (re(r"\b(?:Hospital|Hôpital|Hopital|Clínica|Clinica|Klinikum|Ospedale|Policlinico|Sanatorio|Szpital|Nemocnice|Kórház|Bolnica|Spitalul)\s+(\p{Lu}[\p{L}'’\-]+)(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}"), Rule::FacilityFirst),
            (re(r"\b(?:Hospital|Hôpital|Hopital|H[ôo]tel-Dieu|Clínica|Clinica|Klinikum|Krankenhaus|Ospedale|Policlinico|Sanatorio)\s+(?:(?:de|del|da|do|das|dos|di|des|du|am|im|an\s+der|rechts\s+der|links\s+der)\s+(?:la\s+|los\s+|las\s+)?|(?:San|Santa|Santo|São|Sant|Saint|Sainte|St\.?)[\s\-]+)[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2}"), Rule::Facility),
        ];
        let town = re(r"^(?:,[ \t]*|[ \t]+|[ \t]*\()(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2})\b");
        let month_next = re(&format!(r"(?i)^\s+{m}"));
        let age_after_name = re(r"^(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+is[ \t]+)(9\d|1[0-2]\d)(?:[ \t]*\)|[ \t]*,|[ \t]*$|[ \t]*(?:[MF]\b|y\b|yo\b|y/o\b|years?\b)|\.(?:\s|$))");
        let after_date = re(r"(?i)^(?:[ \t]+((?:[01]\d|2[0-3])[0-5]\d)(?:[^:/.\d]|\.(?:\s|$)|$)|[ \t]*(?:,|and|or|&|to|through|-)[ \t]*(the[ \t]+\d{1,2}(?:st|nd|rd|th))\b|[ \t]*(?:-|–|to|through|thru)[ \t]*((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:\d{4}|\d{2}))?)\b)");
        Patterns { rules, town, month_next, age_after_name, after_date, lex }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (re, rule) in &self.rules {
            for c in re.captures_iter(text) {
                if let Some(h) = self.apply(rule, &c, text) {
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
    /// place only, and no state or province ("Health card 1234-567-890-HK, Ontario").
    pub(crate) fn towns_after(&self, text: &str, hits: &[Hit]) -> Vec<Hit> {
        let mut out = Vec::new();
        for h in hits {
            let rest = &text[h.end..];
            let Some(town) = self.town.captures(rest).and_then(|c| c.get(1)) else { continue };
            let l = town.as_str().to_lowercase();
            let ok = match h.kind {
                PhiKind::Facility | PhiKind::Address => self.is_town(&l),
                PhiKind::Name | PhiKind::Date | PhiKind::Id if rest[..town.start()].trim() == "," => {
                    let region = STATES.split('|').chain(PROVINCES.iter().copied()).any(|r| r.eq_ignore_ascii_case(town.as_str()));
                    let parts = l.split([' ', '-']).count();
                    !region && self.lex.is_place(&l) && (parts > 1 || !l.split([' ', '-']).any(|w| self.lex.is_word(w) || self.lex.is_first(w) || is_title(w)))
                }
                _ => false,
            };
            if ok {
                out.push(Hit { start: h.end + town.start(), end: h.end + town.end(), kind: PhiKind::Location });
            }
        }
        out
    }

    /// What a found identifier announces next to it: an age over 89 after a name, a clock time
    /// or a second day after a date. Called with the name and date hits of both finders.
    pub(crate) fn after_found(&self, text: &str, hits: &[Hit]) -> Vec<Hit> {
        let mut out = Vec::new();
        for h in hits {
            let rest = &text[h.end..];
            let (c, kind) = match h.kind {
                PhiKind::Name => (self.age_after_name.captures(rest), PhiKind::Age),
                PhiKind::Date => (self.after_date.captures(rest), PhiKind::Date),
                _ => continue,
            };
            let Some(c) = c else { continue };
            // Group 2 is a second day ("and the 2nd"), which a noun after it makes a count; group 3
            // the end of a range ("11/27-11/30").
            let (g, day) = match (c.get(1).or(c.get(3)), c.get(2)) {
                (Some(g), _) => (g, false),
                (None, Some(g)) => (g, true),
                (None, None) => continue,
            };
            if day && ordinal_noun_follows(&rest[g.end()..]) {
                continue;
            }
            out.push(Hit { start: h.end + g.start(), end: h.end + g.end(), kind });
        }
        out
    }

    /// A town where context says one stands: a listed place that holds no everyday word, or
    /// words that are neither English nor medical ("Montego", "Lisboa").
    fn is_town(&self, lower: &str) -> bool {
        let words: Vec<&str> = lower.split([' ', '-']).collect();
        let listed = self.lex.is_place(lower) && !words.iter().any(|w| self.lex.is_word(w));
        listed || words.iter().all(|w| !self.lex.is_word(w) && !is_title(w)) && words.iter().any(|w| self.lex.is_rare(w))
    }

    fn apply(&self, rule: &Rule, c: &Captures<'_>, text: &str) -> Option<Hit> {
        let whole = c.get(0)?;
        let target = c.get(1).unwrap_or(whole);
        let hit = |m: regex::Match<'_>, kind| Some(Hit { start: m.start(), end: m.end(), kind });
        match rule {
            Rule::Plain(kind) => hit(target, *kind),
            Rule::Digits(kind, n) => (target.as_str().chars().filter(char::is_ascii_digit).count() >= *n).then_some(())?.then_hit(target, *kind),
            // Four octets, not the start of a longer dotted number (a DICOM UID).
            Rule::Ip => {
                let longer = text[whole.end()..].strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
                (!longer && whole.as_str().split('.').all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255))).then_some(())?.then_hit(whole, PhiKind::Ip)
            }
            Rule::Url => {
                let s = whole.as_str().trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"']);
                Some(Hit { start: whole.start(), end: whole.start() + s.len(), kind: PhiKind::Url })
            }
            Rule::LooseId => loose_id(whole.as_str()).then_some(())?.then_hit(whole, PhiKind::Id),
            Rule::Ordinal => (!ordinal_noun_follows(&text[whole.end()..])).then_some(())?.then_hit(target, PhiKind::Date),
            Rule::DayMonth => {
                let end = self.month_next.find(&text[whole.end()..]).map_or(whole.end(), |m| whole.end() + m.end());
                Some(Hit { start: whole.start(), end, kind: PhiKind::Date })
            }
            Rule::FacilityFirst => {
                let l = c.get(1)?.as_str().to_lowercase();
                (!self.lex.is_common(&l) && !self.lex.is_word(&l)).then_some(())?.then_hit(whole, PhiKind::Facility)
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
                // A listed name of several parts is a place even with a word in it ("Port-au-Prince").
                if self.lex.is_place(&lower) && (lower.contains(['-', ' ']) || !lower.split([' ', '-']).any(|w| self.lex.is_word(w))) {
                    return hit(target, PhiKind::Location);
                }
                // "in Springfield Heights": the listed head of a longer capitalised run.
                let first = lower.split([' ', '-']).next().unwrap_or("");
                (first.len() < place.len() && self.lex.is_place(first) && !self.lex.is_word(first))
                    .then(|| Hit { start: target.start(), end: target.start() + first.len(), kind: PhiKind::Location })
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
                (named(1) && named(2)).then_some(())?.then_hit(whole, PhiKind::Facility)
            }
            Rule::Landform => {
                let first = target.as_str().split_whitespace().next()?.to_lowercase();
                (!self.lex.is_word(&first) && !is_title(&first)).then_some(())?.then_hit(target, PhiKind::Location)
            }
            Rule::Eircode => {
                let tail = &whole.as_str()[whole.as_str().len() - 4..];
                (tail.chars().any(|c| c.is_ascii_digit()) && tail.chars().any(|c| c.is_ascii_uppercase())).then_some(())?.then_hit(whole, PhiKind::Location)
            }
            // After a postcode, a capitalised word that is also a surname is its town ("Milano");
            // an English word is not ("2000 Units").
            Rule::PostcodeTown => {
                let l = c.get(2)?.as_str().to_lowercase();
                let surname_town = self.lex.is_last(&l) && !self.lex.is_word(&l) && !is_title(&l);
                (self.is_town(&l) || surname_town).then_some(())?.then_hit(target, PhiKind::Location)
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
                target.as_str().split(' ').any(|w| !ordinary(w)).then_some(())?.then_hit(target, PhiKind::Facility)
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
                Some(Hit { start: target.start(), end, kind: PhiKind::Facility })
            }
            Rule::Facility => {
                let s = whole.as_str();
                // A name never runs across a sentence end: "... IS UNCHANGED. OUTSIDE FILMS FROM
                // BAYFRONT URGENT CARE" starts after the last one ("St." and "Mt." are not ends).
                let sentence = s
                    .match_indices(". ")
                    .map(|(i, _)| i)
                    .filter(|&i| s[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").chars().count() > 3)
                    .last()
                    .map_or(0, |i| i + 2);
                let start = sentence + generic_prefix(&s[sentence..]);
                let rest = &s[start..];
                // Something must remain besides the facility word itself.
                let words = rest.split_whitespace().count();
                let fac_words = rest.split_whitespace().filter(|w| FACILITY.contains(w.trim_matches(|c: char| !c.is_alphabetic()))).count();
                (words > fac_words).then(|| Hit { start: whole.start() + start, end: whole.end(), kind: PhiKind::Facility })
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

/// How many bytes of generic leading words ("Outside", "the", "transferred from") a facility
/// match starts with: they are not part of its name.
fn generic_prefix(s: &str) -> usize {
    const GENERIC: &[&str] = &["the", "our", "outside", "this", "a", "an", "local", "transferred", "from", "at", "in", "per", "previous", "prior", "referring", "patient", "pt", "his", "her", "their", "any", "no", "university", "community", "general", "regional", "county", "state", "city"];
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
    let years = lower.split('-').all(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()));
    !(level || years || measurement && unit)
}

#[cfg(test)]
mod tests {
    use super::loose_id;

    #[test]
    fn loose_ids_are_record_numbers_not_measurements() {
        for id in ["A12345678", "ACC-2026-000123", "8XYZ432", "1HGCM82633A004352", "04857211", "CRIMSON-0447"] {
            assert!(loose_id(id), "{id}");
        }
        for not in ["2026", "10x12cm", "T10-T12", "2019-2020", "C5-C6", "120mg", "1200"] {
            assert!(!loose_id(not), "{not}");
        }
    }
}
