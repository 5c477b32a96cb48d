//! A real Kafka-compatible broker (tansu, installed by scripts/setup.sh) on a free loopback
//! port, plus small producer / consumer helpers. Each test starts its own and kills it on drop.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::util::Timeout;
use rdkafka::{Message, TopicPartitionList};

pub struct Broker {
    child: Child,
    pub addr: String,
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Broker {
    pub fn start() -> Broker {
        Broker::start_on(free_port())
    }

    pub fn start_on(port: u16) -> Broker {
        Broker::start_advertising(port, &format!("127.0.0.1:{port}"))
    }

    /// Listen on `port` but tell clients to connect to `advertised` (a proxy in front).
    pub fn start_advertising(port: u16, advertised: &str) -> Broker {
        Broker::start_with(port, advertised, &[])
    }

    /// `extra`: more tansu flags (`--authentication`: SASL required of every client).
    pub fn start_with(port: u16, advertised: &str, extra: &[&str]) -> Broker {
        let bin = super::repo().join("vendor/tansu/tansu");
        assert!(bin.exists(), "tansu missing: run scripts/setup.sh");
        let url = format!("tcp://127.0.0.1:{port}");
        let adv = format!("tcp://{advertised}");
        let child = Command::new(bin)
            .args(["broker", "--listener-url", &url, "--advertised-listener-url", &adv, "--storage-engine", "memory://tansu/"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start tansu");
        let addr = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(&addr).is_err() {
            assert!(Instant::now() < deadline, "tansu did not start listening");
            std::thread::sleep(Duration::from_millis(20));
        }
        Broker { child, addr }
    }

    pub async fn create_topics(&self, topics: &[(&str, i32)]) {
        let admin: AdminClient<DefaultClientContext> = ClientConfig::new().set("bootstrap.servers", &self.addr).create().unwrap();
        let new: Vec<NewTopic> = topics.iter().map(|(t, p)| NewTopic::new(t, *p, TopicReplication::Fixed(1))).collect();
        let res = admin.create_topics(&new, &AdminOptions::new()).await.expect("create topics");
        for r in res {
            // A client of the process under test may have had the broker auto-create it first
            // (a producer's metadata request does): setup, not the thing tested.
            if let Err((t, e)) = r {
                assert_eq!(e, rdkafka::types::RDKafkaErrorCode::TopicAlreadyExists, "creating topic {t}");
            }
        }
    }

    pub fn producer(&self) -> FutureProducer {
        ClientConfig::new().set("bootstrap.servers", &self.addr).set("linger.ms", "5").create().unwrap()
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Produce (partition, key, value) records and wait for every delivery.
pub async fn produce(p: &FutureProducer, topic: &str, records: &[(i32, String, Vec<u8>)]) {
    let futs: Vec<_> = records
        .iter()
        .map(|(part, key, value)| p.send(FutureRecord::to(topic).partition(*part).key(key.as_str()).payload(value.as_slice()), Timeout::Never))
        .collect();
    for f in futures::future::join_all(futs).await {
        f.expect("delivered");
    }
}

/// Produce one raw value (no key) and wait for its delivery, from a plain test; `extra`:
/// more client settings (TLS).
pub fn produce_blocking(addr: &str, extra: &[(&str, &str)], topic: &str, value: &[u8]) {
    use rdkafka::producer::{BaseRecord, DefaultProducerContext, ThreadedProducer, Producer};
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", addr);
    for (k, v) in extra {
        c.set(*k, *v);
    }
    let p: ThreadedProducer<DefaultProducerContext> = c.create().unwrap();
    p.send(BaseRecord::<(), [u8]>::to(topic).payload(value)).map_err(|(e, _)| e).unwrap();
    p.flush(Duration::from_secs(30)).unwrap();
}

/// A consumed record.
#[derive(Debug, Clone)]
pub struct Rec {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

impl Rec {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(self.value.as_deref().unwrap()).unwrap()
    }
    pub fn header(&self, k: &str) -> Option<String> {
        self.headers.iter().find(|(n, _)| n == k).and_then(|(_, v)| v.as_ref()).map(|v| String::from_utf8_lossy(v).into_owned())
    }
}

/// Read a topic from the beginning (no group) until `done(records)` or the timeout.
pub fn read_until(addr: &str, topic: &str, partitions: i32, timeout: Duration, done: impl Fn(&[Rec]) -> bool) -> Vec<Rec> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", addr)
        .set("group.id", format!("reader-{}", free_port()))
        .set("enable.auto.commit", "false")
        // After an outage the mock cluster can answer "offset out of range": re-read from the
        // start rather than jump to the end (callers count distinct records).
        .set("auto.offset.reset", "earliest")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition_offset(topic, p, rdkafka::Offset::Beginning).unwrap();
    }
    c.assign(&tpl).unwrap();
    let mut out = Vec::new();
    let end = Instant::now() + timeout;
    // `done` may be costly: ask it when the topic is idle, and at record counts growing by
    // half each time (100, 150, 225, ...) so that it stays cheap on big topics.
    let mut check = true;
    let mut next_check = 100usize;
    while Instant::now() < end && !(check && done(&out)) {
        check = false;
        let polled = c.poll(Duration::from_millis(100));
        if polled.is_none() || out.len() + 1 >= next_check {
            check = true;
            if out.len() + 1 >= next_check {
                next_check += next_check / 2;
            }
        }
        if let Some(Ok(m)) = polled {
            out.push(Rec {
                partition: m.partition(),
                offset: m.offset(),
                key: m.key().map(<[u8]>::to_vec),
                value: m.payload().map(<[u8]>::to_vec),
                headers: m.headers().map_or_else(Vec::new, |h| h.iter().map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec))).collect()),
            });
        }
    }
    out
}

/// Committed offsets of a group for a topic's partitions (-1: none).
pub fn committed(addr: &str, group: &str, topic: &str, partitions: i32) -> Vec<i64> {
    let c: BaseConsumer = ClientConfig::new().set("bootstrap.servers", addr).set("group.id", group).create().unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition(topic, p);
    }
    let got = c.committed_offsets(tpl, Duration::from_secs(10)).expect("committed offsets");
    (0..partitions)
        .map(|p| match got.find_partition(topic, p).map(|e| e.offset()) {
            Some(rdkafka::Offset::Offset(o)) => o,
            _ => -1,
        })
        .collect()
}

pub fn headers(pairs: &[(&str, &str)]) -> OwnedHeaders {
    pairs.iter().fold(OwnedHeaders::new(), |h, (k, v)| h.insert(Header { key: k, value: Some(*v) }))
}
