//! The DeBERTa path end to end: a random tiny DeBERTa-v2 with a Unigram tokenizer, exported
//! by the training code (training/radlabel_train/tiny_deberta.py), must give through the
//! Rust tokenizer + ORT path exactly the windows and (to 1e-4) the probabilities that
//! Python tokenizers + onnxruntime gave.

mod common;

use radlabel::model::onnx::{Device, OnnxBackend};
use radlabel::model::tokenize::Encoder;
use radlabel::model::{Backend, ModelDir, Reading};

fn load() -> (ModelDir, Encoder, OnnxBackend, serde_json::Value) {
    let dir = common::tiny_model();
    let model = ModelDir::open(&dir, None).expect("fixture model validates");
    let enc = Encoder::from_file(&model.tokenizer_path, model.config.max_length, model.config.window_overlap, Reading::Report).unwrap();
    let backend = OnnxBackend::new(&model, Device::Cpu, 1, None).expect("ORT runtime (run scripts/setup.sh)");
    let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    (model, enc, backend, expected)
}

fn max_diff(got: &[[f32; 4]; 14], want: &serde_json::Value) -> f32 {
    let mut d = 0f32;
    for k in 0..14 {
        for c in 0..4 {
            d = d.max((got[k][c] - want[k][c].as_f64().unwrap() as f32).abs());
        }
    }
    d
}

#[test]
fn windows_and_probabilities_match_python_onnxruntime() {
    let (_, enc, mut backend, expected) = load();
    let mut all_windows = Vec::new();
    let mut all_expected = Vec::new();
    for probe in expected.as_array().unwrap() {
        let windows = enc.windows(probe["text"].as_str().unwrap()).unwrap();
        let want: Vec<Vec<u32>> = serde_json::from_value(probe["windows"].clone()).unwrap();
        assert_eq!(windows, want, "token windows equal the Python tokenizer's");
        for (w, p) in windows.iter().zip(probe["probabilities"].as_array().unwrap()) {
            let got = backend.predict(&[w.as_slice()]).unwrap();
            let d = max_diff(&got[0], p);
            assert!(d <= 1e-4, "one-by-one differs from Python ORT by {d}");
            all_windows.push(w.clone());
            all_expected.push(p.clone());
        }
    }
    assert!(all_windows.len() > 3, "the long probe was split into windows");
    // The same windows in one padded batch: padding must not change any result.
    let refs: Vec<&[u32]> = all_windows.iter().map(Vec::as_slice).collect();
    let batched = backend.predict(&refs).unwrap();
    for (got, want) in batched.iter().zip(&all_expected) {
        let d = max_diff(got, want);
        assert!(d <= 1e-4, "batched differs from Python ORT by {d}");
    }
}

#[test]
fn long_reports_are_windowed_with_overlap_not_truncated() {
    let (model, enc, _, _) = load();
    let text = "small left effusion. ".repeat(30);
    let windows = enc.windows(&text).unwrap();
    assert!(windows.len() > 2);
    let max = model.config.max_length;
    let overlap = model.config.window_overlap;
    assert!(windows.iter().all(|w| w.len() <= max), "no window exceeds the max length");
    // Strip [CLS]/[SEP]; consecutive windows share `overlap` tokens.
    let body: Vec<&[u32]> = windows.iter().map(|w| &w[1..w.len() - 1]).collect();
    for pair in body.windows(2) {
        assert_eq!(&pair[0][pair[0].len() - overlap..], &pair[1][..overlap]);
    }
    let all = enc.windows(&text).unwrap().iter().map(|w| w.len() - 2).sum::<usize>();
    let untruncated = Encoder::from_file(&model.tokenizer_path, 100_000, 0, Reading::Report).unwrap().windows(&text).unwrap()[0].len() - 2;
    assert_eq!(all - overlap * (windows.len() - 1), untruncated, "every token is in some window");
}
