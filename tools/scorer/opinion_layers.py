#!/usr/bin/env python3
"""Opinion from each layer of the frozen base model: mean-pooled hidden states, a logistic head,
the threshold by macro-F1 on train.py's calibration split of NewsSD train; SUBJ F1 on NewsSD val.
Shows which layer the accurate scorer's opinion head should read (docs/quality-scores.md).

    .venv-scorer/bin/python tools/scorer/opinion_layers.py MODEL_DIR ../shared/eval/claims
"""

import sys
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import BertModel

sys.path.insert(0, str(Path(__file__).parent))
from metrics import best_threshold, macro_f1, prf, sigmoid  # noqa: E402
from train import fit_logistic, read_tsv, split, stratified_folds  # noqa: E402

SEED = 20251214  # train.py's default, so the calibration split is the same


@torch.no_grad()
def embeddings(bert, tok, rows):
    """(sentences, layers + 1, hidden): the mean over tokens of every layer's output."""
    out = []
    for text, _ in rows:
        ids = torch.tensor([tok.encode(text).ids])
        states = bert(input_ids=ids, attention_mask=torch.ones_like(ids), output_hidden_states=True).hidden_states
        out.append(torch.stack([h[0].mean(0) for h in states]))
    return torch.stack(out)


def fit_head(fit, cal):
    """The head fitted on `fit` (x, y) at the L2 best on `cal`: (macro-F1 on cal, w, b,
    threshold, l2)."""
    (xf, yf), (xc, yc) = fit, cal
    best = None
    for l2 in (1e-5, 1e-4, 1e-3, 1e-2):
        w, b = fit_logistic(xf, yf, l2)
        p = sigmoid((xc @ w + b).numpy())
        t = best_threshold(yc, p, macro_f1)
        if best is None or macro_f1(yc, p, t) > best[0]:
            best = (macro_f1(yc, p, t), w, b, t, l2)
    return best


def head_on(name, fit, cal, val):
    """Fits the head on `fit` at the L2 best on `cal`, prints SUBJ figures on `val`."""
    got, w, b, t, l2 = fit_head(fit, cal)
    xv, yv = val
    pv = sigmoid((xv @ w + b).numpy())
    prec, rec, f1 = prf(yv, pv, t)[:3]
    print(f"{name:12} l2 {l2:g} threshold {t:.2f} calibration macro-F1 {got:.3f}  "
          f"val SUBJ P {prec:.3f} R {rec:.3f} F1 {f1:.3f} macro-F1 {macro_f1(yv, pv, t):.3f}", flush=True)


def main():
    model_dir, data = Path(sys.argv[1]), Path(sys.argv[2])
    torch.set_num_threads(1)
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(64)
    bert = BertModel.from_pretrained(str(model_dir), add_pooling_layer=False).eval()
    train = read_tsv(data / "newssd_eng_train.tsv", "SUBJ")
    val = read_tsv(data / "newssd_eng_val.tsv", "SUBJ")
    fit, cal = split(train, stratified_folds(train, 6, SEED + 2), 0)
    e = [embeddings(bert, tok, rows) for rows in (fit, cal, val)]
    y = [torch.tensor([r[1] for r in fit]), np.array([r[1] for r in cal]), np.array([r[1] for r in val])]
    for layer in range(1, e[0].shape[1]):
        head_on(f"layer {layer}", *[(x[:, layer], t) for x, t in zip(e, y)])
    head_on("mean 1-6", *[(x[:, 1:].mean(1), t) for x, t in zip(e, y)])
    cross_validate(bert, tok, train, layer=6)


def cross_validate(bert, tok, train, layer, k=5):
    """Seeded stratified k-fold CV on NewsSD train of the head on `layer`: each fold's head
    fitted and calibrated on the other folds (train.py's 6-way calibration split), the
    held-out scores pooled."""
    x = embeddings(bert, tok, train)[:, layer]
    y = np.array([r[1] for r in train])
    folds = np.array(stratified_folds(train, k, SEED))
    scores, thresholds = np.zeros(len(train)), np.zeros(len(train))
    for f in range(k):
        rest = np.flatnonzero(folds != f)
        cal_of = np.array(stratified_folds([train[i] for i in rest], 6, SEED + 2))
        fit_i, cal_i = rest[cal_of != 0], rest[cal_of == 0]
        _, w, b, t, _ = fit_head((x[fit_i], torch.tensor(y[fit_i])), (x[cal_i], y[cal_i]))
        test = np.flatnonzero(folds == f)
        scores[test] = sigmoid((x[test] @ w + b).numpy())
        thresholds[test] = t
    # Each held-out score against its own fold's threshold, as 0.5 after folding it in.
    shifted = sigmoid(np.log(scores / (1 - scores)) - np.log(thresholds / (1 - thresholds)))
    prec, rec, f1 = prf(y, shifted, 0.5)[:3]
    print(f"{k}-fold CV on NewsSD train, layer {layer}: SUBJ P {prec:.3f} R {rec:.3f} F1 {f1:.3f} "
          f"macro-F1 {macro_f1(y, shifted, 0.5):.3f}", flush=True)


if __name__ == "__main__":
    main()
