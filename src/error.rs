//! Every typed error in the library maps to exactly one outcome, so callers (the CLI now,
//! the streaming connector later) never guess what to do with a failure.

/// What to do with a failed unit of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Transient: the same input may succeed later (backend hiccup, broker away).
    Retry,
    /// Processed, but a human or the teacher model should look at it.
    Uncertain,
    /// This input can never be processed; park it with the reason.
    DeadLetter,
    /// The process cannot go on (model missing, runtime unusable).
    Fatal,
}
