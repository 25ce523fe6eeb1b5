//! Sentence scores (placeholder until the scoring branch lands).

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub checkworthiness: f32,
    pub opinion: f32,
}

pub fn score_sentence(_sentence: &str) -> Scores {
    Scores {
        checkworthiness: 0.5,
        opinion: 0.5,
    }
}
