//! The words of Georgian and Armenian script for the spaced-script reader ([`super::spaced`]):
//! reports from Georgia and Armenia, and names written natively inside English ones.
//!
//! Georgian has no capitals, so only labels, titles and word lists find its names; Armenian
//! has them, and the capitalised-name rules already read its names: here are its labels,
//! hospitals, streets and dates. Both scripts mark case with endings, so a city or month
//! stands in several forms ("თბილისი", "ნოემბერს"); a city with a case ending glued on
//! ("თბილისის") is part of a longer name and stays out. Titles stay outside the names (ექიმი,
//! ბატონი, բժիշկ), as they do in English.

use super::spaced::Lexicon;
use super::PhiKind;

/// Labels, titles and relation words whose next words are surely a person.
const STRONG: &str = concat!(
    "რენტგენოლოგი|მკურნალი ექიმი|მიმართვის ექიმი|ექიმი|ბატონი|ქალბატონი|ქალიშვილი|ვაჟიშვილი|ვაჟი|",
    "მეუღლეს,|მეუღლე|დედა|მამა|ძმა|და:|",
    "ռենտգենաբան|բուժող բժիշկ|ուղեգրող բժիշկ|բժիշկ|պարոն|տիկին|որդին|դուստրը|կինը|ամուսինը",
);
/// "The patient" alone: a name only when it reaches punctuation or follows a colon.
const WEAK: &str = "პაციენტი|პაციენტს|ავადმყოფი|Հիվանդ|հիվանդ|Պացիենտ";
/// Titles alone, so that a label before one leaves the name to it ("რენტგენოლოგი ექიმი ...").
const TITLES: &str = "ექიმი|ბატონი|ქალბატონი|ბ-ნი|ქ-ნი|բժիշկ|պարոն|տիկին|դոկտոր";
/// Words that end a name: function words, field labels, relation and address words.
const STOP: &[&str] = &[
    "და", "ან", "არის", "იყო", "რომ", "თუ", "ტელ", "ტელ.", "მისამართი", "ასაკი", "წლის", "პირადი",
    "ნომერი", "თარიღი", "კლინიკა", "საავადმყოფო", "ქ.", "ქუჩა", "გამზ.", "დასკვნა", "კვლევის",
    "გულმკერდის", "მიმართულია", "შემოვიდა", "გადმოყვანილია", "დაურეკეს",
    "և", "կամ", "է", "էր", "հեռ.", "հասցե", "տարեկան", "ամսաթիվ", "բժշկական", "կենտրոն", "հիվանդանոց",
    "փ.", "պող.", "ՀԾՀ", "անձնագիր", "եզրակացություն",
];
/// Verbs and words of the report after a bare "the patient" that are no name.
const NOT_AFTER_WEAK: &[&str] = &[
    "იმყოფება", "უჩივის", "შემოვიდა", "გადმოყვანილია", "სტაბილურია", "ჰოსპიტალიზებულია",
    "ունի", "գանգատվում", "ընդունվել", "տեղափոխվել", "կայուն",
];
/// Cities in the forms a report writes them alone (nominative; Armenian has no case on them).
const CITIES: &str = concat!(
    "თბილისი|ქუთაისი|ბათუმი|რუსთავი|გორი|ზუგდიდი|ფოთი|თელავი|ხაშური|სამტრედია|ოზურგეთი|ახალციხე|",
    "მცხეთა|ქობულეთი|მარნეული|ზესტაფონი|ჭიათურა|ბორჯომი|",
    "Երևան|Գյումրի|Վանաձոր|Վաղարշապատ|Էջմիածին|Աբովյան|Կապան|Հրազդան|Արմավիր|Գորիս|Դիլիջան|Սևան|",
    "Աշտարակ|Արտաշատ|Իջևան|Ստեփանակերտ",
);
/// Month names in the nominative, dative and genitive (Georgian), nominative and genitive
/// (Armenian).
const MONTHS: &str = concat!(
    "(?:იანვ(?:არი|არს|რის)|თებერვ(?:ალი|ალს|ლის)|მარტ(?:ი|ს|ის)|აპრილ(?:ი|ს|ის)|მაის(?:ი|ს)?|",
    "ივნის(?:ი|ს)?|ივლის(?:ი|ს)?|აგვისტო(?:ს)?|სექტემბ(?:ერი|ერს|რის)|ოქტომბ(?:ერი|ერს|რის)|",
    "ნოემბ(?:ერი|ერს|რის)|დეკემბ(?:ერი|ერს|რის))|",
    "(?:հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր)ի?",
);

pub(crate) static LEXICON: Lexicon = Lexicon {
    scripts: r"\p{Georgian}\p{Armenian}",
    strong: STRONG,
    weak: WEAK,
    titles: TITLES,
    stop: STOP,
    not_after_weak: NOT_AFTER_WEAK,
    cities: CITIES,
    city_prefix: "",
    months: MONTHS,
    hospital_heads: "",
    hospital_tails: "საავადმყოფო|კლინიკა|სამედიცინო ცენტრი|ჰოსპიტალი|բժշկական կենտրոն|հիվանդանոց|կլինիկա",
    tail_words: 4,
    age_before: "ასაკი|տարիքը",
    age_after: "წლის|წელი|տարեկան",
    phone_labels: "ტელ\\.|ტელეფონი|მობ\\.|հեռ\\.|հեռախոս",
    addresses: &[
        // "ჭავჭავაძის გამზ. 33, ბ. 12", "რუსთაველის ქ. 5"
        r"{w}(?: {w})? (?:გამზ\.|გამზირი|ქ\.|ქუჩა) ?\d+[ა-ჰ]?(?:, ?ბ\. ?\d+)?",
        // "Մաշտոցի պող. 21, բն. 8", "Աբովյան փ. 4"
        r"{w}(?: {w})? (?:պող\.|պողոտա|փ\.|փողոց) ?\d+(?:, ?բն\. ?\d+)?",
    ],
    postcode_after_city: false,
    more_shaped: &[
        // "2026 წლის 3 ნოემბერი", "2026 թ. նոյեմբերի 14"
        (r"\d{4} წლის \d{1,2} (?:{months})", PhiKind::Date),
        (r"\d{4} ?թ\. (?:{months}) \d{1,2}", PhiKind::Date),
    ],
    glued: false,
};

#[cfg(test)]
mod tests {
    use super::super::spaced::found;
    use super::super::PhiKind;
    use super::*;


    #[test]
    fn labels_titles_and_relations_give_georgian_names() {
        let f = found(&LEXICON, "პაციენტი: გიორგი ბერიძე, 54 წლის; რენტგენოლოგი ნინო კაპანაძე; მკურნალი ექიმი დავით ჯაფარიძე.");
        assert_eq!(f, [("გიორგი ბერიძე", PhiKind::Name), ("ნინო კაპანაძე", PhiKind::Name), ("დავით ჯაფარიძე", PhiKind::Name)]);
        assert_eq!(found(&LEXICON, "დაურეკეს მეუღლეს, მანანა ცერცვაძე, ტელ. 577 98 76 54"),
                   [("მანანა ცერცვაძე", PhiKind::Name), ("577 98 76 54", PhiKind::Phone)]);
        assert!(found(&LEXICON, "პაციენტი უჩივის ხველას, პლევრის ღრუში სითხე არ არის.").is_empty());
    }

    #[test]
    fn hospitals_streets_dates_and_ages() {
        let f = found(&LEXICON, "ნ. ყიფშიძის სახელობის ცენტრალური საუნივერსიტეტო კლინიკა, თბილისი; თბილისის ბავშვთა");
        assert_eq!(f, [("ნ. ყიფშიძის სახელობის ცენტრალური საუნივერსიტეტო კლინიკა", PhiKind::Facility), ("თბილისი", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "მისამართი: ჭავჭავაძის გამზ. 33, ბ. 12, ქუთაისი"),
                   [("ჭავჭავაძის გამზ. 33, ბ. 12", PhiKind::Address), ("ქუთაისი", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "თარიღი 2026 წლის 3 ნოემბერი; 92 წლის; 54 წლის"),
                   [("2026 წლის 3 ნოემბერი", PhiKind::Date), ("92", PhiKind::Age)]);
        assert_eq!(found(&LEXICON, "ամսաթիվ՝ 2026 թ. նոյեմբերի 14։ Էրեբունի բժշկական կենտրոն, Երևան"),
                   [("2026 թ. նոյեմբերի 14", PhiKind::Date), ("Էրեբունի բժշկական կենտրոն", PhiKind::Facility), ("Երևան", PhiKind::Location)]);
        assert_eq!(found(&LEXICON, "Հասցե՝ Մաշտոցի պող. 21, բն. 8, Գյումրի; որդին՝ Տիգրան Սարգսյան, հեռ. 093 45 67 89"),
                   [("Մաշտոցի պող. 21, բն. 8", PhiKind::Address), ("Գյումրի", PhiKind::Location),
                    ("Տիգրան Սարգսյան", PhiKind::Name), ("093 45 67 89", PhiKind::Phone)]);
    }

    #[test]
    fn clinical_lines_keep_every_word() {
        assert!(found(&LEXICON, "კერლის B ხაზები, სვან-განცის კათეტერი სწორ მდებარეობაშია, პნევმოთორაქსი არ არის.").is_empty());
        assert!(found(&LEXICON, "Կերլիի B գծեր, Սվան-Գանցի կաթետրը ճիշտ դիրքում է, պլևրալ հեղուկ չկա։").is_empty());
    }
}
