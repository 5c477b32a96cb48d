//! `radlabel produce` / `consume` take the connector's Kafka settings (`kafka.librdkafka` from
//! the config file or RADLABEL_KAFKA_LIBRDKAFKA), so they reach a TLS/SASL cluster where the
//! connector does. Shown without a broker: a property librdkafka refuses stops the client at
//! creation, naming the property.

mod common;

use std::process::Command;

fn run(args: &[&str], librdkafka: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_radlabel"))
        .args(args)
        .env("RADLABEL_KAFKA_LIBRDKAFKA", librdkafka)
        .env_remove("RADLABEL_CONFIG")
        .output()
        .expect("radlabel runs")
}

#[test]
fn produce_and_consume_apply_the_librdkafka_pass_through() {
    let sample = common::repo().join("examples/sample_reports.csv");
    for args in [vec!["consume", "--brokers", "127.0.0.1:1", "--topic", "t", "--timeout-s", "1"], vec!["produce", sample.to_str().unwrap(), "--brokers", "127.0.0.1:1"]] {
        let out = run(&args, "socket.timeout.ms=soon");
        let err = common::text(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.contains("socket.timeout.ms"), "{args:?} must have applied the setting: {err}");
    }
}
