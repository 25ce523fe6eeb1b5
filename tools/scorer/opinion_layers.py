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


def head_on(name, fit, cal, val):
    """Fits the head on `fit` (x, y) at the L2 best on `cal`, prints SUBJ figures on `val`."""
    (xf, yf), (xc, yc), (xv, yv) = fit, cal, val
    best = None
    for l2 in (1e-5, 1e-4, 1e-3, 1e-2):
        w, b = fit_logistic(xf, yf, l2)
        p = sigmoid((xc @ w + b).numpy())
        t = best_threshold(yc, p, macro_f1)
        if best is None or macro_f1(yc, p, t) > best[0]:
            best = (macro_f1(yc, p, t), w, b, t, l2)
    got, w, b, t, l2 = best
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


if __name__ == "__main__":
    main()
