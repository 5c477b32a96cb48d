//! `radlabel eval`: score predictions against teacher labels (4 classes) and against
//! MeSH-derived positive gold, as per-observation tables.

pub mod behaviour;
pub(crate) mod mesh;
pub(crate) mod metrics;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::core::labels::{observation_index, Status, KEYS, NAMES, N_OBS};
use metrics::{BinaryTable, Counts, FourClassTable};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{line}: {msg}")]
    Parse { path: String, line: usize, msg: String },
}

pub type LabelMap = HashMap<String, [Status; N_OBS]>;

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.display().to_string(), source })
}

/// `KEY+ KEY- KEY?` marks (the teacher format); several marks for a key combine by precedence.
pub fn parse_marks(part: &str) -> Result<[Status; N_OBS], String> {
    let mut out = [Status::NotMentioned; N_OBS];
    for tok in part.split_whitespace() {
        let (key, mark) = tok.split_at(tok.len() - 1);
        let k = KEYS.iter().position(|x| *x == key).ok_or_else(|| format!("unknown key in `{tok}`"))?;
        let s = match mark {
            "+" => Status::Positive,
            "-" => Status::Negative,
            "?" => Status::Uncertain,
            _ => return Err(format!("bad mark in `{tok}` (expected +, - or ?)")),
        };
        if s.precedence() > out[k].precedence() {
            out[k] = s;
        }
    }
    Ok(out)
}

/// Predictions or teacher labels: JSON lines (`labels` by observation name) or TSV marks.
pub fn read_labels(path: &Path) -> Result<LabelMap, EvalError> {
    let text = read(path)?;
    let perr = |line: usize, msg: String| EvalError::Parse { path: path.display().to_string(), line, msg };
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim().is_empty() {
            continue;
        }
        if line.trim_start().starts_with('{') {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| perr(n, format!("invalid JSON: {e}")))?;
            let id = ["uid", "id", "report_id"]
                .iter()
                .find_map(|k| match &v[*k] {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(x) => Some(x.to_string()),
                    _ => None,
                })
                .ok_or_else(|| perr(n, "no uid/id/report_id".into()))?;
            let mut st = [Status::NotMentioned; N_OBS];
            if let Some(labels) = v["labels"].as_object() {
                for (name, val) in labels {
                    let Some(k) = observation_index(name) else { continue };
                    st[k] = val.as_str().and_then(Status::parse).ok_or_else(|| perr(n, format!("bad status for {name}: {val}")))?;
                }
            }
            out.insert(id, st);
        } else {
            let (id, part) = line.split_once('\t').ok_or_else(|| perr(n, "expected `uid<TAB>labels`".into()))?;
            out.insert(id.trim().to_string(), parse_marks(part).map_err(|m| perr(n, m))?);
        }
    }
    Ok(out)
}

/// MeSH gold from an Open-i style CSV (`uid, findings, impression, MeSH`), eligible rows only.
pub fn read_mesh_gold(path: &Path) -> Result<HashMap<String, HashSet<&'static str>>, EvalError> {
    let perr = |line: usize, msg: String| EvalError::Parse { path: path.display().to_string(), line, msg };
    let mut r = csv::Reader::from_path(path).map_err(|e| perr(0, e.to_string()))?;
    let h = r.headers().map_err(|e| perr(1, e.to_string()))?.clone();
    let col = |n: &str| h.iter().position(|x| x.eq_ignore_ascii_case(n)).ok_or_else(|| perr(1, format!("missing column `{n}`")));
    let (uid, f, i, m) = (col("uid")?, col("findings")?, col("impression")?, col("mesh")?);
    let mut out = HashMap::new();
    for (n, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| perr(n + 2, e.to_string()))?;
        let g = |c: usize| rec.get(c).unwrap_or("");
        if mesh::eligible(g(m), g(f), g(i)) {
            out.insert(g(uid).to_string(), mesh::gold(g(m)));
        }
    }
    Ok(out)
}

/// Is this gold file a MeSH CSV (else teacher labels)?
pub fn is_mesh_csv(path: &Path) -> bool {
    let head = std::fs::read(path).map(|b| b.into_iter().take(4096).collect::<Vec<u8>>()).unwrap_or_default();
    let first = String::from_utf8_lossy(&head);
    let first = first.lines().next().unwrap_or("");
    first.split(',').any(|c| c.trim().eq_ignore_ascii_case("mesh"))
}

fn keep(uid: &str, only: Option<&HashSet<String>>) -> bool {
    only.is_none_or(|s| s.contains(uid))
}

/// The 4-class table against teacher labels.
pub fn teacher_table(pred: &LabelMap, gold: &LabelMap, only: Option<&HashSet<String>>) -> String {
    let mut pairs = Vec::new();
    let mut missing = 0;
    for (uid, g) in gold.iter().filter(|(u, _)| keep(u, only)) {
        match pred.get(uid) {
            Some(p) => pairs.push((*g, *p)),
            None => {
                missing += 1;
                pairs.push((*g, [Status::NotMentioned; N_OBS]));
            }
        }
    }
    let t = FourClassTable::new(&pairs);
    let mut s = format!("4-class vs teacher labels: {} reports ({missing} unpredicted)\n", pairs.len());
    let _ = writeln!(s, "{:<28} {:>9} {:>9} {:>9}", "observation", "precision", "recall", "F1");
    for k in 0..N_OBS {
        let (p, r, f) = t.observation(k);
        let _ = writeln!(s, "{:<28} {p:>9.3} {r:>9.3} {f:>9.3}", NAMES[k]);
    }
    let _ = writeln!(s, "macro-F1 (mean of per-observation): {:.4}", t.per_observation_macro_f1());
    let _ = writeln!(s, "macro-F1 (pooled 4-class):          {:.4}", t.pooled_macro_f1());
    s
}

/// Positive-detection tables (strict: positive; lenient: positive or uncertain) against MeSH.
pub fn mesh_table(pred: &LabelMap, gold: &HashMap<String, HashSet<&'static str>>, only: Option<&HashSet<String>>) -> String {
    let mut s = String::new();
    let ids: Vec<&String> = gold.keys().filter(|u| keep(u, only)).collect();
    let missing = ids.iter().filter(|u| !pred.contains_key(**u)).count();
    for (title, ok) in [("strict (+ only)", &[Status::Positive][..]), ("lenient (+ or ?)", &[Status::Positive, Status::Uncertain][..])] {
        let mut rows = [Counts::default(); N_OBS];
        for uid in &ids {
            let g = &gold[*uid];
            for k in 0..N_OBS {
                let p = pred.get(*uid).is_some_and(|p| ok.contains(&p[k]));
                rows[k].add(p, g.contains(KEYS[k]));
            }
        }
        let table = BinaryTable { rows };
        let _ = writeln!(s, "positive vs MeSH gold, {title}: {} reports ({missing} unpredicted)", ids.len());
        let _ = writeln!(s, "{:<28} {:>9} {:>9} {:>9} {:>6}", "observation", "precision", "recall", "F1", "gold+");
        for k in 0..N_OBS {
            let c = table.rows[k];
            let _ = writeln!(s, "{:<28} {:>9.3} {:>9.3} {:>9.3} {:>6}", NAMES[k], c.precision(), c.recall(), c.f1(), c.tp + c.fn_);
        }
        let _ = writeln!(s, "macro-F1: {:.4}\n", table.macro_f1());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_parse_and_combine() {
        let s = parse_marks("NF+ EFF- EFF? CM+").unwrap();
        assert_eq!(s[0], Status::Positive);
        assert_eq!(s[10], Status::Uncertain, "? beats -");
        assert_eq!(s[2], Status::Positive);
        assert_eq!(s[3], Status::NotMentioned);
        assert!(parse_marks("XX+").is_err());
        assert!(parse_marks("CM*").is_err());
        assert_eq!(parse_marks("").unwrap(), [Status::NotMentioned; N_OBS]);
    }

    #[test]
    fn labels_files_in_both_formats() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("p.jsonl");
        std::fs::write(&p, "{\"report_id\":\"a\",\"labels\":{\"Cardiomegaly\":\"positive\",\"Edema\":\"not_mentioned\"}}\n{\"uid\":7,\"labels\":{}}\n").unwrap();
        let m = read_labels(&p).unwrap();
        assert_eq!(m["a"][2], Status::Positive);
        assert!(m.contains_key("7"));
        let t = d.path().join("t.tsv");
        std::fs::write(&t, "a\tCM+ EFF-\nb\t\n").unwrap();
        let g = read_labels(&t).unwrap();
        assert_eq!(g["b"], [Status::NotMentioned; N_OBS]);
        let table = teacher_table(&m, &g, None);
        assert!(table.contains("2 reports (1 unpredicted)"), "{table}");
        std::fs::write(&t, "a CM+\n").unwrap();
        assert!(read_labels(&t).unwrap_err().to_string().contains(":1: expected"));
    }

    #[test]
    fn mesh_gold_csv_and_table() {
        let d = tempfile::tempdir().unwrap();
        let g = d.path().join("g.csv");
        std::fs::write(&g, "uid,findings,impression,MeSH\n1,Big heart.,,Cardiomegaly\n2,Clear.,,normal\n3,,,normal\n").unwrap();
        assert!(is_mesh_csv(&g));
        let gold = read_mesh_gold(&g).unwrap();
        assert_eq!(gold.len(), 2, "row 3 has no text");
        let mut pred = LabelMap::new();
        let mut p1 = [Status::NotMentioned; N_OBS];
        p1[2] = Status::Positive;
        pred.insert("1".into(), p1);
        let mut p2 = [Status::NotMentioned; N_OBS];
        p2[0] = Status::Positive;
        pred.insert("2".into(), p2);
        let t = mesh_table(&pred, &gold, None);
        assert!(t.contains("Cardiomegaly                     1.000     1.000     1.000"), "{t}");
    }
}
