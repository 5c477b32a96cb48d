//! Avro report events in the Confluent Schema Registry wire format: byte 0, a 4-byte
//! big-endian schema id, the Avro binary datum. The writer schema comes from the registry
//! (`GET /schemas/ids/{id}`, cached) or, without one, from the bundled
//! `schemas/report_event.avsc` for the configured local ids.

use std::collections::HashMap;

use apache_avro::Schema;

use super::{DecodeError, ReportEvent};
use crate::net::http::{HttpClient, HttpError, HttpSettings};

/// The schema this build reads report events as (writer schemas are resolved against it).
pub const REPORT_EVENT_AVSC: &str = include_str!("../../schemas/report_event.avsc");

#[derive(Debug, thiserror::Error)]
pub enum AvroError {
    /// The message itself is bad: dead-letter it.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The registry could not be asked: retry later, the message is fine.
    #[error("schema registry unavailable: {0}")]
    RegistryUnavailable(String),
}

pub struct AvroDecoder {
    registry: Option<(String, HttpClient)>,
    local_ids: Vec<u32>,
    reader: Schema,
    cache: HashMap<u32, Schema>,
}

impl AvroDecoder {
    /// A registry reached without credentials and through the public CA roots.
    pub fn new(registry_url: &str, local_ids: &[u32]) -> AvroDecoder {
        AvroDecoder::with_http(registry_url, &HttpSettings::default(), local_ids).expect("default HTTP settings are valid")
    }

    /// `http`: the registry's CA, client certificate and credentials.
    pub fn with_http(registry_url: &str, http: &HttpSettings, local_ids: &[u32]) -> Result<AvroDecoder, HttpError> {
        let reader = Schema::parse_str(REPORT_EVENT_AVSC).expect("bundled schema parses");
        let url = registry_url.trim().trim_end_matches('/');
        let registry = if url.is_empty() { None } else { Some((url.to_string(), HttpClient::new(http, REGISTRY_TIMEOUT)?)) };
        Ok(AvroDecoder { registry, local_ids: local_ids.to_vec(), reader, cache: HashMap::new() })
    }

    pub async fn decode(&mut self, payload: Option<&[u8]>) -> Result<ReportEvent, AvroError> {
        let bytes = payload.filter(|b| !b.is_empty()).ok_or(DecodeError::Empty)?;
        if bytes.len() < 5 || bytes[0] != 0 {
            return Err(DecodeError::Avro("not the Confluent wire format (magic byte 0 + 4-byte schema id)".into()).into());
        }
        let id = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
        let writer = self.writer_schema(id).await?;
        let mut datum = &bytes[5..];
        let bad = |e: apache_avro::Error| DecodeError::Avro(e.to_string());
        let reader = apache_avro::reader::datum::GenericDatumReader::builder(&writer).reader_schema(&self.reader).build().map_err(bad)?;
        let value = reader.read_value(&mut datum).map_err(bad)?;
        apache_avro::from_value::<ReportEvent>(&value).map_err(|e| DecodeError::Avro(e.to_string()).into())
    }

    async fn writer_schema(&mut self, id: u32) -> Result<Schema, AvroError> {
        if let Some(s) = self.cache.get(&id) {
            return Ok(s.clone());
        }
        let schema = match &self.registry {
            Some((url, client)) => {
                let text = fetch_schema(client, url, id).await?;
                Schema::parse_str(&text).map_err(|e| DecodeError::UnknownSchema(format!("schema id {id} does not parse: {e}")))?
            }
            None if self.local_ids.contains(&id) => self.reader.clone(),
            None => return Err(DecodeError::UnknownSchema(format!("schema id {id} (no registry configured; local ids {:?})", self.local_ids)).into()),
        };
        self.cache.insert(id, schema.clone());
        Ok(schema)
    }
}

/// A report event in the Confluent wire format with the bundled schema under `schema_id`
/// (what the HL7 gateway publishes when the reports topic carries Avro).
pub fn encode_event(ev: &ReportEvent, schema_id: u32) -> Result<Vec<u8>, String> {
    static SCHEMA: std::sync::OnceLock<Schema> = std::sync::OnceLock::new();
    let schema = SCHEMA.get_or_init(|| Schema::parse_str(REPORT_EVENT_AVSC).expect("bundled schema parses"));
    let value = apache_avro::to_value(ev).map_err(|e| e.to_string())?.resolve(schema).map_err(|e| e.to_string())?;
    let mut out = vec![0u8];
    out.extend_from_slice(&schema_id.to_be_bytes());
    let writer = apache_avro::writer::datum::GenericDatumWriter::builder(schema).build().map_err(|e| e.to_string())?;
    out.extend(writer.write_value_to_vec(value).map_err(|e| e.to_string())?);
    Ok(out)
}

/// How long one registry request may take, connect to last byte: a registry that accepts the
/// connection and then stalls must not hold the consumer loop.
const REGISTRY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// `GET {url}/schemas/ids/{id}` (http or https, credentials as configured).
async fn fetch_schema(client: &HttpClient, url: &str, id: u32) -> Result<String, AvroError> {
    let unavailable = |m: String| AvroError::RegistryUnavailable(m);
    let r = client.get(&format!("{url}/schemas/ids/{id}"), "application/vnd.schemaregistry.v1+json").await.map_err(|e| unavailable(e.to_string()))?;
    match r.status {
        200 => {
            let v: serde_json::Value = serde_json::from_str(&r.body).map_err(|e| unavailable(format!("registry answer: {e}")))?;
            v["schema"].as_str().map(str::to_string).ok_or_else(|| unavailable("registry answer has no `schema`".into()))
        }
        404 => Err(DecodeError::UnknownSchema(format!("schema id {id} not in the registry")).into()),
        401 | 403 => Err(unavailable(format!("registry refused the credentials (HTTP {}); check input.schema_registry_*", r.status))),
        s => Err(unavailable(format!("registry answered HTTP {s}"))),
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use super::*;
    use apache_avro::types::Value;

    fn framed(id: u32, ev: Value) -> Vec<u8> {
        let schema = Schema::parse_str(REPORT_EVENT_AVSC).unwrap();
        let mut out = vec![0];
        out.extend_from_slice(&id.to_be_bytes());
        #[allow(deprecated)] // the datum writer builder is more ceremony for a test fixture
        out.extend(apache_avro::to_avro_datum(&schema, ev).unwrap());
        out
    }

    fn event(id: &str, status: Option<(u32, &str)>) -> Value {
        let none = || Value::Union(0, Box::new(Value::Null));
        let s = |x: &str| Value::Union(1, Box::new(Value::String(x.into())));
        Value::Record(vec![
            ("report_id".into(), Value::String(id.into())),
            ("text".into(), none()),
            ("findings".into(), s("Small left effusion.")),
            ("impression".into(), s("Effusion.")),
            ("status".into(), status.map_or_else(none, |(i, n)| Value::Union(1, Box::new(Value::Enum(i, n.into()))))),
            ("accession".into(), s("ACC-1")),
            ("patient_id".into(), none()),
            ("observed_at".into(), none()),
            ("modality".into(), none()),
            ("source".into(), none()),
            ("procedure".into(), none()),
            ("sending_application".into(), none()),
            ("sending_facility".into(), none()),
            ("hl7_control_id".into(), none()),
            ("hl7_message_type".into(), none()),
            ("hl7_message".into(), none()),
        ])
    }

    #[tokio::test]
    async fn local_schema_ids_decode_and_others_are_unknown() {
        let mut d = AvroDecoder::new("", &[1]);
        let ev = d.decode(Some(&framed(1, event("R1", Some((1, "corrected")))))).await.unwrap();
        assert_eq!(ev.report_id, "R1");
        assert_eq!(ev.findings.as_deref(), Some("Small left effusion."));
        assert_eq!(ev.status, Some(super::super::ReportStatus::Corrected));
        assert_eq!(ev.accession.as_deref(), Some("ACC-1"));
        match d.decode(Some(&framed(9, event("R2", None)))).await {
            Err(AvroError::Decode(e)) => assert_eq!(e.class(), "UnknownSchema"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn garbage_is_invalid_avro() {
        let mut d = AvroDecoder::new("", &[1]);
        for bad in [&b"{\"report_id\":1}"[..], &[0, 0, 0, 0, 1, 0xff, 0xff, 0xff][..], &[0, 0][..]] {
            match d.decode(Some(bad)).await {
                Err(AvroError::Decode(e)) => assert_eq!(e.class(), "InvalidAvro", "{bad:?}"),
                other => panic!("{other:?}"),
            }
        }
    }

    /// A registry on a real loopback socket: id 7 known, anything else 404.
    async fn registry() -> String {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let (mut s, _) = l.accept().await.unwrap();
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).await.unwrap();
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let resp = if req.starts_with("GET /schemas/ids/7 ") {
                    let body = serde_json::json!({ "schema": REPORT_EVENT_AVSC }).to_string();
                    format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len())
                } else {
                    "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}".to_string()
                };
                s.write_all(resp.as_bytes()).await.unwrap();
            }
        });
        format!("http://{addr}")
    }

    #[tokio::test]
    async fn registry_ids_are_fetched_cached_and_404_is_unknown() {
        let url = registry().await;
        let mut d = AvroDecoder::new(&url, &[]);
        assert_eq!(d.decode(Some(&framed(7, event("R7", None)))).await.unwrap().report_id, "R7");
        assert!(d.cache.contains_key(&7));
        match d.decode(Some(&framed(8, event("R8", None)))).await {
            Err(AvroError::Decode(e)) => assert_eq!(e.class(), "UnknownSchema"),
            other => panic!("{other:?}"),
        }
        // A registry that accepts and never answers: bounded, and reported as unavailable.
        let stalled = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let stalled_url = format!("http://{}", stalled.local_addr().unwrap());
        let mut hung = AvroDecoder::new(&stalled_url, &[]);
        match hung.decode(Some(&[0, 0, 0, 0, 9, 1])).await {
            Err(AvroError::RegistryUnavailable(m)) => assert!(m.contains("no complete answer"), "{m}"),
            other => panic!("{other:?}"),
        }
        drop(stalled);
        let mut down = AvroDecoder::new("http://127.0.0.1:1", &[]);
        assert!(matches!(down.decode(Some(&framed(7, event("R", None)))).await, Err(AvroError::RegistryUnavailable(_))));
    }

    #[tokio::test]
    async fn encoded_events_decode_with_the_bundled_schema() {
        let ev = ReportEvent {
            report_id: "ACC9".into(),
            text: Some("FINDINGS: clear.".into()),
            status: Some(crate::events::ReportStatus::Corrected),
            hl7_control_id: Some("M1".into()),
            ..ReportEvent::default()
        };
        let bytes = encode_event(&ev, 7).unwrap();
        assert_eq!(&bytes[..5], &[0, 0, 0, 0, 7]);
        let mut d = AvroDecoder::new("", &[7]);
        assert_eq!(d.decode(Some(&bytes)).await.unwrap(), ev);
    }
}
