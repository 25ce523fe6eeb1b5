//! The accurate scorer: the base MiniLM with the adapter merged into its top layers,
//! mean-pooled over each sentence's tokens, then the two logistic heads (the opinion head may
//! read the base model's own top layers instead). Sentences go through candle in batches of
//! similar length (little padding); the padding is masked, so a score never depends on its
//! batch.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use anyhow::{Context, Result, anyhow};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertEncoder, BertModel, Config};
use tokenizers::{Encoding, Tokenizer, TruncationParams};

use super::adapter::{ADAPTER, Adapter};
use crate::extract::score::Scores;

/// Sentences per forward pass.
const BATCH: usize = 16;

/// The loaded model: the encoder with its adapter merged, the heads, the tokenizer.
pub struct Accurate {
    /// The embeddings and every layer below the tuned ones.
    lower: BertModel,
    /// The tuned top layers, the adapter merged: check-worthiness, and opinion unless
    /// `base_top`.
    top: BertEncoder,
    /// The base model's own top layers, when the opinion head reads them.
    base_top: Option<BertEncoder>,
    /// hidden x 2, so pooled x heads gives both logits.
    heads: Tensor,
    bias: Tensor,
    tokenizer: Tokenizer,
    failure: Mutex<Option<String>>,
}

impl Accurate {
    /// Loads the model installed in `dir` with the shipped adapter.
    pub fn load(dir: &Path) -> Result<Accurate> {
        Accurate::load_with(dir, ADAPTER)
    }

    /// Loads the model in `dir` (`model.safetensors`, `tokenizer.json`, `config.json`) with
    /// the adapter file `adapter`.
    pub fn load_with(dir: &Path, adapter: &[u8]) -> Result<Accurate> {
        let adapter = Adapter::parse(adapter).context("invalid scorer adapter")?;
        let path = dir.join("config.json");
        let config =
            std::fs::read(&path).with_context(|| format!("could not read {}", path.display()))?;
        let config: Config = serde_json::from_slice(&config)
            .with_context(|| format!("could not parse {}", path.display()))?;
        let path = dir.join("tokenizer.json");
        let mut tokenizer = Tokenizer::from_file(&path)
            .map_err(|e| anyhow!("could not load {}: {e}", path.display()))?;
        let truncation = TruncationParams {
            max_length: adapter.max_len,
            ..Default::default()
        };
        tokenizer
            .with_padding(None)
            .with_truncation(Some(truncation))
            .map_err(|e| anyhow!("could not set up {}: {e}", path.display()))?;
        let path = dir.join("model.safetensors");
        let mut weights = candle_core::safetensors::load(&path, &Device::Cpu)
            .with_context(|| format!("could not read {}", path.display()))?;
        let misfit = || {
            format!(
                "the weights in {} do not fit its config.json",
                dir.display()
            )
        };
        let from = config
            .num_hidden_layers
            .checked_sub(adapter.tuned_layers)
            .with_context(|| {
                format!(
                    "the adapter tunes {} layers; the model in {} has {}",
                    adapter.tuned_layers,
                    dir.display(),
                    config.num_hidden_layers
                )
            })?;
        let base_top = match adapter.opinion_on_base {
            true => Some(top_layers(&weights, from, &config).with_context(misfit)?),
            false => None,
        };
        adapter.merge_into(&mut weights)?;
        let top = top_layers(&weights, from, &config).with_context(misfit)?;
        let lower_config = Config {
            num_hidden_layers: from,
            ..config
        };
        let vb = VarBuilder::from_tensors(weights, DType::F32, &Device::Cpu);
        let lower = BertModel::load(vb, &lower_config).with_context(misfit)?;
        Ok(Accurate {
            lower,
            top,
            base_top,
            heads: adapter.heads_weight.t()?.contiguous()?,
            bias: adapter.heads_bias,
            tokenizer,
            failure: Mutex::new(None),
        })
    }

    /// Scores every sentence; fails only on an inference error.
    pub fn try_score(&self, sentences: &[&str]) -> Result<Vec<Scores>> {
        let encodings = self
            .tokenizer
            .encode_batch(sentences.to_vec(), true)
            .map_err(|e| anyhow!("could not tokenize: {e}"))?;
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        order.sort_by_key(|&i| encodings[i].len());
        let mut out = vec![
            Scores {
                checkworthiness: 0.0,
                opinion: 0.0
            };
            sentences.len()
        ];
        for chunk in order.chunks(BATCH) {
            let batch: Vec<&Encoding> = chunk.iter().map(|&i| &encodings[i]).collect();
            for (&i, [check, opinion]) in chunk.iter().zip(self.batch(&batch)?) {
                out[i] = Scores {
                    checkworthiness: check,
                    opinion,
                };
            }
        }
        Ok(out)
    }

    /// Both probabilities of each sentence of one batch.
    fn batch(&self, encodings: &[&Encoding]) -> Result<Vec<[f32; 2]>> {
        let width = encodings.iter().map(|e| e.len()).max().unwrap_or(0).max(1);
        let (mut ids, mut mask) = (
            vec![0u32; encodings.len() * width],
            vec![0u32; encodings.len() * width],
        );
        for (row, e) in encodings.iter().enumerate() {
            let at = row * width;
            ids[at..at + e.len()].copy_from_slice(e.get_ids());
            mask[at..at + e.len()].fill(1);
        }
        let shape = (encodings.len(), width);
        let ids = Tensor::from_vec(ids, shape, &Device::Cpu)?;
        let mask = Tensor::from_vec(mask, shape, &Device::Cpu)?;
        let hidden = self.lower.forward(&ids, &ids.zeros_like()?, Some(&mask))?;
        let m = mask.to_dtype(DType::F32)?;
        // As BertModel masks attention: 0 over tokens, the lowest f32 over padding.
        let padding = ((m.ones_like()? - &m)? * f64::from(f32::MIN))?
            .unsqueeze(1)?
            .unsqueeze(1)?;
        let m = m.unsqueeze(2)?;
        let head_logits = |top: &BertEncoder| -> Result<Tensor> {
            let out = top.forward(&hidden, &padding)?;
            let sum = out.broadcast_mul(&m)?.sum(1)?;
            let pooled = sum.broadcast_div(&m.sum(1)?.clamp(1f32, f32::MAX)?)?;
            Ok(pooled.matmul(&self.heads)?.broadcast_add(&self.bias)?)
        };
        let mut logits = head_logits(&self.top)?;
        if let Some(base) = &self.base_top {
            let opinion = head_logits(base)?.narrow(1, 1, 1)?;
            logits = Tensor::cat(&[&logits.narrow(1, 0, 1)?, &opinion], 1)?;
        }
        let probs = candle_nn::ops::sigmoid(&logits)?.to_vec2::<f32>()?;
        Ok(probs.into_iter().map(|p| [p[0], p[1]]).collect())
    }

    /// Scores every sentence; an inference error gives that call fast scores and is kept for
    /// [`Accurate::failure`], so the command can fail instead of mixing scorers silently.
    pub fn score_all(&self, sentences: &[&str]) -> Vec<Scores> {
        match self.try_score(sentences) {
            Ok(scores) => scores,
            Err(e) => {
                if let Ok(mut f) = self.failure.lock() {
                    f.get_or_insert_with(|| format!("the accurate scorer failed: {e:#}"));
                }
                crate::extract::score::SentenceScorer::score_all(
                    &crate::extract::score::Fast,
                    sentences,
                )
            }
        }
    }

    /// The first inference error, if any.
    pub fn failure(&self) -> Option<String> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }
}

/// The encoder layers from `from` up of `weights` as an encoder of their own.
fn top_layers(
    weights: &HashMap<String, Tensor>,
    from: usize,
    config: &Config,
) -> Result<BertEncoder> {
    let layers: HashMap<String, Tensor> = weights
        .iter()
        .filter_map(|(name, t)| {
            let rest = name.strip_prefix("bert.").unwrap_or(name);
            let (index, tail) = rest.strip_prefix("encoder.layer.")?.split_once('.')?;
            let index = index.parse::<usize>().ok()?.checked_sub(from)?;
            Some((format!("layer.{index}.{tail}"), t.clone()))
        })
        .collect();
    let config = Config {
        num_hidden_layers: config.num_hidden_layers - from,
        ..config.clone()
    };
    let vb = VarBuilder::from_tensors(layers, DType::F32, &Device::Cpu);
    Ok(BertEncoder::load(vb, &config)?)
}
