//! `radlabel eval PRED GOLD...`: tables of agreement with teacher labels and MeSH gold, or the
//! behavioural suite's pass rates.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::eval::{self, EvalError};

/// Scores `pred` against each gold file (teacher TSV/JSONL, or an Open-i CSV with a MeSH
/// column, or behavioural cases), restricted to the ids in `uids` when given. Returns the printed tables.
pub fn run(pred: &PathBuf, golds: &[PathBuf], uids: Option<&PathBuf>) -> Result<String, EvalError> {
    let pred_labels = eval::read_labels(pred)?;
    let only: Option<HashSet<String>> = match uids {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .map_err(|source| EvalError::Io { path: p.display().to_string(), source })?
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        ),
        None => None,
    };
    let mut out = String::new();
    for g in golds {
        out.push_str(&format!("== {} ==\n", g.display()));
        if eval::behaviour::is_cases_file(g) {
            let cases = eval::behaviour::read_cases(g)?;
            out.push_str(&eval::behaviour::table(&eval::behaviour::score(&cases, &pred_labels)));
        } else if eval::is_mesh_csv(g) {
            out.push_str(&eval::mesh_table(&pred_labels, &eval::read_mesh_gold(g)?, only.as_ref()));
        } else {
            out.push_str(&eval::teacher_table(&pred_labels, &eval::read_labels(g)?, only.as_ref()));
        }
        out.push('\n');
    }
    Ok(out)
}
