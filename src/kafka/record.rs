//! An output record, owned so that it can be re-sent after a failed delivery.

use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::FutureRecord;

/// A record to produce, owned so it can be re-sent.
#[derive(Debug, Clone, PartialEq)]
pub struct OutRecord {
    pub topic: String,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

impl OutRecord {
    pub fn json(topic: &str, key: &str, v: &serde_json::Value) -> Self {
        OutRecord { topic: topic.into(), key: Some(key.as_bytes().to_vec()), value: Some(v.to_string().into_bytes()), headers: Vec::new() }
    }

    pub fn future_record(&self) -> FutureRecord<'_, [u8], [u8]> {
        let mut headers = OwnedHeaders::new_with_capacity(self.headers.len());
        for (k, v) in &self.headers {
            headers = headers.insert(Header { key: k, value: v.as_deref() });
        }
        let mut r = FutureRecord::to(&self.topic).headers(headers);
        if let Some(k) = &self.key {
            r = r.key(k.as_slice());
        }
        if let Some(v) = &self.value {
            r = r.payload(v.as_slice());
        }
        r
    }
}

