//! Secrets never leak: a full connector run over TLS with deliberately distinctive secrets
//! configured (a client key passphrase that is really used, a SASL password, an OAuth client
//! secret and registry credentials), every log level on and librdkafka's `debug=all`; then
//! every log line, error, output record (headers included), metrics sample and `--help` text
//! is searched for them.

mod common;

use std::process::Command;
use std::time::Duration;

use common::broker::{free_port, Broker};
use common::pki::Pki;
use common::tls_proxy::TlsProxy;
use common::mllp::{addr_in, scrape};
use common::{text, Connector};

const KEY_PASSWORD: &str = "Leak-Canary-KeyPass-5e81";
const SASL_PASSWORD: &str = "Leak-Canary-Sasl-77c2";
const OAUTH_SECRET: &str = "Leak-Canary-OAuth-0b9d";
const REGISTRY_PASSWORD: &str = "Leak-Canary-Registry-a3f4";
const CANARIES: [&str; 4] = [KEY_PASSWORD, SASL_PASSWORD, OAUTH_SECRET, REGISTRY_PASSWORD];

fn assert_clean(what: &str, haystack: &str) {
    for c in CANARIES {
        assert!(!haystack.contains(c), "{what} leaks a secret:\n{}", haystack.lines().filter(|l| l.contains(c)).collect::<Vec<_>>().join("\n"));
    }
}

fn radlabel(args: &[&str], env: &[(&str, String)]) -> std::process::Output {
    common::radlabel_env(args, env, "trace")
}

#[test]
fn no_secret_reaches_logs_errors_records_metrics_or_help() {
    let pki = Pki::new("leak-ca");
    let (cert, key) = pki.issue("broker", &["localhost", "127.0.0.1"]);
    let listener = TlsProxy::bind();
    let b = Broker::start_advertising(free_port(), &listener.local_addr().unwrap().to_string());
    let proxy = TlsProxy::start(listener, &b.addr, &cert, &key);

    // A client certificate whose key is encrypted with the passphrase: librdkafka must decrypt
    // it at start, so the passphrase is really handed over.
    let (client_cert, client_key) = pki.issue("radlabel-client", &["radlabel.test"]);
    let enc_key = client_key.with_extension("enc.pem");
    let openssl = Command::new("openssl")
        .args(["pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", client_key.to_str().unwrap(), "-out", enc_key.to_str().unwrap(), "-passout", "env:PW"])
        .env("PW", KEY_PASSWORD)
        .status()
        .expect("openssl (Debian package openssl) encrypts the test key");
    assert!(openssl.success());
    let dir = tempfile::tempdir().unwrap();
    let oauth_file = dir.path().join("oauth-secret");
    std::fs::write(&oauth_file, format!("{OAUTH_SECRET}\n")).unwrap();
    let env: Vec<(&str, String)> = vec![
        ("RADLABEL_KAFKA_SECURITY_PROTOCOL", "ssl".into()),
        ("RADLABEL_KAFKA_SECURITY_CA_FILE", pki.ca().display().to_string()),
        ("RADLABEL_KAFKA_SECURITY_CERT_FILE", client_cert.display().to_string()),
        ("RADLABEL_KAFKA_SECURITY_KEY_FILE", enc_key.display().to_string()),
        ("RADLABEL_KAFKA_SSL_KEY_PASSWORD", KEY_PASSWORD.into()),
        ("RADLABEL_KAFKA_SASL_PASSWORD", SASL_PASSWORD.into()),
        ("RADLABEL_KAFKA_SECURITY_OAUTH_CLIENT_SECRET_FILE", oauth_file.display().to_string()),
        ("RADLABEL_INPUT_SCHEMA_REGISTRY_USERNAME", "registry-user".into()),
        ("RADLABEL_INPUT_SCHEMA_REGISTRY_PASSWORD", REGISTRY_PASSWORD.into()),
        ("RADLABEL_KAFKA_LIBRDKAFKA", "debug=all".into()),
        ("RADLABEL_LOG", "trace".into()),
        ("RADLABEL_METRICS_LISTEN", "127.0.0.1:0".into()),
    ];
    let env_ref: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = Connector::spawn(&proxy.addr, "g-leak", &env_ref);
    let mut log = Vec::new();
    let mut wait = |needle: &str| {
        let end = std::time::Instant::now() + Duration::from_secs(90);
        loop {
            let l = run.lines.recv_timeout(end.saturating_duration_since(std::time::Instant::now())).unwrap_or_else(|_| panic!("no {needle:?}"));
            let hit = l.contains(needle);
            log.push(l);
            if hit {
                return log.last().unwrap().clone();
            }
        }
    };
    let metrics = addr_in(&wait("metrics endpoint listening"));
    wait("partitions assigned");
    let reports = dir.path().join("r.jsonl");
    std::fs::write(&reports, "{\"id\":\"LEAK-1\",\"text\":\"Small left pleural effusion.\"}\n").unwrap();
    let out = radlabel(&["produce", reports.to_str().unwrap(), "--brokers", &proxy.addr], &env);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_clean("produce's stderr", &text(&out.stderr));
    // Not a report event: dead-lettered with its reason in headers.
    let ca = pki.ca().display().to_string();
    common::broker::produce_blocking(&proxy.addr, &[("security.protocol", "ssl"), ("ssl.ca.location", &ca)], "radiology.reports", b"{ not json");
    let mut records = String::new();
    for topic in ["radiology.findings", "radiology.dlq"] {
        let out = radlabel(&["consume", "--brokers", &proxy.addr, "--topic", topic, "--count", "1", "--timeout-s", "90", "--with-headers"], &env);
        assert_eq!(text(&out.stdout).lines().count(), 1, "{topic}: {}", text(&out.stderr));
        records.push_str(&text(&out.stdout));
    }
    let metrics_body = scrape(&metrics);
    assert!(run.terminate_keeping(&mut log) == Some(0));

    let all_log = log.join("\n");
    assert!(all_log.contains("DEBUG") && all_log.contains("facility="), "librdkafka's debug lines were captured");
    assert_clean("the connector's log", &all_log);
    assert!(records.contains("radlabel.error.message"), "the dead letter came with its headers: {records}");
    assert_clean("the output records", &records);
    assert_clean("/metrics", &metrics_body);

    // Errors: a secret put where it does not belong is refused by key, never echoed.
    let mut bad = env.clone();
    bad.push(("RADLABEL_KAFKA_LIBRDKAFKA", format!("sasl.password={SASL_PASSWORD}")));
    let out = radlabel(&["run", "--brokers", &proxy.addr], &bad);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("kafka.librdkafka.sasl.password"));
    assert_clean("a config error", &text(&out.stderr));
    // A wrong passphrase fails at start, without the passphrase in the message.
    let mut wrong = env.clone();
    wrong.retain(|(k, _)| *k != "RADLABEL_KAFKA_SSL_KEY_PASSWORD");
    wrong.push(("RADLABEL_KAFKA_SSL_KEY_PASSWORD", format!("{SASL_PASSWORD}-wrong")));
    let out = radlabel(&["produce", reports.to_str().unwrap(), "--brokers", &proxy.addr], &wrong);
    assert_ne!(out.status.code(), Some(0));
    assert_clean("a wrong-passphrase error", &text(&out.stderr));

    for cmd in [vec!["--help"], vec!["run", "--help"], vec!["mllp", "--help"], vec!["produce", "--help"], vec!["consume", "--help"]] {
        let out = radlabel(&cmd, &env);
        assert_clean("--help", &(text(&out.stdout) + &text(&out.stderr)));
    }
}
