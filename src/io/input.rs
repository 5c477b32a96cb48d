//! Reading reports from CSV or JSON lines, row by row, so one bad row is reported with its
//! number and the rest still get labelled.

use std::io::{BufRead, BufReader, Read};

use serde_json::Value;

use crate::core::report::{Report, ReportBody};
use crate::error::Outcome;

/// Input file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

impl InputFormat {
    /// From a file name's extension; `None` when it says nothing.
    pub fn from_path(path: &str) -> Option<InputFormat> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            Some(InputFormat::Csv)
        } else if [".jsonl", ".ndjson", ".json"].iter().any(|e| lower.ends_with(e)) {
            Some(InputFormat::Jsonl)
        } else {
            None
        }
    }

    /// From content: JSON lines start with `{`.
    pub fn sniff(first_bytes: &[u8]) -> InputFormat {
        match first_bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => InputFormat::Jsonl,
            _ => InputFormat::Csv,
        }
    }
}

/// The whole input is unusable (wrong columns, unreadable): nothing can be labelled.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read input: {0}")]
    Io(#[from] std::io::Error),
    #[error("CSV header: {0}")]
    Header(String),
    #[error("CSV input has no report text column: expected `findings` and/or `impression`, or `report` or `text` (found: {found})")]
    MissingColumn { found: String },
}

impl InputError {
    pub fn outcome(&self) -> Outcome {
        Outcome::Fatal
    }
}

/// One row that cannot be labelled; the others still are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("row {row}: {reason}")]
pub struct RowError {
    /// 1-based data row (the CSV header is not a row).
    pub row: usize,
    pub reason: String,
}

impl RowError {
    pub fn outcome(&self) -> Outcome {
        Outcome::DeadLetter
    }
}

const ID_COLUMNS: [&str; 5] = ["uid", "report_id", "id", "accession", "accession_number"];

/// Where the text of a CSV row comes from.
enum TextColumns {
    Sections { findings: Option<usize>, impression: Option<usize> },
    Whole(usize),
}

/// Rows of a CSV file.
pub struct CsvRows<R: Read> {
    reader: csv::Reader<R>,
    record: csv::ByteRecord,
    text: TextColumns,
    id: Option<usize>,
    width: usize,
    row: usize,
}

impl<R: Read> CsvRows<R> {
    pub fn new(input: R, delimiter: u8) -> Result<Self, InputError> {
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(input);
        let headers = reader.byte_headers().map_err(|e| InputError::Header(e.to_string()))?.clone();
        let names: Vec<String> = headers.iter().map(|h| String::from_utf8_lossy(h).trim().trim_start_matches('\u{feff}').to_ascii_lowercase()).collect();
        let col = |n: &str| names.iter().position(|h| h == n);
        let text = match (col("findings"), col("impression"), col("report").or_else(|| col("text"))) {
            (None, None, Some(w)) => TextColumns::Whole(w),
            (None, None, None) => return Err(InputError::MissingColumn { found: names.join(", ") }),
            (f, i, _) => TextColumns::Sections { findings: f, impression: i },
        };
        let id = ID_COLUMNS.iter().find_map(|n| col(n));
        Ok(CsvRows { reader, record: csv::ByteRecord::new(), text, id, width: names.len(), row: 0 })
    }

    fn field(&self, i: Option<usize>, name: &str) -> Result<String, String> {
        match i.and_then(|i| self.record.get(i)) {
            None => Ok(String::new()),
            Some(b) => std::str::from_utf8(b)
                .map(str::to_string)
                .map_err(|e| format!("invalid UTF-8 in column `{name}` at byte {}", e.valid_up_to())),
        }
    }

    fn parse_record(&self) -> Result<Report, String> {
        if self.record.len() != self.width {
            return Err(format!("malformed row: {} fields, the header has {}", self.record.len(), self.width));
        }
        let id = self.field(self.id, "id")?.trim().to_string();
        let id = if id.is_empty() { self.row.to_string() } else { id };
        let body = match self.text {
            TextColumns::Whole(w) => ReportBody::Whole(self.field(Some(w), "report")?),
            TextColumns::Sections { findings, impression } => ReportBody::Sections {
                findings: self.field(findings, "findings")?,
                impression: self.field(impression, "impression")?,
            },
        };
        Ok(Report { id, body })
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Result<Report, RowError>, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut record = std::mem::take(&mut self.record);
        let read = self.reader.read_byte_record(&mut record);
        self.record = record;
        self.row += 1;
        match read {
            Ok(false) => None,
            Ok(true) => Some(Ok(self.parse_record().map_err(|reason| RowError { row: self.row, reason }))),
            Err(e) => match e.kind() {
                csv::ErrorKind::Io(_) => Some(Err(InputError::Io(std::io::Error::other(e.to_string())))),
                _ => Some(Ok(Err(RowError { row: self.row, reason: format!("malformed CSV: {e}") }))),
            },
        }
    }
}

/// Rows of a JSON lines file. Blank lines are skipped and not counted.
pub struct JsonlRows<R: Read> {
    reader: BufReader<R>,
    buf: Vec<u8>,
    row: usize,
}

impl<R: Read> JsonlRows<R> {
    pub fn new(input: R) -> Self {
        JsonlRows { reader: BufReader::new(input), buf: Vec::new(), row: 0 }
    }
}

fn text_of(v: Option<&Value>, name: &str) -> Result<String, String> {
    match v {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!("field `{name}` must be a string, got {}", kind(other))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One JSON object as a report; `row` gives the fallback id.
pub fn report_from_json(v: &Value, row: usize) -> Result<Report, String> {
    let obj = v.as_object().ok_or_else(|| format!("expected a JSON object, got {}", kind(v)))?;
    let id = ID_COLUMNS
        .iter()
        .find_map(|k| match obj.get(*k) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| row.to_string());
    let body = if obj.contains_key("findings") || obj.contains_key("impression") {
        ReportBody::Sections {
            findings: text_of(obj.get("findings"), "findings")?,
            impression: text_of(obj.get("impression"), "impression")?,
        }
    } else if let Some(key) = ["text", "report"].into_iter().find(|k| obj.contains_key(*k)) {
        ReportBody::Whole(text_of(obj.get(key), key)?)
    } else {
        return Err("no report text: expected `text` or `report`, or `findings`/`impression`".into());
    };
    Ok(Report { id, body })
}

impl<R: Read> Iterator for JsonlRows<R> {
    type Item = Result<Result<Report, RowError>, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Err(e) => return Some(Err(InputError::Io(e))),
                Ok(0) => return None,
                Ok(_) => {}
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            self.row += 1;
            let row = self.row;
            let parsed = std::str::from_utf8(&self.buf)
                .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))
                .and_then(|s| serde_json::from_str::<Value>(s).map_err(|e| format!("invalid JSON: {e}")))
                .and_then(|v| report_from_json(&v, row));
            return Some(Ok(parsed.map_err(|reason| RowError { row, reason })));
        }
    }
}

/// Any reader of report rows.
pub type Rows = Box<dyn Iterator<Item = Result<Result<Report, RowError>, InputError>> + Send>;

/// Open `path` (`-` for stdin) as rows of the given or detected format.
pub fn open(path: &str, format: Option<InputFormat>) -> Result<Rows, InputError> {
    let mut input: Box<dyn BufRead + Send> = if path == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        Box::new(BufReader::new(std::fs::File::open(path).map_err(|e| {
            InputError::Io(std::io::Error::new(e.kind(), format!("{path}: {e}")))
        })?))
    };
    let format = match format.or_else(|| InputFormat::from_path(path)) {
        Some(f) => f,
        None => InputFormat::sniff(input.fill_buf()?),
    };
    let tsv = path.to_ascii_lowercase().ends_with(".tsv");
    Ok(match format {
        InputFormat::Csv => Box::new(CsvRows::new(input, if tsv { b'\t' } else { b',' })?),
        InputFormat::Jsonl => Box::new(JsonlRows::new(input)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows<I: Iterator<Item = Result<Result<Report, RowError>, InputError>>>(it: I) -> Vec<Result<Report, RowError>> {
        it.map(|r| r.unwrap()).collect()
    }

    #[test]
    fn csv_with_sections_and_id_column() {
        let data = "accession,findings,impression\nA1,Heart normal.,No acute disease.\n,Lungs clear.,\n";
        let r = rows(CsvRows::new(data.as_bytes(), b',').unwrap());
        assert_eq!(r[0].as_ref().unwrap().id, "A1");
        assert_eq!(r[1].as_ref().unwrap().id, "2", "row number when the id is blank");
        assert_eq!(
            r[1].as_ref().unwrap().body,
            ReportBody::Sections { findings: "Lungs clear.".into(), impression: "".into() }
        );
    }

    #[test]
    fn csv_whole_report_column_and_missing_column() {
        let r = rows(CsvRows::new("id,report\n7,\"FINDINGS: clear\nIMPRESSION: ok\"\n".as_bytes(), b',').unwrap());
        assert_eq!(r[0].as_ref().unwrap().body, ReportBody::Whole("FINDINGS: clear\nIMPRESSION: ok".into()));
        let e = CsvRows::new("id,notes\n1,x\n".as_bytes(), b',').err().unwrap();
        assert!(e.to_string().contains("found: id, notes"), "{e}");
    }

    #[test]
    fn csv_bad_rows_are_named_and_reading_goes_on() {
        let mut data = b"uid,findings,impression\n1,a,b\n2,too,many,fields\n3,".to_vec();
        data.extend_from_slice(&[0xff, 0xfe]);
        data.extend_from_slice(b",x\n4,fine,fine\n");
        let r = rows(CsvRows::new(&data[..], b',').unwrap());
        assert_eq!(r.len(), 4);
        assert!(r[0].is_ok() && r[3].is_ok());
        let e1 = r[1].as_ref().unwrap_err();
        assert_eq!(e1.row, 2);
        assert!(e1.reason.contains("4 fields, the header has 3"), "{}", e1.reason);
        let e2 = r[2].as_ref().unwrap_err();
        assert_eq!(e2.to_string(), "row 3: invalid UTF-8 in column `findings` at byte 0");
    }

    #[test]
    fn jsonl_rows_and_errors() {
        let mut data = br#"{"report_id": "r1", "text": "No effusion."}

{"uid": 5, "findings": "Heart enlarged.", "impression": null}
not json
{"id": "x", "notes": "?"}
["array"]
"#
        .to_vec();
        data.extend_from_slice(b"{\"text\": \"\xff\"}\n");
        let r = rows(JsonlRows::new(&data[..]));
        assert_eq!(r.len(), 6);
        assert_eq!(r[0].as_ref().unwrap().id, "r1");
        assert_eq!(r[1].as_ref().unwrap().id, "5");
        assert!(r[2].as_ref().unwrap_err().reason.starts_with("invalid JSON"));
        assert_eq!(r[2].as_ref().unwrap_err().row, 3, "blank lines are not rows");
        assert!(r[3].as_ref().unwrap_err().reason.starts_with("no report text"));
        assert!(r[4].as_ref().unwrap_err().reason.contains("an array"));
        assert!(r[5].as_ref().unwrap_err().reason.starts_with("invalid UTF-8"));
    }

    #[test]
    fn format_detection() {
        assert_eq!(InputFormat::from_path("a.CSV"), Some(InputFormat::Csv));
        assert_eq!(InputFormat::from_path("a.jsonl"), Some(InputFormat::Jsonl));
        assert_eq!(InputFormat::from_path("-"), None);
        assert_eq!(InputFormat::sniff(b"  {\"a\":1}"), InputFormat::Jsonl);
        assert_eq!(InputFormat::sniff(b"uid,findings"), InputFormat::Csv);
    }
}
