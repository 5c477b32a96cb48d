//! Micro-batch planning by token budget with length sorting (the text-embeddings-inference
//! approach): sequences of similar length go together, so little compute is spent on padding.

/// Limits of one forward pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchLimits {
    /// Padded cost cap: longest sequence x number of sequences.
    pub max_batch_tokens: usize,
    /// Sequence count cap, whatever their length.
    pub max_batch_size: usize,
}

impl Default for BatchLimits {
    fn default() -> Self {
        BatchLimits { max_batch_tokens: 8192, max_batch_size: 64 }
    }
}

/// Group sequence indices into batches. Indices are sorted by length (stable, so equal
/// lengths keep input order); a batch grows until the next sequence would push the padded
/// cost over the token budget or the count over the size cap. A sequence longer than the
/// budget alone still forms a batch of one: nothing is ever dropped.
pub fn plan(lengths: &[usize], limits: BatchLimits) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&i| lengths[i]);
    let mut batches = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for i in order {
        // Sorted ascending, so the newcomer is the longest in the batch.
        let padded = lengths[i] * (current.len() + 1);
        if !current.is_empty()
            && (padded > limits.max_batch_tokens || current.len() >= limits.max_batch_size)
        {
            batches.push(std::mem::take(&mut current));
        }
        current.push(i);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_exactly_once_and_within_budget() {
        let lengths: Vec<usize> = (0..200).map(|i| 5 + (i * 37) % 120).collect();
        let limits = BatchLimits { max_batch_tokens: 512, max_batch_size: 16 };
        let batches = plan(&lengths, limits);
        let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
        seen.sort();
        assert_eq!(seen, (0..200).collect::<Vec<_>>());
        for b in &batches {
            let longest = b.iter().map(|&i| lengths[i]).max().unwrap();
            assert!(longest * b.len() <= 512 || b.len() == 1);
            assert!(b.len() <= 16);
        }
    }

    #[test]
    fn batches_are_length_sorted() {
        let lengths = [50, 3, 40, 4, 45, 5];
        let batches = plan(&lengths, BatchLimits { max_batch_tokens: 100, max_batch_size: 8 });
        assert_eq!(batches, vec![vec![1, 3, 5], vec![2, 4], vec![0]]);
    }

    #[test]
    fn oversize_sequence_goes_alone_and_empty_input_plans_nothing() {
        let batches = plan(&[1000, 2], BatchLimits { max_batch_tokens: 100, max_batch_size: 8 });
        assert_eq!(batches, vec![vec![1], vec![0]]);
        assert!(plan(&[], BatchLimits::default()).is_empty());
    }
}
