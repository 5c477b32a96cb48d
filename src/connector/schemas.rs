//! Writer schemas fetched aside from the consumer loop. A message whose schema id is not known
//! yet is parked, its schema fetched by a task, and consumption pauses behind it (order is
//! kept); acknowledgements, commits, revocations and shutdown go on meanwhile. A registry
//! outage is retried with backoff; nothing is dead-lettered for it and nothing is committed
//! past a parked message, so a restart reads it again.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::events::avro::{fetch, AvroError};
use crate::events::registry::Registry;
use crate::events::{DecodeError, Source};

/// A message as received: what a dead letter needs to carry unchanged.
#[derive(Clone)]
pub struct Original {
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

pub struct Parked {
    /// Messages waiting for a writer schema, in arrival order; nothing is consumed past them.
    pub waiting: VecDeque<(Source, Original)>,
    /// Ids being fetched now (one task per id).
    fetching: HashSet<u32>,
    /// Ids the registry does not know (or whose schema does not parse): their messages are
    /// dead-lettered with this error.
    pub failed: HashMap<u32, DecodeError>,
    /// Next wait before re-asking an unavailable registry.
    backoff: Duration,
    tx: mpsc::UnboundedSender<(u32, Result<String, AvroError>)>,
    /// Results of fetch tasks, read by the consumer loop's `select!`.
    pub rx: mpsc::UnboundedReceiver<(u32, Result<String, AvroError>)>,
}

impl Default for Parked {
    fn default() -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        Parked { waiting: VecDeque::new(), fetching: HashSet::new(), failed: HashMap::new(), backoff: Duration::from_millis(200), tx, rx }
    }
}

impl Parked {
    /// Park a message for schema `id`, fetching it unless a fetch is under way.
    pub fn park(&mut self, src: Source, original: Original, id: u32, registry: &Arc<Registry>) {
        self.waiting.push_back((src, original));
        if self.fetching.insert(id) {
            self.spawn_fetch(id, registry, Duration::ZERO);
        }
    }

    /// The answer for `id` came: `Ok(text)` to learn, or the error. An unavailable registry is
    /// asked again after a backoff (doubling up to 10 s); `true` when the waiting messages
    /// can be tried again.
    pub fn arrived(&mut self, id: u32, result: &Result<String, AvroError>, registry: &Arc<Registry>) -> bool {
        match result {
            Err(AvroError::RegistryUnavailable(why)) => {
                tracing::warn!(schema_id = id, error = %why, retry_in_ms = self.backoff.as_millis() as u64, waiting = self.waiting.len(), "schema registry unavailable; consumption paused, retrying");
                let wait = self.backoff;
                self.backoff = (self.backoff * 2).min(Duration::from_secs(10));
                self.spawn_fetch(id, registry, wait);
                false
            }
            Err(AvroError::Decode(e)) => {
                self.fetching.remove(&id);
                self.failed.insert(id, e.clone());
                true
            }
            Ok(_) => {
                self.fetching.remove(&id);
                self.backoff = Duration::from_millis(200);
                true
            }
        }
    }

    fn spawn_fetch(&self, id: u32, registry: &Arc<Registry>, after: Duration) {
        let (registry, tx) = (registry.clone(), self.tx.clone());
        tokio::spawn(async move {
            tokio::time::sleep(after).await;
            let _ = tx.send((id, fetch(&registry, id).await));
        });
    }
}
