//! Routing policy: which labelled reports also go to the teacher (the uncertain topic).

use std::fmt;

use super::decision::Labelled;
use super::labels::{Status, NAMES, NO_FINDING, N_OBS};

/// Why a case goes to the teacher.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The student decided these observations uncertain.
    Uncertain(Vec<&'static str>),
    /// The student's confidence fell below the configured floor for these observations.
    LowConfidence(Vec<(&'static str, f32, f32)>),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Uncertain(obs) => write!(f, "uncertain: {}", obs.join(", ")),
            Reason::LowConfidence(v) => {
                let parts: Vec<String> = v.iter().map(|(o, c, t)| format!("{o} {c:.2} < {t:.2}")).collect();
                write!(f, "low confidence: {}", parts.join(", "))
            }
        }
    }
}

impl Reason {
    /// A short, bounded label for metrics and headers.
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::Uncertain(_) => "uncertain",
            Reason::LowConfidence(_) => "low_confidence",
        }
    }
}

/// Confidence floors per observation (No Finding is decided by rule and not routed on).
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingPolicy {
    pub min_confidence: [f32; N_OBS],
}

impl RoutingPolicy {
    pub fn uniform(floor: f32) -> Self {
        RoutingPolicy { min_confidence: [floor; N_OBS] }
    }

    /// `None`: findings only. Uncertain decisions win over low confidence as the reason.
    pub fn route(&self, l: &Labelled) -> Option<Reason> {
        let uncertain: Vec<&'static str> =
            (0..N_OBS).filter(|&k| l.statuses[k] == Status::Uncertain).map(|k| NAMES[k]).collect();
        if !uncertain.is_empty() {
            return Some(Reason::Uncertain(uncertain));
        }
        let low: Vec<(&'static str, f32, f32)> = (0..N_OBS)
            .filter(|&k| k != NO_FINDING && l.confidence[k] < self.min_confidence[k])
            .map(|k| (NAMES[k], l.confidence[k], self.min_confidence[k]))
            .collect();
        (!low.is_empty()).then_some(Reason::LowConfidence(low))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decision::{label, Thresholds};

    fn labelled(edit: impl Fn(&mut [[f32; 4]; N_OBS])) -> Labelled {
        let mut w = [[0.02, 0.9, 0.02, 0.06]; N_OBS];
        edit(&mut w);
        label(&[w], &Thresholds::default())
    }

    #[test]
    fn confident_reports_are_not_routed() {
        assert_eq!(RoutingPolicy::uniform(0.6).route(&labelled(|_| {})), None);
    }

    #[test]
    fn uncertain_observations_are_routed_by_name() {
        let l = labelled(|w| w[10] = [0.1, 0.1, 0.7, 0.1]);
        let r = RoutingPolicy::uniform(0.6).route(&l).unwrap();
        assert_eq!(r, Reason::Uncertain(vec!["Pleural Effusion"]));
        assert_eq!(r.kind(), "uncertain");
    }

    #[test]
    fn low_confidence_uses_the_per_observation_floor() {
        let l = labelled(|w| w[2] = [0.45, 0.4, 0.05, 0.1]);
        assert!(RoutingPolicy::uniform(0.4).route(&l).is_none());
        let mut p = RoutingPolicy::uniform(0.4);
        p.min_confidence[2] = 0.5;
        let r = p.route(&l).unwrap();
        assert_eq!(r.kind(), "low_confidence");
        assert_eq!(r.to_string(), "low confidence: Cardiomegaly 0.45 < 0.50");
    }

    #[test]
    fn no_finding_head_disagreement_is_not_a_reason() {
        let l = labelled(|w| w[NO_FINDING] = [0.01, 0.01, 0.01, 0.97]);
        assert_eq!(l.statuses[NO_FINDING], Status::Positive);
        assert!(RoutingPolicy::uniform(0.6).route(&l).is_none());
    }
}
