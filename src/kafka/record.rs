//! An output record, owned so that it can be re-sent after a failed delivery.

use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::FutureRecord;

/// Record headers, owned: (key, value).
pub type OwnedHeaderList = Vec<(String, Option<Vec<u8>>)>;

/// An input record as read: key, value, headers (what a dead letter carries unchanged).
pub type Original = (Option<Vec<u8>>, Option<Vec<u8>>, OwnedHeaderList);

/// A record to produce, owned so it can be re-sent.
#[derive(Debug, Clone, PartialEq)]
pub struct OutRecord {
    pub topic: String,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: OwnedHeaderList,
}

impl OutRecord {
    pub fn json(topic: &str, key: &str, v: &serde_json::Value) -> Self {
        OutRecord { topic: topic.into(), key: Some(key.as_bytes().to_vec()), value: Some(v.to_string().into_bytes()), headers: Vec::new() }
    }

    /// Kafka Connect style dead letter: the original key, value and headers, plus the error
    /// context headers (`radlabel.error.*`: stage, class, message, and where it was read).
    pub fn dead_letter(topic: &str, original: Original, stage: &str, class: &str, message: &str, src: (&str, i32, i64)) -> Self {
        let (key, value, mut headers) = original;
        for (k, v) in [
            ("radlabel.error.stage", stage.to_string()),
            ("radlabel.error.class", class.to_string()),
            ("radlabel.error.message", message.to_string()),
            ("radlabel.error.topic", src.0.to_string()),
            ("radlabel.error.partition", src.1.to_string()),
            ("radlabel.error.offset", src.2.to_string()),
        ] {
            headers.push((k.to_string(), Some(v.into_bytes())));
        }
        OutRecord { topic: topic.into(), key, value, headers }
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

