//! Identifiers in Chinese, Japanese and Korean script: reports from hospitals in China, Taiwan,
//! Hong Kong, Japan and Korea, and names written natively inside English ones.
//!
//! These scripts put no space between words, so the Latin rules (capitalised words, census
//! lists, word boundaries) cannot read them. Two readings, by how much of the text is CJK:
//! - **sparse** (an English report with a name in brackets, "Zhou Xiaohong (周晓红)"): every run
//!   of two to five Han or Hangul letters is a name, as it always was, but for a date written
//!   with 年月日 (era and all);
//! - **dense** (a report written in these scripts): that would remove every word, so only what
//!   context gives away is taken — a value after a label (姓名, 氏名, 환자명, 住院号, 등록번호),
//!   a name before an honorific (先生, 様, 씨, 선생님), a hospital by its last word (医院, 病院,
//!   병원), an address written from the city down to its number, dates with 年月日 or 년 월 일
//!   (era years too), and phones after their label.
//!
//! Texts without a CJK letter (nearly all) return at once.

use regex::Regex;

use super::{script_share, shaped_hits, Hit, PhiKind, Script};

/// Labels whose value is a person: patient, doctors, family (Chinese, Japanese, Korean), longer
/// ones first so that "患者姓名" is not read as "患者" and a name "姓名".
const PERSON_LABELS: &str = "患者姓名|病人姓名|患者氏名|姓名|患者名|氏名|報告医師|報告医|报告医师|報告醫師|审核医师|審核醫師|审核医生|读片医师|讀片醫師|主治医师|主治醫師|主治医|担当医|依頼医|読影医|申请医生|申請醫師|医师|醫師|医生|醫生|家属|家屬|联系人|聯絡人|患者|病人|환자명|환자|성명|판독의|주치의|담당의|의뢰의|보호자|전공의|간호사|수검자|딸|아들|남편|아내|어머니|아버지|병장|상병|일병|이병|하사|중사|상사|소위|중위|대위|소령|중령|대령";
/// Japanese kin and roles before a name, with a space after them (alone, "母" and "妻" open
/// words too: "母指", "妻帯").
const JAPANESE_KIN: &str = "長女|長男|次女|次男|三女|三男|娘|息子|妻|夫|母|父|祖母|祖父|姉|妹|兄|弟|孫|通訳|家族";
/// The most frequent Japanese family names of two letters: one, with a given name after it, is
/// a person in a Japanese report, label or not ("山本 翔太").
const JAPANESE_SURNAMES: &str = "佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|山口|松本|井上|木村|斎藤|斉藤|清水|山崎|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野|小島|谷口|工藤|高田|丸山|今井|増田|杉山|村田|大塚|小山|藤本|久保|松井|千葉|岩崎|桜井|木下|野口|松尾|菊地|野村|新井|渡部|佐々木|長谷川";
/// Labels whose value is a record or identity number.
const ID_LABELS: &str = "住院号|住院號|门诊号|門診號|病历号|病歷號|病案号|检查号|檢查號|登记号|身份证号|身份證號|身份证|医保卡号|醫保卡號|社保卡号|患者ID|患者番号|カルテ番号|登録番号|保険者番号|被保険者番号|記号番号|주민등록번호|외국인등록번호|등록번호|환자번호|병록번호";
/// Words after a name that address its bearer: they stay, as titles do in English.
const HONORIFICS: &str = "様|さま|さん|氏|先生|女士|小姐|医師|医生|醫生|教授|선생님|씨|님|교수|할아버지|할머니|어르신";

pub(crate) struct CjkFinder {
    /// One CJK letter (Han, kana, Hangul): whether to read the text at all, and how densely.
    letter: Regex,
    /// A run of Han or Hangul letters: a name when the text is sparse.
    run: Regex,
    /// A label then its person (group 1): a Japanese family name of one or two letters may
    /// stand apart from the given name ("山田 太郎"); a Chinese name of three letters is written
    /// whole, and a space after it ends it ("王建国　性别").
    labelled_person: Regex,
    /// A listed Japanese family name and the given name after it.
    japanese_name: Regex,
    /// A name (group 1) then an honorific; a label before it in the group is cut off.
    honoured: Regex,
    /// Each label alone, to cut one from the front of an honoured name ("依頼医 鈴木").
    label_prefix: Regex,
    /// An honorific ending a labelled name, to cut off ("依頼医 鈴木先生").
    honorific_suffix: Regex,
    /// Dates written with 年月日 or 년 월 일: read in sparse text too, where an era date in an
    /// English report ("seen 令和8年12月1日") would otherwise be a run read as a name ("令和").
    dates: Vec<(Regex, PhiKind)>,
    /// Shaped values: (pattern, kind); group 1 when the pattern has one.
    shaped: Vec<(Regex, PhiKind)>,
}

impl CjkFinder {
    pub(crate) fn new() -> CjkFinder {
        let re = |p: &str| Regex::new(p).expect("cjk pattern");
        let han = r"\p{Han}";
        CjkFinder {
            letter: re(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"),
            run: re(r"[\p{Han}\p{Hangul}]{2,16}"),
            labelled_person: re(&format!(r"(?:(?:{PERSON_LABELS})[ \t　]*[:：(（]?|(?:{JAPANESE_KIN})[ \t　])[ \t　]*([{han}]{{1,2}}[ 　](?:[{han}]{{1,3}}|[\p{{Katakana}}ー]{{2,4}})|[{han}]{{2,4}}|[\p{{Hangul}}]{{2,4}})")),
            japanese_name: re(&format!(r"(?:{JAPANESE_SURNAMES})[ 　]?(?:[{han}]{{1,3}}|[\p{{Katakana}}ー]{{2,4}})")),
            honoured: re(&format!(r"([{han}]{{1,3}} [{han}]{{1,3}}|[{han}]{{2,4}}|[\p{{Hangul}}]{{2,4}}) ?(?:{HONORIFICS})")),
            label_prefix: re(&format!(r"^(?:{PERSON_LABELS}) ")),
            honorific_suffix: re(&format!(r"(?:{HONORIFICS})$")),
            dates: vec![
                // "2026年11月3日", era years "令和8年11月2日", "11月5日", "2026년 11월 4일".
                (re(r"(?:(?:明治|大正|昭和|平成|令和)\s?\d{1,2}|\d{4})\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号號])?"), PhiKind::Date),
                (re(r"\d{1,2}\s?月\s?\d{1,2}\s?[日号號]"), PhiKind::Date),
                (re(r"\d{4}\s?년\s?\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?|\d{1,2}\s?월\s?\d{1,2}\s?일"), PhiKind::Date),
            ],
            shaped: vec![
                // A numeric date run into a CJK word, where the Latin rules' word boundary fails.
                (re(r"(?:^|[^\d])(\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?:[^\d]|$)"), PhiKind::Date),
                // Hospitals by their last word: "北京协和医院", "大阪市立総合医療センター", "서울대학교병원".
                (re(r"[\p{Han}\p{Katakana}ー]{1,16}(?:医院|醫院|病院|医療センター|医疗中心|醫療中心|医学中心|醫學中心|卫生院|衛生院|诊所|診所|クリニック)|[\p{Han}\p{Katakana}ー]{3,16}(?:センター|センタ)|[\p{Hangul}]{1,12}(?:병원|의원|의료원|보건소)"), PhiKind::Facility),
                // Addresses from the city or prefecture down to the number; Sapporo's blocks by
                // their compass numbers ("北14条西5丁目").
                (re(r"\p{Han}{1,6}(?:省|市|都|道|府|県|县|縣)[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,20}?(?:[0-9０-９]+(?:[-－‐][0-9０-９]+)*(?:号|號|番地|番|丁目|条)?[東西南北]?)+"), PhiKind::Address),
                // Japanese companies by their last word or "株式会社": "トヨタ自動車", "株式会社日立製作所".
                (re(r"(?:株式会社|\(株\)|（株）)[\p{Han}\p{Katakana}ー]{1,12}|[\p{Han}\p{Katakana}ー]{1,10}(?:自動車|製作所|工業|電機|製薬|商事|建設|重工業|重工|化学|電力|株式会社)"), PhiKind::Facility),
                // A foreigner's name in katakana, given and family names joined by a middle dot:
                // "ジョン・スミス".
                (re(r"[\p{Katakana}ー]{2,8}・[\p{Katakana}ー]{2,8}"), PhiKind::Name),
                (re(r"\p{Hangul}{1,8}(?:시|도)(?:\s\p{Hangul}{1,10}(?:구|군|동|읍|면|리))*\s(?:[\p{Hangul}\d]{1,12}(?:로|길)|\p{Hangul}{1,6}(?:동|리|가))\s?\d+(?:-\d+)?"), PhiKind::Address),
                // Companies by their last word ("삼성전자", "현대중공업") or after "소속" (affiliation).
                (re(r"\p{Hangul}{1,8}(?:전자|건설|중공업|물산|제약|화학|은행|생명|화재|그룹|산업|통신|자동차)|(?:소속|직장)[ \t　]*[:：]?[ \t　]*(\p{Hangul}{2,10})"), PhiKind::Facility),
                // The writer's name opening a quoted letter: "\"강민지입니다."
                (re(r"[\x22“](\p{Hangul}{3})입니다"), PhiKind::Name),
                // Numbers after their label.
                (re(&format!(r"(?:{ID_LABELS})[ \t　]*[:：]?[ \t　]*([A-Z0-9][A-Z0-9\-]{{3,20}}[Xx]?)")), PhiKind::Id),
                (re(r"(?:联系电话|聯絡電話|电话|電話|手机|手機|연락처|전화|휴대폰|TEL|Tel)[ \t　]*[:：]?[ \t　]*(\+?\d[\d\- ]{6,16}\d)"), PhiKind::Phone),
            ],
        }
    }

    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let hit = |start, end, kind| Hit { start, end, kind };
        let mut hits = Vec::new();
        // A few native letters among many Latin ones are a name written natively; more than a
        // quarter (kana counted: they are Japanese words) make a report in these scripts.
        match script_share(&self.letter, text) {
            Script::Absent => return hits,
            Script::Sparse => {
                shaped_hits(&self.dates, text, &mut hits);
                let runs = self.run.find_iter(text).filter(|m| !hits.iter().any(|d| m.start() < d.end && d.start < m.end()));
                let runs: Vec<Hit> = runs.map(|m| hit(m.start(), m.end(), PhiKind::Name)).collect();
                hits.extend(runs);
                return hits;
            }
            Script::Dense => shaped_hits(&self.dates, text, &mut hits),
        }
        for c in self.labelled_person.captures_iter(text) {
            let g = c.get(1).expect("person group");
            let cut = self.honorific_suffix.find(g.as_str()).map_or(0, |m| m.len());
            hits.push(hit(g.start(), g.end() - cut, PhiKind::Name));
        }
        for c in self.honoured.captures_iter(text) {
            let g = c.get(1).expect("name group");
            let whole = c.get(0).expect("match");
            // "氏" before "名" is the label 氏名 (name), not an honorific: "患者氏名".
            if whole.as_str().ends_with('氏') && text[whole.end()..].starts_with('名') {
                continue;
            }
            // "ご家族様" addresses the family, no one by name.
            if matches!(g.as_str(), "家族" | "患者" | "皆" | "皆様" | "先生" | "医師") {
                continue;
            }
            // A department before the name is no part of it: "呼吸器内科 松本先生".
            let dept = g.as_str().split_once(' ').filter(|(a, _)| a.ends_with(['科', '部'])).map_or(0, |(a, _)| a.len() + 1);
            let cut = self.label_prefix.find(g.as_str()).map_or(0, |m| m.end()).max(dept);
            hits.push(hit(g.start() + cut, g.end(), PhiKind::Name));
        }
        for m in self.japanese_name.find_iter(text) {
            let cut = self.honorific_suffix.find(m.as_str()).map_or(0, |h| h.len());
            // The given name stops before an honorific it ran into: "伊藤 大輔医師".
            let rest = &text[m.end()..];
            let into = (m.as_str().ends_with('医') && rest.starts_with('師') || m.as_str().ends_with('先') && rest.starts_with('生')).then_some('医'.len_utf8()).unwrap_or(0);
            hits.push(hit(m.start(), m.end() - cut.max(into), PhiKind::Name));
        }
        shaped_hits(&self.shaped, text, &mut hits);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, PhiKind)> {
        let hits = super::super::merge(text, CjkFinder::new().find(text));
        hits.iter().map(|h| (&text[h.start..h.end], h.kind)).collect()
    }

    #[test]
    fn sparse_text_reads_every_native_run_as_a_name() {
        assert_eq!(found("Zhou Xiaohong (周晓红), 91, Ghon complex, old. Calcified granuloma left apex."), [("周晓红", PhiKind::Name)]);
        assert!(found("No focal consolidation. Heart size normal.").is_empty());
        // ... but a date written with 年月日 is a date, era and all, not a name "令和".
        assert_eq!(found("Ogata Kenji; seen 令和8年12月1日; hyperinflation, flattened diaphragms."), [("令和8年12月1日", PhiKind::Date)]);
    }

    #[test]
    fn dense_text_takes_labelled_and_honoured_names_only() {
        let f = found("患者姓名：王建国　性别：男　依頼医 鈴木先生（呼吸器内科）心影不大");
        assert_eq!(f, [("王建国", PhiKind::Name), ("鈴木", PhiKind::Name)]);
        assert_eq!(found("患者氏名：山田太郎　胸部単純X線"), [("山田太郎", PhiKind::Name)]);
        let f = found("판독의 박서연 선생님, 보호자 김지은 님 영상의학과");
        assert_eq!(f, [("박서연", PhiKind::Name), ("김지은", PhiKind::Name)]);
    }

    #[test]
    fn japanese_names_by_family_name_kin_and_katakana() {
        // A listed family name, with its given name, no label ("山本 翔太"); after a kin word and
        // a space; a given name that ran into "医師" stops before it; a foreigner's name in
        // katakana; "ご家族様" is no one, and a department before a name no part of it.
        assert_eq!(found("社員番号、山本 翔太、胸部X線"), [("山本 翔太", PhiKind::Name)]);
        assert_eq!(found("家族：長女 中村 恵子に説明した。"), [("中村 恵子", PhiKind::Name)]);
        assert_eq!(found("救急外来にて伊藤 大輔医師が診察"), [("伊藤 大輔", PhiKind::Name)]);
        assert_eq!(found("米国籍のジョン・スミスさん。ご家族様へ。呼吸器内科 松本先生"), [("ジョン・スミス", PhiKind::Name), ("松本", PhiKind::Name)]);
    }

    #[test]
    fn dense_text_takes_dates_hospitals_addresses_and_numbers() {
        let f = found("住院号：0088431 检查日期：2026年11月3日 北京协和医院放射科 住址 北京市朝阳区建国路88号");
        assert_eq!(f, [("0088431", PhiKind::Id), ("2026年11月3日", PhiKind::Date), ("北京协和医院", PhiKind::Facility), ("北京市朝阳区建国路88号", PhiKind::Address)]);
        let f = found("撮影日：令和8年11月2日 住所：東京都文京区本郷7-3-1 電話 06-6929-1221");
        assert_eq!(f, [("令和8年11月2日", PhiKind::Date), ("東京都文京区本郷7-3-1", PhiKind::Address), ("06-6929-1221", PhiKind::Phone)]);
        let f = found("주소: 서울특별시 종로구 대학로 101, 검사일: 2026년 11월 4일 서울대학교병원");
        assert_eq!(f, [("서울특별시 종로구 대학로 101", PhiKind::Address), ("2026년 11월 4일", PhiKind::Date), ("서울대학교병원", PhiKind::Facility)]);
    }
}
