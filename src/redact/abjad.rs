//! The words of Arabic, Persian, Urdu and Hebrew script for the spaced-script reader
//! ([`super::spaced`]): reports from hospitals in Arab countries, Iran, Pakistan and Israel, and
//! names written natively inside English ones.
//!
//! Titles stay outside the names (د., دکتر, آقای, ד"ר), as they do in English; relation markers
//! (ولد, بنت) end one name and open the next. Hospitals open with their word (مستشفى, بیمارستان,
//! בית החולים) except in Urdu (میو ہسپتال); a one-letter prefix glued to a city ("بالرياض",
//! "בירושלים") stays out of it.

use super::spaced::Lexicon;

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

pub(crate) static LEXICON: Lexicon = Lexicon {
    scripts: r"\p{Arabic}\p{Hebrew}",
    strong: STRONG,
    weak: WEAK,
    titles: TITLES,
    stop: STOP,
    not_after_weak: NOT_AFTER_WEAK,
    cities: CITIES,
    city_prefix: "وبلفבלמוה",
    months: MONTHS,
    hospital_heads: "مستشفى|مستشفي|بیمارستان|درمانگاه|کلینیک|בית החולים|בית חולים|ביה\"ח|המרכז הרפואי|מרכז רפואי",
    hospital_tails: "ہسپتال|اسپتال|شفاخانہ",
    tail_words: 2,
    age_before: "العمر|عمره|عمرها|سن|גיל|בן|בת",
    age_after: "سنة|عاماً|عاما|عام|ساله|سال|سالہ|برس|שנים",
    phone_labels: "هاتف|الهاتف|جوال|تلفن|موبایل|همراه|فون|טלפון|נייד",
    addresses: &[
        // "حي النخيل، شارع الأمير سلطان 14"
        r"(?:حي {w}(?: {w}){0,2}[،,]? ?)?(?:شارع|طريق) {w}(?: {w}){0,3} \d+",
        // "خیابان ولیعصر، کوچه نسترن، پلاک 12"
        r"(?:(?:خیابان|بلوار|کوچه|میدان) {w}(?: {w}){0,2}[،,]? ?){1,3}(?:پلاک ?)?\d+",
        // "רחוב הרצל 25"
        r"(?:רחוב|רח'|שדרות|שד') ?{w}(?: {w}){0,2} \d+(?:/\d+)?",
    ],
    postcode_after_city: false,
    more_shaped: &[],
    glued: false,
};

#[cfg(test)]
mod tests {
    use super::super::spaced::found;
    use super::super::PhiKind;
    use super::*;


    #[test]
    fn labels_and_titles_give_names_cut_at_function_words() {
        assert_eq!(found(&LEXICON, "اسم المريض: أحمد محمود الخطيب  رقم الملف"), [("أحمد محمود الخطيب", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "الطبيب المعالج: د. سارة العتيبي؛ قسم الأشعة"), [("سارة العتيبي", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "آقای حسین کریمی همراه بیمار بود."), [("حسین کریمی", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "ابن المريض مصطفى على الهاتف"), [("مصطفى", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "רופאה מפנה: ד\"ר רונית לוי; צילום חזה"), [("רונית לוי", PhiKind::Name)]);
        let f = found(&LEXICON, "مریض کا نام: محمد عمران ولد محمد اسلم، مریض");
        assert_eq!(f, [("محمد عمران", PhiKind::Name), ("محمد اسلم", PhiKind::Name)]);
    }

    #[test]
    fn a_bare_patient_needs_the_name_to_reach_punctuation() {
        assert_eq!(found(&LEXICON, "أجري تصوير الصدر للمريض يوسف إبراهيم؛ النتيجة"), [("يوسف إبراهيم", PhiKind::Name)]);
        assert!(found(&LEXICON, "المريض يعاني من سعال منذ أسبوع").is_empty());
        assert!(found(&LEXICON, "المريض لديه سعال، لا انصباب جنبي").is_empty());
        assert!(found(&LEXICON, "کد ملی بیمار 0012345678، افیوژن پلور").is_empty());
    }

    #[test]
    fn hospitals_cities_streets_dates_and_ages() {
        let f = found(&LEXICON, "بیمارستان امام خمینی تهران، گزارش");
        assert_eq!(f, [("بیمارستان امام خمینی", PhiKind::Facility), ("تهران", PhiKind::Location)]);
        let f = found(&LEXICON, "أحيلت من مستشفى الجامعة الأردنية في عمّان؛ العمر 93 سنة");
        assert_eq!(f, [("مستشفى الجامعة الأردنية", PhiKind::Facility), ("عمّان", PhiKind::Location), ("93", PhiKind::Age)]);
        assert_eq!(found(&LEXICON, "شناختی کارڈ، میو ہسپتال لاہور۔"), [("میو ہسپتال", PhiKind::Facility), ("لاہور", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "العنوان: حي النخيل، شارع الأمير سلطان 14، غرفة"), [("حي النخيل، شارع الأمير سلطان 14", PhiKind::Address)]);
        assert_eq!(found(&LEXICON, "כתובת המטופל: רחוב הרצל 25, דלקת"), [("רחוב הרצל 25", PhiKind::Address)]);
        assert_eq!(found(&LEXICON, "بتاريخ ٣ نوفمبر ٢٠٢٦ أجري"), [("٣ نوفمبر ٢٠٢٦", PhiKind::Date)]);
        assert_eq!(found(&LEXICON, "תאריך 12 בנובמבר 2026 צילום"), [("12 בנובמבר 2026", PhiKind::Date)]);
        assert_eq!(found(&LEXICON, "تاریخ پذیرش ۲ آبان ۱۴۰۵ افیوژن"), [("۲ آبان ۱۴۰۵", PhiKind::Date)]);
        assert!(found(&LEXICON, "العمر 58 سنة، بیمار ۴۵ ساله").is_empty());
    }

    #[test]
    fn clinical_lines_keep_every_word_and_sparse_runs_are_names() {
        assert!(found(&LEXICON, "خطوط كيرلي ب، قسطرة سوان-غانز في موضعها الصحيح، لا انصباب جنبي.").is_empty());
        assert!(found(&LEXICON, "צנתר סוואן-גנץ במקומו, קווי קרלי B, ללא נוזל פלאורלי.").is_empty());
        let f = found(&LEXICON, "Patient Abdullah Al-Harbi (عبدالله الحربي), MRN 123, CXR: ETT 5 cm above the carina.");
        assert_eq!(f, [("عبدالله الحربي", PhiKind::Name)]);
    }
}
