//! The words of mainland South-East Asia's scripts for the spaced-script reader
//! ([`super::spaced`]): Thai, Lao, Khmer and Burmese — reports from Thailand, Laos, Cambodia
//! and Myanmar, and names written natively inside English ones.
//!
//! These scripts leave no space between words but put one between phrases and between a given
//! name and a family name, so the reader still reads word by word, with one difference
//! (`glued`): a title runs straight into the name after it (นายสมชาย, ທ້າວບຸນມີ, ဦးအောင်ကျော်)
//! and a hospital word into the hospital's name (โรงพยาบาลศิริราช, ...ဆေးရုံကြီး). Titles stay
//! outside the names, as they do in English; the hospital is taken whole, word and name.
//! Thai dates count Buddhist-era years (2569 = 2026) and abbreviate months with dots (ธ.ค.).

use super::spaced::Lexicon;
use super::PhiKind;

/// Titles (longer first: "นายแพทย์" is a doctor, "นาย" a Mr; "นางสาว" a Miss, "นาง" a Mrs),
/// then labels whose next words are surely a person. Burmese "မ" (Ma) and "ကို" (Ko, also
/// the object marker) are left out: too many words begin with them.
const STRONG: &str = concat!(
    "นายแพทย์|แพทย์หญิง|นางสาว|นาง|นาย|น\\.ส\\.|เด็กชาย|เด็กหญิง|ด\\.ช\\.|ด\\.ญ\\.|นพ\\.|พญ\\.|ทพญ\\.|ทพ\\.|ภญ\\.|ภก\\.|",
    "คุณ|ดร\\.|ชื่อ-นามสกุล|ชื่อ-สกุล|ชื่อผู้ป่วย|ชื่อ|รังสีแพทย์|แพทย์ผู้ส่ง|แพทย์ผู้รักษา|แพทย์|",
    "ທ່ານນາງ|ທ່ານໝໍ|ທ່ານ|ທ້າວ|ນາງ|ດຣ\\.|ຊື່ຜູ້ປ່ວຍ|ຊື່|",
    "លោកស្រី|លោកគ្រូ|លោក|អ្នកស្រី|កញ្ញា|វេជ្ជបណ្ឌិត|ឈ្មោះ|",
    "ဒေါက်တာ|ဦး|ဒေါ်|မောင်|လူနာအမည်|အမည်",
);
/// "The patient", "relative" alone: a name after them only when it reaches punctuation.
const WEAK: &str = "ผู้ป่วย|ญาติ|ຄົນເຈັບ|ຜູ້ປ່ວຍ|អ្នកជំងឺ|လူနာ";
/// Titles alone: a label before one leaves the name to it, and a native run that is only a
/// title is no name (written without their dots: "พญ" before a dot).
const TITLES: &str = concat!(
    "นายแพทย์|แพทย์หญิง|นางสาว|นาง|นาย|น\\.ส|เด็กชาย|เด็กหญิง|ด\\.ช|ด\\.ญ|นพ|พญ|ทพญ|ทพ|ภญ|ภก|คุณ|ดร|",
    "ທ່ານນາງ|ທ່ານໝໍ|ທ່ານ|ທ້າວ|ນາງ|ດຣ|លោកស្រី|លោកគ្រូ|លោក|អ្នកស្រី|កញ្ញា|វេជ្ជបណ្ឌិត|ဒေါက်တာ|ဦး|ဒေါ်|မောင်",
);
/// Words that end a name: age, sex, phone, address and date labels, relation words,
/// conjunctions; and what a title runs into that is no name ("ဦးခေါင်း", the head).
const STOP: &[&str] = &[
    "อายุ", "ปี", "เพศ", "ชาย", "หญิง", "โทร", "โทร.", "โทรศัพท์", "ที่อยู่", "วันที่", "ผล", "และ", "หรือ", "บุตร",
    "บุตรสาว", "บุตรชาย", "ภรรยา", "สามี", "มารดา", "บิดา", "เลขที่", "ได้", "มี", "เป็น",
    "ອາຍຸ", "ປີ", "ເພດ", "ໂທ", "ວັນທີ", "ແລະ", "ທີ່ຢູ່", "ລູກ", "ເມຍ", "ຜົວ",
    "អាយុ", "ឆ្នាំ", "ភេទ", "ទូរស័ព្ទ", "ថ្ងៃទី", "និង", "អាសយដ្ឋាន", "កូន", "ប្រពន្ធ", "ប្តី",
    "အသက်", "နှစ်", "ဖုန်း", "ရက်စွဲ", "နှင့်", "လိပ်စာ", "ခေါင်း", "သား", "သမီး", "ဇနီး", "ခင်ပွန်း",
];
/// Words of the report after a bare "the patient" that are no name.
const NOT_AFTER_WEAK: &[&str] = &["มีไข้", "ไอ", "หอบ", "เหนื่อย", "มี", "ได้", "ໄອ", "ក្អក", "ချောင်းဆိုး"];

/// Cities written natively; a macro so that the postcode pattern can reuse the list.
macro_rules! cities {
    () => {
        concat!(
            "กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|เชียงใหม่|เชียงราย|ขอนแก่น|ภูเก็ต|หาดใหญ่|สงขลา|นครราชสีมา|โคราช|",
            "อุดรธานี|อุบลราชธานี|พิษณุโลก|นครสวรรค์|ชลบุรี|พัทยา|ระยอง|สุราษฎร์ธานี|นนทบุรี|ปทุมธานี|",
            "สมุทรปราการ|อยุธยา|ลำปาง|นครปฐม|",
            "ວຽງຈັນ|ຫຼວງພະບາງ|ຫລວງພະບາງ|ສະຫວັນນະເຂດ|ປາກເຊ|",
            "ភ្នំពេញ|សៀមរាប|បាត់ដំបង|កំពង់ចាម|ព្រះសីហនុ|",
            "ရန်ကုန်|မန္တလေး|နေပြည်တော်|မော်လမြိုင်|ပုသိမ်|တောင်ကြီး"
        )
    };
}

/// Gregorian month names, and Thai's dotted abbreviations of them.
const MONTHS: &str = concat!(
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|",
    "ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|",
    "ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|",
    "មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ|",
    "ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ",
);

pub(crate) static LEXICON: Lexicon = Lexicon {
    scripts: r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}",
    strong: STRONG,
    weak: WEAK,
    titles: TITLES,
    stop: STOP,
    not_after_weak: NOT_AFTER_WEAK,
    cities: cities!(),
    city_prefix: "",
    months: MONTHS,
    hospital_heads: "โรงพยาบาล|รพ\\.|ໂຮງໝໍ|មន្ទីរពេទ្យ|គ្លីនិក",
    hospital_tails: "ဆေးရုံကြီး|ဆေးရုံ|ဆေးခန်း",
    tail_words: 1,
    age_before: "อายุ|ອາຍຸ|អាយុ|အသက်",
    age_after: "ปี|ປີ|ឆ្នាំ|နှစ်",
    phone_labels: "โทรศัพท์|มือถือ|โทร\\.?|ເບີໂທ|ໂທ|ទូរស័ព្ទ|ဖုန်း",
    addresses: &[
        // "99/12 ซอยสุขุมวิท 23", "45 ถ.พระราม 4", "12 หมู่ 3": house number, then lane or road.
        r"\d+(?:/\d+)? ?(?:หมู่ ?\d+ ?)?(?:ซอย|ซ\.|ถนน|ถ\.) ?{w}(?: \d+)?",
    ],
    postcode_after_city: false,
    more_shaped: &[
        // Thai two-digit Buddhist-era years and months glued to the day: "3 ธ.ค. 69", "3ธ.ค.69".
        (r"(?:^|\D)(\d{1,2} ?(?:{months}) ?\d{2,4})(?:\D|$)", PhiKind::Date),
        // Khmer dates with their day, month and year words: "ថ្ងៃទី ៣ ខែធ្នូ ឆ្នាំ២០២៦".
        (r"(\d{1,2} ?ខែ ?(?:{months})(?: ?ឆ្នាំ ?\d{4})?)", PhiKind::Date),
        // The Thai identity number, 13 digits grouped 1-4-5-2-1.
        (r"(?:^|\D)(\d[ \-]\d{4}[ \-]\d{5}[ \-]\d{2}[ \-]\d)(?:\D|$)", PhiKind::Id),
        // Myanmar's NRC: state number, township letters, citizenship class, six digits.
        (r"(\d{1,2}/{w}\((?:နိုင်|ဧည့်|ပြု|N|E|P)\)\d{6})", PhiKind::Id),
        // A Thai postcode after a city or the district and sub-district words before one.
        (concat!(r"(?:", cities!(), r")[ ,]+(\d{5})(?:\D|$)"), PhiKind::Location),
        (r"(?:^|[^\p{L}\p{M}])((?:แขวง|เขต|ตำบล|ต\.|อำเภอ|อ\.) ?{w})", PhiKind::Location),
    ],
    glued: true,
};

#[cfg(test)]
mod tests {
    use super::super::spaced::found;
    use super::super::PhiKind;
    use super::*;

    #[test]
    fn glued_titles_give_names_and_stay_outside() {
        let f = found(&LEXICON, "ชื่อผู้ป่วย: นายสมชาย ใจดี อายุ 94 ปี รังสีแพทย์ นพ.ประเสริฐ วงศ์สวัสดิ์");
        assert_eq!(f, [("สมชาย ใจดี", PhiKind::Name), ("94", PhiKind::Age), ("ประเสริฐ วงศ์สวัสดิ์", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "ຊື່: ທ້າວບຸນມີ ສີສຸວັນ, ອາຍຸ 45 ປີ"), [("ບຸນມີ ສີສຸວັນ", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "អ្នកជំងឺ លោក សុខ វណ្ណា អាយុ 62 ឆ្នាំ"), [("សុខ វណ្ណា", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "လူနာအမည် - ဦးအောင်ကျော်မင်း၊ အသက် 50"), [("အောင်ကျော်မင်း", PhiKind::Name)]);
    }

    #[test]
    fn hospitals_dates_ids_addresses_and_postcodes() {
        let f = found(&LEXICON, "ส่งต่อ โรงพยาบาลรามาธิบดี วันที่ 3 ธ.ค. 2569 เลขประจำตัวประชาชน 1 1037 00456 78 2");
        assert_eq!(f, [("โรงพยาบาลรามาธิบดี", PhiKind::Facility), ("3 ธ.ค. 2569", PhiKind::Date), ("1 1037 00456 78 2", PhiKind::Id)]);
        let f = found(&LEXICON, "ที่อยู่ 99/12 ซอยสุขุมวิท 23 กรุงเทพฯ 10110 โทร 089 765 4321");
        assert_eq!(f, [("99/12 ซอยสุขุมวิท 23", PhiKind::Address), ("กรุงเทพฯ", PhiKind::Location), ("10110", PhiKind::Location), ("089 765 4321", PhiKind::Phone)]);
        let f = found(&LEXICON, "မှတ်ပုံတင် 12/ဗဟန(နိုင်)123456၊ ရန်ကုန်ပြည်သူ့ဆေးရုံကြီး၊");
        assert_eq!(f, [("12/ဗဟန(နိုင်)123456", PhiKind::Id), ("ရန်ကုန်ပြည်သူ့ဆေးရုံကြီး", PhiKind::Facility)]);
    }

    #[test]
    fn a_thai_date_among_english_words_is_a_date_not_names() {
        // Sparse text: the month's letters would be two runs, each read as a name.
        let f = found(&LEXICON, "Dan Chang sugar mill; seen 1 ธ.ค. 2569; CXR: small left pleural effusion.");
        assert_eq!(f, [("1 ธ.ค. 2569", PhiKind::Date)]);
    }

    #[test]
    fn findings_in_these_scripts_keep_every_word() {
        // Cardiomegaly, no pleural effusion; right lower lobe pneumonia (Thai); cardiomegaly (Lao).
        assert!(found(&LEXICON, "ภาพรังสีทรวงอก: หัวใจโต ไม่พบน้ำในช่องเยื่อหุ้มปอด ปอดบวมกลีบล่างขวา").is_empty());
        assert!(found(&LEXICON, "ຫົວໃຈໃຫຍ່, ບໍ່ມີນ້ຳໃນເຍື່ອຫຸ້ມປອດ").is_empty());
        // "The patient has a fever and a cough": a bare "the patient" before a verb is no label.
        assert!(found(&LEXICON, "ผู้ป่วย มีไข้ ไอ มา 3 วัน").is_empty());
    }
}
