//! `/healthz` and `/readyz` of the long-running roles against real processes: not ready until
//! the broker answered (and, for the connector, the group was joined after the model's probe),
//! ready then, alive throughout.

mod common;

use std::time::Duration;

use common::broker::{free_port, Broker};
use common::mllp::{addr_in, http_get};
use common::Connector;

#[test]
fn gateway_is_ready_only_once_its_broker_answers() {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let g = Connector::spawn_cmd(
        &["mllp", "--listen", "127.0.0.1:0", "--brokers", &brokers, "--metrics-listen", "127.0.0.1:0"],
        &[("RADLABEL_KAFKA_CREATE_TOPICS", "false")],
    );
    let m = addr_in(&g.wait_for("metrics endpoint listening", Duration::from_secs(60)));
    g.wait_for("MLLP gateway listening", Duration::from_secs(60));
    let (code, body) = http_get(&m, "/readyz");
    assert_eq!(code, 503, "no broker yet: {body}");
    assert!(body.contains("starting"), "{body}");
    assert_eq!(http_get(&m, "/healthz").0, 200, "alive, just not ready");
    let _b = Broker::start_on(port);
    g.wait_for("gateway ready", Duration::from_secs(60));
    assert_eq!(http_get(&m, "/readyz"), (200, "ok\n".to_string()));
}

#[test]
fn connector_is_ready_once_it_joined_its_group() {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let run = Connector::spawn(&brokers, "g-health", &[("RADLABEL_METRICS_LISTEN", "127.0.0.1:0")]);
    let m = addr_in(&run.wait_for("metrics endpoint listening", Duration::from_secs(60)));
    let (code, body) = http_get(&m, "/readyz");
    assert_eq!(code, 503, "no broker yet: {body}");
    assert_eq!(http_get(&m, "/healthz").0, 200);
    let _b = Broker::start_on(port);
    run.wait_for("partitions assigned", Duration::from_secs(90));
    assert_eq!(http_get(&m, "/readyz"), (200, "ok\n".to_string()));
    assert_eq!(http_get(&m, "/healthz").0, 200);
}
