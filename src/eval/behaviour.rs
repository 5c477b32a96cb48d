//! The behavioural suite (`tests/behaviour/cases.jsonl`): short self-written reports that
//! affirm, negate or hedge one observation, or exercise a guideline exclusion, each naming the
//! status every observation must get. Aggregate F1 hides exactly these failures ("No
//! cardiomegaly." read as cardiomegaly), so they are scored case by case: is the probed
//! observation right, and did nothing else get marked present or uncertain that should not
//! (a "leak": an endotracheal tube bringing a pleural effusion).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::{EvalError, LabelMap};
use crate::core::labels::{observation_index, Status, NAMES, NO_FINDING, N_OBS};

/// One case of the suite.
#[derive(Debug, Clone)]
pub struct Case {
    pub id: String,
    /// affirmed / negated / hedged / exclusion: the unit the targets are set on.
    pub category: String,
    /// The wording family ("no evidence of", "cannot be excluded"...), for finding weak forms.
    pub form: String,
    pub observation: usize,
    /// "sentence" (a one-sentence report) or "report" (inside a longer normal report).
    pub context: String,
    pub expect: [Status; N_OBS],
}

/// Does this file hold behavioural cases (JSON lines with `category` and `expect`)?
pub fn is_cases_file(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else { return false };
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else { return false };
    serde_json::from_str::<serde_json::Value>(first).is_ok_and(|v| v.get("category").is_some() && v.get("expect").is_some())
}

pub fn read_cases(path: &Path) -> Result<Vec<Case>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.display().to_string(), source })?;
    let perr = |line: usize, msg: String| EvalError::Parse { path: path.display().to_string(), line, msg };
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| perr(n, format!("invalid JSON: {e}")))?;
        let field = |k: &str| v[k].as_str().map(str::to_string).ok_or_else(|| perr(n, format!("missing string `{k}`")));
        let obs_name = field("observation")?;
        let observation = observation_index(&obs_name).ok_or_else(|| perr(n, format!("unknown observation `{obs_name}`")))?;
        let mut expect = [Status::NotMentioned; N_OBS];
        let map = v["expect"].as_object().ok_or_else(|| perr(n, "missing object `expect`".into()))?;
        for (name, s) in map {
            let k = observation_index(name).ok_or_else(|| perr(n, format!("unknown observation `{name}` in expect")))?;
            expect[k] = s.as_str().and_then(Status::parse).ok_or_else(|| perr(n, format!("bad status for {name}: {s}")))?;
        }
        out.push(Case { id: field("id")?, category: field("category")?, form: field("form")?, observation, context: field("context")?, expect });
    }
    Ok(out)
}

/// How one case went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The probed observation got its expected status.
    pub probe_ok: bool,
    /// Other observations marked positive/uncertain where that was not expected (No Finding aside:
    /// it follows from the others).
    pub leaks: Vec<usize>,
    /// The case has no prediction at all.
    pub missing: bool,
}

pub fn judge(case: &Case, pred: Option<&[Status; N_OBS]>) -> Outcome {
    let Some(p) = pred else { return Outcome { probe_ok: false, leaks: Vec::new(), missing: true } };
    let leaks = (0..N_OBS)
        .filter(|&k| k != case.observation && k != NO_FINDING)
        .filter(|&k| matches!(p[k], Status::Positive | Status::Uncertain) && p[k] != case.expect[k])
        .collect();
    Outcome { probe_ok: p[case.observation] == case.expect[case.observation], leaks, missing: false }
}

/// Pass rates per category: what the targets and the regression gate read.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub cases: usize,
    pub probe_ok: usize,
    pub clean: usize,
}

impl Tally {
    /// Share of cases whose probed observation is right.
    pub fn probe_rate(&self) -> f64 {
        self.probe_ok as f64 / self.cases.max(1) as f64
    }
    /// Share of cases right on the probe with nothing leaking.
    pub fn clean_rate(&self) -> f64 {
        self.clean as f64 / self.cases.max(1) as f64
    }
    fn add(&mut self, o: &Outcome) {
        self.cases += 1;
        self.probe_ok += o.probe_ok as usize;
        self.clean += (o.probe_ok && o.leaks.is_empty()) as usize;
    }
}

/// Per category, per category × context, and the failing cases.
#[derive(Debug, Default)]
pub struct Report {
    pub by_category: BTreeMap<String, Tally>,
    pub by_context: BTreeMap<(String, String), Tally>,
    pub by_form: BTreeMap<(String, String), Tally>,
    pub by_observation: BTreeMap<(String, usize), Tally>,
    pub failures: Vec<(String, Outcome)>,
    pub total: Tally,
}

pub fn score(cases: &[Case], pred: &LabelMap) -> Report {
    let mut r = Report::default();
    for c in cases {
        let o = judge(c, pred.get(&c.id));
        r.total.add(&o);
        r.by_category.entry(c.category.clone()).or_default().add(&o);
        r.by_context.entry((c.category.clone(), c.context.clone())).or_default().add(&o);
        r.by_form.entry((c.category.clone(), c.form.clone())).or_default().add(&o);
        r.by_observation.entry((c.category.clone(), c.observation)).or_default().add(&o);
        if !o.probe_ok || !o.leaks.is_empty() {
            r.failures.push((c.id.clone(), o));
        }
    }
    r
}

/// The printed table: categories (probe right / right and nothing leaked), contexts, and the
/// weakest observations of each category.
pub fn table(r: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "behavioural suite: {} cases", r.total.cases);
    let _ = writeln!(s, "{:<12} {:>6} {:>12} {:>14} {:>10} {:>10}", "category", "cases", "probe right", "+ no leaks", "sentence", "in report");
    for (cat, t) in &r.by_category {
        let ctx = |c: &str| r.by_context.get(&(cat.clone(), c.to_string())).map_or(f64::NAN, Tally::probe_rate);
        let _ = writeln!(
            s,
            "{cat:<12} {:>6} {:>12.3} {:>14.3} {:>10.3} {:>10.3}",
            t.cases,
            t.probe_rate(),
            t.clean_rate(),
            ctx("sentence"),
            ctx("report")
        );
    }
    let _ = writeln!(s, "{:<12} {:>6} {:>12.3} {:>14.3}", "all", r.total.cases, r.total.probe_rate(), r.total.clean_rate());
    let _ = writeln!(s, "weakest forms (probe right):");
    let mut forms: Vec<_> = r.by_form.iter().filter(|(_, t)| t.probe_ok < t.cases).collect();
    forms.sort_by(|a, b| a.1.probe_rate().total_cmp(&b.1.probe_rate()));
    for ((cat, form), t) in forms.iter().take(8) {
        let _ = writeln!(s, "  {cat:<10} {form:<22} {}/{}", t.probe_ok, t.cases);
    }
    let _ = writeln!(s, "weakest observations (probe right):");
    let mut obs: Vec<_> = r.by_observation.iter().filter(|(_, t)| t.probe_ok < t.cases).collect();
    obs.sort_by(|a, b| a.1.probe_rate().total_cmp(&b.1.probe_rate()));
    for ((cat, k), t) in obs.iter().take(10) {
        let _ = writeln!(s, "  {cat:<10} {:<28} {}/{}", NAMES[*k], t.probe_ok, t.cases);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(obs: usize, expect_obs: Status) -> Case {
        let mut expect = [Status::NotMentioned; N_OBS];
        expect[obs] = expect_obs;
        Case { id: "c".into(), category: "negated".into(), form: "no".into(), observation: obs, context: "sentence".into(), expect }
    }

    #[test]
    fn probe_and_leaks_are_judged_apart() {
        let c = case(2, Status::Negative);
        let mut p = [Status::NotMentioned; N_OBS];
        p[2] = Status::Negative;
        assert_eq!(judge(&c, Some(&p)), Outcome { probe_ok: true, leaks: vec![], missing: false });
        p[10] = Status::Uncertain; // a hedge nobody wrote
        p[0] = Status::Positive; // No Finding is never a leak
        p[3] = Status::Negative; // a negative elsewhere is not a leak either
        assert_eq!(judge(&c, Some(&p)).leaks, vec![10]);
        p[2] = Status::Positive;
        assert!(!judge(&c, Some(&p)).probe_ok, "\"No cardiomegaly.\" read as cardiomegaly");
        assert!(judge(&c, None).missing);
    }

    #[test]
    fn cases_file_reads_scores_and_prints() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("cases.jsonl");
        std::fs::write(
            &f,
            concat!(
                r#"{"id":"b1","category":"negated","form":"no","observation":"Cardiomegaly","context":"sentence","findings":"No cardiomegaly.","impression":"","expect":{"Cardiomegaly":"negative","No Finding":"positive"}}"#,
                "\n",
                r#"{"id":"b2","category":"hedged","form":"possible","observation":"Edema","context":"report","findings":"x","impression":"","expect":{"Edema":"uncertain"}}"#,
                "\n"
            ),
        )
        .unwrap();
        assert!(is_cases_file(&f));
        let cases = read_cases(&f).unwrap();
        assert_eq!(cases[0].expect[0], Status::Positive);
        let mut pred = LabelMap::new();
        let mut p = [Status::NotMentioned; N_OBS];
        p[2] = Status::Negative;
        pred.insert("b1".into(), p);
        let r = score(&cases, &pred);
        assert_eq!(r.by_category["negated"].probe_ok, 1);
        assert_eq!(r.by_category["hedged"].probe_ok, 0, "no prediction for b2");
        assert_eq!(r.failures.len(), 1);
        let t = table(&r);
        assert!(t.contains("negated"), "{t}");
        std::fs::write(&f, r#"{"id":"b1","category":"x","form":"y","observation":"Heart","context":"sentence","expect":{}}"#).unwrap();
        assert!(read_cases(&f).unwrap_err().to_string().contains("unknown observation `Heart`"));
    }
}
