//! A scripted OpenAI-compatible chat-completions server on loopback, for the teacher worker's
//! protocol cases. The report text names its script with a marker (`case:fence`, `case:429`,
//! ...); attempts are counted per marker, so "fail once, then answer" can be scripted. Every
//! request body and Authorization header is kept for the test to inspect.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
pub struct Seen {
    /// (Authorization header, request body) per request.
    pub requests: Vec<(Option<String>, String)>,
    pub attempts: HashMap<String, u32>,
}

pub struct OpenAi {
    pub url: String,
    pub seen: Arc<Mutex<Seen>>,
}

/// A valid answer: cardiomegaly positive, effusion uncertain, the rest not mentioned; No
/// Finding as `nf` says (the worker recomputes it).
pub fn answer(nf: &str) -> String {
    let mut m = serde_json::Map::new();
    for n in ["No Finding", "Enlarged Cardiomediastinum", "Cardiomegaly", "Lung Opacity", "Lung Lesion", "Edema", "Consolidation", "Pneumonia", "Atelectasis", "Pneumothorax", "Pleural Effusion", "Pleural Other", "Fracture", "Support Devices"] {
        m.insert(n.into(), "not_mentioned".into());
    }
    m.insert("No Finding".into(), nf.into());
    m.insert("Cardiomegaly".into(), "positive".into());
    m.insert("Pleural Effusion".into(), "uncertain".into());
    serde_json::Value::Object(m).to_string()
}

/// Status, extra headers, body.
type Reply = (u16, Vec<(String, String)>, String);

fn completion(content: &str) -> Reply {
    let body = serde_json::json!({"model": "scripted-teacher", "choices": [{"message": {"role": "assistant", "content": content}}], "usage": {"prompt_tokens": 1000, "completion_tokens": 150}});
    (200, vec![], body.to_string())
}

/// What the script answers for `marker` at its `n`-th attempt (1-based).
fn script(marker: &str, n: u32) -> (Option<Duration>, Reply) {
    let ok = completion(&answer("not_mentioned"));
    match (marker, n) {
        ("fence", _) => (None, completion(&format!("```json\n{}\n```", answer("not_mentioned")))),
        ("prose", _) => (None, completion(&format!("Sure! Here are the labels you asked for:\n{}\nLet me know if anything else is needed.", answer("positive")))),
        ("malformed", 1) => (None, completion("{\"Cardiomegaly\": positive,")),
        ("wrongkeys", _) => (None, completion(&answer("not_mentioned").replace("Cardiomegaly", "Heart Size"))),
        ("429", 1) => (None, (429, vec![("Retry-After".into(), "1".into())], "{\"error\":\"slow down\"}".into())),
        ("500", 1) => (None, (500, vec![], "{\"error\":\"overloaded\"}".into())),
        ("slow", 1) => (Some(Duration::from_millis(2500)), ok),
        ("bench", _) => (Some(Duration::from_millis(100)), ok),
        ("toolong", _) => (None, (400, vec![], "{\"error\":\"the request exceeds the available context size\"}".into())),
        _ => (None, ok),
    }
}

impl OpenAi {
    pub fn start() -> OpenAi {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/v1", l.local_addr().unwrap());
        let seen: Arc<Mutex<Seen>> = Arc::default();
        let s = seen.clone();
        std::thread::spawn(move || {
            for conn in l.incoming().map_while(Result::ok) {
                let s = s.clone();
                std::thread::spawn(move || {
                    let mut r = BufReader::new(conn.try_clone().unwrap());
                    let (mut len, mut auth) = (0usize, None);
                    let mut line = String::new();
                    r.read_line(&mut line).unwrap_or(0);
                    loop {
                        line.clear();
                        if r.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                            break;
                        }
                        let lower = line.to_ascii_lowercase();
                        if let Some(v) = lower.strip_prefix("content-length:") {
                            len = v.trim().parse().unwrap_or(0);
                        }
                        if lower.starts_with("authorization:") {
                            auth = Some(line[14..].trim().to_string());
                        }
                    }
                    let mut body = vec![0; len];
                    if r.read_exact(&mut body).is_err() {
                        return;
                    }
                    let body = String::from_utf8_lossy(&body).into_owned();
                    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                    let report = v["messages"].as_array().and_then(|m| m.last()).and_then(|m| m["content"].as_str()).unwrap_or("").to_string();
                    let marker = report.split("case:").nth(1).map(|m| m.split_whitespace().next().unwrap_or("").trim_end_matches('.').to_string()).unwrap_or_default();
                    let n = {
                        let mut g = s.lock().unwrap();
                        g.requests.push((auth, body));
                        let n = g.attempts.entry(marker.clone()).or_insert(0);
                        *n += 1;
                        *n
                    };
                    let (delay, (status, headers, text)) = script(&marker, n);
                    if let Some(d) = delay {
                        std::thread::sleep(d);
                    }
                    let mut w = conn;
                    let mut head = format!("HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n", text.len());
                    for (k, v) in headers {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    let _ = w.write_all(format!("{head}\r\n{text}").as_bytes());
                });
            }
        });
        OpenAi { url, seen }
    }

    pub fn attempts(&self, marker: &str) -> u32 {
        self.seen.lock().unwrap().attempts.get(marker).copied().unwrap_or(0)
    }
}
