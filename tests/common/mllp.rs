//! An MLLP client (plain or TLS) and a `radlabel mllp` child process for the gateway tests.
#![allow(dead_code)]

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::Connector;

pub const START: u8 = 0x0B;
pub const END: &[u8] = &[0x1C, 0x0D];

pub fn framed(msg: &[u8]) -> Vec<u8> {
    let mut v = vec![START];
    v.extend_from_slice(msg);
    v.extend_from_slice(END);
    v
}

/// `radlabel mllp` on a free port; returns the process and the address it logged.
pub fn spawn_gateway(brokers: &str, env: &[(&str, &str)]) -> (Connector, String) {
    let g = Connector::spawn_cmd(&["mllp", "--listen", "127.0.0.1:0", "--brokers", brokers], env);
    let line = g.wait_for("MLLP gateway listening", Duration::from_secs(60));
    (g, addr_in(&line))
}

/// `radlabel mllp` with its Prometheus endpoint on a free port too: (process, MLLP address,
/// metrics address).
pub fn spawn_gateway_with_metrics(brokers: &str) -> (Connector, String, String) {
    let g = Connector::spawn_cmd(&["mllp", "--listen", "127.0.0.1:0", "--brokers", brokers, "--metrics-listen", "127.0.0.1:0"], &[]);
    let m = g.wait_for("metrics endpoint listening", Duration::from_secs(60));
    let line = g.wait_for("MLLP gateway listening", Duration::from_secs(60));
    (g, addr_in(&line), addr_in(&m))
}

/// The `addr=` field of a log line.
pub fn addr_in(line: &str) -> String {
    line.split_whitespace().find_map(|w| w.strip_prefix("addr=")).expect("addr= in the log line").to_string()
}

/// `GET /metrics` over a plain socket: the body.
pub fn scrape(addr: &str) -> String {
    let (code, body) = http_get(addr, "/metrics");
    assert_eq!(code, 200, "{body}");
    body
}

/// The value of one sample line (`name{labels}`), 0 when absent.
pub fn sample(body: &str, series: &str) -> f64 {
    body.lines().find_map(|l| l.strip_prefix(series).and_then(|r| r.strip_prefix(' '))).map_or(0.0, |v| v.trim().parse().unwrap())
}

pub struct Client<S> {
    pub stream: S,
    buf: Vec<u8>,
}

impl Client<TcpStream> {
    pub async fn connect(addr: &str) -> Client<TcpStream> {
        Client::new(TcpStream::connect(addr).await.expect("connect to the gateway"))
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    pub fn new(stream: S) -> Client<S> {
        Client { stream, buf: Vec::new() }
    }

    pub async fn write(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.expect("write");
    }

    /// The next ACK frame's content (segments joined by CR), or `None` if the gateway
    /// closed the connection first.
    pub async fn read_ack(&mut self, timeout: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(end) = self.buf.windows(2).position(|w| w == END) {
                let frame: Vec<u8> = self.buf.drain(..end + 2).collect();
                let start = frame.iter().position(|&b| b == START).expect("ACK frame has a start block");
                return Some(String::from_utf8_lossy(&frame[start + 1..frame.len() - 2]).into_owned());
            }
            let mut chunk = [0u8; 4096];
            match tokio::time::timeout_at(deadline, self.stream.read(&mut chunk)).await {
                Err(_) => panic!("no ACK within {timeout:?}"),
                Ok(Ok(0)) | Ok(Err(_)) => return None,
                Ok(Ok(n)) => self.buf.extend_from_slice(&chunk[..n]),
            }
        }
    }

    /// Send one message and wait for its ACK.
    pub async fn send(&mut self, msg: &[u8]) -> String {
        self.write(&framed(msg)).await;
        self.read_ack(Duration::from_secs(30)).await.expect("an ACK, not a closed connection")
    }
}

/// MSA-1 and MSA-2 of an ACK.
pub fn msa(ack: &str) -> (String, String) {
    let msa = ack.split('\r').find(|s| s.starts_with("MSA")).unwrap_or_else(|| panic!("no MSA in {ack:?}"));
    let f: Vec<&str> = msa.split('|').collect();
    (f.get(1).unwrap_or(&"").to_string(), f.get(2).unwrap_or(&"").to_string())
}

/// An OBR segment with OBR-3 (accession), OBR-7 and OBR-25 (result status) in place.
pub fn obr(set_id: u32, accession: &str, status: &str) -> String {
    let mut f = vec![String::new(); 26];
    f[0] = "OBR".into();
    f[1] = set_id.to_string();
    f[3] = accession.into();
    f[4] = "71046^XR CHEST 2 VIEWS^CPT".into();
    f[7] = "20261130071500".into();
    f[25] = status.into();
    f.join("|")
}

/// A final ORU^R01 with one order and its report in OBX lines, written for the tests.
pub fn oru(control_id: &str, accession: &str, lines: &[&str]) -> Vec<u8> {
    let mut segs = vec![
        format!("MSH|^~\\&|RIS|TESTHOSP|RADLABEL|TESTHOSP|20261130080000||ORU^R01^ORU_R01|{control_id}|P|2.5.1"),
        "PID|1||MRN-T1^^^TESTHOSP^MR".into(),
        obr(1, accession, "F"),
    ];
    for (i, l) in lines.iter().enumerate() {
        segs.push(format!("OBX|{}|TX|18782-3^Radiology Study observation^LN|{}|{l}||||||F", i + 1, i + 1));
    }
    segs.join("\r").into_bytes()
}

/// GET a path of a metrics endpoint: (status code, body).
pub fn http_get(addr: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("metrics endpoint");
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: t\r\n\r\n").as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let code = out.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (code, out.split_once("\r\n\r\n").map_or(String::new(), |(_, b)| b.to_string()))
}
