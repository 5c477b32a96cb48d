//! Precision / recall / F1, per observation and macro-averaged.

use crate::core::labels::{Status, N_OBS};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, predicted: bool, actual: bool) {
        self.tp += (predicted && actual) as usize;
        self.fp += (predicted && !actual) as usize;
        self.fn_ += (!predicted && actual) as usize;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn seen(&self) -> bool {
        self.tp + self.fp + self.fn_ > 0
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Per observation P/R/F1 of one binary question, and their macro F1.
pub struct BinaryTable {
    pub rows: [Counts; N_OBS],
}

impl BinaryTable {
    pub fn macro_f1(&self) -> f64 {
        self.rows.iter().map(Counts::f1).sum::<f64>() / N_OBS as f64
    }
}

/// 4-class agreement: per observation, P/R/F1 averaged over the classes that occur (in gold
/// or prediction) for it; and the pooled macro-F1 (every report x observation pair is one
/// sample, F1 per class, mean over the classes that occur), the figure training selects on.
pub struct FourClassTable {
    pub per_obs: [[Counts; 4]; N_OBS],
}

impl FourClassTable {
    pub fn new(pairs: &[([Status; N_OBS], [Status; N_OBS])]) -> Self {
        let mut per_obs = [[Counts::default(); 4]; N_OBS];
        for (gold, pred) in pairs {
            for k in 0..N_OBS {
                for s in Status::ALL {
                    per_obs[k][s.index()].add(pred[k] == s, gold[k] == s);
                }
            }
        }
        FourClassTable { per_obs }
    }

    /// (precision, recall, F1) of observation `k`, macro over its seen classes.
    pub fn observation(&self, k: usize) -> (f64, f64, f64) {
        let seen: Vec<&Counts> = self.per_obs[k].iter().filter(|c| c.seen()).collect();
        if seen.is_empty() {
            return (1.0, 1.0, 1.0);
        }
        let n = seen.len() as f64;
        (
            seen.iter().map(|c| c.precision()).sum::<f64>() / n,
            seen.iter().map(|c| c.recall()).sum::<f64>() / n,
            seen.iter().map(|c| c.f1()).sum::<f64>() / n,
        )
    }

    pub fn per_observation_macro_f1(&self) -> f64 {
        (0..N_OBS).map(|k| self.observation(k).2).sum::<f64>() / N_OBS as f64
    }

    pub fn pooled_macro_f1(&self) -> f64 {
        let mut scores = Vec::new();
        for c in 0..4 {
            let mut pooled = Counts::default();
            for k in 0..N_OBS {
                let x = self.per_obs[k][c];
                pooled.tp += x.tp;
                pooled.fp += x.fp;
                pooled.fn_ += x.fn_;
            }
            if pooled.seen() {
                scores.push(pooled.f1());
            }
        }
        if scores.is_empty() {
            1.0
        } else {
            scores.iter().sum::<f64>() / scores.len() as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_f1() {
        let mut c = Counts::default();
        for (p, a) in [(true, true), (true, false), (false, true), (true, true)] {
            c.add(p, a);
        }
        assert_eq!(c, Counts { tp: 2, fp: 1, fn_: 1 });
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn four_class_perfect_and_pooled() {
        let mut g = [Status::NotMentioned; N_OBS];
        g[2] = Status::Positive;
        g[10] = Status::Negative;
        let t = FourClassTable::new(&[(g, g)]);
        assert_eq!(t.pooled_macro_f1(), 1.0, "a class absent from gold and prediction is not scored");
        assert_eq!(t.per_observation_macro_f1(), 1.0);
        let mut p = g;
        p[2] = Status::Uncertain;
        let t = FourClassTable::new(&[(g, p)]);
        assert_eq!(t.observation(2).2, 0.0);
    }
}
