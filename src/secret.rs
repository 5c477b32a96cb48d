//! Secrets (SASL password, key passphrase, OAuth client secret, registry credentials): read
//! from an environment variable or a file, never from the command line or the TOML file, and
//! kept out of every place text leaves the process.
//!
//! Two layers. A [`Secret`] prints as `[redacted]` (Debug and Display), so a config dump, an
//! error built with `{:?}` or a tracing field cannot show it. And every secret value read is
//! registered here, so the last-resort filters — the log writer, librdkafka's log callback,
//! the exit-error path, dead-letter reasons — can blank an occurrence that slipped through
//! some library's own message (librdkafka's debug contexts are not ours to audit).

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};

/// A secret value. Deliberately neither `Serialize` nor `Display`-transparent.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps and registers the value for scrubbing.
    pub fn new(value: impl Into<String>) -> Secret {
        let value = value.into();
        register(&value);
        Secret(value)
    }

    /// The value, for the one call that hands it to a client library.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Why a secret could not be read; names the key or variable, never the value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SecretError {
    #[error("{file_key} = {path}: {msg}")]
    File { file_key: String, path: String, msg: String },
    #[error("both {var} and {file_key} are set; keep one")]
    Both { var: String, file_key: String },
}

/// The secret from environment variable `var` or the file named by config key `file_key`
/// (its content, trailing newline trimmed, as Kubernetes secret mounts write it). Neither
/// set: `None`. Both set is refused rather than guessing which one the operator meant.
pub fn resolve(var: &str, file_key: &str, file: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Option<Secret>, SecretError> {
    let from_env = env(var).filter(|v| !v.is_empty());
    let file = file.trim();
    match (from_env, file.is_empty()) {
        (Some(_), false) => Err(SecretError::Both { var: var.into(), file_key: file_key.into() }),
        (Some(v), true) => Ok(Some(Secret::new(v))),
        (None, true) => Ok(None),
        (None, false) => {
            let text = std::fs::read_to_string(file).map_err(|e| SecretError::File { file_key: file_key.into(), path: file.into(), msg: e.to_string() })?;
            let v = text.trim_end_matches(['\r', '\n']);
            if v.is_empty() {
                return Err(SecretError::File { file_key: file_key.into(), path: file.into(), msg: "the file is empty".into() });
            }
            Ok(Some(Secret::new(v)))
        }
    }
}

/// Values shorter than this are not scrubbed: blanking every "a" in the logs would hide more
/// than it protects, and no credential policy allows them.
const MIN_SCRUB_LEN: usize = 4;

fn registry() -> &'static Mutex<Vec<String>> {
    static R: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(Vec::new()))
}

/// Registers a value derived from secrets (an encoded Authorization header, say) for scrubbing.
pub fn register(value: &str) {
    if value.len() < MIN_SCRUB_LEN {
        return;
    }
    let mut r = registry().lock().unwrap_or_else(|p| p.into_inner());
    if !r.iter().any(|v| v == value) {
        r.push(value.to_string());
        // Longest first, so a secret that contains another is blanked whole.
        r.sort_by_key(|v| std::cmp::Reverse(v.len()));
    }
}

/// `text` with every registered secret replaced by `[redacted]`.
pub fn scrub(text: &str) -> Cow<'_, str> {
    let r = registry().lock().unwrap_or_else(|p| p.into_inner());
    if !r.iter().any(|v| text.contains(v.as_str())) {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for v in r.iter() {
        out = out.replace(v.as_str(), "[redacted]");
    }
    Cow::Owned(out)
}

/// A `tracing_subscriber` writer that scrubs each formatted line before it reaches stderr.
pub struct ScrubbingWriter;

impl std::io::Write for ScrubbingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(scrub(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_formats_and_is_scrubbed_from_text() {
        let s = Secret::new("pa55-Unit-Test-Value");
        assert_eq!(format!("{s} {s:?}"), "[redacted] [redacted]");
        assert_eq!(scrub("auth failed for pa55-Unit-Test-Value!"), "auth failed for [redacted]!");
        assert!(matches!(scrub("nothing here"), Cow::Borrowed(_)));
    }

    #[test]
    fn env_or_file_never_both() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pw");
        std::fs::write(&f, "from-file-secret\n").unwrap();
        let none = |_: &str| None;
        let some = |_: &str| Some("from-env-secret".to_string());
        let path = f.to_str().unwrap();
        assert_eq!(resolve("V", "k.file", path, &none).unwrap().unwrap().expose(), "from-file-secret");
        assert_eq!(resolve("V", "k.file", "", &some).unwrap().unwrap().expose(), "from-env-secret");
        assert!(resolve("V", "k.file", "", &none).unwrap().is_none());
        assert!(matches!(resolve("V", "k.file", path, &some), Err(SecretError::Both { .. })));
        let e = resolve("V", "k.file", "/nonexistent/pw", &none).unwrap_err();
        assert!(e.to_string().starts_with("k.file = /nonexistent/pw"), "{e}");
        std::fs::write(&f, "\n").unwrap();
        assert!(resolve("V", "k.file", path, &none).is_err(), "an empty secret file is an error");
    }
}
