//! From probabilities to labels: per-head thresholds, window combination, the No Finding
//! rule, and the confidence measure the streaming connector routes on.

use super::labels::{Status, NO_FINDING, N_CLASSES, N_OBS, SUPPORT_DEVICES};
use super::mention::{MentionGate, Mentioned};

/// One forward pass's output for one sequence: `[observation][class]`.
pub type Probs = [[f32; N_CLASSES]; N_OBS];

/// Per-observation decision thresholds from the model config.
///
/// A class whose probability reaches its threshold wins, positive checked before uncertain;
/// otherwise the argmax. At 0.5 a threshold changes nothing (a probability >= 0.5 is the
/// argmax anyway), so 0.5 is the neutral value and lowering it buys recall.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub positive: [f32; N_OBS],
    pub uncertain: [f32; N_OBS],
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { positive: [0.5; N_OBS], uncertain: [0.5; N_OBS] }
    }
}

/// Everything a model config says about turning probabilities into labels.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decision {
    pub thresholds: Thresholds,
    /// `None` for a model validated without the gate: its figures hold only ungated.
    pub gate: Option<MentionGate>,
}

/// The labels of one report.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub statuses: [Status; N_OBS],
    /// The probabilities behind each decision (from the window that decided it).
    pub probabilities: Probs,
    /// Probability of the decided class, per observation.
    pub confidence: [f32; N_OBS],
    /// Lowest per-observation confidence (No Finding excluded): one number to route on.
    pub min_confidence: f32,
    /// How many model inputs the report was read in: 1 unless it exceeded the max length,
    /// or one per sentence (more for a long one) when the model reads sentence by sentence.
    pub windows: usize,
}

impl Labelled {
    /// True when any observation was decided uncertain (a case for the teacher).
    pub fn any_uncertain(&self) -> bool {
        self.statuses.contains(&Status::Uncertain)
    }

    /// Apply the mention gate: an affirmed observation the report does not mention becomes not
    /// mentioned (its probabilities kept, so a reader sees what the model thought), then No
    /// Finding and the confidences follow from the new statuses.
    pub fn unmention(self, mentioned: &Mentioned) -> Labelled {
        let mut statuses = self.statuses;
        for k in 0..N_OBS {
            if !mentioned[k] && matches!(statuses[k], Status::Positive | Status::Uncertain) {
                statuses[k] = Status::NotMentioned;
            }
        }
        finish(statuses, self.probabilities, self.windows)
    }
}

/// Decide one head.
pub fn decide_head(p: &[f32; N_CLASSES], positive_t: f32, uncertain_t: f32) -> Status {
    if p[Status::Positive.index()] >= positive_t {
        return Status::Positive;
    }
    if p[Status::Uncertain.index()] >= uncertain_t {
        return Status::Uncertain;
    }
    let mut best = 0;
    for c in 1..N_CLASSES {
        if p[c] > p[best] {
            best = c;
        }
    }
    Status::from_index(best)
}

/// The CheXpert rule: No Finding is positive only when none of the 12 pathologies is
/// positive or uncertain (Support Devices never blocks it); otherwise it is not mentioned.
pub fn no_finding(statuses: &[Status; N_OBS]) -> Status {
    let blocked = (0..N_OBS)
        .filter(|&k| k != NO_FINDING && k != SUPPORT_DEVICES)
        .any(|k| matches!(statuses[k], Status::Positive | Status::Uncertain));
    if blocked {
        Status::NotMentioned
    } else {
        Status::Positive
    }
}

/// Label a report read as one or more windows.
///
/// Per observation, each window is decided on its own and the windows combine by the
/// guideline's precedence (positive > uncertain > negative > not mentioned): a finding stated
/// in any window counts. Ties go to the window most sure of the winning class.
///
/// # Panics
/// Never for a non-empty slice; callers always pass at least one window.
pub fn label(windows: &[Probs], th: &Thresholds) -> Labelled {
    assert!(!windows.is_empty(), "a report has at least one window");
    let mut statuses = [Status::NotMentioned; N_OBS];
    let mut probabilities = windows[0];
    for k in (0..N_OBS).filter(|&k| k != NO_FINDING) {
        let mut best: Option<(Status, f32, usize)> = None;
        for (w, probs) in windows.iter().enumerate() {
            let s = decide_head(&probs[k], th.positive[k], th.uncertain[k]);
            let p = probs[k][s.index()];
            let better = match best {
                None => true,
                Some((bs, bp, _)) => {
                    s.precedence() > bs.precedence() || (s == bs && p > bp)
                }
            };
            if better {
                best = Some((s, p, w));
            }
        }
        let (s, _, w) = best.expect("non-empty windows");
        statuses[k] = s;
        probabilities[k] = windows[w][k];
    }
    // No Finding's head is reported (mean over windows) but the rule decides.
    let mut nf = [0f32; N_CLASSES];
    for probs in windows {
        for c in 0..N_CLASSES {
            nf[c] += probs[NO_FINDING][c] / windows.len() as f32;
        }
    }
    probabilities[NO_FINDING] = nf;
    finish(statuses, probabilities, windows.len())
}

/// No Finding by its rule, then the confidences of the decided classes.
fn finish(mut statuses: [Status; N_OBS], probabilities: Probs, windows: usize) -> Labelled {
    statuses[NO_FINDING] = no_finding(&statuses);
    let mut confidence = [0f32; N_OBS];
    for k in 0..N_OBS {
        confidence[k] = probabilities[k][statuses[k].index()];
    }
    // No Finding is a rule over the others, so its head does not count towards confidence.
    let min_confidence = (0..N_OBS).filter(|&k| k != NO_FINDING).map(|k| confidence[k]).fold(f32::INFINITY, f32::min);
    Labelled { statuses, probabilities, confidence, min_confidence, windows }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window where every head says "not mentioned" with probability 0.9.
    fn blank() -> Probs {
        [[0.03, 0.04, 0.03, 0.9]; N_OBS]
    }

    const EFF: usize = 10;
    const CM: usize = 2;

    #[test]
    fn argmax_without_thresholds_and_thresholds_override() {
        let p = [0.4, 0.35, 0.05, 0.2];
        assert_eq!(decide_head(&p, 0.5, 0.5), Status::Positive);
        let p = [0.3, 0.45, 0.05, 0.2];
        assert_eq!(decide_head(&p, 0.5, 0.5), Status::Negative);
        assert_eq!(decide_head(&p, 0.25, 0.5), Status::Positive);
        let p = [0.1, 0.45, 0.3, 0.15];
        assert_eq!(decide_head(&p, 0.5, 0.3), Status::Uncertain);
    }

    #[test]
    fn no_finding_follows_the_chexpert_rule() {
        let mut s = [Status::Negative; N_OBS];
        assert_eq!(no_finding(&s), Status::Positive);
        s[SUPPORT_DEVICES] = Status::Positive;
        assert_eq!(no_finding(&s), Status::Positive, "support devices never block No Finding");
        s[EFF] = Status::Uncertain;
        assert_eq!(no_finding(&s), Status::NotMentioned, "an uncertain pathology blocks it");
        s[EFF] = Status::Negative;
        s[CM] = Status::Positive;
        assert_eq!(no_finding(&s), Status::NotMentioned);
    }

    #[test]
    fn no_finding_ignores_its_own_head() {
        let mut w = blank();
        w[NO_FINDING] = [0.01, 0.01, 0.01, 0.97];
        let l = label(&[w], &Thresholds::default());
        assert_eq!(l.statuses[NO_FINDING], Status::Positive);
        assert!((l.confidence[NO_FINDING] - 0.01).abs() < 1e-6, "head disagreement is visible per observation");
        assert!((l.min_confidence - 0.9).abs() < 1e-6, "but the rule-decided No Finding does not lower the report's confidence");
    }

    #[test]
    fn windows_combine_by_precedence() {
        let mut a = blank();
        let mut b = blank();
        a[EFF] = [0.05, 0.9, 0.03, 0.02]; // "no effusion" early in the report
        b[EFF] = [0.1, 0.2, 0.6, 0.1]; // "possible effusion" later
        a[CM] = [0.8, 0.1, 0.05, 0.05];
        b[CM] = [0.05, 0.9, 0.03, 0.02];
        let l = label(&[a, b], &Thresholds::default());
        assert_eq!(l.statuses[EFF], Status::Uncertain, "uncertain beats negative");
        assert_eq!(l.probabilities[EFF], b[EFF], "probabilities come from the deciding window");
        assert_eq!(l.statuses[CM], Status::Positive, "positive beats negative whichever window");
        assert_eq!(l.statuses[NO_FINDING], Status::NotMentioned);
        assert_eq!(l.windows, 2);
        assert!(l.any_uncertain());
    }

    #[test]
    fn negative_beats_not_mentioned_and_ties_take_the_surer_window() {
        let mut a = blank();
        let mut b = blank();
        a[EFF] = [0.05, 0.6, 0.05, 0.3];
        b[EFF] = [0.02, 0.95, 0.01, 0.02];
        let l = label(&[blank(), a, b], &Thresholds::default());
        assert_eq!(l.statuses[EFF], Status::Negative);
        assert!((l.confidence[EFF] - 0.95).abs() < 1e-6);
    }

    #[test]
    fn min_confidence_is_the_weakest_decision() {
        let mut w = blank();
        w[CM] = [0.4, 0.35, 0.05, 0.2];
        let l = label(&[w], &Thresholds::default());
        assert!((l.min_confidence - 0.4).abs() < 1e-6);
        assert!(!l.any_uncertain());
    }

    #[test]
    fn the_gate_takes_away_only_affirmed_unmentioned_findings() {
        let mut w = blank();
        w[EFF] = [0.6, 0.2, 0.1, 0.1];
        w[CM] = [0.1, 0.2, 0.6, 0.1];
        let l = label(&[w], &Thresholds::default());
        assert_eq!(l.statuses[NO_FINDING], Status::NotMentioned);
        let mut mentioned = [true; N_OBS];
        mentioned[EFF] = false;
        let g = l.clone().unmention(&mentioned);
        assert_eq!(g.statuses[EFF], Status::NotMentioned);
        assert_eq!(g.probabilities[EFF], w[EFF], "what the model thought stays visible");
        assert!((g.confidence[EFF] - 0.1).abs() < 1e-6);
        assert_eq!(g.statuses[CM], Status::Uncertain, "a mentioned finding is kept");
        assert_eq!(g.statuses[NO_FINDING], Status::NotMentioned, "the hedged heart still blocks No Finding");
        mentioned[CM] = false;
        let g = l.clone().unmention(&mentioned);
        assert_eq!(g.statuses[NO_FINDING], Status::Positive, "No Finding follows the gated statuses");
        assert_eq!(l.clone().unmention(&[true; N_OBS]), l, "an all-mentioned mask changes nothing");
        let mut neg = blank();
        neg[EFF] = [0.1, 0.8, 0.05, 0.05];
        assert_eq!(label(&[neg], &Thresholds::default()).unmention(&mentioned).statuses[EFF], Status::Negative, "negatives are never gated");
    }
}
