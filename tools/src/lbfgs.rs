//! A small deterministic L-BFGS minimiser (two-loop recursion, Armijo backtracking), enough
//! for smooth convex objectives such as L2-regularised logistic regression.

use std::collections::VecDeque;

const HISTORY: usize = 10;
const TOLERANCE: f64 = 1e-7;

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

struct Pair {
    s: Vec<f64>,
    y: Vec<f64>,
    rho: f64,
}

/// The quasi-Newton direction -H g from the stored curvature pairs.
fn direction(g: &[f64], hist: &VecDeque<Pair>) -> Vec<f64> {
    let mut q: Vec<f64> = g.iter().map(|x| -x).collect();
    let mut alpha = Vec::with_capacity(hist.len());
    for p in hist.iter().rev() {
        let a = p.rho * dot(&p.s, &q);
        q.iter_mut().zip(&p.y).for_each(|(qi, yi)| *qi -= a * yi);
        alpha.push(a);
    }
    if let Some(p) = hist.back() {
        let gamma = dot(&p.s, &p.y) / dot(&p.y, &p.y);
        q.iter_mut().for_each(|qi| *qi *= gamma);
    }
    for (p, a) in hist.iter().zip(alpha.iter().rev()) {
        let b = p.rho * dot(&p.y, &q);
        q.iter_mut()
            .zip(&p.s)
            .for_each(|(qi, si)| *qi += (a - b) * si);
    }
    q
}

struct Step<'a> {
    x: &'a [f64],
    d: &'a [f64],
    fx: f64,
    gd: f64,
}

/// Armijo backtracking along `d` from `x`: halves `t` until the decrease is sufficient.
/// Leaves the accepted point in `xn`, its gradient in `gn`, and returns its value.
fn line_search(
    f: &impl Fn(&[f64], &mut [f64]) -> f64,
    s: &Step,
    t: &mut f64,
    xn: &mut [f64],
    gn: &mut [f64],
) -> f64 {
    let mut fnew = f64::INFINITY;
    for _ in 0..40 {
        xn.iter_mut()
            .zip(s.x)
            .zip(s.d)
            .for_each(|((n, xi), di)| *n = xi + *t * di);
        fnew = f(xn, gn);
        if fnew <= s.fx + 1e-4 * *t * s.gd {
            break;
        }
        *t *= 0.5;
    }
    fnew
}

/// Stores the curvature pair of the last step if it is positive (keeps H positive definite).
fn remember(hist: &mut VecDeque<Pair>, xn: &[f64], x: &[f64], gn: &[f64], g: &[f64]) {
    let s: Vec<f64> = xn.iter().zip(x).map(|(a, b)| a - b).collect();
    let y: Vec<f64> = gn.iter().zip(g).map(|(a, b)| a - b).collect();
    let sy = dot(&s, &y);
    if sy > 1e-12 {
        if hist.len() == HISTORY {
            hist.pop_front();
        }
        hist.push_back(Pair {
            s,
            y,
            rho: 1.0 / sy,
        });
    }
}

/// Minimises `f` (which returns the value and writes the gradient) from the origin.
pub fn minimise(f: impl Fn(&[f64], &mut [f64]) -> f64, dim: usize, iterations: usize) -> Vec<f64> {
    let mut x = vec![0.0; dim];
    let mut g = vec![0.0; dim];
    let mut fx = f(&x, &mut g);
    let mut hist: VecDeque<Pair> = VecDeque::with_capacity(HISTORY);
    let (mut xn, mut gn) = (vec![0.0; dim], vec![0.0; dim]);
    for _ in 0..iterations {
        let mut d = direction(&g, &hist);
        let mut gd = dot(&g, &d);
        if gd >= 0.0 {
            hist.clear();
            d = g.iter().map(|v| -v).collect();
            gd = dot(&g, &d);
        }
        let mut t = if hist.is_empty() {
            1.0 / dot(&g, &g).sqrt().max(1e-12)
        } else {
            1.0
        };
        let step = Step {
            x: &x,
            d: &d,
            fx,
            gd,
        };
        let fnew = line_search(&f, &step, &mut t, &mut xn, &mut gn);
        if fnew.is_nan() || fnew >= fx {
            break;
        }
        remember(&mut hist, &xn, &x, &gn, &g);
        let done = (fx - fnew) < TOLERANCE * fx.abs().max(1.0);
        std::mem::swap(&mut x, &mut xn);
        std::mem::swap(&mut g, &mut gn);
        fx = fnew;
        if done {
            break;
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_quadratic() {
        let centre = [3.0, -2.0, 0.5];
        let f = |x: &[f64], g: &mut [f64]| {
            let mut v = 0.0;
            for i in 0..3 {
                let d = x[i] - centre[i];
                v += (i as f64 + 1.0) * d * d;
                g[i] = 2.0 * (i as f64 + 1.0) * d;
            }
            v
        };
        let x = minimise(f, 3, 100);
        for i in 0..3 {
            assert!((x[i] - centre[i]).abs() < 1e-3, "x[{i}] = {}", x[i]);
        }
    }
}
