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

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn json_lines(b: &[u8]) -> Vec<serde_json::Value> {
    text(b).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}
