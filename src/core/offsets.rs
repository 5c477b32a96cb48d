//! Which input offsets may be committed: only the contiguous prefix of each partition whose
//! every output has been acknowledged by the broker (at-least-once, as Vector's Kafka source).
//!
//! Positions follow Kafka's convention: the committed value is the *next* offset to read,
//! i.e. the last finished offset + 1 (rdkafka's explicit offset lists do not add the 1).

use std::collections::{BTreeSet, HashMap};

/// A topic partition.
pub type Tp = (String, i32);

#[derive(Debug, Default)]
struct Partition {
    /// Received and not yet finished.
    pending: BTreeSet<i64>,
    /// Highest offset received so far.
    highest: Option<i64>,
    /// Last position handed out by [`OffsetTracker::committable`].
    reported: Option<i64>,
}

impl Partition {
    fn position(&self) -> Option<i64> {
        match self.pending.first() {
            Some(&first) => Some(first), // everything below the first unfinished offset is done
            None => self.highest.map(|h| h + 1),
        }
    }
}

/// Single owner: the connector's consumer loop.
#[derive(Debug, Default)]
pub struct OffsetTracker {
    parts: HashMap<Tp, Partition>,
}

impl OffsetTracker {
    /// A message was taken from the consumer; it is in flight until [`Self::finish`].
    pub fn receive(&mut self, tp: &Tp, offset: i64) {
        let p = self.parts.entry(tp.clone()).or_default();
        p.pending.insert(offset);
        p.highest = Some(p.highest.map_or(offset, |h| h.max(offset)));
    }

    /// Every output of this message was acknowledged (or it needed none).
    pub fn finish(&mut self, tp: &Tp, offset: i64) {
        if let Some(p) = self.parts.get_mut(tp) {
            p.pending.remove(&offset);
        }
    }

    /// Positions that moved since the last call: (partition, next offset to read).
    pub fn committable(&mut self) -> Vec<(Tp, i64)> {
        let mut out = Vec::new();
        for (tp, p) in self.parts.iter_mut() {
            if let Some(pos) = p.position() {
                if p.reported != Some(pos) {
                    p.reported = Some(pos);
                    out.push((tp.clone(), pos));
                }
            }
        }
        out.sort();
        out
    }

    /// Messages still in flight, over all partitions.
    pub fn in_flight(&self) -> usize {
        self.parts.values().map(|p| p.pending.len()).sum()
    }

    /// Partition revoked: its in-flight work will be redone by the new owner.
    pub fn forget(&mut self, tp: &Tp) {
        self.parts.remove(tp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(p: i32) -> Tp {
        ("reports".into(), p)
    }

    #[test]
    fn only_the_contiguous_finished_prefix_is_committable() {
        let mut t = OffsetTracker::default();
        for o in 10..15 {
            t.receive(&tp(0), o);
        }
        assert_eq!(t.committable(), vec![(tp(0), 10)], "nothing finished: position stays at the first offset");
        t.finish(&tp(0), 11);
        t.finish(&tp(0), 12);
        assert!(t.committable().is_empty(), "10 is still in flight");
        t.finish(&tp(0), 10);
        assert_eq!(t.committable(), vec![(tp(0), 13)], "offset + 1 of the last finished");
        t.finish(&tp(0), 14);
        t.finish(&tp(0), 13);
        assert_eq!(t.committable(), vec![(tp(0), 15)]);
        assert_eq!(t.in_flight(), 0);
    }

    #[test]
    fn partitions_are_independent_and_forgettable() {
        let mut t = OffsetTracker::default();
        t.receive(&tp(0), 0);
        t.receive(&tp(1), 7);
        t.finish(&tp(1), 7);
        assert_eq!(t.committable(), vec![(tp(0), 0), (tp(1), 8)]);
        t.forget(&tp(0));
        assert_eq!(t.in_flight(), 0);
        assert!(t.committable().is_empty());
    }

    #[test]
    fn gaps_in_offsets_do_not_block() {
        let mut t = OffsetTracker::default();
        t.receive(&tp(0), 3);
        t.receive(&tp(0), 9); // 4..8 were compacted away or are transaction markers
        t.finish(&tp(0), 3);
        assert_eq!(t.committable(), vec![(tp(0), 9)]);
        t.finish(&tp(0), 9);
        assert_eq!(t.committable(), vec![(tp(0), 10)]);
    }
}
