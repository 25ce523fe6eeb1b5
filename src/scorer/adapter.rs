//! The shipped fine-tuning of the base model: rank-8 LoRA factors for every attention and
//! feed-forward weight of each layer and the two heads, as one safetensors file written by
//! `tools/scorer/train.py`. Merged into the base weights once, at load time.

use std::collections::HashMap;

use anyhow::{Context, Result, bail};
use candle_core::{Device, Tensor};

/// The adapter claimdesk ships (1.3 MB: all six layers and the heads).
pub const ADAPTER: &[u8] = include_bytes!("adapter.safetensors");

/// The `format` the adapter's metadata must name.
const FORMAT: &str = "claimdesk-adapter-1";

/// A parsed adapter: the low-rank factors by base weight name, the heads, the token limit.
pub struct Adapter {
    /// `name -> (A, B)`, with `A` rank x in and `B` out x rank (already scaled), so the merged
    /// weight is `W + B A`.
    pub lora: HashMap<String, (Tensor, Tensor)>,
    /// 2 x hidden: row 0 check-worthiness, row 1 opinion.
    pub heads_weight: Tensor,
    pub heads_bias: Tensor,
    /// Tokens per sentence (with [CLS] and [SEP]) the heads were trained on.
    pub max_len: usize,
    /// Whether the opinion head reads the base model's top layers rather than the tuned ones
    /// (metadata `opinion_encoder`: `base`; absent or `tuned`: the tuned ones).
    pub opinion_on_base: bool,
    /// How many of the top layers the LoRA factors tune (metadata `tune_layers`; 1 when
    /// absent).
    pub tuned_layers: usize,
}

impl Adapter {
    pub fn parse(bytes: &[u8]) -> Result<Adapter> {
        let meta = metadata(bytes).context("bad adapter header")?;
        if meta.get("format").map(String::as_str) != Some(FORMAT) {
            bail!("the adapter is not in the {FORMAT} format");
        }
        let max_len = meta
            .get("max_len")
            .and_then(|v| v.parse().ok())
            .context("adapter has no max_len")?;
        let opinion_on_base = match meta.get("opinion_encoder").map(String::as_str) {
            None | Some("tuned") => false,
            Some("base") => true,
            Some(other) => {
                bail!("the adapter's opinion_encoder {other:?} is neither base nor tuned")
            }
        };
        let tuned_layers =
            match meta.get("tune_layers") {
                None => 1,
                Some(n) => n.parse().ok().filter(|&n| n > 0).with_context(|| {
                    format!("the adapter's tune_layers {n:?} is no layer count")
                })?,
            };
        let mut tensors = candle_core::safetensors::load_buffer(bytes, &Device::Cpu)?;
        let names: Vec<String> = tensors
            .keys()
            .filter_map(|k| k.strip_suffix(".lora_a"))
            .map(str::to_string)
            .collect();
        let mut take = |name: &str| {
            tensors
                .remove(name)
                .with_context(|| format!("adapter has no {name}"))
        };
        let (heads_weight, heads_bias) = (take("heads.weight")?, take("heads.bias")?);
        let mut lora = HashMap::new();
        for name in names {
            let a = take(&format!("{name}.lora_a"))?;
            let b = take(&format!("{name}.lora_b"))?;
            lora.insert(name, (a, b));
        }
        Ok(Adapter {
            lora,
            heads_weight,
            heads_bias,
            max_len,
            opinion_on_base,
            tuned_layers,
        })
    }

    /// Adds each `B A` to its base weight (`NAME.weight`, or `bert.NAME.weight`).
    pub fn merge_into(&self, base: &mut HashMap<String, Tensor>) -> Result<()> {
        for (name, (a, b)) in &self.lora {
            let key = [format!("{name}.weight"), format!("bert.{name}.weight")]
                .into_iter()
                .find(|k| base.contains_key(k))
                .with_context(|| {
                    format!("the base model has no {name}: the adapter does not fit it")
                })?;
            let merged = (&base[&key] + b.matmul(a)?)
                .with_context(|| format!("the adapter does not fit {name}"))?;
            base.insert(key, merged);
        }
        Ok(())
    }
}

/// The `__metadata__` map of a safetensors header (8 bytes of length, then JSON).
fn metadata(bytes: &[u8]) -> Result<HashMap<String, String>> {
    let len = bytes.get(..8).context("too short")?;
    let len = u64::from_le_bytes(len.try_into()?) as usize;
    let json = bytes
        .get(8..8usize.saturating_add(len))
        .context("truncated header")?;
    let mut header: HashMap<String, serde_json::Value> = serde_json::from_slice(json)?;
    let meta = header.remove("__metadata__").unwrap_or_default();
    Ok(serde_json::from_value(meta).unwrap_or_default())
}
