//! Person names in free text: after a title or a label ("Dr.", "Dictated by:", "Patient:"),
//! before a credential ("..., MD"), after a relation or a verb of communication ("discussed
//! with", "daughter"), and, without context, as a first name from the census list followed by
//! a surname-shaped word. Written-out words that happen to be names ("Will", "Hill", "White")
//! and the clinical vocabulary need context.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{list, Lexicon};
use super::patterns::{FACILITY, LOWER_STREET, MX_STATES, MY_STATES, NORDIC_LOWER_STREET, TURKISH_FACILITY, ZA_PROVINCES};
use super::{Hit, PhiKind};

mod listed;
mod lone;
mod shaped;

/// Words after which a name is expected; lower-case names from the lists are accepted too.
const STRONG: &str = r"(?i)\b(?:dr|dra|drs|doctor|doctora|docteure?|enf[ªa]?|lic|licda|lcdo|lcda|licenciad[oa]|adjuster|mr|mrs|ms|miss|mx|prof|professor|sr|sra|srta|herr|herrn|(?-i:Hr)|fru|frk|frau|mme|mlle|(?-i:Gogo|Mma|Rra)|ato|batono|kalbatono|paron|tikin|dhr|mevr|mw|shri|sri|smt|khun|(?-i:Patri|Mossieu|Siôr|Siore|Dotôr|Dotore|Pón|Sénher|Senhér|Dòna|Madòna|Knjez|Knjeni|Kněz|Kněni|Signur|Signura|Dunna|Tāvana|Tavana|Mefrou|Itron|Aotrou|Daw|DAW|Dona|Seu|Nang|Nangsao|Nai|Phra|Xaaji|Xaajiyo|Sheekh|Sheikh|Shaikh|Shaykh|Sheikha|Shaykha|Jaddi|Jaddati|Aabo|Hooyo|Abti|Adeer|Eedo|Ayeeyo|Awoowe|Naw|Sayar|Sayama|Sayadaw|Ashin)|dott\.ssa|dott|sig\.ra|sig|capitano\s+di\s+castello|doutor|doutora|alhaji|alhaja|hajiya|mallam|malam|barr|engr|bw|bi|mzee|dkt|dokter|dokté|dokte|dokotera|madanm|mesye|manmzèl|(?-i:Tn|Ny|Nn|Sdr|Sdri)|encik|puan|cik|datuk|datin|bapak|radiographer|radiografer|perawat|bidan|br|msgr|abbot|abbess|prioress|deacon|(?:ông|bà)\s+(?:nội|ngoại)|ông|bà|chị|cháu|bệnh\s+nhân|họ\s+và\s+tên|họ\s+tên|người\s+nhà|bs|ths\.?bs|fr|rev|pastor|rabbi|imam|sgt|capt|col|maj|gen|cpl|pvt|cmdr|requesting(?:\s+(?:clinician|physician|provider|doctor))?|clinician|nurse\s+practitioner|(?:charge\s+)?nurse|infirmi[eè]re|infirmier|rn|np|patient\s+name|pt\s+name|name\s+on\s+(?:the\s+)?(?:order|card|requisition|wristband|armband|label|film|study)|name|patient|pt|paciente|paziente|patiente|patientin|pacijent|pacjent|pacjentka|pacient|pacientka|pasien|gyd|arst|ārste|ārsts|læknir|overlæge|overlege|bolesnik|bolesnica|beteg|hasta|hastanın|пациент|пациентка|пацијент|пацијенткиња|пацієнт|пацієнтка|науқас|врач-рентгенолог|врач|лікар|терапевт|рентгенолог|д-р|др|г-н|г-жа|δρ|κ|κα|ασθενής|ιατρός|medic|opisał|opisała|nombre|nome|bed\s+\d{1,3}[a-z]?|(?:baby|infant)\s+(?:boy|girl)|twin\s+[ab12]|attending(?:\s+physician|\s+radiologist)?|radiologist|resident|fellow|technologist|physician|referring(?:\s+(?:physician|provider|doctor|md))?|referred\s+by|ordering(?:\s+(?:physician|provider|doctor|md))?|ordered\s+by|provider|pcp|dictated\s+by|dictating(?:\s+physician)?|transcribed\s+by|transcriptionist|(?:electronically\s+|e-)?signed(?:\s+by)?|reviewed\s+by|read\s+by|interpreted\s+by|verified\s+by|recorded\s+by|entered\s+by|typed\s+by|scribed\s+by|documented\s+by|approved\s+by|authenticated\s+by|attested\s+by|cc|copy\s+to|courtesy\s+copy|copies\s+to|ref(?:\s+(?:md|dr|physician|doctor))?|legal\s+name|preferred\s+name|guarantor|guardian|next\s+of\s+kin|kin|nok|emergency\s+contact|contact\s+person|interpreter|(?:unit\s+|ward\s+)?clerk|secretary|receptionist|coordinator|social\s+worker|case\s+manager|chaplain|pharmacist|dietitian|paramedic|crew\s+(?:leader|chief|boss)|crew|emt|case\s*worker|case\s+mgr|dentist|periodontist|orthodontist|endodontist|prosthodontist|(?:dental\s+)?hygienist|oral\s+surgeon|dental\s+assistant|outreach\s+(?:worker|nurse|specialist|coordinator)|peer\s+(?:worker|navigator|specialist|support\s+specialist)|plaintiff|defendant|claimant|petitioner|decedent|coach|aide|minister|judge|magistrate|detective|perfusionist|surgeon|deputy|sheriff|(?:principal\s+)?investigator|pi|houseparent|house\s+parent|parole\s+officer|probation\s+officer|(?:police\s+)?officer|doula|applicant|employee|candidate|pilot|haenyeo|corpsman|sitter|transporter|porter|driver|courier|therapists?|physicist|dosimetrist|abstractor|chw|community\s+health\s+worker|(?:aboriginal\s+)?health\s+worker|midwife|scribe|attn|tech|reader|proband|buddy|athlete|caller|pathologist|cytotech(?:nologist)?|prosector|user(?:name)?|login|operator|family|(?:yours\s+)?(?:sincerely|faithfully)|(?:kind\s+|best\s+|warm\s+)?regards|best\s+wishes)\b\.?\s*[:\-,]?[ \t]*";
/// Words after which a capitalised word is a name unless it is a common word.
const WEAK: &str = r#"(?i)\b(?:(?:husband|wife|son|daughter|mother|father|sister|brother|partner|spouse)(?:'s\s+name)?\s+(?:is|was|named|called)|this\s+is|my\s+name\s+is|i'?m|i’m|i\s+am|call|text|page|ask\s+for|(?:son|daughter|mother|father|brother|sister)-in-law|(?:wife|husband|partner|companion)\s+of\s+\d{1,2}\s+years|(?:wife|husband|son|daughter|mother|father|sister|brother|parents?|children|child|widow|widower|partner)\s+of|identifies\s+as|goes\s+by|a\.?k\.?a\.?|roommate|housemate|flatmate|neighbou?r|landlord|boyfriend|girlfriend|companion|carer|infant|baby|newborn|twin|discussed\s+with|spoke\s+with|(?:spoke|discussed|talked)\s+w/\s*|talked\s+(?:to|with)|spoken\s+to|d/w|called\s+to|called|paged|notified|informed|communicated\s+(?:to|with)|reported\s+to|relayed\s+to|conveyed\s+to|per|seen\s+by|accompanied\s+by|mother|father|wife|husband|son|daughter|sister|brother|spouse|partner|caregiver|friend|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granddad|grandad|nana|nan|nonna|nonno|auntie|aunty|granny|grannie|mamaw|mammaw|memaw|papaw|pappaw|mom|mum|mama|dad|papa|aunt|uncle|cousin|sibs?|sibling|half-(?:brother|sister)|fianc[eé]e?|step(?:son|daughter|mother|father)|contact|by|goes\s+by|known\s+as|nicknamed|(?-i:S/o|D/o|W/o|s/o|d/o|a/l|a/p)|tochter|sohn|dochter|filha|filho|dźowka|figghia|figghiu|mutter|vater|ehefrau|ehemann|bruder|schwester|enkelin|enkel|nichte|neffe|córka|córki|syn|syna|żona|żony|mąż|męża|matka|matki|ojciec|ojca|brat|brata|siostra|siostry|wnuk|wnuczka|taty|mamy|sons|daughters|brothers|sisters|cousins|nieces|nephews|grandsons|granddaughters|grandchildren|kids|(?-i:si|ni|kay)|pake|beppe|eadni|áhčči|áhkku|áddjá|lola|lolo|kuya|tita|manang|manong|nanay|tatay|(?-i:Ate|Opa|Oma|Teta)|(?-i:said)|according\s+to|prefers|(?:card|wristband|armband|bracelet|label|order|requisition|badge|licen[cs]e|passport)\s+reads(?:\s+as)?|dear|hi|hello|thanks|thank\s+you|thank|examined|evaluated|assessed|young\s+(?:man|woman|lady|fellow|guy)|gentleman|it'?s|it’s|and|with)\b\.?\s*[:\-,]?[ \t]*["'‘“]?"#;
/// Credentials after a name.
const CREDENTIAL: &str = r"(?:,\s*|[ \t]+)(?:M\.D\.|R\.N\.|Ph\.D\.|(?:MD|RN|PhD|PA-C|FACR|MBBS|DNP|CRNA|RRA|FRANZCR|FRCR|FRCPC|FRCPI|MRCP|DMRD|DNB|MBChB|DABR|APRN|FNP|LPN|CNM|PharmD|CGC|LCGC|FPCR|RPh|CRNI|OCN|DMD|DDS)\b)|,\s*(?:D\.O\.|(?:DO|NP|PA|RT)\b)";
/// The lower-case particles of a European surname after initials or a quoted nickname ("J.
/// van der Berg", 'Pieter "Piet" de Graaf'), as one alternation for both patterns.
const SURNAME_PARTICLE: &str = "(?:van|von|de|der|den|da|di|du|le|la|ter|ten)";
/// "Muhammad" shortened with a dot before the rest of a name ("Mohd. Irfan Qureshi", "Md.
/// Shahidul Islam"): the title reader reads on past it, and `widen` takes it into a found name.
const MUHAMMAD: &[&str] = &["Mohd", "Muhd", "Md"];
/// Name particles written in lower case inside a name ("Van der Berg", "da Silva").
/// Lower case: every comparison lowercases the word first (Irish "Ó" and "Ní" included).
const PARTICLES: &[&str] = &["uulu", "kyzy", "oglu", "oğlu", "qizi", "qızı", "van", "der", "den", "de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le", "von", "ter", "ten", "bin", "bint", "binti", "ould", "mint", "anak", "ibn", "ap", "ferch", "verch", "ní", "nic", "ó", "ua", "uí", "mhic", "mac", "al", "el", "st", "dela", "delos", "i", "y"];
/// Titles and honorifics ("Dr", "Sra", "Khun", "Lt"): they open a name and are none. The list
/// and why its less obvious words are there: `data/titles.txt`.
static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../data/titles.txt")).collect());

/// Services named after the patient: "Patient Relations" and "Pt Transport" name a department.
const PATIENT_SERVICES: &[&str] = &["relations", "transport", "portal", "access", "experience", "advocate", "advocacy", "financial", "registration", "services", "liaison", "navigator", "navigation", "education", "representative", "rights", "information", "accounts", "escort", "logistics", "flow", "placement"];

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
    /// A capitalised word and a comma ending the text before a name: a list of given names.
    listed_before_comma: Regex,
    /// A family by its plural surname ("the Hendersons"), a first name's possessive opening a
    /// sentence ("Mary's chest film") or after a preposition ("after Emma's wedding").
    family_or_possessive: Regex,
    /// A word opening a line before an age over 89 between commas, as a list of residents
    /// writes it: "Bubba, 98, per nursing home"; or two ("Ottoline Brackenridge, 94,"), where the
    /// given name is in no list.
    line_name_age: Regex,
    /// A listed first name and the initial of the surname, as recovery groups and sponsors go
    /// by ("Mike D.", "Sue-Ellen P."), before a comma, a lower-case word or the end; and a
    /// listed first name after "Big" or "Lil" ("Big Eddie").
    first_initial: Regex,
    big_name: Regex,
    /// A kinship word ending the text before a name: "Uncle ", "his daughter ".
    kin_before: Regex,
    /// A quoted "Surname, Given" value, as a CSV row holds it: "Nakamura, Emi".
    quoted_comma: Regex,
    /// An animal's word before a capitalised name, with "named" and a title ("her cat Mr.
    /// Biscuits"), or before the first of two ("dogs Max and Bella"): a pet's name, no person's.
    pet_before: Regex,
    /// A Mexican state's abbreviation, a Malaysian state, a South African province or a Nigerian
    /// state, which follows a town and a comma ("Mérida, Yuc.", "Kapit, Sarawak", "Paarl,
    /// Western Cape", "Ogijo, Ogun State"):
    /// no given name nor initials of a "Surname, Given", and a region that stays unmarked.
    region: Regex,
    /// Capitalised words that close in a facility's word: after a name and a comma, the place
    /// the person works, no given name ("Ms. Jones, Mercy Medical Center").
    facility_ahead: Regex,
    /// A nickname in quotes inside a name: 'Marcus "Moose" Delaney', 'Pieter "Piet" de Graaf',
    /// 'Mariem "Meymouna" Mint Ahmed' (a Mauritanian "Mint", "daughter of", is an English word).
    nickname: Regex,
    /// A relation with the name in brackets after it: "Wife (Hope) worried"; and Dutch names
    /// with "van 't": "Joost van 't Hof".
    relation_bracket: Regex,
    /// Two capitalised words before a verb of living: "Wiremu Tane lives in".
    subject_lives: Regex,
    /// Name words before a bracket that holds an age over 89 or a town: "Pa Houa Vang (101)",
    /// "Tupac Yupanqui Mamani (Puno)".
    before_bracket: Regex,
    /// A given name with a spouse's in brackets, as obituaries list children ("Gary (Linda)",
    /// "Karen Schaefer (Dale)"), and a maiden name between given and married name ("Edna
    /// (Pruitt) Whitcomb").
    spouse_bracket: Regex,
    maiden_bracket: Regex,
    /// A given name opening a line before who she is: "Maria, a mom of three and a teacher".
    line_name_apposition: Regex,
    /// A given name and its relation after a comma: "(Sven, husband; Erik, son)".
    name_comma_relation: Regex,
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
    if s.ends_with(|c: char| c.is_ascii_digit()) {
        return Shape::Other;
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
            // Digits glued on stay in the token, so that a training level or a vertebra ("R3",
            // "T4") is no initial.
            tokens: Regex::new(r"\p{L}[\p{L}\p{M}'’\-]*\d*").expect("token pattern"),
            strong: Regex::new(STRONG).expect("strong triggers"),
            weak: Regex::new(WEAK).expect("weak triggers"),
            credential: Regex::new(CREDENTIAL).expect("credentials"),
            joiner: Regex::new(r"^[ \t]*(?:/|&|;)[ \t]*").expect("joiner"),
            caret: Regex::new(r#"(?m)(?:^|\|[ \t]*|[:=][ \t]*)(\p{L}[\p{L}'\-]*(?:\^\p{L}[\p{L}'\-]*){1,3})\^*(?:\||$|[ \t,;"])"#).expect("caret"),
            relation_after: Regex::new(r"\b(\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})[ \t]*\((?i:(?:the\s+)?(?:patient's\s+|pt's\s+)?(?:daughter|son|wife|husband|spouse|partner|mother|father|sister|brother|friend|niece|nephew|grandson|granddaughter|aunt|uncle|cousin|neighbou?r|caregiver|carer|guardian|parents?|next\s+of\s+kin|nok|roommate|fianc[eé]e?))\b").expect("relation after"),
            initials_after: Regex::new(r"(?im)\b(?:by|verified|recorded|reviewed|typed|entered|(tr|ts|dt|trans|transcribed|dictated))[ \t]*[:.]?[ \t]+([a-z]{2,4})[ \t]*(?:/|[.,;)]|$)").expect("initials after"),
            listed_before_comma: Regex::new(r"(?:^|[\s:(])(\p{Lu}\p{Ll}+),[ \t]+$").expect("listed before comma"),
            first_before: Regex::new(r"\b(\p{Lu}\p{Ll}[\p{L}'’\-]*)[ \t]+(?:(and|&|y|e|i)[ \t]+|(?:says|said|states|stated|reports|reported|asked|told|called|notes|noted|thinks|confirms|confirmed|spoke|wrote|sang|loved|enjoyed|retired|married|finished|started|began|has|had)\b)").expect("first before"),
            relation_bracket: Regex::new(r"(?i:\b(?:wife|husband|son|daughter|mother|father|sister|brother|partner|spouse|friend|niece|nephew|grandson|granddaughter|carer|caregiver|dtr|dau)[ \t]*\()(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\)|\b(?:\p{Lu}\p{Ll}+[ \t]+)?(?:van|op|in)[ \t]+['’]t[ \t]+\p{Lu}\p{Ll}+").expect("relation bracket"),
            subject_lives: Regex::new(r"\b(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+)[ \t]+(?:lives|lived|resides|resided|was\s+born|grew\s+up)\b").expect("subject lives"),
            before_bracket: Regex::new(r"\b(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]*\((9\d|1[0-2]\d|\p{Lu}\p{Ll}+)\)").expect("before bracket"),
            family_or_possessive: Regex::new(r#"(?m)\b(?i:the)[ \t]+(\p{Lu}\p{Ll}+)(?:s\b|[ \t]+family\b)|(?:^|[.!?;][ \t]+|["“(])(\p{Lu}\p{Ll}+)['’]s?\b|\b(?i:after|at|from|to|for|with|about|and|since|before|until|whether|if|that|when|because|once|while)[ \t]+(\p{Lu}\p{Ll}+)['’]s\b"#).expect("family or possessive"),
            first_initial: Regex::new(r"(?m)\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+\p{Lu}\.(?:[ \t]*[,;:)]|[ \t]+\p{Ll}|[ \t]*$)").expect("first initial"),
            big_name: Regex::new(r"\b(?:Big|Lil|Little)[ \t]+(\p{Lu}\p{Ll}+)\b").expect("big name"),
            line_name_age: Regex::new(r"(?m)^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?),[ \t]*(?:9\d|1[0-2]\d)[ \t]*,").expect("line name age"),
            line_name_apposition: Regex::new(r"(?m)^[ \t]*(\p{Lu}\p{Ll}+),[ \t]+(?:a|an|our|my)[ \t]+\p{Ll}").expect("line name apposition"),
            kin_before: Regex::new(r"(?i)\b(?:(?:son|daughter|mother|father|brother|sister)-in-law|uncle|aunt|auntie|aunty|granny|grannie|mamaw|mammaw|memaw|papaw|pappaw|grandpa|grandma|granddad|grandad|nana|cousin|nephew|niece|brother|sister|son|daughter|wife|husband|mother|father|mom|mum|dad|granddaughter|grandson|tochter|sohn|dochter|mutter|vater|ehefrau|ehemann|bruder|schwester|enkelin|enkel|nichte|neffe)[ \t]*[:,]?[ \t]*$").expect("kin before"),
            spouse_bracket: Regex::new(r"\b(\p{Lu}\p{Ll}+)((?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)[ \t]*\((\p{Lu}\p{Ll}+)\)").expect("spouse bracket"),
            maiden_bracket: Regex::new(r"\b(\p{Lu}\p{Ll}+)[ \t]+\((\p{Lu}\p{Ll}+)\)[ \t]+(\p{Lu}[\p{L}'’\-]+)").expect("maiden bracket"),
            name_comma_relation: Regex::new(r"\b(\p{Lu}\p{Ll}+),[ \t]+(?:husband|wife|son|daughter|mother|father|sister|brother|partner|spouse|niece|nephew|grandson|granddaughter)\b").expect("name comma relation"),
            facility_ahead: Regex::new(&format!(r"^(?:(?:\p{{Lu}}[\p{{L}}'’\-]+[ \t]+){{0,3}}{FACILITY}|(?:(?:\p{{Lu}}[\p{{L}}\-]+|\d{{1,3}}|No'lu|ve)[ \t]+){{1,6}}{TURKISH_FACILITY}|\p{{Lu}}\p{{Ll}}+umc|(?:CAP|Centro[ \t]+de[ \t]+Salud|Centro[ \t]+Hospitalar|USF|Lar|Residencia|Centre[ \t]+hospitalier|CHU|EHPAD|CLSC|Clinique|Hôpital|Ladang)[ \t]|(?:\p{{Lu}}\p{{L}}+[ \t]+){{0,2}}(?:Szpital|Przychodni|Instytut|Centrum|Poradni|Ośrod|Ospedal|Policlinic|Azienda|Istitut|Clinica|Casa[ \t]+di[ \t]+Cura)\p{{L}}*)\b")).expect("facility ahead"),
            region: Regex::new(&format!(r"^(?:{MX_STATES}|(?:{MY_STATES}|{ZA_PROVINCES}|\p{{Lu}}\p{{Ll}}+(?:[ \t]\p{{Lu}}\p{{Ll}}+)?[ \t]State)\b)")).expect("region"),
            pet_before: Regex::new(r"(?i)\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|parrots?|cockatiels?|budgies?|parakeets?|macaws?|horses?|fill(?:y|ies)|mares?|colts?|stallions?|geldings?|pon(?:y|ies)|elephants?|hamsters?|rabbits?|bunn(?:y|ies)|ferrets?|goats?|lambs?|pigs?|canar(?:y|ies)|tortoises?|iguanas?|snakes?)(?:[ \t]+(?:named|called))?[ \t]+(?:(?-i:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Captain|Princess|Lord)\.?[ \t]+)?(?:(?-i:\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+)?$").expect("pet before"),
            quoted_comma: Regex::new(r#""(\p{Lu}[\p{L}'’\-]+),[ ]?(\p{Lu}[\p{L}'’\-]+)((?:[ ]\p{Lu}[\p{L}'’\-]+)?)""#).expect("quoted comma"),
            nickname: Regex::new(&format!(r#"(?:\bMa\.[ \t]+)?\b(\p{{Lu}}\p{{Ll}}+)[ \t]+["“'‘]\p{{Lu}}[\p{{L}}\-]*["”'’][ \t]+(?:(?:{SURNAME_PARTICLE}|del|Mint|Ould|Bint|Bin)[ \t]+){{0,2}}(\p{{Lu}}[\p{{L}}'’\-]+)(?:[ \t]+(\p{{Lu}}[\p{{L}}'’\-]+))?"#)).expect("nickname"),
            initialled: Regex::new(&format!(r"\b(?:\p{{Lu}}\.[ \t]?){{1,3}}((?:{SURNAME_PARTICLE}[ \t]){{0,2}}\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)\b")).expect("initialled"),
            initials: Regex::new(r"(?m)(?:^|[-–—]\s*)([a-z]{2,4})/([a-z]{2,4})[ \t]*(?:$|\.(?:[ \t]|$))|(?:^|\s)[-–—][ \t]*([a-z]{2,4})[ \t]*$|\b(?:MD|DO|M\.D\.)[ \t]+([A-Z]{2,3})/([a-z]{2,3})[ \t]*(?:$|\.(?:[ \t]|$))").expect("initials"),
        }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let toks = self.tokenize(text);
        let mut hits = Vec::new();
        for (re, strong) in [(&self.strong, true), (&self.weak, false)] {
            for m in re.find_iter(text) {
                // After a sign-off or a title, even an unlisted lower-case word is a name.
                let t = m.as_str().trim_end().to_lowercase();
                // "resident." ends a sentence; only abbreviations carry a period ("Dr.", "Pt.").
                if let Some(dot) = t.find('.') {
                    let word = t[..dot].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    if !TITLES.contains(word) && !matches!(word, "pt" | "ref" | "att") {
                        continue;
                    }
                }
                // "Signed, t. okafor" signs off as "Signed by:" does; "Patient, ..." does not.
                let core = t.trim_end_matches(',').trim_end();
                let next = text[m.end()..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
                // "Family:" labels a name; "the family held a reunion" does not. A title and the
                // word after it that together name a country ("Sri Lanka") are the country.
                // "Hai Bà Trưng" is a Hanoi district (the two Trưng sisters), not a Mrs. Trưng.
                if strong && t == "family" || !next.is_empty() && self.lex.is_country(&format!("{core} {next}")) || t == "bà" && text[..m.start()].ends_with("Hai ") {
                    continue;
                }
                // "Patient Relations", "Patient Transport": a hospital's service, no one's name.
                if matches!(core, "patient" | "pt") && PATIENT_SERVICES.contains(&next.as_str()) {
                    continue;
                }
                let letter_end = ["sincerely", "faithfully", "regards", "wishes"].iter().any(|w| core.ends_with(w));
                let signoff = strong && (t.ends_with(':') || core.ends_with("by") || core.ends_with("signed") || letter_end || TITLES.contains(t.trim_end_matches('.')));
                if let Some(h) = self.after(text, &toks, m.end(), if signoff { Trigger::SignOff } else if strong { Trigger::Strong } else { Trigger::Weak }) {
                    hits.push(h);
                }
                // "Rajendran s/o Muthusamy": a relation marker stands between two names.
                if !strong && matches!(core, "s/o" | "d/o" | "w/o" | "a/l" | "a/p") {
                    hits.extend(self.before(text, &toks, text[..m.start()].trim_end().len()));
                }
            }
        }
        for m in self.credential.find_iter(text) {
            // "file MD-44-2290": letters opening a dashed number are no credential.
            let rest = text[m.end()..].as_bytes();
            if rest.first() == Some(&b'-') && rest.get(1).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            // "Monterrey, N.L.": a Mexican state after its town, no credential after a name.
            if m.as_str().starts_with(',') && self.region.is_match(text[m.start()..].trim_start_matches([',', ' ', '\t'])) {
                continue;
            }
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
                // Lower-case everyday words alone after ";" start the next clause, not the next
                // name: "Dr. Smith; weight 80 kg" (but "RN Carlos Mendes; child Emily R.").
                // Nor does an abbreviation in three capitals that is no surname: "Outreach worker
                // Maribel Soto; DOT starts Monday" ("Dr. Park; LEE" is the next name).
                let clause = |n: &Hit| {
                    let s = &text[n.start..n.end];
                    s.split_whitespace().all(|w| w.starts_with(char::is_lowercase) && self.lex.is_common(&w.to_lowercase()))
                        || s.chars().count() <= 3 && shape(s) == Shape::Upper && !self.lex.is_last(&s.to_lowercase())
                };
                if let Some(n) = self.after(text, &toks, end + m.end(), Trigger::Strong).filter(|n| n.start >= end + m.end() && !clause(n)) {
                    hits.push(n);
                } else if let Some(n) = self.typist(text, &toks, end + m.end()).filter(|_| m.as_str().contains('/')) {
                    hits.push(n);
                }
            }
            k += 1;
        }
        hits.extend(self.listed_names(text, &toks));
        hits.extend(self.shaped_names(text, &hits));
        // Transcription initials closing a note or a sentence: "- rjm/kd", "- mvd/ak. Heart...",
        // "Aaron Kessler, MD AK/tb" (the reader's in capitals after the credential); "- and/or."
        // is English, and "x-ray" at the end of a line no sign-off.
        for c in self.initials.captures_iter(text) {
            if let (Some(a), Some(b)) = (c.get(1), c.get(2)) {
                if self.lex.is_common(a.as_str()) && self.lex.is_common(b.as_str()) && text[b.end()..].trim_start().starts_with('.') {
                    continue;
                }
            }
            for g in [c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)].into_iter().flatten() {
                hits.push(Hit { start: g.start(), end: g.end(), kind: PhiKind::Name });
            }
        }
        hits
    }

    /// The words of `text`, without a possessive "'s" or trailing hyphens.
    fn tokenize(&self, text: &str) -> Vec<Tok> {
        // The ordinal signs of "Enf.ª", "Dr.ª" and "n.º" are no words.
        self.tokens.find_iter(text).filter(|m| !matches!(m.as_str(), "ª" | "º")).map(|m| Tok { start: m.start(), end: m.end() - trailing_marks(m.as_str()) }).collect()
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

    /// Whether a found name or place is an animal's: "her parrot Charlie", "an elephant named
    /// Tonka".
    pub(crate) fn pet_name(&self, text: &str, h: &Hit) -> bool {
        let from = text[..h.start].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
        self.pet_before.is_match(&text[from..h.start])
    }

    /// Whether the token opens a Mexican state's abbreviation, a Malaysian state or a South
    /// African province after a comma ("Monterrey, N.L.", "Tawau, Sabah").
    fn region_at(&self, text: &str, t: &Tok) -> bool {
        text[..t.start].trim_end_matches([' ', '\t']).ends_with(',') && self.region.is_match(&text[t.start..])
    }

    /// A listed surname, also with an apostrophe ("O'Brien") or double-barrelled ("Pryce-Jones").
    fn surname(&self, lower: &str) -> bool {
        let one = |p: &str| self.lex.is_last(p) || p.contains(['\'', '’']) && self.lex.is_last(&p.replace(['\'', '’'], ""));
        one(lower) || lower.contains('-') && lower.split('-').all(one)
    }

    /// A listed town that is no given name, or a country, read after a name (its last word
    /// `before`) and a comma: where the person is ("Ardit Berisha, Gjakova", "Belmont, Chicago"),
    /// not the given name of "Surname, Given".
    fn town_not_given(&self, w: &str, before: &str) -> bool {
        let l = w.to_lowercase();
        // A country is where a town is ("Adré, Chad"), unless a listed surname stands before
        // it ("Smith, Chad" is a person).
        let country = self.lex.is_country(&l) && !self.surname(&before.to_lowercase());
        self.lex.is_place(&l) && !self.lex.is_first(&l) && !self.lex.is_last(&l) || country
    }

    fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
        &text[t.start..t.end]
    }

    /// Whether a word after "Per", with a surname still to come, is a second given name ("Per
    /// Mikkel Gaup"): a listed given name or no English word. Both the pair reader and `widen`
    /// ask it, so that one finds what the other keeps.
    fn given_after_per(&self, lower: &str) -> bool {
        self.lex.is_first(lower) || !self.lex.is_word(lower)
    }

    /// A father's title right after "bin" or "binti" belongs to the patronymic, not to a new
    /// name: "Ahmad bin Haji Ismail", "Ali bin Pengiran Damit".
    fn father_title(text: &str, toks: &[Tok], x: usize) -> bool {
        x > 0 && is_title(&Self::word(text, &toks[x]).to_lowercase()) && matches!(Self::word(text, &toks[x - 1]), "bin" | "binti")
    }

    /// A word that is clinical or a report/header word: never part of a name.
    fn clinical(&self, lower: &str) -> bool {
        self.lex.is_word(lower) && !self.lex.is_first(lower) && !self.lex.is_last(lower) || TITLES.contains(lower) || is_header(lower)
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
            Shape::Lower => lower_name && !self.word_like(&lower) && (!self.lex.is_common(&lower) || self.surname(&lower) || self.lex.is_first(&lower)) && (trigger == Trigger::SignOff || lower.chars().count() > 2 || self.lex.is_first(&lower) || self.lex.is_last(&lower)),
            Shape::Other => false,
        }
    }

    /// The name that starts right after a trigger ending at `pos`, if any.
    fn after(&self, text: &str, toks: &[Tok], pos: usize, trigger: Trigger) -> Option<Hit> {
        let strong = trigger != Trigger::Weak;
        let mut i = toks.partition_point(|t| t.start < pos);
        // "Enf.ª Ana": the ordinal sign closes the feminine title.
        if !text[pos..toks.get(i)?.start].chars().all(|c| matches!(c, ' ' | '\t' | ':' | '-' | '"' | '\'' | '‘' | '“' | '(' | 'ª' | 'º')) {
            return None;
        }
        // A title after a label ("discussed with Dr. Smith", "Dr. med. Hoffmann") is skipped,
        // not captured.
        // Polish degrees: "dr n. med." (doctor of medical sciences), "n." only before "med.".
        let degree = |i: usize| Self::word(text, &toks[i]) == "n" && toks.get(i + 1).is_some_and(|t| Self::word(text, t) == "med");
        // Portuguese "Dom"/"Dona" written "D." after "Sr."/"Sra.": "Sra. D. Maria de Fátima".
        let dona = |i: usize| i > 0 && Self::word(text, &toks[i]) == "D" && text[toks[i].end..].starts_with('.') && dona_title(Self::word(text, &toks[i - 1]));
        while i < toks.len() && (TITLES.contains(Self::word(text, &toks[i]).to_lowercase().as_str()) || degree(i) || dona(i)) && gap_ok(&text[toks[i].end..toks.get(i + 1)?.start], true) {
            i += 1;
        }
        let first = toks.get(i)?;
        let w = Self::word(text, first);
        // "and Chaplain Pettigrew": the role is a trigger of its own, and no part of the name.
        if trigger == Trigger::Weak && self.is_role(w) {
            return None;
        }
        // "said CHP Officer Mark Ellis": an agency in capitals before a role is no name; the
        // role triggers the name on its own.
        if trigger == Trigger::Weak && shape(w) == Shape::Upper && toks.get(i + 1).is_some_and(|n| self.is_role(Self::word(text, n))) {
            return None;
        }
        // "Baby Girl Santiago": after "baby" the sex is no name; "Baby Girl" triggers the surname.
        if trigger == Trigger::Weak && matches!(w.to_lowercase().as_str(), "boy" | "girl") {
            return None;
        }
        let lower = w.to_lowercase();
        // "Doctor, my mother ...": a determiner in lower case opens no name.
        if matches!(lower.as_str(), "my" | "our" | "your" | "his" | "her" | "their" | "the" | "a" | "an") && shape(w) == Shape::Lower {
            return None;
        }
        // A number's label in lower case opens no name: "BI n.º 0012847" (Portugal's identity
        // card, whose letters are Swahili's "Bi" too).
        if matches!(lower.as_str(), "n" | "nº" | "n°" | "no" | "nr") && shape(w) == Shape::Lower {
            return None;
        }
        // A department answers for the hospital, in capitals: "approved by HIM", "per IT".
        if matches!(lower.as_str(), "him" | "hr" | "it" | "qa" | "pacs" | "biomed" | "admin" | "ir" | "icu" | "ed") && shape(w) == Shape::Upper {
            return None;
        }
        let first_initial = shape(w) == Shape::Initial;
        // After a comma, a short capitalised word with its dot is a label or a credential
        // ("Budi Hartono, No. RM ...", "Ratna Sari Dewi, Sp.Rad."), not the next name; a given
        // name so written ("Smith, Jo.", "NAKASHIMA, EMI.") is.
        let abbreviation = |n: &Tok| {
            let w = Self::word(text, n);
            (2..=3).contains(&(n.end - n.start)) && text[n.end..].starts_with('.') && shape(w) == Shape::Cap && !self.lex.is_first(&w.to_lowercase())
        };
        let next_is_name = || toks.get(i + 1).is_some_and(|n| (gap_ok(&text[first.end..n.start], first_initial) || text[first.end..n.start].trim() == "," && !abbreviation(n)) && {
            let nw = Self::word(text, n);
            let nl = nw.to_lowercase();
            !self.lex.is_word(&nl) && !is_header(&nl) && (shape(nw) == Shape::Cap || shape(nw) == Shape::Upper && (self.lex.is_first(&nl) || self.lex.is_last(&nl) || strong && self.lex.is_rare(&nl) && nl.chars().count() >= 4))
        });
        let surname_next = || toks.get(i + 1).is_some_and(|n| {
            let nw = Self::word(text, n);
            gap_ok(&text[first.end..n.start], false) && shape(nw) == Shape::Lower && self.surname(nw) && !self.lex.is_word(nw) && !self.lex.is_common(nw)
        });
        let initial_next = || toks.get(i + 1).is_some_and(|n| text[first.end..n.start] == *" " && n.end - n.start == 1 && text[n.end..].starts_with('.'));
        // "Nurse Faith Young", "RN Joy Little": after a role, a listed first name and a listed
        // surname are a person even when both are English words.
        let first_and_surname = || self.lex.is_first(&lower) && toks.get(i + 1).is_some_and(|n| {
            let nw = Self::word(text, n);
            let nl = nw.to_lowercase();
            gap_ok(&text[first.end..n.start], false) && shape(nw) == Shape::Cap && (self.lex.is_last(&nl) || !self.lex.is_word(&nl)) && !self.clinical(&nl)
        });
        let by = text[..pos].trim_end().to_lowercase().ends_with(" by");
        let kin = || self.kin_before.is_match(&text[..pos]);
        let closes = || text[first.end..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '/' | '@' | '\n'));
        let title = TITLES.contains(Self::word(text, toks.get(i.wrapping_sub(1)).unwrap_or(first)).to_lowercase().as_str());
        let listed = self.lex.is_first(&lower) || self.lex.is_last(&lower);
        let ok = match shape(w) {
            // "Dr. White" is a name; "Patient: No ..." and "with COPD" are not.
            Shape::Cap | Shape::Upper if self.clinical(&lower) => false,
            Shape::Cap | Shape::Upper if title => true,
            Shape::Cap if strong => !self.word_like(&lower) || next_is_name() || first_and_surname(),
            Shape::Upper if trigger == Trigger::SignOff => !self.word_like(&lower),
            // "PT OKONKWO-BELL, ADAEZE": an unlisted capitalised surname that is no word.
            Shape::Upper if strong => !self.word_like(&lower) && (listed || self.lex.is_rare(&lower) && lower.chars().count() >= 5) || next_is_name(),
            // After a kinship word a listed first name is one even when it is a word too
            // ("Uncle Ray", "Auntie May", "his daughter Hope").
            // After a relation or a verb, a listed first name and surname that close the phrase:
            // "per Justice Ward, the ward clerk".
            // A doubled nickname is a name though its halves are words: "si Jun-Jun"; so is a
            // Korean given name after a kinship word, though its syllables are ("her grandson
            // Min-jun").
            Shape::Cap => !self.word_like(&lower) || lower.split_once('-').is_some_and(|(a, b)| a == b && a.chars().count() >= 2) || kin() && (self.lex.is_first(&lower) || listed::hyphen_given(w)) && !self.clinical(&lower)
                || first_and_surname() && toks.get(i + 1).is_some_and(|n| text[n.end..].trim_start_matches([' ', '\t']).starts_with([',', '.', ';', ')', '\n'])),
            // "annotation by BKOWALSKI": a login in capitals.
            Shape::Upper => !self.word_like(&lower) && (listed || next_is_name() || self.login(&lower)),
            // "reviewed by B reader Dr. ...": a B reader is a certified reader of dust films.
            Shape::Initial => (strong || next_is_name()) && !text[first.end..].get(..7).is_some_and(|s| s.eq_ignore_ascii_case(" reader")),
            // "read by jmk" signs off; "read by us" is English.
            // "transcribed by declan whitfield": a common word is a first name when a listed
            // surname follows it.
            // After a role rather than a title, an everyday word is the sentence going on: "crew
            // call 06:00", "courier app" ("dr smith" and "signed, kim" stay names).
            Shape::Lower if strong && !title && trigger != Trigger::SignOff && self.lex.is_everyday(&lower) => false,
            // "patient vu à 07h45", "patient lu le 3/4": a French participle before its
            // preposition or article, though the surname lists hold it (Vũ, Lu).
            Shape::Lower if strong && toks.get(i + 1).is_some_and(|n| text[first.end..n.start] == *" " && matches!(Self::word(text, n), "à" | "le" | "la" | "les" | "par" | "au" | "aux" | "en" | "hier" | "ce")) => false,
            Shape::Lower if strong => !self.lex.is_word(&lower) && !self.clinical(&lower) && (trigger == Trigger::SignOff && (!self.lex.is_common(&lower) || lower.chars().count() == 1 || surname_next()) || self.lex.is_first(&lower) || self.lex.is_last(&lower) || self.login(&lower)),
            // "his wife marguerite delacourt": a listed first name after a relation; "uploaded by
            // kdiaz.": a login after "by", closing a sentence ("with crackles on", "with humira,"
            // are words the lists lack); "with hoang v.": a listed surname and its initial.
            // After a kinship word even an unlisted one that is no English word: "daughter-in-law tamsin".
            // A listed first name that is an everyday word is the sentence going on ("and my
            // supervisor"), except after a kinship word ("son marcus").
            Shape::Lower => !self.word_like(&lower) && !self.clinical(&lower) && (self.lex.is_first(&lower) && (!self.lex.is_everyday(&lower) || kin()) || by && self.login(&lower) && closes() || self.surname(&lower) && initial_next() || kin() && self.lex.is_rare(&lower)),
            Shape::Other => false,
        };
        // "van der Berg" is a capitalised name after its particles, not a lower-case one that
        // may run on into the sentence ("drove her in").
        let lower_name = shape(w) == Shape::Lower && !PARTICLES.contains(&lower.as_str());
        // A signed-off lower-case initial: "signed, t. okafor".
        let lower_initial = |t: &Tok| trigger == Trigger::SignOff && lower_name && t.end - t.start == 1 && text[t.end..].starts_with('.');
        // "and Virchow's triad", "with Swan-Ganz catheter": after a weak cue an eponym stays, and
        // so does a country ("the U.K. and Canada"), unless a surname follows ("and Kenya Moore")
        // or a kinship word goes before ("Grandson Jordan").
        if !ok || trigger == Trigger::Weak && (is_eponym_use(text, toks.get(i + 1)) || self.lex.is_country(&lower) && !next_is_name() && !kin()) {
            return None;
        }
        let mut end = first.end;
        let mut n = 1;
        let mut commas = 0;
        let mut j = i + 1;
        while n < 4 && j < toks.len() {
            let gap = &text[end..toks[j].start];
            // "Ma." is Maria shortened, as Filipino names write it: "Dra. Ma. Teresa Villanueva"; so
            // are "Mohd." and "Md." Muhammad: "Mr. Mohd. Irfan Qureshi".
            let initial_before = shape(Self::word(text, &toks[j - 1])) == Shape::Initial || lower_initial(&toks[j - 1]) || {
                let w = Self::word(text, &toks[j - 1]);
                (w == "Ma" || MUHAMMAD.contains(&w)) && text[toks[j - 1].end..].starts_with(". ")
            };
            let comma = gap.trim() == ",";
            let w = Self::word(text, &toks[j]);
            // After a comma the name ends where a place opens: a Romance hospital's word ("Dr
            // Marie Payet, Centre Hospitalier Ouest Réunion"; "Mina" is a given name too), a
            // facility's closing word ahead, a street, an address, a town that is no given name.
            let place_next = || (opens_facility(w) && w != "Mina")
                || self.facility_ahead.is_match(&text[toks[j].start..])
                || street_word(w)
                || address_ahead(&text[toks[j].start..])
                || self.town_not_given(w, Self::word(text, &toks[j - 1]));
            if !(gap_ok(gap, initial_before) || comma && commas == 0) || comma && place_next() {
                break;
            }
            if comma && abbreviation(&toks[j]) {
                break;
            }
            // After a comma, a label in capitals before its number ends a name written in mixed
            // case: "Pelayo Granda, NASS 33/10482759/36", though "Nass" is a surname.
            let label_next = || shape(w) == Shape::Upper && shape(Self::word(text, first)) == Shape::Cap && text[toks[j].end..].trim_start_matches([' ', '\t', ':']).starts_with(|c: char| c.is_ascii_digit());
            if comma && label_next() {
                break;
            }
            // "Lakshmi Devi W/o Venkatesh": a letter before a slash is an abbreviation, no initial.
            if toks[j].end - toks[j].start == 1 && text[toks[j].end..].starts_with('/') {
                break;
            }
            // "Van der Berg": a particle continues the name when a name word follows it (not a
            // hospital: "Iñaki Etxeberria del Hospital Universitario Donostia").
            let is_particle = |x: usize| {
                let w = Self::word(text, &toks[x]);
                PARTICLES.contains(&w.to_lowercase().as_str()) || catalan_and(w) || berber_id(w) || Self::father_title(text, toks, x)
            };
            let after_particles = (j..toks.len()).find(|&x| !is_particle(x));
            let particle = is_particle(j)
                && !comma
                && after_particles.is_some_and(|k| (j..k).all(|x| gap_ok(&text[toks[x].end..toks[x + 1].start], false)) && self.continues(Self::word(text, &toks[k]), trigger, lower_name) && !opens_facility(Self::word(text, &toks[k])));
            // A lower-case name is a first and a last name; a third lower-case word is the
            // sentence going on ("marguerite delacourt asked").
            let third_lower = lower_name && n >= 2 && shape(w) == Shape::Lower;
            // After a capitalised first and last name, capitals that are no listed name are an
            // abbreviation the sentence goes on with ("Lamont Greer SOB", "Ashworth-Pike, UNOS").
            let wl = w.to_lowercase();
            let acronym_after = n >= 2 && shape(Self::word(text, first)) == Shape::Cap && shape(w) == Shape::Upper && !self.lex.is_first(&wl) && !self.lex.is_last(&wl);
            if !particle && !self.continues(w, trigger, lower_name) || third_lower || acronym_after || comma && shape(w) == Shape::Initial && strong && n > 1 {
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
            // A listed first name before it makes even an eponym a surname: "Harold Westermark, PA-C".
            let first_before = n == 0 && i >= 2 && self.lex.is_first(&Self::word(text, &toks[i - 2]).to_lowercase());
            if TITLES.contains(lower.as_str()) || shape(w) != Shape::Initial && self.clinical(&lower) && !first_before || !(matches!(shape(w), Shape::Cap | Shape::Upper | Shape::Initial) || lower_ok || n > 0 && PARTICLES.contains(&lower.as_str())) {
                break;
            }
            start = Some(t.start);
            boundary = t.start;
            n += 1;
            i -= 1;
        }
        start.map(|s| Hit { start: s, end: pos, kind: PhiKind::Name })
    }

}

/// Every part of a hyphenated word capitalised, as in a name ("Obi-Wan", "Pryce-Jones"), not
/// as in a compound ("HIV-positive", "XXXX-year-old"). A Tuvan man's given name ends in a
/// lower-case "-ool" (son, boy): "Aldyn-ool".
fn name_cased(w: &str) -> bool {
    let w = w.strip_suffix("-ool").filter(|s| !s.is_empty()).unwrap_or(w);
    w.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase) && p.chars().any(char::is_lowercase))
}

/// An honorific ("Dr", "Sra", "Fr"): it precedes a name and is none.
pub(crate) fn is_title(lower: &str) -> bool {
    TITLES.contains(lower.trim_end_matches('.'))
}

/// Whether the word right before `pos`, past the spaces, is an honorific or a kin word from the
/// list: a name after one may carry an initial the name readers would not take alone ("Periyamma
/// M. Lakshmi", "Moothashari Velayudhan K.").
fn title_before(text: &str, pos: usize) -> bool {
    text[..pos].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| !w.is_empty() && is_title(&w.to_lowercase()))
}

/// Words that make even a possessive name an eponym ("Addison's disease", "Virchow's triad"):
/// nobody's own disease is written with their first name and "'s".
// "lung" for the occupational ones: "Farmer's lung", "bird fancier's lung".
const EPONYM_CONDITIONS: &[&str] = &["disease", "sign", "syndrome", "lymphoma", "sarcoma", "phenomenon", "law", "triad", "criteria", "classification", "lung"];

/// Words that make a plain name before them an eponym ("Kerley B line", "Swan-Ganz catheter"),
/// but not a possessive one: "Maria's line was flushed" is Maria's own line.
const EPONYM_THINGS: &[&str] = &["node", "nodes", "line", "lines", "catheter", "tube", "fracture", "view", "position", "maneuver", "hump", "procedure", "operation", "needle", "valve", "port", "clip", "stent", "drain", "score", "scale", "test", "lesion", "effect", "angle", "space", "foramen", "hernia"];

/// `word` (any case) after a possessive name makes it an eponym.
fn is_possessive_eponym(word: &str) -> bool {
    EPONYM_CONDITIONS.contains(&word.to_lowercase().as_str())
}

/// A name followed by "sign", "line", "catheter" ... is an eponym, not a person; one with a
/// comma or a stop between is not ("Marquis Faison, line cook").
fn is_eponym_use(text: &str, next: Option<&Tok>) -> bool {
    next.is_some_and(|t| {
        if !text[..t.start].trim_end_matches([' ', '\t']).ends_with(|c: char| c.is_alphabetic() || c == '-') {
            return false;
        }
        let w = text[t.start..t.end].to_lowercase();
        EPONYM_CONDITIONS.contains(&w.as_str()) || EPONYM_THINGS.contains(&w.as_str())
    })
}

/// A particle inside a name as written there: lower case ("van der", "da"), or the Irish ones
/// that are always capitalised ("Pádraig Ó Súilleabháin", "Siobhán Ní Bhriain").
/// The Catalan "and" that joins a name's two surnames: "Pujol i Casal" (in lower case only, so
/// never the English "I").
fn catalan_and(w: &str) -> bool {
    w == "i"
}

/// The Berber "Id" (sons of) that opens a surname: "Aicha Id Brahim" (with its capital only, so
/// never an "ID" label).
fn berber_id(w: &str) -> bool {
    w == "Id"
}

fn inner_particle(w: &str) -> bool {
    PARTICLES.contains(&w) || matches!(w, "Ó" | "Ní" | "Nic" | "Ua" | "Uí" | "Mhic" | "Mac") || berber_id(w)
}

impl NameFinder {
    /// Whether a word is a role or a title that introduces a name ("Perfusionist", "Adjuster").
    /// A role written before a person's name: a cue ("Dr", "Perfusionist") or an occupation that
    /// opens a sentence ("Manager", "Welder").
    fn role_word(&self, word: &str) -> bool {
        self.is_role(word) || LEAD_ROLES.contains(word.to_lowercase().as_str())
    }

    fn is_role(&self, word: &str) -> bool {
        [&self.strong, &self.weak].iter().any(|re| re.find(word).is_some_and(|m| m.start() == 0))
    }

    /// Name hits extended back over what belongs to them right before: particles ("Ó
    /// Súilleabháin", "van der Berg" where a rule found only the surname), and a capitalised
    /// rare word or a listed first name ("Yuleisy" before "Carolina Pérez Briceño", which the
    /// pair rules left because "Carolina" is also a place; "Bobby" before "Ray Tackett"). One space between each; at most three.
    /// A name inside a place or a facility another rule found is that rule's ("Liveaboard Sea
    /// Wolf" is a boat), and is not widened.
    pub(crate) fn widen(&self, text: &str, hits: &mut [Hit]) {
        let others: Vec<(usize, usize)> = hits.iter().filter(|h| h.kind != PhiKind::Name).map(|h| (h.start, h.end)).collect();
        for h in hits.iter_mut().filter(|h| h.kind == PhiKind::Name) {
            if others.iter().any(|&(s, e)| s <= h.start && h.end <= e) {
                continue;
            }
            // A role any rule took in with the name is left out of it: "pathologist Marguerite
            // Oyelowo, MD" (the credential's rule reads back over lower-case words).
            // A letter before the role is the role's too: "B Reader Sanjay Kulkarni".
            for _ in 0..2 {
                let Some(sp) = text[h.start..h.end].find(' ') else { break };
                let first = &text[h.start..h.start + sp];
                let rest = text[h.start + sp..h.end].trim_start();
                let lettered = first.len() == 1 && first.chars().all(char::is_uppercase) && rest.split(' ').next().is_some_and(|w| self.is_role(w));
                // ... but "Per" before a Nordic surname is the given name ("guide Per Johansson"),
                // and so is it before a second given name and a surname ("Per Mikkel Gaup").
                let second_given = || rest.split(' ').count() >= 2 && rest.split(' ').next().is_some_and(|w| self.given_after_per(&w.to_lowercase()));
                let nordic = first == "Per" && (rest.split(' ').next().is_some_and(nordic_surname) || second_given());
                // A lower-case word that qualifies the role is the role's too: "transplant
                // coordinator Bethany Kroll".
                let qualifier = first.chars().all(char::is_lowercase) && self.lex.is_common(first) && rest.split(' ').next().is_some_and(|w| self.is_role(w));
                if qualifier {
                    h.start = h.end - rest.len();
                    continue;
                }
                // ... but not before capitals alone: "Lifeguard EMS" is an ambulance firm.
                let acronym = rest.split(' ').next().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
                if nordic || acronym || !(first.chars().all(char::is_alphabetic) && (self.is_role(first) || lettered || LEAD_ROLES.contains(first.to_lowercase().as_str())) && rest.starts_with(char::is_uppercase)) {
                    break;
                }
                h.start = h.end - rest.len();
            }
            // A cue of several words that a reader of listed names took in is no part of the name:
            // "Capitano di Castello Roberto Venturini" (both words of the title are surnames too).
            if let Some(m) = self.strong.find(&text[h.start..h.end]) {
                let cue = m.as_str().trim_end();
                if m.start() == 0 && cue.contains([' ', '\t']) && m.end() < h.end - h.start && text[h.start + m.end()..].starts_with(char::is_uppercase) {
                    h.start += m.end();
                }
            }
            // "M." before a listed given name, or before a given name and a surname, is the French
            // "Monsieur", no initial: "M. Jean Dupont", "M. Wanabo Hnawia" ("M. Smith" keeps its
            // initial).
            let given = text[h.start..h.end].strip_prefix("M. ").is_some_and(|r| {
                let words: Vec<&str> = r.split(' ').collect();
                words[0].starts_with(char::is_uppercase) && (words[0].split('-').all(|p| self.lex.is_first(&p.to_lowercase())) || words.len() == 2 && words[1].starts_with(char::is_uppercase))
            });
            if given {
                h.start += 3;
            }
            // What follows a name and is no part of it: a generation ("Hector Jr."), a Turkish
            // honorific ("Hüseyin Çelik Bey", "Hatice Hanım"), a Sri Lankan monk's ("Sumana
            // Thero") or a Sinhala "Mr" ("Sunil Bandara Mahaththaya").
            if let Some(sp) = text[h.start..h.end].rfind(' ') {
                if POST_NOMINALS.contains(&&text[h.start + sp + 1..h.end]) {
                    h.end = h.start + sp;
                }
            }
            if let Some(len) = compound_surname(&text[h.end..]) {
                h.end += len;
            }
            // "Haji" closing a name of two or more is an East African grandfather's name, no
            // title: "Bi. Mwanaisha Juma Haji of Paje" ("Haji Yusuf" opens the next name).
            if text[h.start..h.end].contains(' ') {
                if let Some(after) = text[h.end..].strip_prefix(" Haji") {
                    if !after.starts_with(char::is_alphanumeric) && !after.trim_start_matches([' ', '\t']).starts_with(char::is_uppercase) {
                        h.end += " Haji".len();
                    }
                }
            }
            // A nickname in quotes before the surname ('"Sprocket" Delacroix'): a hit that holds
            // the closing quote takes the opening one before it too.
            let inner = &text[h.start..h.end];
            if inner.matches(['"', '”']).count() == 1 && !inner.contains('“') && (text[..h.start].ends_with('"') && inner.contains('"') || text[..h.start].ends_with('“') && inner.contains('”')) {
                h.start -= text[..h.start].chars().next_back().map_or(0, char::len_utf8);
            }
            // "Mohd." and "Md." (Muhammad) right before a found name are its first word:
            // "Karigar Mohd. Salim Chhipa".
            for abbr in MUHAMMAD {
                if let Some(before) = text[..h.start].strip_suffix(". ").and_then(|b| b.strip_suffix(abbr)) {
                    if !before.ends_with(char::is_alphanumeric) {
                        h.start -= abbr.len() + ". ".len();
                    }
                }
            }
            // ... and a nickname in quotes right before a found surname is the person's too:
            // '"Wheels" Okonjo', '“Red” Callahan'.
            if let Some(quoted) = quoted_before(&text[..h.start]) {
                h.start -= quoted;
            }
            // The letter of a twin is no initial: "Twin A Harper Quinlan".
            let after_twin = text[..h.start].strip_suffix(' ').and_then(|b| b.get(b.len().saturating_sub(4)..)).is_some_and(|w| w.eq_ignore_ascii_case("twin")) && !text[..h.start - 5].ends_with(char::is_alphabetic);
            if after_twin && text[h.start..h.end].len() > 2 && text[h.start..].starts_with(|c: char| c.is_ascii_uppercase()) && text[h.start + 1..].starts_with(' ') {
                h.start += 2;
            }
            // "el Hospital Daniel Alcides Carrión": a facility word opening the hit (another rule
            // read the patron's name) takes no particle before it.
            let facility = text[h.start..h.end].split(' ').next().is_some_and(opens_facility);
            // Nor does a name read over a cue of several words before it ("Capitano di Castello").
            let from = (h.start.saturating_sub(48)..h.start).find(|&i| text.is_char_boundary(i)).unwrap_or(h.start);
            let after_cue = self.strong.find_iter(&text[from..h.start]).any(|m| from + m.end() == h.start && m.as_str().trim_end().contains([' ', '\t']));
            for _ in 0..if facility || after_cue { 0 } else { 3 } {
                let Some(rest) = text[..h.start].strip_suffix(' ') else { break };
                let word_start = rest.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + rest[k..].chars().next().map_or(1, char::len_utf8));
                let word = &rest[word_start..];
                // A word glued by a hyphen to the one before is that word's honorific ending, no
                // particle of the name after it: "Abi-le Padma Angmo" (Ladakhi "-le").
                if rest[..word_start].ends_with('-') {
                    break;
                }
                let lower = word.to_lowercase();
                let particle = PARTICLES.contains(&lower.as_str());
                // A role in front of a name is no part of it: "Perfusionist Ravi Menon".
                let role = self.role_word(word);
                let rare = !role && shape(word) == Shape::Cap && name_cased(word) && !self.clinical(&lower) && !is_title(&lower) && !is_header(&lower)
                    && (self.lex.is_rare(&lower) || self.lex.is_first(&lower) && !self.lex.is_word(&lower)
                        // Before a found surname, right after a label's colon or a bracket, a given
                        // name frequent only as a name: "clinic 02.12.2026: Gunnar Aasheim" (not a
                        // role such as "Deacon" or "Practitioner", which are as rare in the lists),
                        // or in no list at all, though shaped like a medical word ("Dziecko: Zosia Mazur").
                        || (self.lex.is_uncommon(&lower) || !self.lex.is_common(&lower) && lower.chars().count() >= 3) && !self.lex.is_place(&lower) && !self.lex.is_country(&lower)
                            && rest[..word_start].trim_end_matches([' ', '\t']).ends_with([':', '(']));
                // A particle in lower case belongs to a name only after another part of it
                // ("Restrepo de Ossa"); after a common word it is the sentence's ("minero de
                // Codelco", "comunidad aymara de Achacachi").
                let before = rest[..word_start].trim_end_matches([' ', '\t']);
                // After a name's comma it is where the person is from: "Elisa Terenzi, di Dogana".
                let joins = !particle || shape(word) != Shape::Lower || before.is_empty() || before.ends_with([':', '(', '\n'])
                    || !before.ends_with([',', ';']) && before.rsplit([' ', '\t', '\n']).next().is_some_and(|w| w.starts_with(char::is_uppercase));
                if word.is_empty() || !(particle || rare) || !joins {
                    break;
                }
                h.start = word_start;
            }
            // The Nepali "Dai" (elder brother) after a name of three is no part of it ("Dil
            // Bahadur Rai Dai"), though after a given name it is a surname ("Wei Dai"). Read
            // once the name has its first words back.
            if let Some(name) = text[h.start..h.end].strip_suffix(" Dai") {
                if name.matches(' ').count() >= 2 {
                    h.end = h.start + name.len();
                }
            }
            // A South Indian name after a kin word or a title from the list, with its family's
            // initial after it ("Moothashari Velayudhan K., an uru builder"): the readers of such
            // names take no initial after them, though a title's own reader does ("Mr.").
            let b = text[h.end..].as_bytes();
            if title_before(text, h.start) && b.len() >= 3 && b[0] == b' ' && b[1].is_ascii_uppercase() && b[2] == b'.' && b.get(3).is_none_or(|c| matches!(c, b',' | b';' | b' ' | b')')) {
                h.end += 3;
            }
        }
    }
}

/// The length of a capitalised word or two in quotes and the space that end `before`
/// ('"Wheels" '), else None.
fn quoted_before(before: &str) -> Option<usize> {
    let inner = before.strip_suffix(' ')?.strip_suffix(['"', '”'])?;
    let open = inner.rfind(['"', '“'])?;
    let word = &inner[open + 1..];
    let ok = (1..=2).contains(&word.split(' ').count()) && word.chars().count() <= 20 && word.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')));
    ok.then(|| before.len() - open)
}

/// The first and second words of the two-word surnames of the Plains and Woodlands nations,
/// which English words make up ("Marvin Two Bulls", "Delphine Red Cloud", "Jaxon Bear Heart"):
/// no pair rule reads them, since each word is a word. Read only after a given name.
const COMPOUND_LEAD: &[&str] = &["Two", "Three", "Four", "Red", "Iron", "Black", "White", "Little", "Big", "Yellow", "Spotted", "Running", "Standing", "Lone", "Crazy", "Walking", "Bad", "Good", "High", "Long", "Swift", "Brave", "Kills", "Many", "Grey", "Gray", "Blue", "Tall", "Young", "Old", "Bear", "Eagle", "Crow", "Wolf", "Elk", "Horse", "Thunder", "Sitting", "Flying", "Hollow", "Short", "Chasing", "Looking", "Plenty", "Charging", "Stands", "Shoots", "Brings", "Sleeping", "Rising", "Whirlwind", "Yellowhorse"];
const COMPOUND_TAIL: &[&str] = &["Bull", "Bulls", "Cloud", "Clouds", "Horse", "Horses", "Bear", "Bears", "Eagle", "Eagles", "Feather", "Feathers", "Hawk", "Elk", "Wolf", "Crow", "Heart", "Shield", "Thunder", "Moon", "Star", "Hand", "Horn", "Bird", "Boy", "Dog", "Tail", "Face", "Hat", "Robe", "Eyes", "Legs", "Arrow", "Arrows", "Blanket", "Owl", "Buffalo", "Deer", "Fox", "Plume", "Lance", "Kettle", "Water", "Knife", "Lodge", "Cow", "Calf", "Weasel", "Otter", "Bonnet", "Pipe", "Road", "Sky", "Wing", "Wings", "Crane", "Turtle", "Coyote", "Mouse", "Nose", "Foot", "Feet", "Hair", "Skunk", "Whirlwind", "Walker", "Runner", "Warrior"];

/// The length of a two-word surname (" Two Bulls") opening `rest`, which follows a given name.
pub(super) fn compound_surname(rest: &str) -> Option<usize> {
    let mut words = rest.strip_prefix(' ')?.splitn(3, ' ');
    let (lead, tail) = (words.next()?, words.next()?);
    let tail = tail.split(|c: char| !c.is_alphabetic()).next()?;
    let len = 1 + lead.len() + 1 + tail.len();
    (COMPOUND_LEAD.contains(&lead) && COMPOUND_TAIL.contains(&tail) && !rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-')).then_some(len)
}

/// A title after which Portugal writes "Dom"/"Dona" as "D." ("Sra. D. Maria de Fátima"): that
/// "D." is no initial of the name. The title readers and the initials reader both ask.
fn dona_title(title: &str) -> bool {
    matches!(title.to_lowercase().as_str(), "sr" | "sra" | "exmo" | "exma" | "senhor" | "senhora")
}

/// A word that opens a Romance-language facility's name ("Hospital Universitario Donostia",
/// "Mina Cerro de Pasco", "Centre de Référence de Dzoumogné", "Lar de Idosos da Santa Casa"): a
/// name's particle before it is the sentence's ("del Hospital", "du Centre", "do Lar").
fn opens_facility(w: &str) -> bool {
    matches!(w, "Hospital" | "Hôpital" | "Clínica" | "Clinica" | "Lar" | "Casa" | "Unidade" | "Clinique" | "Polyclinique" | "Dispensaire" | "Centre" | "Ospedale" | "Sanatorio" | "Mina" | "Centro" | "Residencia" | "Policlínico" | "Policlinico" | "Seguros" | "Aseguradora" | "Ziekenhuis" | "Huisartsenpraktijk" | "Huisartsenpost" | "Gezondheidscentrum" | "Verpleeghuis")
}

/// A street's name in one word, as the continental languages write it ("Kerkstraat",
/// "Lindenallee"): after a comma, the address goes on, not the name.
pub(super) fn street_word(w: &str) -> bool {
    let l = w.to_lowercase();
    ["straat", "straße", "strasse", "weg", "laan", "gracht", "plein", "kade", "gasse", "platz", "allee", "vej", "gade", "gatan", "vägen", "veien", "katu", "str"].iter().any(|s| l.len() > s.len() + 2 && l.ends_with(s))
}

/// An address or a label opening after a name and a comma: a house's or flat's word and its
/// number ("Anjali Mehta, Flat 12"), a street's kind before its name ("Rui Lopes, Rua da Prata",
/// "Salvatore Cossu, Corso Vittorio Emanuele II 210"), a street of two words ("Elisabeth
/// Gruber, Mariahilfer Straße 88"), a card's name and its "ID", a place and its kind ("Akello
/// Lamunu, Pader Town Council", "Nakato, Wakiso District"). The name ends at the comma.
fn address_ahead(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let third = words.next().unwrap_or("");
    const HOUSE: &[&str] = &["Flat", "Plot", "House", "H.No.", "Door", "Apt", "Apt.", "Apartment", "Unit", "Suite", "Lot", "Villa", "Building", "Stand", "Edificio", "Bloque", "Manzana"];
    // A street written in one word with its kind at the end, then its number: "Søndervejen 9".
    const ONE_WORD_STREET: &[&str] = &["vej", "vejen", "gade", "gaden", "gatan", "gata", "vägen", "veien", "gate", "katu", "straße", "strasse", "weg", "straat", "laan", "gracht"];
    const STREET: &[&str] = &["Rua", "Rúa", "Avenida", "Av.", "Avda.", "Travessa", "Calle", "C/", "Carrer", "Via", "Viale", "Corso", "Piazza", "Vicolo"];
    HOUSE.contains(&first) && (second.starts_with(|c: char| c.is_ascii_digit()) || second.starts_with("No"))
        || STREET.contains(&first) && second.starts_with(char::is_alphabetic)
        || ONE_WORD_STREET.iter().any(|k| first.ends_with(k) && first.len() > k.len() + 2) && second.starts_with(|c: char| c.is_ascii_digit())
        || matches!(second.trim_end_matches(','), "Straße" | "Strasse" | "Str." | "Weg" | "Gasse" | "Platz" | "Allee")
        // ... nor a card's label: "Khalid Al Mansoori, Emirates ID 784-...", "Civil No. ...".
        || matches!(second.trim_end_matches([',', ':']), "ID" | "No." | "No" | "#" | "number")
        || matches!(second.trim_end_matches([',', ';', '.']), "District" | "County" | "Municipality" | "LGA" | "Sub-county" | "Subcounty")
        || second == "Town" && third.starts_with("Council")
        // A Nordic street named for a person, its kind in lower case: "Isak Sabas vei 4".
        || [(second, third), (third, words.next().unwrap_or(""))].iter().any(|(k, n)| NORDIC_LOWER_STREET.split('|').any(|x| x == *k) && n.starts_with(|c: char| c.is_ascii_digit()))
}

/// A surname of the Nordic shape ("Johansson", "Hansen", "Wikström", "Lindqvist", "Sjöblom"),
/// after which "Per" is a given name. (So is it before a second given name: `given_after_per`.)
fn nordic_surname(w: &str) -> bool {
    ["sson", "sen", "ström", "strom", "qvist", "kvist", "gren", "blom", "holm", "lund", "dahl", "stedt"].iter().any(|e| w.ends_with(e))
}

/// Words written after a name that are not the name.
const POST_NOMINALS: &[&str] = &["Jr", "Sr", "Thero", "Thera", "Himi", "Bey", "Hanım", "Hanim", "Efendi", "BEY", "HANIM", "Mahaththaya", "Mahatmaya"];

/// Whether a lower-case word is one of the roles that may open a person's name, for the
/// facility rule: "Hauler Ray Boudreaux of Boudreaux & Sons Roll-Off" names the firm after "of".
pub(crate) fn is_lead_role(lower: &str) -> bool {
    LEAD_ROLES.contains(lower)
}

/// Roles that open a name's sentence but are no cue for one ("Student Tomás Aguilar", but
/// "Student Health Services" is no person).
/// Occupations are the same ("Stonecutter Gianni Rocca"; "pipefitter, Local 597" is a union).
/// The list: `data/lead_roles.txt`.
static LEAD_ROLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../data/lead_roles.txt")).collect());

/// Header labels and section names in any case.
fn is_header(lower: &str) -> bool {
    matches!(lower, "mrn" | "dob" | "acc" | "exam" | "findings" | "impression" | "history" | "indication" | "comparison" | "technique" | "signed" | "date" | "time" | "report" | "id" | "sex" | "age" | "location" | "unit" | "room" | "phone" | "fax" | "accession" | "account" | "md" | "rn" | "do" | "birthdate" | "born" | "ward" | "bed" | "ssn" | "tel" | "mobile" | "nhs" | "uhid" | "bsn" | "medicare" | "ref" | "rt" | "cdi" | "versichertennummer" | "versicherungsnummer" | "krankenkasse" | "kvnr")
}

/// Turkish case endings written after an apostrophe on a proper name.
const TURKISH_ENDINGS: &[&str] = &["un", "ün", "ın", "in", "nin", "nın", "nun", "nün", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "nde", "nda", "nden", "ndan", "ne", "na", "ye", "ya", "yi", "yı", "yu", "yü", "le", "la", "yle", "yla", "deki", "daki", "ndeki", "ndaki", "e", "a", "i", "ı", "u", "ü"];

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

/// Possessive "'s" and trailing hyphens are not part of the name token, nor a Turkish case
/// ending after an apostrophe ("Yavuz'un", "Hastanesi'nden"); a Kenyan "Ng'ang'a" or "Wang'a"
/// keeps its apostrophes.
fn trailing_marks(w: &str) -> usize {
    if w.ends_with("'s") || w.ends_with("’s") {
        return w.len() - w.trim_end_matches("'s").trim_end_matches("’s").len();
    }
    if let Some(k) = w.rfind(['\'', '’']) {
        let (stem, tail) = (&w[..k], &w[k..]);
        let ending = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
        if TURKISH_ENDINGS.contains(&ending) && stem.chars().count() >= 2 && !stem.contains(['\'', '’']) && !stem.ends_with("ng") {
            return tail.len();
        }
    }
    w.len() - w.trim_end_matches(['-', '\'', '’']).len()
}

#[cfg(test)]
mod tests {
    /// A word listed twice hides which entry a later edit meant; each list holds each word once.
    #[test]
    fn word_lists_hold_each_word_once() {
        for (name, list) in [("PARTICLES", super::PARTICLES), ("POST_NOMINALS", super::POST_NOMINALS)] {
            for (i, w) in list.iter().enumerate() {
                assert!(!list[..i].contains(w), "{name} lists {w:?} twice");
            }
        }
    }

    /// The data files are read as sets, so a repeat would be silent; they are kept sorted so that
    /// a word is found (and a repeat seen) where it belongs, and in lower case because every
    /// lookup lowercases the word first: an entry with a capital would never match.
    #[test]
    fn word_files_are_sorted_lower_case_and_hold_each_word_once() {
        for (name, text) in [("titles.txt", include_str!("../data/titles.txt")), ("lead_roles.txt", include_str!("../data/lead_roles.txt"))] {
            let words: Vec<&str> = super::list(text).collect();
            for pair in words.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?} (unsorted or twice)", pair[0], pair[1]);
            }
            for w in &words {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w:?} is not lower case");
            }
        }
    }
}
