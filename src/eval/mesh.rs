//! Positive-finding gold from Open-i's human MeSH codes, by the same rules as the shared
//! scorer (`tools/iu_gold.py`): MeSH records what is present, so it checks positives only.

use std::collections::HashSet;

use crate::core::labels::{KEYS, NO_FINDING, SUPPORT_DEVICES};

/// Observation keys one MeSH term (`Head/qualifier/...`) stands for.
pub fn term_to_keys(term: &str) -> HashSet<&'static str> {
    let parts: Vec<String> = term.split('/').map(|p| p.trim().to_lowercase()).collect();
    let h = parts[0].as_str();
    let quals: Vec<&str> = parts[1..].iter().map(String::as_str).collect();
    let q1 = quals.first().copied().unwrap_or("");
    let mut out = HashSet::new();
    if h == "cardiomegaly" || (h == "cardiac shadow" && quals.contains(&"enlarged")) {
        out.insert("CM");
    }
    if h == "mediastinum" && quals.contains(&"prominent") {
        out.insert("ECM");
    }
    if ["opacity", "airspace disease", "infiltrate"].contains(&h) && q1 != "ribs" {
        out.insert("LO");
    }
    if (h == "density" && q1 == "lung") || (h == "cicatrix" && q1 == "lung") || h == "lung diseases, interstitial" {
        out.insert("LO");
    }
    if ["nodule", "mass", "cavitation"].contains(&h) && !quals.contains(&"calcified") && q1 != "breast" {
        out.insert("LL");
    }
    if ["pulmonary edema", "pulmonary congestion", "heart failure"].contains(&h) {
        out.insert("ED");
    }
    if h == "consolidation" {
        out.insert("CO");
    }
    if h == "pneumonia" {
        out.insert("PNA");
    }
    if h == "pulmonary atelectasis" {
        out.insert("AT");
    }
    if ["pneumothorax", "hydropneumothorax", "hemopneumothorax"].contains(&h) {
        out.insert("PTX");
    }
    if ["pleural effusion", "hydropneumothorax"].contains(&h) {
        out.insert("EFF");
    }
    if (h == "thickening" && q1 == "pleura") || (h == "cicatrix" && q1 == "pleura") {
        out.insert("PO");
    }
    if h == "fractures, bone" {
        out.insert("FX");
    }
    if ["catheters, indwelling", "implanted medical device", "tube, inserted", "medical device", "stents"].contains(&h)
        || (h == "surgical instruments" && q1 != "abdomen")
    {
        out.insert("SD");
    }
    out
}

/// Whether a report can be judged by MeSH at all (has text, was indexed, image usable).
pub fn eligible(mesh: &str, findings: &str, impression: &str) -> bool {
    let has_text = !findings.trim().is_empty() || !impression.trim().is_empty();
    has_text && !(mesh.starts_with("No Indexing") || mesh.contains("Technical Quality of Image Unsatisfactory"))
}

/// Keys present for one report; No Finding when no pathology is coded.
pub fn gold(mesh: &str) -> HashSet<&'static str> {
    let mut present = HashSet::new();
    for t in mesh.split(';').filter(|t| !t.trim().is_empty()) {
        present.extend(term_to_keys(t));
    }
    let pathology = &KEYS[NO_FINDING + 1..SUPPORT_DEVICES];
    if !present.iter().any(|k| pathology.contains(k)) {
        present.insert("NF");
    }
    present
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(keys: &[&'static str]) -> HashSet<&'static str> {
        keys.iter().copied().collect()
    }

    #[test]
    fn mesh_terms_map_like_the_shared_scorer() {
        assert_eq!(gold("normal"), set(&["NF"]));
        assert_eq!(gold("Cardiomegaly/mild;Pleural Effusion/left"), set(&["CM", "EFF"]));
        assert_eq!(gold("Nodule/lung/calcified"), set(&["NF"]), "calcified nodules are not lesions");
        assert_eq!(gold("Opacity/ribs"), set(&["NF"]));
        assert_eq!(gold("Hydropneumothorax/right"), set(&["PTX", "EFF"]));
        assert_eq!(gold("Surgical Instruments/abdomen"), set(&["NF"]));
        assert_eq!(gold("Surgical Instruments/chest;Thickening/pleura"), set(&["SD", "PO"]));
        assert_eq!(gold("Catheters, Indwelling"), set(&["SD", "NF"]), "devices do not block No Finding");
        assert_eq!(gold("Cardiac Shadow/enlarged/severe"), set(&["CM"]));
    }

    #[test]
    fn eligibility() {
        assert!(eligible("normal", "clear", ""));
        assert!(!eligible("normal", " ", ""));
        assert!(!eligible("No Indexing", "clear", ""));
        assert!(!eligible("Technical Quality of Image Unsatisfactory ;normal", "x", ""));
    }
}
