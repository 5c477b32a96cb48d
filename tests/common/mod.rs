//! Shared helpers for integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn tiny_model() -> PathBuf {
    repo().join("tests/fixtures/deberta-tiny")
}

pub fn default_model() -> PathBuf {
    repo().join("models/default")
}

/// Run the real binary.
pub fn radlabel(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_radlabel"));
    cmd.args(args).env("RADLABEL_THREADS", "1").env_remove("RADLABEL_MODEL");
    cmd.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("spawn radlabel");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            input.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().expect("radlabel runs")
}

/// The binary with extra environment (`RADLABEL_LOG` = `log`), stdin closed; its output.
pub fn radlabel_env(args: &[&str], env: &[(&str, String)], log: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_radlabel"));
    cmd.args(args).env("RADLABEL_LOG", log).env("NO_COLOR", "1").stdin(std::process::Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("radlabel runs")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn json_lines(b: &[u8]) -> Vec<serde_json::Value> {
    text(b).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

pub mod broker;
pub mod mllp;
pub mod openai;
pub mod pki;
pub mod tls_proxy;

/// A `radlabel run` child process with its log lines forwarded over a channel, so tests wait
/// for events ("partitions assigned") instead of sleeping.
pub struct Connector {
    pub child: std::process::Child,
    pub lines: std::sync::mpsc::Receiver<String>,
}

impl Connector {
    pub fn spawn(brokers: &str, group: &str, env: &[(&str, &str)]) -> Connector {
        let mut all = vec![("RADLABEL_MODEL_DIR", tiny_model().to_string_lossy().into_owned()), ("RADLABEL_MODEL_THREADS", "1".into()), ("RADLABEL_KAFKA_SESSION_TIMEOUT_MS", "6000".into())];
        all.extend(env.iter().map(|(k, v)| (*k, v.to_string())));
        let all: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
        Connector::spawn_cmd(&["run", "--brokers", brokers, "--group", group], &all)
    }

    /// Any radlabel subcommand as a long-running child, log lines forwarded.
    pub fn spawn_cmd(args: &[&str], env: &[(&str, &str)]) -> Connector {
        use std::io::BufRead;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_radlabel"));
        cmd.args(args)
            .env("RADLABEL_LOG", "info")
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn radlabel run");
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if std::env::var_os("RADLABEL_TEST_ECHO").is_some() {
                    eprintln!("[child] {line}");
                }
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Connector { child, lines }
    }

    /// Wait for a log line containing `needle`; panics with the lines seen on timeout.
    pub fn wait_for(&self, needle: &str, timeout: std::time::Duration) -> String {
        let end = std::time::Instant::now() + timeout;
        let mut seen = Vec::new();
        while let Some(left) = end.checked_duration_since(std::time::Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return l,
                Ok(l) => seen.push(l),
                Err(_) => break,
            }
        }
        panic!("no log line with {needle:?} within {timeout:?}; saw:\n{}", seen.join("\n"));
    }

    pub fn signal(&self, sig: &str) {
        let ok = Command::new("kill").args([sig, &self.child.id().to_string()]).status().unwrap().success();
        assert!(ok, "kill {sig}");
    }

    /// SIGTERM; every log line up to the exit appended to `log`; the exit code.
    pub fn terminate_keeping(mut self, log: &mut Vec<String>) -> Option<i32> {
        self.signal("-TERM");
        let code = self.child.wait().unwrap().code();
        // The forwarding thread ends at EOF, closing the channel.
        while let Ok(l) = self.lines.recv_timeout(std::time::Duration::from_secs(10)) {
            log.push(l);
        }
        code
    }

    /// SIGTERM, then the exit code.
    pub fn terminate(mut self) -> Option<i32> {
        self.signal("-TERM");
        self.child.wait().unwrap().code()
    }
}

impl Drop for Connector {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
