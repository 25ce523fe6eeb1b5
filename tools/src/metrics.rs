//! Evaluation helpers for the scorers: seeded stratified k-fold assignment, precision / recall
//! / F1 of a class, macro-F1, F1-optimal thresholds, and ranking metrics (AP, P@k).

/// SplitMix64: a tiny seeded generator, stable across platforms.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Fold id (0..k) per example, stratified by label: each class is shuffled with `seed` and
/// dealt round-robin.
pub fn stratified_folds(labels: &[bool], k: usize, seed: u64) -> Vec<usize> {
    let mut fold = vec![0; labels.len()];
    let mut rng = SplitMix(seed);
    for class in [false, true] {
        let mut idx: Vec<usize> = (0..labels.len()).filter(|&i| labels[i] == class).collect();
        rng.shuffle(&mut idx);
        for (n, i) in idx.into_iter().enumerate() {
            fold[i] = n % k.max(1);
        }
    }
    fold
}

/// Precision, recall and F1 of one class.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// P/R/F1 of the class `class` when predicting `score >= threshold` as positive.
pub fn prf(scores: &[f32], labels: &[bool], threshold: f32, class: bool) -> Prf {
    let (mut tp, mut fp, mut fneg) = (0.0, 0.0, 0.0);
    for (&s, &y) in scores.iter().zip(labels) {
        match ((s >= threshold) == class, y == class) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
    }
    let ratio = |n: f64, d: f64| if d > 0.0 { n / d } else { 0.0 };
    let (precision, recall) = (ratio(tp, tp + fp), ratio(tp, tp + fneg));
    let f1 = ratio(2.0 * precision * recall, precision + recall);
    Prf {
        precision,
        recall,
        f1,
    }
}

/// Mean of the F1 of both classes.
pub fn macro_f1(scores: &[f32], labels: &[bool], threshold: f32) -> f64 {
    (prf(scores, labels, threshold, true).f1 + prf(scores, labels, threshold, false).f1) / 2.0
}

/// The threshold (among the scores themselves) that maximises positive-class F1, or with
/// `macro_avg` the mean F1 of both classes.
pub fn best_threshold(scores: &[f32], labels: &[bool], macro_avg: bool) -> f32 {
    let order = ranking(scores);
    let pos = labels.iter().filter(|&&y| y).count() as f64;
    let neg = labels.len() as f64 - pos;
    let (mut tp, mut best, mut best_t) = (0.0, -1.0, 0.5);
    for (n, &i) in order.iter().enumerate() {
        tp += f64::from(u8::from(labels[i]));
        let fp = n as f64 + 1.0 - tp;
        let f1_pos = 2.0 * tp / (n as f64 + 1.0 + pos);
        let tn = neg - fp;
        let f1_neg = if tn > 0.0 {
            2.0 * tn / (2.0 * tn + fp + (pos - tp))
        } else {
            0.0
        };
        let f1 = if macro_avg {
            (f1_pos + f1_neg) / 2.0
        } else {
            f1_pos
        };
        let tie = order.get(n + 1).is_some_and(|&j| scores[j] == scores[i]);
        if !tie && f1 > best {
            best = f1;
            best_t = scores[i];
        }
    }
    best_t
}

/// Average precision of the positives when ranked by descending score (ties by input order).
pub fn average_precision(scores: &[f32], labels: &[bool]) -> f64 {
    let order = ranking(scores);
    let (mut hits, mut sum) = (0.0, 0.0);
    for (n, &i) in order.iter().enumerate() {
        if labels[i] {
            hits += 1.0;
            sum += hits / (n as f64 + 1.0);
        }
    }
    if hits > 0.0 { sum / hits } else { 0.0 }
}

/// Fraction of positives among the `k` highest scores.
pub fn precision_at(scores: &[f32], labels: &[bool], k: usize) -> f64 {
    let order = ranking(scores);
    let top = order.iter().take(k).filter(|&&i| labels[i]).count();
    top as f64 / k.max(1) as f64
}

fn ranking(scores: &[f32]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_cases() {
        type Case<'a> = (&'a [f32], &'a [bool], f32, bool, f64, f64);
        let cases: &[Case] = &[
            (
                &[0.9, 0.8, 0.2, 0.1],
                &[true, false, true, false],
                0.5,
                true,
                0.5,
                0.5,
            ),
            (
                &[0.9, 0.8, 0.2, 0.1],
                &[true, true, false, false],
                0.5,
                true,
                1.0,
                1.0,
            ),
            (
                &[0.9, 0.8, 0.2, 0.1],
                &[true, true, false, false],
                0.5,
                false,
                1.0,
                1.0,
            ),
            (&[0.1, 0.1], &[true, false], 0.5, true, 0.0, 0.0),
        ];
        for &(s, y, t, c, p, r) in cases {
            let got = prf(s, y, t, c);
            assert_eq!((got.precision, got.recall), (p, r), "{s:?} {y:?} class {c}");
        }
    }

    #[test]
    fn ranking_cases() {
        let cases: &[(&[f32], &[bool], f64, f64)] = &[
            (
                &[0.9, 0.5, 0.1],
                &[true, false, true],
                (1.0 + 2.0 / 3.0) / 2.0,
                0.5,
            ),
            (&[0.1, 0.5, 0.9], &[false, false, true], 1.0, 0.5),
        ];
        for &(s, y, ap, p2) in cases {
            assert!((average_precision(s, y) - ap).abs() < 1e-12, "{s:?}");
            assert_eq!(precision_at(s, y, 2), p2, "{s:?}");
        }
    }

    #[test]
    fn best_threshold_cases() {
        let cases: &[(&[f32], &[bool], bool, f32)] = &[
            (
                &[0.9, 0.7, 0.4, 0.2],
                &[true, true, false, false],
                false,
                0.7,
            ),
            (
                &[0.9, 0.7, 0.4, 0.2],
                &[true, true, false, false],
                true,
                0.7,
            ),
            (
                &[0.9, 0.7, 0.4, 0.2],
                &[true, false, true, false],
                false,
                0.4,
            ),
            (
                &[0.9, 0.7, 0.4, 0.2],
                &[true, false, true, false],
                true,
                0.9,
            ),
        ];
        for &(s, y, m, want) in cases {
            assert_eq!(best_threshold(s, y, m), want, "{y:?} macro {m}");
        }
    }

    #[test]
    fn folds_are_stratified_and_seeded() {
        let labels: Vec<bool> = (0..50).map(|i| i % 5 == 0).collect();
        let f = stratified_folds(&labels, 5, 7);
        assert_eq!(f, stratified_folds(&labels, 5, 7));
        for k in 0..5 {
            let pos = (0..50).filter(|&i| f[i] == k && labels[i]).count();
            assert_eq!(pos, 2, "fold {k}");
        }
    }
}
