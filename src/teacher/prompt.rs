//! The teacher's prompt and the JSON shape it must answer in. The system prompt and the worked
//! examples are identical for every request, so a server that caches the prompt prefix
//! (llama.cpp, vLLM) reads them once. Any change to them is a new [`PROMPT_VERSION`]: the version
//! travels with every label, so labels of different prompts can be told apart.

use serde_json::{json, Map, Value};

use crate::config::ResponseFormat;
use crate::core::labels::NAMES;

pub const PROMPT_VERSION: &str = "radlabel-guideline-v1";

/// The guideline (`../shared/data/openi/GUIDELINE.md`) in the teacher's words.
const SYSTEM: &str = "You label chest X-ray reports. For each of 14 observations answer exactly one value:
- \"positive\": the report says it is present now (any severity; also stable, unchanged, chronic, healed, old).
- \"negative\": the report says it is absent or resolved (no, without, negative for, free of, resolved, normal heart size).
- \"uncertain\": the report hedges (possible, may represent, cannot exclude, questionable, suspicious for, concerning for, likely, probable, suggestive of, versus, borderline, differential includes).
- \"not_mentioned\": the report says nothing about it.
Read only the findings and impression. Placeholders like [NAME], [DATE] or XXXX are removed words.
Observations:
- Enlarged Cardiomediastinum: widened or enlarged mediastinum or cardiomediastinal silhouette; normal mediastinal contours are negative. Hilar enlargement alone or a tortuous aorta is not.
- Cardiomegaly: enlarged heart or cardiac silhouette; normal heart size is negative; borderline or upper limits of normal is uncertain.
- Lung Opacity: opacity, infiltrate, airspace disease, interstitial markings, reticulation, parenchymal scarring or fibrosis; clear lungs are negative. Not pleural scarring.
- Lung Lesion: nodule, mass, tumor, cavitary lesion, neoplasm, metastases in the lung. Calcified granulomas and calcified nodules do not count.
- Edema: pulmonary or interstitial edema, vascular congestion, cephalization, heart failure pattern; prominent vascularity is uncertain.
- Consolidation: consolidation or consolidative opacity.
- Pneumonia: pneumonia, infection, infectious process; an opacity that may represent pneumonia is uncertain pneumonia and positive lung opacity.
- Atelectasis: atelectasis, collapse, plate-like or subsegmental atelectasis; atelectasis versus scarring is uncertain.
- Pneumothorax: pneumothorax or hydropneumothorax.
- Pleural Effusion: pleural effusion or fluid, hydropneumothorax; not pericardial effusion; an unexplained blunted costophrenic angle is uncertain.
- Pleural Other: pleural thickening, pleural scarring or plaque, pleural-parenchymal scarring.
- Fracture: any fracture, acute or healed; a compression deformity without the word fracture is uncertain.
- Support Devices: tubes, lines, catheters, ports, pacemakers and leads, sternotomy wires, chest clips, stents, valves, drains, hardware; a removed device is negative.
- No Finding: positive only when none of the 12 observations from Enlarged Cardiomediastinum to Fracture is positive or uncertain, otherwise not_mentioned; never negative or uncertain. Devices do not block it.
When an observation is mentioned several times, positive beats uncertain and uncertain beats negative.
Answer with one JSON object whose keys are the 14 observation names and whose values are the four words above. No other text.";

/// Worked examples (self-written), sent before every report.
const EXAMPLES: [(&str, &str); 2] = [
    (
        "FINDINGS: Heart size is normal. No pleural effusion or pneumothorax. Possible small left basilar opacity. IMPRESSION: Left basilar opacity, may represent atelectasis or early pneumonia. Right PICC in the SVC.",
        r#"{"No Finding":"not_mentioned","Enlarged Cardiomediastinum":"not_mentioned","Cardiomegaly":"negative","Lung Opacity":"positive","Lung Lesion":"not_mentioned","Edema":"not_mentioned","Consolidation":"not_mentioned","Pneumonia":"uncertain","Atelectasis":"uncertain","Pneumothorax":"negative","Pleural Effusion":"negative","Pleural Other":"not_mentioned","Fracture":"not_mentioned","Support Devices":"positive"}"#,
    ),
    (
        "FINDINGS: The lungs are clear. Cardiomediastinal silhouette within normal limits. Calcified granuloma in the right upper lobe. Old healed right rib fracture. IMPRESSION: No acute disease.",
        r#"{"No Finding":"not_mentioned","Enlarged Cardiomediastinum":"negative","Cardiomegaly":"negative","Lung Opacity":"negative","Lung Lesion":"not_mentioned","Edema":"not_mentioned","Consolidation":"not_mentioned","Pneumonia":"not_mentioned","Atelectasis":"not_mentioned","Pneumothorax":"not_mentioned","Pleural Effusion":"not_mentioned","Pleural Other":"not_mentioned","Fracture":"positive","Support Devices":"not_mentioned"}"#,
    ),
];

/// The JSON schema of an answer: every observation required, each one of the four values.
pub fn answer_schema() -> Value {
    let mut props = Map::new();
    for n in NAMES {
        props.insert(n.to_string(), json!({"type": "string", "enum": ["positive", "negative", "uncertain", "not_mentioned"]}));
    }
    json!({"type": "object", "properties": props, "required": NAMES, "additionalProperties": false})
}

/// The chat-completions request body for one (redacted) report.
pub fn request(model: &str, report: &str, format: ResponseFormat, max_tokens: u32) -> Value {
    let mut messages = vec![json!({"role": "system", "content": SYSTEM})];
    for (q, a) in EXAMPLES {
        messages.push(json!({"role": "user", "content": q}));
        messages.push(json!({"role": "assistant", "content": a}));
    }
    messages.push(json!({"role": "user", "content": report}));
    let mut body = json!({"model": model, "messages": messages, "temperature": 0, "max_tokens": max_tokens, "stream": false});
    match format {
        ResponseFormat::JsonSchema => {
            body["response_format"] = json!({"type": "json_schema", "json_schema": {"name": "chexpert_labels", "strict": true, "schema": answer_schema()}});
        }
        ResponseFormat::JsonObject => body["response_format"] = json!({"type": "json_object"}),
        ResponseFormat::None => {}
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_are_valid_answers_and_the_prefix_is_fixed() {
        for (_, a) in EXAMPLES {
            let parsed = crate::teacher::answer::parse(a).expect("example answers parse");
            assert!(!parsed.no_finding_disagreed);
        }
        let a = request("m", "report one", ResponseFormat::JsonSchema, 100);
        let b = request("m", "report two", ResponseFormat::JsonSchema, 100);
        let n = a["messages"].as_array().unwrap().len();
        assert_eq!(a["messages"].as_array().unwrap()[..n - 1], b["messages"].as_array().unwrap()[..n - 1], "cacheable prefix");
        assert_eq!(a["response_format"]["json_schema"]["schema"]["required"].as_array().unwrap().len(), 14);
        assert!(request("m", "r", ResponseFormat::None, 100).get("response_format").is_none());
    }
}
