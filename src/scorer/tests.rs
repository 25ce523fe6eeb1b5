//! The accurate scorer's real loading and inference code on a tiny randomly initialised BERT
//! (hidden 8, two layers, a 20-word vocabulary) that the tests write, so they pass without the
//! real model; `real_model_scores_the_seed_sentences` runs the installed one (ignored by default).

use std::path::Path;

use candle_core::{DType, Device};
use candle_nn::{VarBuilder, VarMap};
use candle_transformers::models::bert::{BertModel, Config};

use super::accurate::Accurate;

const HIDDEN: usize = 8;
const TARGETS: [(&str, usize, usize); 6] = [
    ("attention.self.query", HIDDEN, HIDDEN),
    ("attention.self.key", HIDDEN, HIDDEN),
    ("attention.self.value", HIDDEN, HIDDEN),
    ("attention.output.dense", HIDDEN, HIDDEN),
    ("intermediate.dense", 16, HIDDEN),
    ("output.dense", HIDDEN, 16),
];
const WORDS: [&str; 16] = [
    "the",
    "a",
    "total",
    "of",
    "123",
    "political",
    "prisoners",
    "were",
    "let",
    "out",
    "jail",
    ".",
    "it",
    "'",
    "s",
    "##s",
];

fn config() -> serde_json::Value {
    serde_json::json!({
        "vocab_size": 4 + WORDS.len(), "hidden_size": HIDDEN, "num_hidden_layers": 2,
        "num_attention_heads": 2, "intermediate_size": 16, "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1, "max_position_embeddings": 32, "type_vocab_size": 2,
        "initializer_range": 0.02, "layer_norm_eps": 1e-12, "pad_token_id": 0, "model_type": "bert",
    })
}

fn tokenizer() -> serde_json::Value {
    let mut vocab = serde_json::Map::new();
    for (i, w) in ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
        .iter()
        .chain(&WORDS)
        .enumerate()
    {
        vocab.insert(w.to_string(), i.into());
    }
    let special = |id: usize, content: &str| {
        serde_json::json!({"id": id, "special": true, "content": content, "single_word": false,
            "lstrip": false, "rstrip": false, "normalized": false})
    };
    let cls_sep = serde_json::json!([{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
        {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}]);
    serde_json::json!({
        "version": "1.0", "truncation": null, "padding": null,
        "added_tokens": [special(0, "[PAD]"), special(1, "[UNK]"), special(2, "[CLS]"), special(3, "[SEP]")],
        "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
            "strip_accents": null, "lowercase": true},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing", "single": cls_sep, "pair": cls_sep,
            "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
            "max_input_chars_per_word": 100, "vocab": vocab},
    })
}

/// Writes a tiny random BERT (weights, tokenizer, config) into `dir`.
fn write_tiny_model(dir: &Path) {
    let config = config();
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
    std::fs::write(dir.join("tokenizer.json"), tokenizer().to_string()).unwrap();
    let parsed: Config = serde_json::from_value(config).unwrap();
    let varmap = VarMap::new();
    BertModel::load(
        VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu),
        &parsed,
    )
    .unwrap();
    varmap.save(dir.join("model.safetensors")).unwrap();
}

/// A safetensors file of f32 tensors with `metadata`, as `tools/scorer/train.py` writes it.
fn safetensors(tensors: &[(String, Vec<usize>, Vec<f32>)], metadata: &[(&str, &str)]) -> Vec<u8> {
    let mut header = serde_json::Map::new();
    let meta: serde_json::Map<_, _> = metadata
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).into()))
        .collect();
    header.insert("__metadata__".into(), meta.into());
    let mut data = Vec::new();
    for (name, shape, values) in tensors {
        let start = data.len();
        data.extend(values.iter().flat_map(|v| v.to_le_bytes()));
        let entry = serde_json::json!({"dtype": "F32", "shape": shape, "data_offsets": [start, data.len()]});
        header.insert(name.clone(), entry);
    }
    let header = serde_json::Value::Object(header).to_string().into_bytes();
    let mut out = (header.len() as u64).to_le_bytes().to_vec();
    out.extend(header);
    out.extend(data);
    out
}

/// An adapter for the tiny model: LoRA factors of size `lora` (see [`varied`]), heads with `head`.
fn adapter(lora: f32, head: f32, format: &str) -> Vec<u8> {
    adapter_on(0..2, lora, head, &[("format", format), ("max_len", "12")])
}

/// An untuned adapter for the tiny model whose metadata has one entry more than it needs.
fn adapter_meta(extra: (&str, &str)) -> Vec<u8> {
    let meta = [("format", "claimdesk-adapter-1"), ("max_len", "12"), extra];
    adapter_on(0..2, 0.0, 1.0, &meta)
}

/// `n` values of size `lora` and mixed signs (a constant update would be cancelled by the
/// layer norms).
fn varied(lora: f32, n: usize) -> Vec<f32> {
    (0..n).map(|i| lora * ((i % 5) as f32 - 1.5)).collect()
}

/// [`adapter`] with LoRA factors on `layers` only and the metadata `meta`.
fn adapter_on(
    layers: std::ops::Range<usize>,
    lora: f32,
    head: f32,
    meta: &[(&str, &str)],
) -> Vec<u8> {
    let mut tensors = Vec::new();
    for layer in layers {
        for (path, out, inn) in TARGETS {
            let name = format!("encoder.layer.{layer}.{path}");
            tensors.push((
                format!("{name}.lora_a"),
                vec![2, inn],
                varied(lora, 2 * inn),
            ));
            tensors.push((
                format!("{name}.lora_b"),
                vec![out, 2],
                varied(lora, out * 2),
            ));
        }
    }
    let heads: Vec<f32> = (0..2 * HIDDEN).map(|i| head * (i as f32 - 7.5)).collect();
    tensors.push(("heads.weight".into(), vec![2, HIDDEN], heads));
    tensors.push(("heads.bias".into(), vec![2], vec![0.1, -0.1]));
    safetensors(&tensors, meta)
}

fn tiny(lora: f32, head: f32) -> (tempfile::TempDir, Accurate) {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path());
    let scorer =
        Accurate::load_with(dir.path(), &adapter(lora, head, "claimdesk-adapter-1")).unwrap();
    (dir, scorer)
}

const SENTENCES: [&str; 6] = [
    "A total of 123 political prisoners were let out of jail.",
    "It's the jail.",
    "",
    "Unknown words everywhere, ½ ünïcödé ✓",
    "the the the the the the the the the the the the the the the the the the the the the",
    "Prisoners.",
];

#[test]
fn scores_are_probabilities_and_do_not_depend_on_the_batch() {
    let (_dir, scorer) = tiny(0.05, 1.0);
    let together = scorer.try_score(&SENTENCES).unwrap();
    for (s, got) in SENTENCES.iter().zip(&together) {
        let alone = scorer.try_score(&[s]).unwrap()[0];
        let ok = (0.0..=1.0).contains(&got.checkworthiness) && (0.0..=1.0).contains(&got.opinion);
        assert!(ok, "{s:?}: {got:?}");
        let diff = (alone.checkworthiness - got.checkworthiness).abs()
            + (alone.opinion - got.opinion).abs();
        assert!(diff < 1e-5, "{s:?}: alone {alone:?}, in a batch {got:?}");
    }
    assert!(scorer.try_score(&[]).unwrap().is_empty());
}

#[test]
fn the_adapter_is_merged_and_the_heads_are_applied() {
    let s = [SENTENCES[0]];
    let base = tiny(0.0, 1.0).1.try_score(&s).unwrap()[0];
    let tuned = tiny(0.3, 1.0).1.try_score(&s).unwrap()[0];
    let zero_heads = tiny(0.3, 0.0).1.try_score(&s).unwrap()[0];
    assert!(
        (base.checkworthiness - tuned.checkworthiness).abs() > 1e-4,
        "{base:?} {tuned:?}"
    );
    // Zero head weights leave the biases: sigmoid(0.1) and sigmoid(-0.1).
    let want = [1.0 / (1.0 + (-0.1f32).exp()), 1.0 / (1.0 + 0.1f32.exp())];
    assert!(
        (zero_heads.checkworthiness - want[0]).abs() < 1e-6,
        "{zero_heads:?}"
    );
    assert!(
        (zero_heads.opinion - want[1]).abs() < 1e-6,
        "{zero_heads:?}"
    );
}

#[test]
fn an_opinion_head_on_the_base_model_reads_its_untuned_top_layer() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path());
    let score = |lora: f32, opinion: &str| {
        let meta = [
            ("format", "claimdesk-adapter-1"),
            ("max_len", "12"),
            ("opinion_encoder", opinion),
        ];
        let bytes = adapter_on(1..2, lora, 0.1, &meta);
        let scorer = Accurate::load_with(dir.path(), &bytes).unwrap();
        scorer.try_score(&SENTENCES[..2]).unwrap()
    };
    let (base, tuned, split) = (score(0.0, "tuned"), score(0.3, "tuned"), score(0.3, "base"));
    for i in 0..2 {
        let close = |a: f32, b: f32| (a - b).abs() < 1e-5;
        assert!(
            close(split[i].checkworthiness, tuned[i].checkworthiness),
            "{split:?} {tuned:?}"
        );
        assert!(
            close(split[i].opinion, base[i].opinion),
            "{split:?} {base:?}"
        );
        assert!(
            !close(tuned[i].opinion, base[i].opinion),
            "{tuned:?} {base:?}"
        );
    }
}

#[test]
fn tuned_layers_from_the_metadata_split_the_encoder() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path());
    let score = |lora: f32, layers: &str, opinion: &str| {
        let meta = [
            ("format", "claimdesk-adapter-1"),
            ("max_len", "12"),
            ("tune_layers", layers),
            ("opinion_encoder", opinion),
        ];
        let bytes = adapter_on(0..2, lora, 0.1, &meta);
        let scorer = Accurate::load_with(dir.path(), &bytes).unwrap();
        scorer.try_score(&SENTENCES[..2]).unwrap()
    };
    let base = score(0.0, "2", "tuned");
    let tuned = score(0.3, "2", "tuned");
    // Both layers tuned: the opinion head on the base reads the untuned model throughout.
    let split = score(0.3, "2", "base");
    // One layer tuned: the lower layer's factors are merged for both heads.
    let split_top = score(0.3, "1", "base");
    let close = |a: f32, b: f32| (a - b).abs() < 1e-5;
    for i in 0..2 {
        assert!(close(split[i].checkworthiness, tuned[i].checkworthiness));
        assert!(
            close(split[i].opinion, base[i].opinion),
            "{split:?} {base:?}"
        );
        assert!(close(
            split_top[i].checkworthiness,
            tuned[i].checkworthiness
        ));
        assert!(
            !close(split_top[i].opinion, base[i].opinion),
            "{split_top:?}"
        );
    }
}

#[test]
fn load_errors_name_the_cause() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path());
    let misfit = safetensors(
        &[
            ("heads.weight".into(), vec![2, HIDDEN], vec![0.0; 16]),
            ("heads.bias".into(), vec![2], vec![0.0; 2]),
            (
                "encoder.layer.9.output.dense.lora_a".into(),
                vec![1, 1],
                vec![0.0],
            ),
            (
                "encoder.layer.9.output.dense.lora_b".into(),
                vec![1, 1],
                vec![0.0],
            ),
        ],
        &[("format", "claimdesk-adapter-1"), ("max_len", "12")],
    );
    let cases: &[(&Path, Vec<u8>, &str)] = &[
        (
            dir.path(),
            adapter(0.0, 1.0, "something-else"),
            "invalid scorer adapter",
        ),
        (
            dir.path(),
            b"not a safetensors file".to_vec(),
            "invalid scorer adapter",
        ),
        (dir.path(), misfit, "the adapter does not fit it"),
        (
            dir.path(),
            adapter_meta(("opinion_encoder", "both")),
            "neither base nor tuned",
        ),
        (
            dir.path(),
            adapter_meta(("tune_layers", "3")),
            "the adapter tunes 3 layers",
        ),
        (
            dir.path(),
            adapter_meta(("tune_layers", "none")),
            "is no layer count",
        ),
        (
            Path::new("/nonexistent/model"),
            adapter(0.0, 1.0, "claimdesk-adapter-1"),
            "could not read /nonexistent/model/config.json",
        ),
    ];
    for (dir, bytes, want) in cases {
        let got = Accurate::load_with(dir, bytes)
            .err()
            .map(|e| format!("{e:#}"));
        assert!(
            got.as_deref().is_some_and(|e| e.contains(want)),
            "{want}: {got:?}"
        );
    }
}

/// The installed all-MiniLM-L6-v2 with the shipped adapter (`claimdesk model install` first):
/// `cargo test --release -- --ignored real_model`.
#[test]
#[ignore]
fn real_model_scores_the_seed_sentences() {
    let dir = crate::model::resolve(
        std::env::var_os("CLAIMDESK_MODEL_DIR")
            .as_deref()
            .map(Path::new),
    )
    .expect("a model directory");
    let scorer = Accurate::load(&dir).expect("the installed model loads");
    let got = scorer
        .try_score(&[
            "A total of 123 political prisoners were let out of jail.",
            "It’s brilliant.",
        ])
        .unwrap();
    assert!(
        got[0].checkworthiness > 0.5 && got[0].opinion < 0.5,
        "{:?}",
        got[0]
    );
    assert!(
        got[1].checkworthiness < 0.5 && got[1].opinion > 0.5,
        "{:?}",
        got[1]
    );
}
