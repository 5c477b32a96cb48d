//! A scripted Schema Registry on a real loopback socket, for unit tests: registration under
//! subjects (same schema, same id), reads by id, a subject that refuses as incompatible (409),
//! one that rejects the schema (422), and an outage of the first `down` requests (503).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Default)]
pub(crate) struct State {
    pub schemas: Vec<String>,
    pub subjects: HashMap<String, Vec<u32>>,
    pub down: usize,
    pub requests: usize,
}

/// Start it; the base URL and its state (to script outages and to inspect what was registered).
pub(crate) async fn start(down: usize) -> (String, Arc<Mutex<State>>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let state = Arc::new(Mutex::new(State { down, ..State::default() }));
    let st = state.clone();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = l.accept().await.unwrap();
            let mut buf = Vec::new();
            let mut chunk = [0u8; 8192];
            // Read the head, then the body by Content-Length.
            loop {
                let n = s.read(&mut chunk).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length: ").map(|v| v.trim().parse::<usize>().unwrap())).unwrap_or(0);
                    if body.len() >= len {
                        break;
                    }
                }
            }
            let text = String::from_utf8_lossy(&buf).to_string();
            let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
            let line = head.lines().next().unwrap_or("").to_string();
            let (code, answer) = answer(&st, &line, body);
            let resp = format!("HTTP/1.1 {code} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}", answer.len());
            let _ = s.write_all(resp.as_bytes()).await;
        }
    });
    (url, state)
}

fn answer(st: &Mutex<State>, line: &str, body: &str) -> (u16, String) {
    let mut st = st.lock().unwrap();
    st.requests += 1;
    if st.down > 0 {
        st.down -= 1;
        return (503, r#"{"error_code":50302,"message":"scripted outage"}"#.into());
    }
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if let (true, Some(rest)) = (method == "POST", path.strip_prefix("/subjects/")) {
        let subject = rest.trim_end_matches("/versions").to_string();
        if subject.starts_with("incompatible") {
            return (409, r#"{"error_code":409,"message":"Schema being registered is incompatible with an earlier schema"}"#.into());
        }
        if subject.starts_with("invalid") {
            return (422, r#"{"error_code":42201,"message":"Invalid schema"}"#.into());
        }
        let schema = serde_json::from_str::<serde_json::Value>(body).unwrap()["schema"].as_str().unwrap().to_string();
        let id = match st.schemas.iter().position(|s| *s == schema) {
            Some(i) => i as u32 + 1,
            None => {
                st.schemas.push(schema);
                st.schemas.len() as u32
            }
        };
        st.subjects.entry(subject).or_default().push(id);
        return (200, format!(r#"{{"id":{id}}}"#));
    }
    if let (true, Some(id)) = (method == "GET", path.strip_prefix("/schemas/ids/")) {
        let id: usize = id.split('?').next().unwrap().parse().unwrap_or(0);
        return match st.schemas.get(id.wrapping_sub(1)) {
            Some(s) => (200, serde_json::json!({ "schema": s }).to_string()),
            None => (404, r#"{"error_code":40403,"message":"Schema not found"}"#.into()),
        };
    }
    (404, r#"{"error_code":404,"message":"no such route"}"#.into())
}
