//! The async face of the labelling pipeline: the connector's tokio loop hands micro-batches
//! to the tokenize/infer threads and gets results back over the pipeline's own bounded tokio
//! channels (no bridge threads, as TEI's queue does), so inference never runs on (or blocks)
//! the async runtime.

use crate::model::pipeline::{Done, Feed, Item, Pipeline};

pub struct AsyncLabeler<T> {
    /// Into the tokenizer thread; awaiting it is the backpressure.
    feed: Feed<T>,
    /// Out of the inference thread, in submission order.
    pipeline: Pipeline<T>,
}

impl<T: Send + 'static> AsyncLabeler<T> {
    pub fn new(feed: Feed<T>, pipeline: Pipeline<T>) -> Self {
        AsyncLabeler { feed, pipeline }
    }

    /// Queue a micro-batch (waits while the pipeline is full); false once it has stopped.
    pub async fn submit(&self, batch: Vec<Item<T>>) -> bool {
        self.feed.send(batch).await.is_ok()
    }

    /// The next finished micro-batch, in submission order.
    pub async fn next(&mut self) -> Option<Vec<Done<T>>> {
        self.pipeline.next().await
    }
}
