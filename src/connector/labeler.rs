//! The async face of the labelling pipeline: the connector's tokio loop hands micro-batches
//! to the tokenize/infer threads and gets results back over bounded channels, so inference
//! never runs on (or blocks) the async runtime.

use tokio::sync::mpsc;

use std::sync::mpsc::SyncSender;

use crate::model::pipeline::{Done, Item, Pipeline};

pub struct AsyncLabeler<T> {
    tx: Option<mpsc::Sender<Vec<Item<T>>>>,
    rx: mpsc::Receiver<Vec<Done<T>>>,
}

impl<T: Send + 'static> AsyncLabeler<T> {
    /// Wrap a pipeline; `depth` bounds the micro-batches waiting on each side.
    pub fn new(feed: SyncSender<Vec<Item<T>>>, pipeline: Pipeline<T>, depth: usize) -> Self {
        let (in_tx, mut in_rx) = mpsc::channel::<Vec<Item<T>>>(depth.max(1));
        let (out_tx, out_rx) = mpsc::channel::<Vec<Done<T>>>(depth.max(1));
        std::thread::Builder::new()
            .name("radlabel-feed".into())
            .spawn(move || {
                while let Some(batch) = in_rx.blocking_recv() {
                    if feed.send(batch).is_err() {
                        return;
                    }
                }
            })
            .expect("spawn feed thread");
        std::thread::Builder::new()
            .name("radlabel-results".into())
            .spawn(move || {
                while let Some(done) = pipeline.recv() {
                    if out_tx.blocking_send(done).is_err() {
                        return;
                    }
                }
                let _ = pipeline.finish();
            })
            .expect("spawn results thread");
        AsyncLabeler { tx: Some(in_tx), rx: out_rx }
    }

    /// Queue a micro-batch (waits while the pipeline is full).
    pub async fn submit(&self, batch: Vec<Item<T>>) -> bool {
        match &self.tx {
            Some(tx) => tx.send(batch).await.is_ok(),
            None => false,
        }
    }

    /// The next finished micro-batch, in submission order.
    pub async fn next(&mut self) -> Option<Vec<Done<T>>> {
        self.rx.recv().await
    }
}
