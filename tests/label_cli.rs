//! `radlabel label` / `eval` as a user runs them: the real binary, the real ORT runtime, a
//! tiny real model (tests/fixtures/deberta-tiny), self-written inputs.

mod common;

use common::{json_lines, radlabel, repo, text, tiny_model};

fn tiny() -> String {
    tiny_model().display().to_string()
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn labels_csv_with_ids_and_every_observation() {
    let d = tempfile::tempdir().unwrap();
    let input = write(&d, "r.csv", b"accession,findings,impression\nA-1,Heart normal.,No acute disease.\nA-2,Small left effusion.,Effusion.\n");
    let out = radlabel(&["label", &input, "--model", &tiny()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let recs = json_lines(&out.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["report_id"], "A-1");
    assert_eq!(recs[1]["report_id"], "A-2");
    assert_eq!(recs[0]["labels"].as_object().unwrap().len(), 14);
    assert_eq!(recs[0]["probabilities"].as_object().unwrap().len(), 14);
    assert_eq!(recs[0]["model"]["name"], "deberta-tiny-random");
    assert!(recs[0]["confidence"].as_f64().unwrap() > 0.0);
    assert!(text(&out.stderr).contains("labelled 2 reports, 0 failed"));
}

#[test]
fn bad_rows_are_named_and_the_rest_is_labelled() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = b"uid,findings,impression\n1,Lungs clear.,Normal.\n2,only,three,four\n3,,\n4,".to_vec();
    bytes.extend_from_slice(&[0xc3, 0x28]);
    bytes.extend_from_slice(b",x\n5,Heart enlarged.,Cardiomegaly.\n");
    let input = write(&d, "bad.csv", &bytes);
    let out = radlabel(&["label", &input, "--model", &tiny()], None);
    assert_eq!(out.status.code(), Some(3), "some rows failed");
    let ids: Vec<String> = json_lines(&out.stdout).iter().map(|r| r["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "5"]);
    let err = text(&out.stderr);
    assert!(err.contains("row 2: malformed row: 4 fields, the header has 3"), "{err}");
    assert!(err.contains("row 3 (report 3): empty report"), "{err}");
    assert!(err.contains("row 4: invalid UTF-8 in column `findings`"), "{err}");
    assert!(err.contains("labelled 2 reports, 3 failed"), "{err}");
}

#[test]
fn strict_stops_at_the_first_bad_row() {
    let d = tempfile::tempdir().unwrap();
    let input = write(&d, "s.csv", b"uid,findings,impression\n1,Lungs clear.,Normal.\n2,,\n3,Heart big.,Cardiomegaly.\n");
    let out = radlabel(&["label", &input, "--model", &tiny(), "--strict"], None);
    assert_eq!(out.status.code(), Some(3));
    let ids: Vec<String> = json_lines(&out.stdout).iter().map(|r| r["report_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["1"], "nothing after the failing row is labelled");
    assert!(text(&out.stderr).contains("--strict"));
}

#[test]
fn missing_text_column_is_a_usage_error() {
    let d = tempfile::tempdir().unwrap();
    let input = write(&d, "n.csv", b"uid,notes\n1,x\n");
    let out = radlabel(&["label", &input, "--model", &tiny()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("no report text column") && err.contains("found: uid, notes"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn jsonl_from_stdin_and_csv_output() {
    let input = b"{\"report_id\": \"J1\", \"text\": \"INDICATION: cough\\nFINDINGS: clear lungs\\nIMPRESSION: normal\"}\n\nnot json\n";
    let out = radlabel(&["label", "-", "--model", &tiny(), "--format", "csv"], Some(input));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("report_id,No Finding,Enlarged Cardiomediastinum"));
    assert!(lines[1].starts_with("J1,"));
    assert!(text(&out.stderr).contains("row 2: invalid JSON"));
}

/// Sentence reading: each sentence is one model input, and a report's label per observation
/// is the strongest of its sentences' labels read alone (positive > uncertain > negative >
/// not mentioned), No Finding by its rule.
#[test]
fn reading_by_sentences_labels_each_sentence_and_combines_by_precedence() {
    let d = tempfile::tempdir().unwrap();
    let sentences = ["Heart size is enlarged.", "Possible small left effusion.", "No pneumothorax is seen."];
    let mut csv = String::from("uid,report\nwhole,\"FINDINGS: ");
    csv.push_str(&sentences[..2].join(" "));
    csv.push_str(" IMPRESSION: ");
    csv.push_str(sentences[2]);
    csv.push_str("\"\n");
    for (i, s) in sentences.iter().enumerate() {
        csv.push_str(&format!("s{i},\"{s}\"\n"));
    }
    let input = write(&d, "r.csv", csv.as_bytes());
    let by = radlabel(&["label", &input, "--model", &tiny(), "--reading", "sentences"], None);
    assert_eq!(by.status.code(), Some(0), "{}", text(&by.stderr));
    let default = radlabel(&["label", &input, "--model", &tiny()], None);
    let whole = radlabel(&["label", &input, "--model", &tiny(), "--reading", "report"], None);
    let by = json_lines(&by.stdout);
    assert_eq!(by[0]["windows"], 3, "one input per sentence");
    assert_eq!(json_lines(&default.stdout), json_lines(&whole.stdout), "the model's own reading (config.json has none) is the whole report");
    let rank = |s: &str| ["not_mentioned", "negative", "uncertain", "positive"].iter().position(|x| *x == s).unwrap();
    let mut blocked = false;
    for (obs, got) in by[0]["labels"].as_object().unwrap() {
        if obs == "No Finding" {
            continue;
        }
        let strongest = by[1..].iter().map(|r| r["labels"][obs].as_str().unwrap()).max_by_key(|s| rank(s)).unwrap();
        assert_eq!(got, strongest, "{obs}");
        blocked |= obs != "Support Devices" && rank(strongest) >= 2;
    }
    assert_eq!(by[0]["labels"]["No Finding"], if blocked { "not_mentioned" } else { "positive" });
    let bad = radlabel(&["label", &input, "--model", &tiny(), "--reading", "paragraphs"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("possible values: report, sentences"), "{}", text(&bad.stderr));
}

#[test]
fn batched_equals_one_by_one_through_the_cli() {
    let d = tempfile::tempdir().unwrap();
    let mut csv = String::from("uid,report\n");
    for i in 0..30 {
        // Varied lengths, some longer than the tiny model's 24 tokens: windows too.
        csv.push_str(&format!("{i},\"FINDINGS: {} IMPRESSION: {}\"\n", "small effusion. ".repeat(1 + i % 7), "no pneumothorax ".repeat(1 + i % 3)));
    }
    let input = write(&d, "many.csv", csv.as_bytes());
    let batched = radlabel(&["label", &input, "--model", &tiny(), "--max-batch-tokens", "4096", "--max-batch-size", "64"], None);
    let single = radlabel(&["label", &input, "--model", &tiny(), "--max-batch-size", "1", "--chunk", "1"], None);
    assert_eq!(batched.status.code(), Some(0), "{}", text(&batched.stderr));
    let (a, b) = (json_lines(&batched.stdout), json_lines(&single.stdout));
    assert_eq!(a.len(), 30);
    assert!(a.iter().any(|r| r["windows"].as_u64().unwrap() > 1), "some reports were windowed");
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x["report_id"], y["report_id"], "input order is kept");
        assert_eq!(x["labels"], y["labels"]);
        for (obs, px) in x["probabilities"].as_object().unwrap() {
            for (class, v) in px.as_object().unwrap() {
                let w = y["probabilities"][obs][class].as_f64().unwrap();
                assert!((v.as_f64().unwrap() - w).abs() <= 2e-4, "{obs}/{class}: {v} vs {w}");
            }
        }
    }
}

#[test]
fn a_broken_model_directory_fails_at_start() {
    let d = tempfile::tempdir().unwrap();
    let input = write(&d, "r.csv", b"uid,findings\n1,clear\n");
    // Corrupted ONNX file: sha256 no longer matches the config.
    let m = d.path().join("model");
    std::fs::create_dir(&m).unwrap();
    for f in ["config.json", "tokenizer.json", "model.onnx"] {
        std::fs::copy(tiny_model().join(f), m.join(f)).unwrap();
    }
    let mut bytes = std::fs::read(m.join("model.onnx")).unwrap();
    bytes[100] ^= 0xff;
    std::fs::write(m.join("model.onnx"), bytes).unwrap();
    let out = radlabel(&["label", &input, "--model", m.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("does not match"), "{}", text(&out.stderr));
    // A graph answering [batch, 14, 3].
    let bad = common::repo().join("tests/fixtures/bad-shape");
    let out = radlabel(&["label", &input, "--model", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("expected [2, 14, 4]"), "{}", text(&out.stderr));
    // No such directory; an unknown variant.
    let out = radlabel(&["label", &input, "--model", "/nonexistent/model"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("not a directory"));
    let out = radlabel(&["label", &input, "--model", &tiny(), "--variant", "int4"], None);
    assert!(text(&out.stderr).contains("no variant `int4` (available: fp32)"), "{}", text(&out.stderr));
}

#[test]
fn eval_prints_both_tables() {
    let d = tempfile::tempdir().unwrap();
    let pred = write(&d, "p.jsonl", b"{\"report_id\":\"1\",\"labels\":{\"Cardiomegaly\":\"positive\",\"No Finding\":\"not_mentioned\"}}\n{\"report_id\":\"2\",\"labels\":{\"No Finding\":\"positive\",\"Cardiomegaly\":\"negative\"}}\n");
    let teacher = write(&d, "t.tsv", b"1\tCM+\n2\tNF+ CM-\n");
    let mesh = write(&d, "g.csv", b"uid,findings,impression,MeSH\n1,Big heart.,,Cardiomegaly/mild\n2,Normal.,,normal\n");
    let out = radlabel(&["eval", &pred, &teacher, &mesh], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(t.contains("4-class vs teacher labels: 2 reports (0 unpredicted)"), "{t}");
    assert!(t.contains("macro-F1 (pooled 4-class):          1.0000"), "{t}");
    assert!(t.contains("positive vs MeSH gold, strict (+ only): 2 reports"), "{t}");
    let out = radlabel(&["eval", "/nonexistent.jsonl", &teacher], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cuda_without_the_gpu_runtime_says_what_is_missing() {
    if common::repo().join("vendor/onnxruntime-gpu/lib").exists() {
        return; // a GPU runtime is installed here: this is about machines without one
    }
    let d = tempfile::tempdir().unwrap();
    let input = write(&d, "r.csv", b"uid,findings\n1,clear\n");
    let out = radlabel(&["label", &input, "--model", &tiny(), "--device", "cuda:0"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("ONNX Runtime library not found") && err.contains("scripts/setup.sh --gpu"), "{err}");
    let out = radlabel(&["label", &input, "--model", &tiny(), "--device", "tpu"], None);
    assert_eq!(out.status.code(), Some(2), "clap rejects an unknown device");
    assert!(text(&out.stderr).contains("expected cpu, cuda or cuda:N"));
}

#[test]
fn a_reader_that_goes_away_is_success() {
    // `radlabel label big.csv | head -1`: the closed pipe ends the run, and that is no failure.
    use std::io::BufRead;
    let cases = repo().join("tests/behaviour/cases.jsonl");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_radlabel"))
        .args(["label", cases.to_str().unwrap(), "-q", "--threads", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with('{'));
    let out = child.wait_with_output().unwrap(); // stdout dropped above: the pipe is closed
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("error"), "{}", text(&out.stderr));
}
