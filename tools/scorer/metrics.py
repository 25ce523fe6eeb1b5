"""Metrics of tools/scorer/train.py: precision, recall, F1, macro-F1, thresholds, AP."""

import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def prf(y, p, t):
    pred = p >= t
    tp = float(np.sum(pred & (y == 1)))
    prec = tp / max(1.0, float(np.sum(pred)))
    rec = tp / max(1.0, float(np.sum(y == 1)))
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    return prec, rec, f1


def macro_f1(y, p, t):
    _, _, f_pos = prf(y, p, t)
    _, _, f_neg = prf(1 - y, 1 - p, 1 - t + 1e-9)
    return (f_pos + f_neg) / 2


def best_threshold(y, p, objective):
    grid = np.linspace(0.02, 0.98, 97)
    return float(max(grid, key=lambda t: objective(y, p, t)))


def average_precision(y, p):
    order = np.argsort(-p, kind="stable")
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if y[i] == 1:
            hits += 1
            total += hits / rank
    return total / max(1, hits)


def report(name, y, p, extra=""):
    prec, rec, f1 = prf(y, p, 0.5)
    print(f"{name}: n={len(y)} P {prec:.3f} R {rec:.3f} F1 {f1:.3f} macro-F1 {macro_f1(y, p, 0.5):.3f} {extra}", flush=True)
