//! The HL7 gateway against real processes: `radlabel mllp` on a loopback port, a real
//! broker (tansu), MLLP clients on real sockets, and `radlabel run` for the end-to-end path.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::broker::{self, free_port, Broker};
use common::mllp::{addr_in, framed, msa, obr, oru, sample, scrape, spawn_gateway, spawn_gateway_with_metrics, Client};
use common::Connector;

const REPORTS: &str = "radiology.reports";
const DLQ: &str = "radiology.dlq";
const FINDINGS: &str = "radiology.findings";

fn events(addr: &str, n: usize) -> Vec<broker::Rec> {
    broker::read_until(addr, REPORTS, 4, Duration::from_secs(30), |r| r.len() >= n)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_message_is_acknowledged_after_its_events_are_stored() {
    let b = Broker::start();
    let (_g, addr) = spawn_gateway(&b.addr, &[]);
    let mut c = Client::connect(&addr).await;
    // Several messages on one connection, one with two orders.
    let first = oru("C-1", "ACC-1", &["FINDINGS: Heart size normal.", "IMPRESSION: No acute disease."]);
    let ack = c.send(&first).await;
    assert_eq!(msa(&ack), ("AA".into(), "C-1".into()), "{ack}");
    assert!(ack.starts_with("MSH|^~\\&|RADLABEL|TESTHOSP|RIS|TESTHOSP|"), "sender and receiver swapped: {ack}");
    let two = [
        "MSH|^~\\&|RIS|TESTHOSP|RADLABEL|TESTHOSP|20261130080000||ORU^R01|C-2|P|2.5".to_string(),
        obr(1, "ACC-2", "F"),
        "OBX|1|TX|||Small left effusion.||||||F".into(),
        obr(2, "ACC-3", "C"),
        "OBX|1|TX|||Corrected: no effusion.||||||C".into(),
    ]
    .join("\r");
    assert_eq!(msa(&c.send(two.as_bytes()).await), ("AA".into(), "C-2".into()));
    let recs = events(&b.addr, 3);
    let mut got: Vec<(String, String)> = recs.iter().map(|r| (r.json()["report_id"].as_str().unwrap().into(), r.json()["status"].as_str().unwrap().into())).collect();
    got.sort();
    assert_eq!(got, [("ACC-1".into(), "final".into()), ("ACC-2".into(), "final".into()), ("ACC-3".into(), "corrected".into())]);
    let e1 = recs.iter().find(|r| r.json()["report_id"] == "ACC-1").unwrap().json();
    assert_eq!(e1["findings"], "Heart size normal.");
    assert_eq!(e1["impression"], "No acute disease.");
    assert_eq!(e1["hl7_control_id"], "C-1");
    assert_eq!(recs.iter().find(|r| r.json()["report_id"] == "ACC-1").unwrap().key.as_deref(), Some(&b"ACC-1"[..]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_message_gets_ar_with_err_and_lands_on_the_dead_letter_topic() {
    let b = Broker::start();
    let (_g, addr, metrics) = spawn_gateway_with_metrics(&b.addr);
    let mut c = Client::connect(&addr).await;
    let adt = b"MSH|^~\\&|ADT|TESTHOSP|RADLABEL|TESTHOSP|20261130||ADT^A01|C-9|P|2.5\rPID|1||X";
    let ack = c.send(adt).await;
    assert_eq!(msa(&ack).0, "AR", "{ack}");
    assert_eq!(msa(&ack).1, "C-9");
    assert!(ack.contains("\rERR||MSH^1^9|200^Unsupported message type^HL70357|E"), "{ack}");
    let dlq = broker::read_until(&b.addr, DLQ, 4, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq[0].value.as_deref(), Some(&adt[..]), "the original bytes");
    assert_eq!(dlq[0].header("radlabel.error.class").as_deref(), Some("UnsupportedMessageType"));
    // The connection still serves the next message.
    assert_eq!(msa(&c.send(&oru("C-10", "ACC-10", &["Clear."])).await).0, "AA");
    let m = tokio::task::spawn_blocking(move || scrape(&metrics)).await.unwrap();
    assert_eq!(sample(&m, "radlabel_mllp_messages_total{result=\"rejected\"}"), 1.0, "{m}");
    assert_eq!(sample(&m, "radlabel_mllp_messages_total{result=\"accepted\"}"), 1.0, "{m}");
    assert_eq!(sample(&m, "radlabel_mllp_events_total"), 1.0);
    assert_eq!(sample(&m, "radlabel_mllp_connections_open"), 1.0);
    assert_eq!(sample(&m, "radlabel_mllp_ack_latency_seconds_count"), 2.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lab_results_are_not_published_and_a_bad_order_does_not_hold_back_a_good_one() {
    let b = Broker::start();
    let (_g, addr, metrics) = spawn_gateway_with_metrics(&b.addr);
    let mut c = Client::connect(&addr).await;
    let mut lab_obr = obr(1, "LAB-1", "F");
    lab_obr = lab_obr.replace("71046^XR CHEST 2 VIEWS^CPT", "24323-8^Comprehensive metabolic panel^LN");
    let lab = ["MSH|^~\\&|LIS|TESTHOSP|RADLABEL|TESTHOSP|20261130||ORU^R01|L-1|P|2.5".to_string(), lab_obr, "OBX|1|ST|2345-7^Glucose^LN||Within normal limits||||||F".into()].join("\r");
    assert_eq!(msa(&c.send(lab.as_bytes()).await), ("AA".into(), "L-1".into()));
    let partial = [
        "MSH|^~\\&|RIS|TESTHOSP|RADLABEL|TESTHOSP|20261130||ORU^R01|P-1|P|2.5".to_string(),
        obr(1, "ACC-NUM", "F"),
        "OBX|1|NM|DOSE^Dose area product||12|Gy.cm2|||||F".into(),
        obr(2, "ACC-TXT", "F"),
        "OBX|1|TX|||No pleural effusion.||||||F".into(),
    ]
    .join("\r");
    let ack = c.send(partial.as_bytes()).await;
    assert_eq!(msa(&ack), ("AA".into(), "P-1".into()), "{ack}");
    assert!(ack.contains("|W||||report ACC-NUM: no report text"), "{ack}");
    let recs = events(&b.addr, 1);
    assert_eq!(recs.iter().map(|r| r.key.clone().unwrap_or_default()).collect::<Vec<_>>(), [b"ACC-TXT".to_vec()], "only the radiology report with text");
    let dlq = broker::read_until(&b.addr, DLQ, 4, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq.len(), 1);
    assert_eq!(dlq[0].header("radlabel.hl7.order").as_deref(), Some("1"));
    assert_eq!(dlq[0].header("radlabel.error.class").as_deref(), Some("NoReportText"));
    let m = tokio::task::spawn_blocking(move || scrape(&metrics)).await.unwrap();
    assert_eq!(sample(&m, "radlabel_mllp_orders_skipped_total{reason=\"not_radiology\"}"), 1.0, "{m}");
    assert_eq!(sample(&m, "radlabel_mllp_orders_rejected_total"), 1.0, "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_down_gives_ae_and_nothing_is_acknowledged_before_it_is_stored() {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let (_g, addr) = spawn_gateway(&brokers, &[("RADLABEL_MLLP_ACK_TIMEOUT_MS", "1500"), ("RADLABEL_KAFKA_CREATE_TOPICS", "false")]);
    let mut c = Client::connect(&addr).await;
    let msg = oru("C-20", "ACC-20", &["FINDINGS: Lungs clear."]);
    let ack = c.send(&msg).await;
    assert_eq!(msa(&ack), ("AE".into(), "C-20".into()), "{ack}");
    assert!(ack.contains("\rERR||"), "{ack}");
    // The broker comes up; the sender retries as an interface engine does, until AA.
    let b = Broker::start_on(port);
    b.create_topics(&[(REPORTS, 4), (DLQ, 4)]).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    loop {
        let ack = c.send(&msg).await;
        match msa(&ack).0.as_str() {
            "AA" => break,
            "AE" => assert!(tokio::time::Instant::now() < deadline, "still AE after the broker came back"),
            other => panic!("unexpected {other}: {ack}"),
        }
    }
    // AA means stored: the event is there without waiting for anything else.
    let recs = broker::read_until(&b.addr, REPORTS, 4, Duration::from_secs(10), |r| !r.is_empty());
    assert!(recs.iter().any(|r| r.json()["report_id"] == "ACC-20"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_frames_are_handled_and_the_listener_keeps_serving() {
    let b = Broker::start();
    let (g, addr) = spawn_gateway(&b.addr, &[("RADLABEL_MLLP_MAX_FRAME_BYTES", "2048"), ("RADLABEL_MLLP_READ_TIMEOUT_MS", "1500")]);
    // Half-open: a partial frame, then silence. It must not hold up anyone else.
    let mut stalled = Client::connect(&addr).await;
    stalled.write(b"\x0bMSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|C-STALL|P|2.5\rOBR|1||ACC-S").await;
    // Garbage before a frame is skipped.
    let mut c = Client::connect(&addr).await;
    let mut wire = b"GET / HTTP/1.0\r\n\r\n".to_vec();
    wire.extend(framed(&oru("C-30", "ACC-30", &["Clear."])));
    c.write(&wire).await;
    assert_eq!(msa(&c.read_ack(Duration::from_secs(30)).await.unwrap()), ("AA".into(), "C-30".into()));
    // A frame without its end block is dropped (no ACK: the sender resends); the next frame is served.
    let mut wire = b"\x0bMSH|^~\\&|RIS|H|RL|H|2026||ORU^R01|C-LOST|P|2.5\rOBR|1||ACC-L".to_vec();
    wire.extend(framed(&oru("C-31", "ACC-31", &["Clear."])));
    c.write(&wire).await;
    assert_eq!(msa(&c.read_ack(Duration::from_secs(30)).await.unwrap()), ("AA".into(), "C-31".into()));
    // An oversize frame is rejected by its control id without being buffered, then the connection goes on.
    let long = "x".repeat(5000);
    let ack = c.send(&oru("C-32", "ACC-32", &[&long])).await;
    assert_eq!(msa(&ack), ("AR".into(), "C-32".into()), "{ack}");
    assert!(ack.contains("exceeds the limit of 2048 bytes"), "{ack}");
    assert_eq!(msa(&c.send(&oru("C-33", "ACC-33", &["Clear."])).await).0, "AA");
    // The stalled connection is closed by the read timeout, cleanly.
    assert_eq!(stalled.read_ack(Duration::from_secs(20)).await, None);
    // And a fresh connection is still served.
    let mut d = Client::connect(&addr).await;
    assert_eq!(msa(&d.send(&oru("C-34", "ACC-34", &["Clear."])).await).0, "AA");
    let recs = events(&b.addr, 4);
    let mut ids: Vec<String> = recs.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    assert_eq!(ids, ["ACC-30", "ACC-31", "ACC-33", "ACC-34"], "no event for the lost, oversize or stalled frames");
    let dlq = broker::read_until(&b.addr, DLQ, 4, Duration::from_secs(30), |r| !r.is_empty());
    assert_eq!(dlq[0].header("radlabel.error.class").as_deref(), Some("FrameTooLarge"));
    assert_eq!(dlq[0].header("radlabel.error.truncated").as_deref(), Some("true"));
    drop(d);
    drop(c);
    let code = g.terminate();
    assert_eq!(code, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_over_the_limit_are_closed_and_the_others_served() {
    let b = Broker::start();
    let (_g, addr) = spawn_gateway(&b.addr, &[("RADLABEL_MLLP_MAX_CONNECTIONS", "1")]);
    let mut first = Client::connect(&addr).await;
    assert_eq!(msa(&first.send(&oru("C-40", "ACC-40", &["Clear."])).await).0, "AA");
    let mut second = Client::connect(&addr).await;
    second.write(&framed(&oru("C-41", "ACC-41", &["Clear."]))).await;
    assert_eq!(second.read_ack(Duration::from_secs(10)).await, None, "closed, not served");
    assert_eq!(msa(&first.send(&oru("C-42", "ACC-42", &["Clear."])).await).0, "AA");
    drop(first);
    // The slot is free again once the first connection is gone.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let mut third = Client::connect(&addr).await;
        third.write(&framed(&oru("C-43", "ACC-43", &["Clear."]))).await;
        if let Some(ack) = third.read_ack(Duration::from_secs(10)).await {
            assert_eq!(msa(&ack).0, "AA");
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "slot never freed");
        tokio::task::yield_now().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_connections_are_served() {
    use tokio_rustls::rustls::{pki_types::ServerName, ClientConfig, RootCertStore};
    let b = Broker::start();
    let dir = tempfile::tempdir().unwrap();
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert, ck.cert.pem()).unwrap();
    std::fs::write(&key, ck.signing_key.serialize_pem()).unwrap();
    let (_g, addr) = spawn_gateway(&b.addr, &[("RADLABEL_MLLP_TLS_CERT", cert.to_str().unwrap()), ("RADLABEL_MLLP_TLS_KEY", key.to_str().unwrap()), ("RADLABEL_MLLP_READ_TIMEOUT_MS", "2000")]);
    let mut roots = RootCertStore::empty();
    roots.add(ck.cert.der().clone()).unwrap();
    let config = ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let tls = connector.connect(ServerName::try_from("localhost").unwrap(), tcp).await.expect("TLS handshake");
    let mut c = Client::new(tls);
    assert_eq!(msa(&c.send(&oru("C-50", "ACC-50", &["Clear."])).await), ("AA".into(), "C-50".into()));
    // A plain-text client on the TLS port gets no ACK and the connection is closed.
    let mut plain = Client::connect(&addr).await;
    plain.write(&framed(&oru("C-51", "ACC-51", &["Clear."]))).await;
    assert_eq!(plain.read_ack(Duration::from_secs(10)).await, None);
    let recs = events(&b.addr, 1);
    assert_eq!(recs.iter().map(|r| r.json()["report_id"].as_str().unwrap().to_string()).collect::<Vec<_>>(), ["ACC-50"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hl7_reports_are_labelled_end_to_end_by_the_connector() {
    let b = Broker::start();
    let (_g, addr) = spawn_gateway(&b.addr, &[]);
    let run = Connector::spawn(&b.addr, "g-hl7", &[("RADLABEL_METRICS_LISTEN", "127.0.0.1:0")]);
    let metrics = addr_in(&run.wait_for("metrics endpoint listening", Duration::from_secs(60)));
    run.wait_for("partitions assigned", Duration::from_secs(60));
    let mut c = Client::connect(&addr).await;
    let msgs = [
        oru("E-1", "ACC-E1", &["FINDINGS: Enlarged cardiac silhouette.", "IMPRESSION: Cardiomegaly."]),
        oru("E-2", "ACC-E2", &["FINDINGS: Right lower lobe consolidation.", "IMPRESSION: Pneumonia."]),
        [
            "MSH|^~\\&|RIS|TESTHOSP|RADLABEL|TESTHOSP|20261130||ORU^R01|E-3|P|2.5".to_string(),
            obr(1, "ACC-E3", "P"),
            "OBX|1|TX|||Preliminary read.||||||P".into(),
        ]
        .join("\r")
        .into_bytes(),
        "MSH|^~\\&|DICT|TESTHOSP|RADLABEL|TESTHOSP|20261130||MDM^T08|E-4|P|2.5\rPID|1||MRN-9\rTXA|1|RAD|TX|20261130085500||||||||DOC-E4|||||LA\rOBX|1|TX|||IMPRESSION: No pneumothorax.||||||F".as_bytes().to_vec(),
    ];
    for m in &msgs {
        assert_eq!(msa(&c.send(m).await).0, "AA");
    }
    let findings = broker::read_until(&b.addr, FINDINGS, 4, Duration::from_secs(60), |r| r.len() >= 3);
    let mut got: Vec<(String, String, String)> = findings
        .iter()
        .map(|r| {
            let j = r.json();
            (j["report_id"].as_str().unwrap().into(), j["status"].as_str().unwrap().into(), j["hl7_control_id"].as_str().unwrap_or("").into())
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [("ACC-E1".into(), "final".into(), "E-1".into()), ("ACC-E2".into(), "final".into(), "E-2".into()), ("DOC-E4".into(), "corrected".into(), "E-4".into())],
        "the preliminary report is acknowledged but not labelled"
    );
    assert!(findings.iter().all(|r| r.json()["labels"].as_object().map_or(0, |l| l.len()) == 14));
    let m = tokio::task::spawn_blocking(move || scrape(&metrics)).await.unwrap();
    assert_eq!(sample(&m, "radlabel_reports_received_total"), 3.0, "{m}");
    assert_eq!(sample(&m, "radlabel_reports_labelled_total"), 3.0, "{m}");
    assert_eq!(sample(&m, "radlabel_label_latency_seconds_count"), 3.0, "{m}");
    assert!(m.lines().any(|l| l.starts_with("radlabel_model_info{") && l.contains("name=\"") && l.ends_with(" 1")), "the serving model is named: {m}");
    assert_eq!(run.terminate(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hl7_send_prints_each_ack() {
    let b = Broker::start();
    let (_g, addr) = spawn_gateway(&b.addr, &[]);
    let sample = common::repo().join("examples/sample_messages.hl7");
    let out = tokio::task::spawn_blocking(move || common::radlabel(&["hl7", "send", "--to", &addr, sample.to_str().unwrap()], None)).await.unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
    let lines: Vec<String> = common::text(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(lines, ["HL7-0001\tAA\t", "HL7-0002\tAA\t", "HL7-0003\tAA\t", "HL7-0004\tAA\t"]);
    assert_eq!(events(&b.addr, 4).len(), 4, "two orders in HL7-0002, the preliminary HL7-0004 skipped");
}
