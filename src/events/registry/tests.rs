use super::*;

#[path = "scripted.rs"]
pub(crate) mod scripted;

#[tokio::test]
async fn registration_is_by_subject_and_reads_come_back_by_id() {
    let (url, state) = scripted::start(0).await;
    let r = Registry::new(&url, &HttpSettings::default()).unwrap();
    let schema = r#"{"type":"record","name":"T","fields":[{"name":"a","type":"string"}]}"#;
    let id = r.register(&value_subject("radiology.findings"), schema).await.unwrap();
    assert_eq!(r.register(&value_subject("radiology.findings"), schema).await.unwrap(), id, "same schema, same id");
    assert_eq!(r.schema(id).await.unwrap(), schema);
    assert_eq!(r.schema(99).await, Err(RegistryError::UnknownId(99)));
    assert_eq!(state.lock().unwrap().subjects["radiology.findings-value"], vec![id, id]);
}

#[tokio::test]
async fn refusals_say_what_the_registry_said() {
    let (url, _) = scripted::start(0).await;
    let r = Registry::new(&url, &HttpSettings::default()).unwrap();
    let e = r.register("incompatible-value", "{}").await.unwrap_err();
    assert!(matches!(e, RegistryError::Incompatible { .. }) && !e.is_retryable());
    assert!(e.to_string().contains("HTTP 409") && e.to_string().contains("incompatible with an earlier schema"), "{e}");
    let e = r.register_retrying("invalid-value", "{}").await.unwrap_err();
    assert!(matches!(e, RegistryError::Invalid { .. }), "422 is not retried: {e}");
}

#[tokio::test]
async fn an_outage_is_retried_with_backoff_until_the_registry_answers() {
    let (url, state) = scripted::start(3).await;
    let r = Registry::new(&url, &HttpSettings::default()).unwrap();
    assert!(r.register("x-value", "\"string\"").await.unwrap_err().is_retryable());
    let id = r.register_retrying("x-value", "\"string\"").await.unwrap();
    assert_eq!(id, 1);
    assert_eq!(state.lock().unwrap().requests, 4, "one refused above, two more retried, then it answered");
    let down = Registry::new("http://127.0.0.1:1", &HttpSettings::default()).unwrap();
    assert!(matches!(down.schema(1).await, Err(RegistryError::Unavailable(_))));
}
