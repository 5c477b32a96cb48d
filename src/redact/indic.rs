//! The words of India's scripts for the spaced-script reader ([`super::spaced`]): Devanagari
//! (Hindi, Marathi, Nepali), Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
//! Malayalam, and Sinhala — reports from Indian, Bangladeshi, Nepali and Sri Lankan hospitals,
//! and names written natively inside English ones. Sinhala's Mr and Mrs come after the name
//! ("සුනිල් පෙරේරා මහතා") and end it.
//!
//! Titles stay outside the names (डॉ., श्रीमती, ডাঃ, திருமதி), as do relation words (पत्नी,
//! पुत्र: "wife of", "son of"), as "S/o" does in English. Hospitals end with their word
//! (अस्पताल, হাসপাতাল, மருத்துவமனை); six digits after a city are its PIN code.

use super::spaced::Lexicon;

/// Labels and titles whose next words are surely a person (longer ones first; Gurmukhi's ਜ਼ both
/// as one letter and as ਜ with a dot).
const STRONG: &str = concat!(
    "रोगी का नाम|मरीज का नाम|मरीज़ का नाम|रुग्णाचे नाव|रुग्णाचे नांव|रेडियोलॉजिस्ट|रेफर करने वाले चिकित्सक|",
    "चिकित्सक|पत्नी|पुत्री|पुत्र|पति|बेटी|बेटा|রোগীর নাম|நோயாளி பெயர்|நோயாளியின் பெயர்|மருத்துவர்|",
    "రోగి పేరు|వైద్యుడు|രോഗിയുടെ പേര്|ഡോക്ടർ|દર્દીનું નામ|ਮਰੀ\u{0A1C}\u{0A3C} ਦਾ ਨਾਮ|ਮਰੀ\u{0A5B} ਦਾ ਨਾਮ|",
    "डॉ\\.|डॉ|डा\\.|श्रीमती|सुश्री|कुमारी|श्रीमान|श्री|ডাঃ|ডা\\.|ডাক্তার|শ্রীমতী|শ্রী|டாக்டர்|திருமதி|திரு|",
    "డా\\.|డాక్టర్|శ్రీమతి|శ్రీ|ഡോ\\.|ശ്രീമതി|ശ്രീ|ડૉ\\.|ડો\\.|શ્રીમતી|શ્રી|ਡਾ\\.|ਡਾਕਟਰ|ਸ੍ਰੀਮਤੀ|ਸ੍ਰੀ|ਸ਼੍ਰੀ|",
    "රෝගියාගේ නම|රෝගියා|වෛද\u{0DCA}\u{200D}ය|වෛද\u{0DCA}ය|දොස්තර|විකිරණවේදී",
);
/// "The patient", "name" alone: a name after them only when it reaches punctuation.
const WEAK: &str = "रोगी|मरीज़|मरीज|नाम|नाव|রোগী|নাম|நோயாளி|பெயர்|రోగి|పేరు|രോഗി|പേര്|દર્દી|નામ|ਮਰੀ\u{0A1C}\u{0A3C}|ਮਰੀ\u{0A5B}|ਨਾਮ|නම";
/// Titles alone, so that a label before one leaves the name to it.
const TITLES: &str = "डॉ|डा\\.|श्रीमती|श्री|ডাঃ|ডা\\.|டாக்டர்|డా\\.|ഡോ\\.|ડૉ\\.|ਡਾ\\.";
/// Words that end a name: postpositions, conjunctions, field labels, relation words.
const STOP: &[&str] = &[
    "का", "की", "के", "को", "में", "से", "पर", "ने", "और", "या", "है", "हैं", "था", "थी", "तथा", "द्वारा",
    "आयु", "उम्र", "पता", "मोबाइल", "फोन", "फ़ोन", "दिनांक", "तारीख", "पत्नी", "पुत्र", "पुत्री", "पति", "निवासी",
    "वर्ष", "साल", "चे", "ची", "चा", "ला", "मध्ये", "आणि", "वय", "এর", "ও", "এবং", "বয়স", "তারিখ", "ফোন",
    "மற்றும்", "வயது", "తేదీ", "మరియు", "వయస్సు", "ഉം", "പ്രായം", "തീയതി", "અને", "ઉંમર", "ਦਾ", "ਦੀ", "ਦੇ",
    "ਨੂੰ", "ਅਤੇ", "ਉਮਰ",
    // Sinhala: Mr, Mrs and Miss come after the name ("සුනිල් පෙරේරා මහතා"), and stay out of it.
    "මහතා", "මහත්මිය", "මෙනවිය", "වයස", "සහ", "දිනය", "දුරකථන", "ලිපිනය", "අවුරුදු",
];
/// Words of the report after a bare "the patient" that are no name.
const NOT_AFTER_WEAK: &[&str] = &["खांसी", "बुखार", "भर्ती", "पीड़ित", "ठीक", "स्थिर", "কাশি", "ভর্তি", "இருமல்", "దగ్గు", "ചുമ"];
/// Cities written natively.
const CITIES: &str = concat!(
    "नई दिल्ली|दिल्ली|मुंबई|मुम्बई|कोलकाता|चेन्नई|बेंगलुरु|बंगलौर|हैदराबाद|अहमदाबाद|पुणे|जयपुर|लखनऊ|",
    "कानपुर|नागपुर|इंदौर|भोपाल|पटना|वाराणसी|आगरा|चंडीगढ़|गुरुग्राम|गुड़गांव|नोएडा|देहरादून|शिमला|रांची|",
    "रायपुर|अमृतसर|लुधियाना|नाशिक|औरंगाबाद|ठाणे|वडोदरा|काठमाडौं|काठमांडू|",
    "কলকাতা|ঢাকা|চট্টগ্রাম|খুলনা|সিলেট|রাজশাহী|শিলিগুড়ি|দুর্গাপুর|হাওড়া|",
    "சென்னை|மதுரை|கோயம்புத்தூர்|திருச்சி|சேலம்|திருநெல்வேலி|வேலூர்|கொழும்பு|யாழ்ப்பாணம்|",
    "హైదరాబాద్|విజయవాడ|విశాఖపట్నం|గుంటూరు|వరంగల్|తిరుపతి|",
    "തിരുവനന്തപുരം|കൊച്ചി|കോഴിക്കോട്|കോട്ടയം|തൃശ്ശൂർ|കണ്ണൂർ|കൊല്ലം|",
    "ಬೆಂಗಳೂರು|ಮೈಸೂರು|ಮಂಗಳೂರು|ಹುಬ್ಬಳ್ಳಿ|",
    "અમદાવાદ|સુરત|વડોદરા|રાજકોટ|ભાવનગર|ગાંધીનગર|",
    "ਪਟਿਆਲਾ|ਅੰਮ੍ਰਿਤਸਰ|ਲੁਧਿਆਣਾ|ਜਲੰਧਰ|ਚੰਡੀਗੜ੍ਹ|ਬਠਿੰਡਾ|ਮੋਹਾਲੀ|",
    "කොළඹ|මහනුවර|ගාල්ල|යාපනය|කුරුණෑගල|අනුරාධපුරය|මාතර|රත්නපුර|නුවරඑළිය|නුගේගොඩ|කළුතර",
);
/// Gregorian month names in each script.
const MONTHS: &str = concat!(
    "जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|",
    "दिसंबर|दिसम्बर|जानेवारी|फेब्रुवारी|एप्रिल|मे|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|",
    "জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|",
    "ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|",
    "జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్|",
    "ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ|",
    "જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઓગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર|",
    "ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ|",
    "ජනවාරි|පෙබරවාරි|මාර්තු|අප\u{0DCA}\u{200D}රේල්|අප\u{0DCA}රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්",
);

pub(crate) static LEXICON: Lexicon = Lexicon {
    scripts: r"\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}",
    strong: STRONG,
    weak: WEAK,
    titles: TITLES,
    stop: STOP,
    not_after_weak: NOT_AFTER_WEAK,
    cities: CITIES,
    city_prefix: "",
    months: MONTHS,
    hospital_heads: "",
    hospital_tails: concat!(
        "अस्पताल|हॉस्पिटल|चिकित्सालय|रुग्णालय|संस्थान|মেডিক্যাল কলেজ হাসপাতাল|হাসপাতাল|மருத்துவமனை|",
        "ఆసుపత్రి|ആശുപത്രി|ಆಸ್ಪತ್ರೆ|હોસ્પિટલ|ਹਸਪਤਾਲ|ශික්ෂණ රෝහල|රෝහල"
    ),
    tail_words: 4,
    age_before: "आयु|उम्र|वय|বয়স|வயது|వయస్సు|പ്രായം|ઉંમર|ਉਮਰ|වයස",
    age_after: "वर्ष|साल|বছর|வயது|సంవత్సరాలు|വയസ്സ്|વર્ષ|ਸਾਲ|අවුරුදු",
    phone_labels: "मोबाइल|फोन|फ़ोन|दूरभाष|संपर्क|মোবাইল|ফোন|தொலைபேசி|கைபேசி|ఫోన్|ഫോൺ|ફોન|ਫ਼ੋਨ|ਫੋਨ|දුරකථන",
    addresses: &[
        // "मकान नं. 45, गली नं. 3, शास्त्री नगर": house and lane numbers, then the colony.
        r"(?:मकान|म\.|फ्लैट|प्लॉट|हाउस) ?(?:नं\.?|नंबर|संख्या) ?\d+[A-Za-z]?(?:, ?(?:गली|सेक्टर|वार्ड|ब्लॉक) ?(?:नं\.?|नंबर)? ?\d+)*(?:, ?{w}(?: {w})? (?:नगर|कॉलोनी|मार्ग|रोड|विहार|पुरम|बाग|बाग़|चौक))?",
    ],
    postcode_after_city: true,
    more_shaped: &[],
    glued: false,
};

#[cfg(test)]
mod tests {
    use super::super::spaced::found;
    use super::super::PhiKind;
    use super::*;


    #[test]
    fn labels_titles_and_relations_give_names() {
        assert_eq!(found(&LEXICON, "रोगी का नाम: रमेश कुमार शर्मा  आयु: 58 वर्ष"), [("रमेश कुमार शर्मा", PhiKind::Name)]);
        let f = found(&LEXICON, "श्रीमती कमला देवी पत्नी राम प्रसाद, आयु 94 वर्ष");
        assert_eq!(f, [("कमला देवी", PhiKind::Name), ("राम प्रसाद", PhiKind::Name), ("94", PhiKind::Age)]);
        assert_eq!(found(&LEXICON, "நோயாளி பெயர்: முருகன் செல்வராஜ், இதய விரிவு"), [("முருகன் செல்வராஜ்", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "रोगी के पुत्र अमित को रिपोर्ट बताई गई"), [("अमित", PhiKind::Name)]);
        assert!(found(&LEXICON, "रोगी खांसी से पीड़ित है, फेफड़े साफ़ हैं।").is_empty());
        let f = found(&LEXICON, "රෝගියා: සුනිල් පෙරේරා මහතා, කොළඹ ජාතික රෝහල, වෛද්‍ය නිමල් සිල්වා");
        assert_eq!(f, [("සුනිල් පෙරේරා", PhiKind::Name), ("කොළඹ", PhiKind::Location), ("ජාතික රෝහල", PhiKind::Facility), ("නිමල් සිල්වා", PhiKind::Name)]);
    }

    #[test]
    fn hospitals_cities_pins_addresses_and_dates() {
        let f = found(&LEXICON, "রোগীর নাম: সুমিত্রা দাস  নীলরতন সরকার মেডিক্যাল কলেজ হাসপাতাল, কলকাতা; ৫ নভেম্বর ২০২৬");
        assert_eq!(f, [("সুমিত্রা দাস", PhiKind::Name), ("নীলরতন সরকার মেডিক্যাল কলেজ হাসপাতাল", PhiKind::Facility), ("কলকাতা", PhiKind::Location), ("৫ নভেম্বর ২০২৬", PhiKind::Date)]);
        let f = found(&LEXICON, "पता: मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर 302016; मोबाइल 98290 12345");
        assert_eq!(f, [("मकान नं. 45, गली नं. 3, शास्त्री नगर", PhiKind::Address), ("जयपुर", PhiKind::Location), ("302016", PhiKind::Location), ("98290 12345", PhiKind::Phone)]);
        assert_eq!(found(&LEXICON, "रोगी को सरकारी अस्पताल में भर्ती किया गया"), [("सरकारी अस्पताल", PhiKind::Facility)]);
    }

    #[test]
    fn clinical_lines_keep_every_word_and_sparse_runs_are_names() {
        assert!(found(&LEXICON, "दोनों फेफड़ों में केर्ली बी रेखाएं, स्वान-गैंज़ कैथेटर अपनी जगह पर, हृदय का आकार सामान्य।").is_empty());
        let f = found(&LEXICON, "Patient Priya Raghavan (प्रिया राघवन), UHID MH-004471932, CXR: no effusion.");
        assert_eq!(f, [("प्रिया राघवन", PhiKind::Name)]);
    }
}
