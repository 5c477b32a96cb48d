//! The async face of the labelling pipeline: the connector's tokio loop hands micro-batches
//! to the tokenize/infer threads and gets results back over the pipeline's own bounded tokio
//! channels (no bridge threads, as TEI's queue does), so inference never runs on (or blocks)
//! the async runtime. A hot-reloaded model gets a pipeline of its own: batches already given
//! to the old one finish there and come out first, stamped with the old model.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::io::output::ModelInfo;
use crate::model::pipeline::{Done, Feed, Item, Pipeline};

pub struct AsyncLabeler<T> {
    /// Into the current model's tokenizer thread; awaiting it is the backpressure.
    feed: Feed<T>,
    /// Out of the current model's inference thread, in submission order.
    pipeline: Pipeline<T>,
    /// The model that labels what is submitted now.
    info: Arc<ModelInfo>,
    /// Pipelines of replaced models, oldest first, draining what they were given (their
    /// feeds are dropped, so each ends once empty).
    retiring: VecDeque<(Pipeline<T>, Arc<ModelInfo>)>,
}

impl<T: Send + 'static> AsyncLabeler<T> {
    pub fn new(feed: Feed<T>, pipeline: Pipeline<T>, info: ModelInfo) -> Self {
        AsyncLabeler { feed, pipeline, info: Arc::new(info), retiring: VecDeque::new() }
    }

    /// Queue a micro-batch (waits while the pipeline is full); false once it has stopped.
    pub async fn submit(&self, batch: Vec<Item<T>>) -> bool {
        self.feed.send(batch).await.is_ok()
    }

    /// From now on, batches go to `pipeline` (model `info`); the old one drains.
    pub fn swap(&mut self, feed: Feed<T>, pipeline: Pipeline<T>, info: ModelInfo) {
        drop(std::mem::replace(&mut self.feed, feed));
        let old = std::mem::replace(&mut self.pipeline, pipeline);
        let old_info = std::mem::replace(&mut self.info, Arc::new(info));
        self.retiring.push_back((old, old_info));
    }

    pub fn serving(&self) -> &ModelInfo {
        &self.info
    }

    /// The next finished micro-batch and the model that labelled it, in submission order
    /// (a replaced model's batches first). Cancel-safe: only channel receives are awaited.
    pub async fn next(&mut self) -> Option<(Vec<Done<T>>, Arc<ModelInfo>)> {
        while let Some((p, info)) = self.retiring.front_mut() {
            match p.next().await {
                Some(done) => return Some((done, info.clone())),
                None => {
                    self.retiring.pop_front();
                }
            }
        }
        let info = self.info.clone();
        self.pipeline.next().await.map(|d| (d, info))
    }
}
