//! Identifiers in Arabic, Persian, Urdu and Hebrew script: reports from hospitals in Arab
//! countries, Iran, Pakistan and Israel, and names written natively inside English ones.
//!
//! These scripts have no capitals, so the Latin rules (capitalised words, census lists) never
//! fire on them. Words are spaced, though, so context can be read word by word:
//! - a value after a label ("اسم المريض:", "نام بیمار", "שם המטופל") or a title ("د.",
//!   "دکتر", "آقای", "ד"ר") is a name of one to three words, cut at the first function word
//!   ("في", "همراه", "של") or field word; the title stays, as it does in English;
//! - a bare "the patient" ("المريضة", "للمريض") is taken only when the name fills the gap up to
//!   punctuation, and never when the next word is a verb of the report ("يعاني", "لديه");
//! - hospitals by their head word (مستشفى, بیمارستان, בית החולים) or, in Urdu, their last
//!   (ہسپتال); cities from a short native list; streets up to their number; dates with month
//!   names (Gregorian, Levantine, Solar Hijri, Hebrew); ages over 89 next to "العمر" or "سال";
//! - in an English text with one or two native runs ("Abdullah Al-Harbi (عبدالله الحربي)"), each
//!   run is the name, as the CJK reader reads sparse text.
//!
//! Numbers (IDs, phones, numeric dates, in any digits) are the shape rules' work already.
//! Texts without such a letter (nearly all) return at once.

use regex::Regex;

use super::{Hit, PhiKind};

/// One letter of these scripts; harakat and the Persian zero-width non-joiner may follow.
const WORD: &str = r"(?:[[\p{Arabic}\p{Hebrew}]&&\p{L}][\p{Mn}\x{200C}]*)+";

/// Labels and titles whose next words are surely a person (longer ones first).
const STRONG: &str = concat!(
    "اسم المريضة|اسم المريض|اسم المراجع|الطبيب المعالج|الطبيب المحيل|أخصائي الأشعة|اخصائي الأشعة|",
    "ابنة المريض|ابن المريض|زوجة المريض|زوج المريضة|نام و نام خانوادگی|نام بیمار|پزشک معالج|",
    "پزشک گزارش[\u{200C} ]?دهنده|پزشک ارجاع[\u{200C} ]?دهنده|همراه بیمار|مریض کا نام|",
    "שם המטופלת|שם המטופל|שם החולה|רופאה מפנה|רופא מפנה|רופאה מטפלת|רופא מטפל|רופאה מפענחת|רופא מפענח|",
    "ولد|بنت|زوجہ|زوجة|",
    "الدكتورة|الدكتور|دكتورة|دكتور|د\\.|دکتر|ڈاکٹر|آقای|خانم|السيدة|السيد|الأستاذة|الأستاذ|",
    "ד\"ר|ד״ר|פרופ'|פרופסור|הגב'|גב'|מר",
);
/// "The patient" alone: a name only when it fills the gap to punctuation.
const WEAK: &str = "للمريضة|للمريض|المريضة|المريض|المراجعة|المراجع|بیمار|مریضہ|مریض|המטופלת|המטופל|החולה";
/// Titles alone, so that a label before one leaves the name to it ("رופאה מפנה: ד"ר ...").
const TITLES: &str = "الدكتورة|الدكتور|دكتورة|دكتور|د\\.|دکتر|ڈاکٹر|آقای|خانم|السيدة|السيد|ד\"ר|ד״ר|פרופ'|הגב'|גב'";
/// Words that end a name: function words, field labels, relation markers, address words.
const STOP: &[&str] = &[
    "في", "من", "إلى", "الى", "على", "عن", "مع", "و", "أو", "ثم", "بعد", "قبل", "عند", "لدى", "التي",
    "الذي", "هو", "هي", "تم", "كان", "كانت", "ولد", "بنت", "بن", "رقم", "العمر", "عمر", "تاريخ",
    "الهاتف", "هاتف", "جوال", "العنوان", "شارع", "حي", "طريق", "مستشفى", "قسم", "در", "از", "به", "با",
    "که", "را", "است", "بود", "همراه", "تاریخ", "شماره", "کد", "سن", "ساله", "تلفن", "بیمارستان",
    "خیابان", "کوچه", "فرزند", "کا", "کی", "کے", "نے", "سے", "میں", "ہے", "تھا", "اور", "زوجہ", "نمبر",
    "ہسپتال", "של", "עם", "את", "על", "אל", "גם", "הוא", "היא", "בן", "בת", "מספר", "תאריך", "גיל",
    "טלפון", "כתובת", "רחוב", "בית", "המרכז", "بسبب", "لمدة", "بستری", "شد", "شده", "منتقل",
];
/// Verbs and words of the report that follow a bare "the patient" and are no name.
const NOT_AFTER_WEAK: &[&str] = &[
    "يعاني", "تعاني", "لديه", "لديها", "يشكو", "تشكو", "مصاب", "مصابة", "حالته", "حالتها", "مستقر",
    "مستقرة", "حضر", "حضرت", "راجع", "راجعت", "أدخل", "أدخلت", "يحتاج", "تحتاج", "بحالة", "دارد", "شد",
    "بستری", "مراجعه", "کرد", "کو", "نہیں", "סובל", "סובלת", "אושפז", "אושפזה", "הגיע", "הגיעה",
];
/// Cities written natively (an optional one-letter prefix, "بالرياض", "בירושלים", stays out).
const CITIES: &str = concat!(
    "الرياض|مكة المكرمة|مكة|الدمام|الطائف|تبوك|أبها|عمّان|إربد|الزرقاء|القاهرة|الإسكندرية|",
    "الجيزة|أسيوط|المنصورة|بغداد|البصرة|الموصل|أربيل|دمشق|حلب|بيروت|طرابلس|صيدا|الدوحة|دبي|",
    "أبوظبي|أبو ظبي|الشارقة|المنامة|مسقط|صنعاء|عدن|الخرطوم|الرباط|الدار البيضاء|مراكش|فاس|",
    "القدس|غزة|رام الله|نابلس|الخليل|تهران|مشهد|اصفهان|شیراز|تبریز|کرج|اهواز|کرمانشاه|کرمان|رشت|",
    "یزد|همدان|لاہور|کراچی|اسلام آباد|راولپنڈی|پشاور|کوئٹہ|ملتان|فیصل آباد|حیدرآباد|",
    "ירושלים|תל אביב|חיפה|באר שבע|רמת גן|חולון|פתח תקווה|נתניה|ראשון לציון|אשדוד|אשקלון|בני ברק|",
    "רחובות|הרצליה|כפר סבא|רעננה|נצרת|עפולה|צפת|אילת|חדרה|טבריה",
);
/// Month names: Gregorian (Arabic, Persian), Levantine, Solar Hijri, Hebrew (with ב, "in").
const MONTHS: &str = concat!(
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|",
    "كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|",
    "ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|",
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|",
    "جنوری|فروری|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|",
    "ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)",
);

pub(crate) struct AbjadFinder {
    /// One letter of these scripts: whether to read the text at all, and how densely.
    letter: Regex,
    /// A run of native words: the name when the text is sparse.
    run: Regex,
    /// A strong label or title (group 1), then what follows is read by `words`.
    strong: Regex,
    /// A bare "the patient" (group 1).
    weak: Regex,
    /// Up to four words from the start, after optional spaces and a colon (group 1 the words).
    words: Regex,
    /// A title at the start of what follows a label.
    title_first: Regex,
    /// Hospitals: head word then up to four words (group 1 all of it), or a word then ہسپتال.
    hospital: Regex,
    hospital_tail: Regex,
    /// A city (group 2) after an optional prefix letter (group 1).
    city: Regex,
    /// Shaped values: (pattern, kind); group 1 when the pattern has one.
    shaped: Vec<(Regex, PhiKind)>,
    /// A number next to an age word (group 1 or 2): an age when over 89.
    age: Regex,
}

impl AbjadFinder {
    pub(crate) fn new() -> AbjadFinder {
        let re = |p: &str| Regex::new(p).expect("abjad pattern");
        let w = WORD;
        AbjadFinder {
            letter: re(r"[[\p{Arabic}\p{Hebrew}]&&\p{L}]"),
            run: re(&format!(r"{w}(?: {w}){{0,3}}")),
            strong: re(&format!(r"(?:^|[^\p{{L}}])({STRONG})")),
            weak: re(&format!(r"(?:^|[^\p{{L}}])({WEAK})")),
            words: re(&format!(r"^[ \t]*([:：][ \t]*)?({w}(?: {w}){{0,3}})")),
            title_first: re(&format!(r"^[ \t]*[:：]?[ \t]*(?:{TITLES})")),
            hospital: re(&format!(
                r"(?:^|[^\p{{L}}])((?:مستشفى|مستشفي|بیمارستان|درمانگاه|کلینیک|בית החולים|בית חולים|ביה\x22ח|המרכז הרפואי|מרכז רפואי)(?: {w}){{1,4}})"
            )),
            hospital_tail: re(&format!(r"(?:^|[^\p{{L}}])({w} (?:ہسپتال|اسپتال|شفاخانہ))")),
            city: re(&format!(r"(?:^|[^\p{{L}}])([وبلفבלמוה]?)({CITIES})")),
            shaped: vec![
                // Dates with a month name: "٣ نوفمبر ٢٠٢٦", "۲ آبان ۱۴۰۵", "12 בנובמבר 2026".
                (re(&format!(r"(?:^|[^\p{{L}}\d])(\d{{1,2}} (?:{MONTHS})(?:[،,]? \d{{4}})?|(?:{MONTHS}) \d{{4}})(?:[^\p{{L}}]|$)")), PhiKind::Date),
                // Streets up to their number: Arabic, Persian (with alleys and plates), Hebrew.
                (re(&format!(r"(?:حي {w}(?: {w}){{0,2}}[،,]? ?)?(?:شارع|طريق) {w}(?: {w}){{0,3}} \d+")), PhiKind::Address),
                (re(&format!(r"(?:(?:خیابان|بلوار|کوچه|میدان) {w}(?: {w}){{0,2}}[،,]? ?){{1,3}}(?:پلاک ?)?\d+")), PhiKind::Address),
                (re(&format!(r"(?:רחוב|רח'|שדרות|שד') ?{w}(?: {w}){{0,2}} \d+(?:/\d+)?")), PhiKind::Address),
            ],
            age: re(r"(?:^|[^\p{L}])(?:العمر|عمره|عمرها|سن|גיל|בן|בת)[ :：]*(\d{2,3})(?:\D|$)|(?:^|\D)(\d{2,3}) ?(?:سنة|عاماً|عاما|عام|ساله|سال|سالہ|برس|שנים)"),
        }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        if text.is_ascii() {
            return Vec::new();
        }
        let native = self.letter.find_iter(text).count();
        if native == 0 {
            return Vec::new();
        }
        let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let hit = |start, end, kind| Hit { start, end, kind };
        let mut hits = Vec::new();
        // One or two native runs in an English text are a name written natively; more, or more
        // than a quarter of the letters, make a report in these scripts, read by context.
        let runs: Vec<_> = self.run.find_iter(text).collect();
        if native * 4 <= native + latin && runs.len() <= 2 {
            let names = runs.iter().filter(|m| !m.as_str().split(' ').any(|w| STOP.contains(&w)));
            hits.extend(names.map(|m| hit(m.start(), m.end(), PhiKind::Name)));
            return hits;
        }
        for c in self.strong.captures_iter(text) {
            let label = c.get(1).expect("label group");
            if let Some((s, e)) = self.name_after(text, label.end(), true) {
                hits.push(hit(s, e, PhiKind::Name));
            }
        }
        for c in self.weak.captures_iter(text) {
            let label = c.get(1).expect("label group");
            if let Some((s, e)) = self.name_after(text, label.end(), false) {
                hits.push(hit(s, e, PhiKind::Name));
            }
        }
        for c in self.hospital.captures_iter(text) {
            let g = c.get(1).expect("hospital group");
            // The head word and its name, cut at a function word or a city ("... امام خمینی تهران").
            let mut end = g.start();
            for (i, word) in g.as_str().split(' ').enumerate() {
                if i > 0 && (STOP.contains(&word) || self.is_city(word)) {
                    break;
                }
                end += if i == 0 { word.len() } else { word.len() + 1 };
            }
            if end > g.start() + g.as_str().split(' ').next().map_or(0, str::len) {
                hits.push(hit(g.start(), end, PhiKind::Facility));
            }
        }
        for c in self.hospital_tail.captures_iter(text) {
            let g = c.get(1).expect("hospital group");
            let first = g.as_str().split(' ').next().unwrap_or("");
            if !STOP.contains(&first) {
                hits.push(hit(g.start(), g.end(), PhiKind::Facility));
            }
        }
        for c in self.city.captures_iter(text) {
            let g = c.get(2).expect("city group");
            if ends_word(text, g.end()) {
                hits.push(hit(g.start(), g.end(), PhiKind::Location));
            }
        }
        for (re, kind) in &self.shaped {
            for c in re.captures_iter(text) {
                let g = c.get(1).or_else(|| c.get(0)).expect("match");
                hits.push(hit(g.start(), g.end(), *kind));
            }
        }
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
    fn name_after(&self, text: &str, from: usize, strong: bool) -> Option<(usize, usize)> {
        let rest = &text[from..];
        if !ends_word(text, from) || self.title_first.is_match(rest) {
            return None;
        }
        let c = self.words.captures(rest)?;
        let g = c.get(2).expect("words group");
        let colon = c.get(1).is_some();
        let mut end = g.start();
        let mut taken = 0;
        for word in g.as_str().split(' ') {
            if taken == 3 || STOP.contains(&word) || self.is_city(word) {
                break;
            }
            if taken == 0 && !strong && NOT_AFTER_WEAK.contains(&word) {
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

/// Whether byte `at` of `text` is not inside a word (a label or city ends there).
fn ends_word(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(char::is_alphabetic)
}

/// The value of a number written in ASCII, Arabic-Indic or Persian digits.
fn number(digits: &str) -> u32 {
    digits.chars().filter_map(|c| c.to_digit(10).or_else(|| match c {
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    })).fold(0, |n, d| n.saturating_mul(10).saturating_add(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, PhiKind)> {
        let hits = super::super::merge(AbjadFinder::new().find(text));
        hits.iter().map(|h| (&text[h.start..h.end], h.kind)).collect()
    }

    #[test]
    fn labels_and_titles_give_names_cut_at_function_words() {
        assert_eq!(found("اسم المريض: أحمد محمود الخطيب  رقم الملف"), [("أحمد محمود الخطيب", PhiKind::Name)]);
        assert_eq!(found("الطبيب المعالج: د. سارة العتيبي؛ قسم الأشعة"), [("سارة العتيبي", PhiKind::Name)]);
        assert_eq!(found("آقای حسین کریمی همراه بیمار بود."), [("حسین کریمی", PhiKind::Name)]);
        assert_eq!(found("ابن المريض مصطفى على الهاتف"), [("مصطفى", PhiKind::Name)]);
        assert_eq!(found("רופאה מפנה: ד\"ר רונית לוי; צילום חזה"), [("רונית לוי", PhiKind::Name)]);
        let f = found("مریض کا نام: محمد عمران ولد محمد اسلم، مریض");
        assert_eq!(f, [("محمد عمران", PhiKind::Name), ("محمد اسلم", PhiKind::Name)]);
    }

    #[test]
    fn a_bare_patient_needs_the_name_to_reach_punctuation() {
        assert_eq!(found("أجري تصوير الصدر للمريض يوسف إبراهيم؛ النتيجة"), [("يوسف إبراهيم", PhiKind::Name)]);
        assert!(found("المريض يعاني من سعال منذ أسبوع").is_empty());
        assert!(found("المريض لديه سعال، لا انصباب جنبي").is_empty());
        assert!(found("کد ملی بیمار 0012345678، افیوژن پلور").is_empty());
    }

    #[test]
    fn hospitals_cities_streets_dates_and_ages() {
        let f = found("بیمارستان امام خمینی تهران، گزارش");
        assert_eq!(f, [("بیمارستان امام خمینی", PhiKind::Facility), ("تهران", PhiKind::Location)]);
        let f = found("أحيلت من مستشفى الجامعة الأردنية في عمّان؛ العمر 93 سنة");
        assert_eq!(f, [("مستشفى الجامعة الأردنية", PhiKind::Facility), ("عمّان", PhiKind::Location), ("93", PhiKind::Age)]);
        assert_eq!(found("شناختی کارڈ، میو ہسپتال لاہور۔"), [("میو ہسپتال", PhiKind::Facility), ("لاہور", PhiKind::Location)]);
        assert_eq!(found("العنوان: حي النخيل، شارع الأمير سلطان 14، غرفة"), [("حي النخيل، شارع الأمير سلطان 14", PhiKind::Address)]);
        assert_eq!(found("כתובת המטופל: רחוב הרצל 25, דלקת"), [("רחוב הרצל 25", PhiKind::Address)]);
        assert_eq!(found("بتاريخ ٣ نوفمبر ٢٠٢٦ أجري"), [("٣ نوفمبر ٢٠٢٦", PhiKind::Date)]);
        assert_eq!(found("תאריך 12 בנובמבר 2026 צילום"), [("12 בנובמבר 2026", PhiKind::Date)]);
        assert_eq!(found("تاریخ پذیرش ۲ آبان ۱۴۰۵ افیوژن"), [("۲ آبان ۱۴۰۵", PhiKind::Date)]);
        assert!(found("العمر 58 سنة، بیمار ۴۵ ساله").is_empty());
    }

    #[test]
    fn clinical_lines_keep_every_word_and_sparse_runs_are_names() {
        assert!(found("خطوط كيرلي ب، قسطرة سوان-غانز في موضعها الصحيح، لا انصباب جنبي.").is_empty());
        assert!(found("צנתר סוואן-גנץ במקומו, קווי קרלי B, ללא נוזל פלאורלי.").is_empty());
        let f = found("Patient Abdullah Al-Harbi (عبدالله الحربي), MRN 123, CXR: ETT 5 cm above the carina.");
        assert_eq!(f, [("عبدالله الحربي", PhiKind::Name)]);
    }
}
