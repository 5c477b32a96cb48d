//! Avro report events in the Confluent Schema Registry wire format: byte 0, a 4-byte
//! big-endian schema id, the Avro binary datum. The writer schema comes from the registry
//! (`GET /schemas/ids/{id}`, cached) or, without one, from the bundled
//! `schemas/report_event.avsc` for the configured local ids.

use std::collections::HashMap;
use std::sync::Arc;

use apache_avro::Schema;

use super::{DecodeError, ReportEvent};
use super::registry::{value_subject, Registry, RegistryError};

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

/// Why a record could not be written in Avro: it does not fit its schema (a bug in the
/// producing code or a schema changed under it), or the schema itself is unusable.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EncodeError {
    #[error("the record does not fit its Avro schema: {0}")]
    Mismatch(String),
    #[error("the Avro schema does not parse: {0}")]
    Schema(String),
}

pub struct AvroDecoder {
    registry: Option<Arc<Registry>>,
    local_ids: Vec<u32>,
    reader: Schema,
    cache: HashMap<u32, Schema>,
}

impl AvroDecoder {
    /// `registry`: where writer schemas are read by id (shared with the output side); without
    /// one, only `local_ids` decode, with the bundled schema.
    pub fn new(registry: Option<Arc<Registry>>, local_ids: &[u32]) -> AvroDecoder {
        let reader = Schema::parse_str(REPORT_EVENT_AVSC).expect("bundled schema parses");
        AvroDecoder { registry, local_ids: local_ids.to_vec(), reader, cache: HashMap::new() }
    }

    /// Decode without I/O: the event, or the schema id the registry must be asked for first.
    pub fn decode_now(&self, payload: Option<&[u8]>) -> Result<Decoded, DecodeError> {
        let bytes = payload.filter(|b| !b.is_empty()).ok_or(DecodeError::Empty)?;
        if bytes.len() < 5 || bytes[0] != 0 {
            return Err(DecodeError::Avro("not the Confluent wire format (magic byte 0 + 4-byte schema id)".into()));
        }
        let id = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
        let writer = match self.cache.get(&id) {
            Some(s) => s,
            None if self.registry.is_some() => return Ok(Decoded::NeedSchema(id)),
            None if self.local_ids.contains(&id) => &self.reader,
            None => return Err(DecodeError::UnknownSchema(format!("schema id {id} (no registry configured; local ids {:?})", self.local_ids))),
        };
        let mut datum = &bytes[5..];
        let bad = |e: apache_avro::Error| DecodeError::Avro(e.to_string());
        let reader = apache_avro::reader::datum::GenericDatumReader::builder(writer).reader_schema(&self.reader).build().map_err(bad)?;
        let value = reader.read_value(&mut datum).map_err(bad)?;
        apache_avro::from_value::<ReportEvent>(&value).map(Decoded::Event).map_err(|e| DecodeError::Avro(e.to_string()))
    }

    /// The registry to fetch writer schemas from (shared with fetch tasks).
    pub fn registry(&self) -> Option<Arc<Registry>> {
        self.registry.clone()
    }

    /// Remember the writer schema of `id` (fetched by [`fetch`]); a schema that does not parse
    /// makes every message with that id undecodable.
    pub fn learn(&mut self, id: u32, text: &str) -> Result<(), DecodeError> {
        let schema = Schema::parse_str(text).map_err(|e| DecodeError::UnknownSchema(format!("schema id {id} does not parse: {e}")))?;
        self.cache.insert(id, schema);
        Ok(())
    }
}

/// What [`AvroDecoder::decode_now`] could do without the network.
pub enum Decoded {
    Event(ReportEvent),
    /// The writer schema of this id must be fetched first.
    NeedSchema(u32),
}

/// The writer schema of `id`: unknown to the registry is the message's fault (dead letter),
/// anything else is the registry's (retry).
pub async fn fetch(registry: &Registry, id: u32) -> Result<String, AvroError> {
    registry.schema(id).await.map_err(|e| match e {
        RegistryError::UnknownId(_) => AvroError::Decode(DecodeError::UnknownSchema(e.to_string())),
        e => AvroError::RegistryUnavailable(e.to_string()),
    })
}

/// A report event in the Confluent wire format with the bundled schema under `schema_id`
/// (what the HL7 gateway publishes when the reports topic carries Avro).
pub fn encode_event(ev: &ReportEvent, schema_id: u32) -> Result<Vec<u8>, EncodeError> {
    static SCHEMA: std::sync::OnceLock<Schema> = std::sync::OnceLock::new();
    let schema = SCHEMA.get_or_init(|| Schema::parse_str(REPORT_EVENT_AVSC).expect("bundled schema parses"));
    let value = apache_avro::to_value(ev).and_then(|v| v.resolve(schema)).map_err(|e| EncodeError::Mismatch(e.to_string()))?;
    write_framed(schema, schema_id, value)
}

/// Magic byte, big-endian schema id, datum.
fn write_framed(schema: &Schema, id: u32, value: apache_avro::types::Value) -> Result<Vec<u8>, EncodeError> {
    let mut out = vec![0u8];
    out.extend_from_slice(&id.to_be_bytes());
    let writer = apache_avro::writer::datum::GenericDatumWriter::builder(schema).build().map_err(|e| EncodeError::Schema(e.to_string()))?;
    out.extend(writer.write_value_to_vec(value).map_err(|e| EncodeError::Mismatch(e.to_string()))?);
    Ok(out)
}

/// JSON to an Avro value that schema resolution then shapes (maps into records, strings into
/// enums, longs into ints). Not `apache_avro::to_value`: it writes non-negative integers as
/// 8-byte fixed (Avro has no unsigned type), which no int or long field accepts.
fn json_to_avro(v: &serde_json::Value) -> apache_avro::types::Value {
    use apache_avro::types::Value as A;
    use serde_json::Value as J;
    match v {
        J::Null => A::Null,
        J::Bool(b) => A::Boolean(*b),
        J::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => A::Long(i),
            (None, Some(f)) => A::Double(f),
            (None, None) => A::Null,
        },
        J::String(s) => A::String(s.clone()),
        J::Array(a) => A::Array(a.iter().map(json_to_avro).collect()),
        J::Object(o) => A::Map(o.iter().map(|(k, v)| (k.clone(), json_to_avro(v))).collect()),
    }
}

/// The findings and uncertain-case schemas, for Avro outputs.
pub const FINDINGS_AVSC: &str = include_str!("../../schemas/findings.avsc");
pub const UNCERTAIN_AVSC: &str = include_str!("../../schemas/uncertain_case.avsc");
pub const TEACHER_LABEL_AVSC: &str = include_str!("../../schemas/teacher_label.avsc");

/// Reads any record in the Confluent wire format as JSON with its writer schema (fetched from
/// the registry by id, cached): how the teacher worker reads Avro uncertain cases and `teacher
/// export` reads Avro labels. Shared by concurrent case tasks; the cache is their only state.
pub struct JsonDecoder {
    registry: Arc<Registry>,
    cache: std::sync::Mutex<HashMap<u32, Arc<Schema>>>,
}

impl JsonDecoder {
    pub fn new(registry: Arc<Registry>) -> JsonDecoder {
        JsonDecoder { registry, cache: Default::default() }
    }

    /// `RegistryUnavailable` is worth retrying; `Decode` never will be.
    pub async fn decode(&self, payload: Option<&[u8]>) -> Result<serde_json::Value, AvroError> {
        let bytes = payload.filter(|b| !b.is_empty()).ok_or(DecodeError::Empty)?;
        if bytes.len() < 5 || bytes[0] != 0 {
            return Err(DecodeError::Avro("not the Confluent wire format (magic byte 0 + 4-byte schema id)".into()).into());
        }
        let id = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
        let cached = self.cache.lock().unwrap_or_else(|p| p.into_inner()).get(&id).cloned();
        let schema = match cached {
            Some(s) => s,
            None => {
                let text = fetch(&self.registry, id).await?;
                let s = Arc::new(Schema::parse_str(&text).map_err(|e| DecodeError::UnknownSchema(format!("schema id {id} does not parse: {e}")))?);
                self.cache.lock().unwrap_or_else(|p| p.into_inner()).insert(id, s.clone());
                s
            }
        };
        let bad = |e: apache_avro::Error| AvroError::Decode(DecodeError::Avro(e.to_string()));
        let mut datum = &bytes[5..];
        let value = apache_avro::reader::datum::GenericDatumReader::builder(&schema).build().map_err(bad)?.read_value(&mut datum).map_err(bad)?;
        serde_json::Value::try_from(value).map_err(bad)
    }
}

/// Writes records of one schema in the Confluent wire format under the id the registry gave
/// that schema for the output topic's subject.
pub struct AvroEncoder {
    schema: Schema,
    id: u32,
}

impl AvroEncoder {
    pub fn new(schema_text: &str, id: u32) -> Result<AvroEncoder, EncodeError> {
        Ok(AvroEncoder { schema: Schema::parse_str(schema_text).map_err(|e| EncodeError::Schema(e.to_string()))?, id })
    }

    /// Register `schema_text` under `<topic>-value` (waiting out an outage) and write with it.
    pub async fn registered(registry: &Registry, topic: &str, schema_text: &str) -> Result<AvroEncoder, RegistryError> {
        let id = registry.register_retrying(&value_subject(topic), schema_text).await?;
        AvroEncoder::new(schema_text, id).map_err(|e| RegistryError::Invalid { subject: value_subject(topic), message: e.to_string() })
    }

    pub fn id(&self) -> u32 {
        self.id
    }

    /// A JSON record (as the JSON outputs are built) as an Avro datum: fields the schema does
    /// not name are left out, optional ones absent from the record are null.
    pub fn encode_json(&self, v: &serde_json::Value) -> Result<Vec<u8>, EncodeError> {
        let value = json_to_avro(v).resolve(&self.schema).map_err(|e| EncodeError::Mismatch(e.to_string()))?;
        write_framed(&self.schema, self.id, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::http::HttpSettings;
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

    fn decoder(registry_url: &str, local_ids: &[u32]) -> AvroDecoder {
        let registry = (!registry_url.is_empty()).then(|| Arc::new(Registry::new(registry_url, &HttpSettings::default()).unwrap()));
        AvroDecoder::new(registry, local_ids)
    }

    fn event_of(d: &AvroDecoder, bytes: &[u8]) -> Result<ReportEvent, DecodeError> {
        match d.decode_now(Some(bytes))? {
            Decoded::Event(ev) => Ok(ev),
            Decoded::NeedSchema(id) => panic!("schema {id} not known"),
        }
    }

    #[test]
    fn local_schema_ids_decode_and_others_are_unknown() {
        let d = decoder("", &[1]);
        let ev = event_of(&d, &framed(1, event("R1", Some((1, "corrected"))))).unwrap();
        assert_eq!(ev.report_id, "R1");
        assert_eq!(ev.findings.as_deref(), Some("Small left effusion."));
        assert_eq!(ev.status, Some(super::super::ReportStatus::Corrected));
        assert_eq!(ev.accession.as_deref(), Some("ACC-1"));
        assert_eq!(event_of(&d, &framed(9, event("R2", None))).unwrap_err().class(), "UnknownSchema");
    }

    #[test]
    fn garbage_is_invalid_avro() {
        let d = decoder("", &[1]);
        for bad in [&b"{\"report_id\":1}"[..], &[0, 0, 0, 0, 1, 0xff, 0xff, 0xff][..], &[0, 0][..]] {
            assert_eq!(event_of(&d, bad).unwrap_err().class(), "InvalidAvro", "{bad:?}");
        }
    }

    #[tokio::test]
    async fn registry_ids_are_fetched_learned_and_404_is_unknown() {
        let (url, _) = crate::events::registry::tests::scripted::start(0).await;
        let id = Registry::new(&url, &HttpSettings::default()).unwrap().register("radiology.reports-value", REPORT_EVENT_AVSC).await.unwrap();
        let mut d = decoder(&url, &[]);
        let bytes = framed(id, event("R7", None));
        assert!(matches!(d.decode_now(Some(&bytes)), Ok(Decoded::NeedSchema(n)) if n == id), "an unknown id is fetched, not guessed");
        let registry = d.registry().unwrap();
        d.learn(id, &fetch(&registry, id).await.unwrap()).unwrap();
        assert_eq!(event_of(&d, &bytes).unwrap().report_id, "R7");
        assert!(d.cache.contains_key(&id));
        match fetch(&registry, id + 1).await {
            Err(AvroError::Decode(e)) => assert_eq!(e.class(), "UnknownSchema"),
            other => panic!("{other:?}"),
        }
        // A registry that accepts and never answers: bounded, and reported as unavailable.
        let stalled = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let hung = decoder(&format!("http://{}", stalled.local_addr().unwrap()), &[]);
        match fetch(&hung.registry().unwrap(), 9).await {
            Err(AvroError::RegistryUnavailable(m)) => assert!(m.contains("no complete answer"), "{m}"),
            other => panic!("{other:?}"),
        }
        drop(stalled);
        let down = decoder("http://127.0.0.1:1", &[]);
        assert!(matches!(fetch(&down.registry().unwrap(), 7).await, Err(AvroError::RegistryUnavailable(_))));
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
        assert_eq!(event_of(&decoder("", &[7]), &bytes).unwrap(), ev);
    }

    /// The JSON records the connector builds, written in Avro under registered ids and read
    /// back with the registry's schema: the bundled .avsc files and the records agree.
    #[tokio::test]
    async fn findings_and_uncertain_records_round_trip_through_registered_schemas() {
        use crate::core::decision::{label, Thresholds};
        use crate::core::routing::Reason;
        use crate::events::{findings_record, uncertain_case, Source};
        use crate::io::output::ModelInfo;
        let (url, state) = crate::events::registry::tests::scripted::start(1).await;
        let registry = Registry::new(&url, &HttpSettings::default()).unwrap();
        let findings = AvroEncoder::registered(&registry, "radiology.findings", FINDINGS_AVSC).await.unwrap();
        let uncertain = AvroEncoder::registered(&registry, "radiology.uncertain", UNCERTAIN_AVSC).await.unwrap();
        assert_ne!(findings.id(), uncertain.id());
        assert_eq!(state.lock().unwrap().subjects.keys().filter(|s| s.ends_with("-value")).count(), 2);
        let mut probs = [[0.05f32, 0.8, 0.05, 0.1]; crate::core::labels::N_OBS];
        probs[2] = [0.9, 0.05, 0.03, 0.02];
        let l = label(&[probs], &Thresholds::default());
        let ev = ReportEvent { report_id: "AV-1".into(), accession: Some("ACC-1".into()), text: Some("Cardiomegaly.".into()), ..ReportEvent::default() };
        let model = ModelInfo { name: "m".into(), version: "1".into(), variant: "fp32".into() };
        let src = Source { topic: "radiology.reports".into(), partition: 3, offset: 77 };
        for (enc, json) in [
            (&findings, findings_record(&ev, &l, &model, &src)),
            (&uncertain, uncertain_case(&ev, "Cardiomegaly.", &l, &model, &src, &Reason::Uncertain(vec!["Edema"]))),
        ] {
            let bytes = enc.encode_json(&json).unwrap();
            assert_eq!(&bytes[..5], &[&[0u8][..], &enc.id().to_be_bytes()[..]].concat()[..]);
            let writer = Schema::parse_str(&registry.schema(enc.id()).await.unwrap()).unwrap();
            let reader = apache_avro::reader::datum::GenericDatumReader::builder(&writer).build().unwrap();
            let value = reader.read_value(&mut &bytes[5..]).unwrap();
            let back: serde_json::Value = apache_avro::from_value(&value).unwrap();
            assert_eq!(back["report_id"], "AV-1");
            assert_eq!(back["labels"]["Cardiomegaly"], json["labels"]["Cardiomegaly"]);
            assert_eq!(back["source"]["offset"], 77);
            assert_eq!(back["idempotency_id"], json["idempotency_id"]);
        }
        let bad = findings.encode_json(&serde_json::json!({"report_id": "x"})).unwrap_err();
        assert!(matches!(bad, EncodeError::Mismatch(_)), "a record missing required fields is refused, not written: {bad}");
    }
}
