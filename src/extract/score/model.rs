//! A linear model over sentence features and its weight-file format: a 32-byte little-endian
//! header (magic, format and feature versions, hash bits, dense count, bias, scale), then the
//! dense weights as f32, then one i8 per hash bucket (weight = i8 * scale).

use super::features::{self, Features, N_DENSE};
use std::fmt;

pub const MAGIC: [u8; 8] = *b"CDSCORE\0";
pub const FORMAT_VERSION: u32 = 1;
const HEADER_LEN: usize = 32;

/// Trained weights before quantisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub bits: u32,
    pub bias: f32,
    pub dense: [f32; N_DENSE],
    pub hashed: Vec<f32>,
}

/// A quantised model ready to score.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bits: u32,
    pub bias: f32,
    pub scale: f32,
    pub dense: [f32; N_DENSE],
    pub hashed: Vec<i8>,
}

/// Why a weight file was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    TooShort(usize),
    BadMagic,
    FormatVersion(u32),
    FeatureVersion(u32),
    Dims { bits: u32, dense: u32 },
    Length { want: usize, got: usize },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooShort(n) => write!(f, "weight file too short: {n} bytes"),
            Self::BadMagic => write!(f, "not a claimdesk score weight file (bad magic)"),
            Self::FormatVersion(v) => {
                write!(f, "weight format version {v}, expected {FORMAT_VERSION}")
            }
            Self::FeatureVersion(v) => {
                write!(
                    f,
                    "weights trained for feature version {v}, code has {}",
                    features::VERSION
                )
            }
            Self::Dims { bits, dense } => {
                write!(f, "unsupported dims: {bits} hash bits, {dense} dense")
            }
            Self::Length { want, got } => {
                write!(f, "weight file is {got} bytes, header implies {want}")
            }
        }
    }
}

impl std::error::Error for FormatError {}

fn u32_at(b: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(w)
}

fn f32_at(b: &[u8], at: usize) -> f32 {
    f32::from_bits(u32_at(b, at))
}

impl Model {
    /// Quantises trained weights to one signed byte per bucket.
    pub fn quantise(w: &Weights) -> Model {
        let max = w.hashed.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let hashed = w
            .hashed
            .iter()
            .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8);
        Model {
            bits: w.bits,
            bias: w.bias,
            scale,
            dense: w.dense,
            hashed: hashed.collect(),
        }
    }

    /// Serialises to the weight-file format (deterministic for equal models).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + 4 * N_DENSE + self.hashed.len());
        out.extend_from_slice(&MAGIC);
        for v in [FORMAT_VERSION, features::VERSION, self.bits, N_DENSE as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in [self.bias, self.scale].iter().chain(&self.dense) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend(self.hashed.iter().map(|&q| q as u8));
        out
    }

    /// Parses and validates a weight file.
    pub fn parse(b: &[u8]) -> Result<Model, FormatError> {
        if b.len() < HEADER_LEN {
            return Err(FormatError::TooShort(b.len()));
        }
        if b[..8] != MAGIC {
            return Err(FormatError::BadMagic);
        }
        let (format, feature, bits, dense) =
            (u32_at(b, 8), u32_at(b, 12), u32_at(b, 16), u32_at(b, 20));
        if format != FORMAT_VERSION {
            return Err(FormatError::FormatVersion(format));
        }
        if feature != features::VERSION {
            return Err(FormatError::FeatureVersion(feature));
        }
        if !(8..=24).contains(&bits) || dense as usize != N_DENSE {
            return Err(FormatError::Dims { bits, dense });
        }
        let start = HEADER_LEN + 4 * N_DENSE;
        let want = start + (1usize << bits);
        if b.len() != want {
            return Err(FormatError::Length { want, got: b.len() });
        }
        let mut d = [0.0f32; N_DENSE];
        for (i, v) in d.iter_mut().enumerate() {
            *v = f32_at(b, HEADER_LEN + 4 * i);
        }
        let hashed = b[start..].iter().map(|&u| u as i8).collect();
        Ok(Model {
            bits,
            bias: f32_at(b, 24),
            scale: f32_at(b, 28),
            dense: d,
            hashed,
        })
    }

    /// The log-odds of the positive class.
    pub fn logit(&self, f: &Features) -> f32 {
        let mut h = 0.0f32;
        for &(i, v) in &f.hashed {
            h += f32::from(self.hashed.get(i as usize).copied().unwrap_or(0)) * v;
        }
        self.logit_from(h, &f.dense)
    }

    /// The log-odds given the sum of quantised hashed weights times feature values (before
    /// `scale`) and the dense vector.
    #[inline]
    pub fn logit_from(&self, hashed_sum: f32, dense: &[f32; N_DENSE]) -> f32 {
        let d: f32 = self.dense.iter().zip(dense).map(|(w, x)| w * x).sum();
        self.bias + self.scale * hashed_sum + d
    }
}

/// The logistic function.
pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}
