//! The words of Ethiopic script for the spaced-script reader ([`super::spaced`]): Amharic and
//! Tigrinya reports from Ethiopia and Eritrea, and names written natively inside English ones.
//!
//! The script has no capitals and its own punctuation (፦ before a value, ፣ and ፤ between
//! fields, ። at the end), which ends a name as a comma does. Titles stay outside the names
//! (ዶ/ር, አቶ, ወ/ሮ). Dates follow the Ethiopian calendar ("ኅዳር 5 ቀን 2019 ዓ.ም."): the era mark
//! after the year stays outside, as "г." does in Russian. One-letter prepositions glued to a
//! city ("በአዲስ አበባ", "ከመቀሌ") stay out of it.

use super::spaced::Lexicon;
use super::PhiKind;

/// Labels, titles and relation words whose next words are surely a person.
const STRONG: &str = concat!(
    "የታካሚው ስም|የታካሚ ስም|ስም|ራዲዮሎጂስት|ሐኪም|ዶ/ር|ዶክተር|አቶ|ወ/ሮ|ወ/ሪት|ወይዘሮ|ወይዘሪት|",
    "ልጅ|ልጁ|ልጇ|ባለቤቱ|ባለቤቷ|ሚስቱ|ባሏ|ወንድሙ|እህቱ|ሓኪም|ወዲ|ጓል",
);
/// "The patient" alone (Amharic, Tigrinya): a name after its colon or reaching punctuation.
const WEAK: &str = "ታካሚው|ታካሚ|ሕሙም|ሕማም|በሽተኛው|በሽተኛ";
/// Titles alone, so that a label before one leaves the name to it ("ራዲዮሎጂስት ዶ/ር ...").
const TITLES: &str = "ዶ/ር|ዶክተር|አቶ|ወ/ሮ|ወ/ሪት|ወይዘሮ|ወይዘሪት";
/// Words that end a name: function words, field labels, relation and address words.
const STOP: &[&str] = &[
    "እና", "ወይም", "ነው", "ናቸው", "ነበር", "ውስጥ", "ጋር", "በስልክ", "ስልክ", "ተነገረ", "ቁጥር", "ቀን",
    "ዓመት", "ዕድሜ", "ሆስፒታል", "አድራሻ", "ክፍለ", "ከተማ", "ወረዳ", "ቀበሌ", "ወንድ", "ሴት", "የደረት",
    "ራጅ", "ውጤት", "ተላከ", "መጣ", "መጣች", "ከ", "ወደ", "ናይ", "ምስ",
];
/// Verbs and words after a bare "the patient" that are no name.
const NOT_AFTER_WEAK: &[&str] = &["ሳል", "ትኩሳት", "ተኝቷል", "ተኝታለች", "መጣ", "መጣች", "አለው", "አላት", "የለውም", "ተላከ"];
/// Cities of Ethiopia and Eritrea, Amharic and Tigrinya spellings.
const CITIES: &str = concat!(
    "አዲስ አበባ|ባሕር ዳር|ባህር ዳር|መቀሌ|ጎንደር|ሀዋሳ|ሐዋሳ|ድሬ ዳዋ|ድሬዳዋ|ጅማ|ደሴ|አዳማ|ናዝሬት|ቢሾፍቱ|",
    "ደብረ ዘይት|ጅጅጋ|አርባ ምንጭ|ደብረ ማርቆስ|ደብረ ብርሃን|ነቀምቴ|ሆሳዕና|ወልቂጤ|ሻሸመኔ|አክሱም|ላሊበላ|",
    "ኣስመራ|አስመራ|ምጽዋዕ|ምፅዋ|ከረን|ባረንቱ|መንደፈራ|ዓዲ ቐይሕ",
);
/// The Ethiopian calendar's months (both common spellings).
const MONTHS: &str = "መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሀምሌ|ነሐሴ|ጳጉሜን|ጳጉሜ";

pub(crate) static LEXICON: Lexicon = Lexicon {
    scripts: r"\p{Ethiopic}",
    strong: STRONG,
    weak: WEAK,
    titles: TITLES,
    stop: STOP,
    not_after_weak: NOT_AFTER_WEAK,
    cities: CITIES,
    city_prefix: "በከለ",
    months: MONTHS,
    hospital_heads: "ሆስፒታል|ክሊኒክ",
    hospital_tails: "ሆስፒታል|ክሊኒክ|ጤና ጣቢያ|የሕክምና ማዕከል|ሜዲካል ኮሌጅ",
    tail_words: 4,
    age_before: "ዕድሜ|እድሜ",
    age_after: "ዓመት|አመት",
    phone_labels: "በ?ስልክ(?: ቁጥር)?|ሞባይል",
    addresses: &[
        // "ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234"
        r"(?:{w} ክፍለ ከተማ[፣,]? ?)?(?:ወረዳ|ቀበሌ) \d+(?:[፣,]? ?(?:ቀበሌ \d+[፣,]? ?)?የቤት ቁጥር \d+)?",
    ],
    postcode_after_city: false,
    more_shaped: &[
        // "ኅዳር 5 ቀን 2019" (the era mark ዓ.ም. after it stays out); a month that ends a longer
        // word is none ("ቁጥር 4521", number, ends in ጥር)
        (r"(?:^|[^\p{L}\p{M}])((?:{months}) \d{1,2}(?: ቀን)?(?: \d{4})?)", PhiKind::Date),
        // Fayda, the national number, and the kebele ID after their label
        (r"(?:ፋይዳ|መታወቂያ) ቁጥር[፦: ]*(\d{4} ?\d{4} ?\d{4}|\d{6,12})", PhiKind::Id),
    ],
    glued: false,
};

#[cfg(test)]
mod tests {
    use super::super::spaced::found;
    use super::super::PhiKind;
    use super::*;


    #[test]
    fn labels_titles_and_relations_give_names() {
        assert_eq!(found(&LEXICON, "ታካሚ፦ አበበ ከበደ፣ የ45 ዓመት ወንድ"), [("አበበ ከበደ", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "ራዲዮሎጂስት ዶ/ር ሰላማዊት ታደሰ፤ ስልክ +251 911 234 567።"),
                   [("ሰላማዊት ታደሰ", PhiKind::Name), ("+251 911 234 567", PhiKind::Phone)]);
        assert_eq!(found(&LEXICON, "ለታካሚው ልጅ ሄኖክ አበበ በስልክ 0912 345 678 ተነገረ።"),
                   [("ሄኖክ አበበ", PhiKind::Name), ("0912 345 678", PhiKind::Phone)]);
        assert!(found(&LEXICON, "ታካሚው ሳል እና ትኩሳት አለው፤ የፕሌውራ ፈሳሽ የለም።").is_empty());
    }

    #[test]
    fn hospitals_cities_addresses_dates_numbers_and_ages() {
        assert_eq!(found(&LEXICON, "ጥቁር አንበሳ ስፔሻላይዝድ ሆስፒታል፣ አዲስ አበባ፤"),
                   [("ጥቁር አንበሳ ስፔሻላይዝድ ሆስፒታል", PhiKind::Facility), ("አዲስ አበባ", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "ሕሙም፦ ገብረሂወት ተስፋይ፣ 91 ዓመት፣ ሆስፒታል ኦሮታ፣ ኣስመራ።"),
                   [("ገብረሂወት ተስፋይ", PhiKind::Name), ("91", PhiKind::Age), ("ሆስፒታል ኦሮታ", PhiKind::Facility), ("ኣስመራ", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "አድራሻ፦ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234፣ የፋይዳ ቁጥር 4521 8876 3309።"),
                   [("ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234", PhiKind::Address), ("4521 8876 3309", PhiKind::Id)]);
        assert_eq!(found(&LEXICON, "ቀን፦ ኅዳር 5 ቀን 2019 ዓ.ም. በመቀሌ"), [("ኅዳር 5 ቀን 2019", PhiKind::Date), ("መቀሌ", PhiKind::Location)]);
        assert!(found(&LEXICON, "የ45 ዓመት ወንድ፤ ዕድሜ 60").is_empty());
    }
}
