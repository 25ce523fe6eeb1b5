#!/usr/bin/env python3
"""Fine-tunes all-MiniLM-L6-v2 for claimdesk's accurate scorer: one shared encoder with LoRA
adapters (rank 8 on every attention and feed-forward linear layer of the top `--tune-layers`
layers) and two heads on the mean-pooled embedding, check-worthiness (ClaimBuster) and opinion
(NewsSD subjectivity). The frozen lower layers run once per sentence and their output is
cached, so an epoch costs only the top layers (this CPU is shared and slow).

Writes src/scorer/adapter.safetensors (the adapters and heads) and prints the held-out
figures. Deterministic for a given seed on one machine (torch CPU kernels).

    tools/scorer/setup.sh                      # the pinned venv, once
    nice .venv-scorer/bin/python tools/scorer/train.py --model-dir DIR --data ../shared/eval/claims

DIR is the installed base model (`claimdesk model install`). `--holdout-fold K` (0-4, the
default 0) keeps ClaimBuster fold K of a seeded stratified 5-fold split out of training and
scores it; `--holdout-fold -1` trains on all of ClaimBuster.
"""

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file
from tokenizers import Tokenizer
from transformers import BertModel

from encoder import Cache, Top, check_split, encode, load_lora
from metrics import average_precision, best_threshold, macro_f1, prf, report, sigmoid

def read_tsv(path, positive):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        rows.append((text, 1.0 if label.strip() == positive else 0.0))
    return rows


def stratified_folds(rows, k, seed):
    """Fold number of each row: positives and negatives dealt round-robin after a shuffle."""
    rng = random.Random(seed)
    fold = [0] * len(rows)
    for label in (0.0, 1.0):
        idx = [i for i, r in enumerate(rows) if r[1] == label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    return fold


def split(rows, fold, k):
    return [r for r, f in zip(rows, fold) if f != k], [r for r, f in zip(rows, fold) if f == k]


def batches(rows, task, size, rng, tok):
    """Length-bucketed batches (little padding) in random order: (task, texts, labels)."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    chunk = size * 20
    for c in range(0, len(order), chunk):
        part = sorted(order[c : c + chunk], key=lambda i: len(rows[i][0]))
        for b in range(0, len(part), size):
            sel = part[b : b + size]
            out.append((task, [rows[i][0] for i in sel], [rows[i][1] for i in sel]))
    return out


@torch.no_grad()
def score(model, cache, texts, size=64):
    model.eval()
    cache.fill(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    logits = np.zeros((len(texts), 2), dtype=np.float32)
    for b in range(0, len(order), size):
        sel = order[b : b + size]
        logits[sel] = model(*cache.batch([texts[i] for i in sel])).numpy()
    return logits


def train(args):
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    data = Path(args.data)
    cb = read_tsv(data / "claimbuster_2class_2.5xncs.tsv", "1")
    sd_train = read_tsv(data / "newssd_eng_train.tsv", "SUBJ")
    sd_val = read_tsv(data / "newssd_eng_val.tsv", "SUBJ")
    folds = stratified_folds(cb, 5, args.seed)
    cb_train, cb_test = (cb, []) if args.holdout_fold < 0 else split(cb, folds, args.holdout_fold)
    # Calibration sets for the thresholds, never trained on.
    cb_fit, cb_cal = split(cb_train, stratified_folds(cb_train, 10, args.seed + 1), 0)
    sd_fit, sd_cal = split(sd_train, stratified_folds(sd_train, 6, args.seed + 2), 0)
    print(f"claimbuster fit {len(cb_fit)} cal {len(cb_cal)} test {len(cb_test)}; newssd fit {len(sd_fit)} cal {len(sd_cal)} val {len(sd_val)}", flush=True)

    tok = Tokenizer.from_file(str(Path(args.model_dir) / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(args.max_len)
    bert = BertModel.from_pretrained(args.model_dir, add_pooling_layer=False)
    bert.eval()
    for p in bert.parameters():
        p.requires_grad = False
    check_split(bert, tok, args)
    cache = Cache(bert, args.tune_layers, tok, args.max_len)
    t0, c0 = time.time(), time.process_time()
    saved = Path(args.cache) if args.cache else None
    if saved and saved.exists():
        cache.memo = torch.load(saved)
    cache.fill([r[0] for r in cb + sd_train + sd_val])
    if saved and not saved.exists():
        torch.save(cache.memo, saved)
    print(f"cached the lower layers of {len(cache.memo)} sentences: {time.time() - t0:.0f}s wall, {time.process_time() - c0:.0f}s CPU", flush=True)
    model = Top(bert, args.tune_layers, args.rank, args.alpha)
    model.opinion_base = args.opinion_base
    if args.load_adapter:
        load_lora(model, args.load_adapter)
    if args.score_only:
        if not args.load_adapter:
            raise SystemExit("--score-only needs --load-adapter")
        evaluate(model, cache, args, cb_test, sd_val, data, cb_cal, sd_cal)
        return
    params = [p for p in model.parameters() if p.requires_grad]
    print(f"trainable parameters {sum(p.numel() for p in params)}", flush=True)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    plan = []
    for _ in range(args.epochs):
        epoch = [] if args.opinion_only else batches(cb_fit, 0, args.batch, rng, tok)
        for _ in range(args.newssd_repeat):
            epoch += batches(sd_fit, 1, args.batch, rng, tok)
        rng.shuffle(epoch)
        plan += epoch
    total = len(plan)
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    start, cpu = time.time(), time.process_time()
    model.train()
    for step, (task, texts, labels) in enumerate(plan, 1):
        logits = model(*cache.batch(texts))[:, task]
        loss = loss_fn(logits, torch.tensor(labels))
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 20 == 0 or step == total:
            el = time.time() - start
            print(f"step {step}/{total} loss {loss.item():.3f} {el:.0f}s wall {time.process_time() - cpu:.0f}s CPU (eta {el / step * (total - step):.0f}s)", flush=True)

    if args.refit_heads:
        refit_heads(model, cache, cb_fit, cb_cal, sd_fit, sd_cal)
    # Thresholds on the calibration sets: F1 for check-worthiness, macro-F1 for opinion (as
    # the fast scorer), then folded into the head biases so 0.5 is the threshold.
    cw_cal = sigmoid(score(model, cache, [r[0] for r in cb_cal])[:, 0])
    op_cal = sigmoid(score(model, cache, [r[0] for r in sd_cal])[:, 1])
    t_cw = best_threshold(np.array([r[1] for r in cb_cal]), cw_cal, lambda y, p, t: prf(y, p, t)[2])
    t_op = best_threshold(np.array([r[1] for r in sd_cal]), op_cal, macro_f1)
    with torch.no_grad():
        model.heads.bias -= torch.tensor([math.log(t_cw / (1 - t_cw)), math.log(t_op / (1 - t_op))])
    print(f"thresholds: checkworthiness {t_cw:.3f}, opinion {t_op:.3f} -> 0.5", flush=True)
    save(model, args)
    evaluate(model, cache, args, cb_test, sd_val, data, cb_cal, sd_cal)


@torch.no_grad()
def pooled(model, cache, rows, size=64, tuned=True):
    model.eval()
    texts = [r[0] for r in rows]
    cache.fill(texts)
    out = torch.zeros(len(texts), model.heads.in_features)
    for b in range(0, len(texts), size):
        out[b : b + size] = model.pool(*cache.batch(texts[b : b + size]), tuned=tuned)
    return out


def fit_logistic(x, y, l2):
    """L2-regularised logistic regression by L-BFGS (convex: converges to one answer)."""
    w = torch.zeros(x.shape[1], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=300, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w + b, y) + l2 * (w * w).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return w.detach(), b.detach()


def refit_heads(model, cache, cb_fit, cb_cal, sd_fit, sd_cal):
    """Refits each head as a logistic regression on the tuned encoder's pooled embeddings (the
    few NewsSD steps of training leave the opinion head short of converged); the L2 penalty is
    the one that scores best on the calibration set."""
    tasks = [(0, cb_fit, cb_cal, lambda y, p, t: prf(y, p, t)[2]), (1, sd_fit, sd_cal, macro_f1)]
    for task, fit, cal, objective in tasks:
        tuned = task == 0 or not model.opinion_base
        xf, xc = pooled(model, cache, fit, tuned=tuned), pooled(model, cache, cal, tuned=tuned)
        yf, yc = torch.tensor([r[1] for r in fit]), np.array([r[1] for r in cal])
        best = None
        for l2 in (1e-5, 1e-4, 1e-3, 1e-2):
            w, b = fit_logistic(xf, yf, l2)
            p = sigmoid((xc @ w + b).numpy())
            got = objective(yc, p, best_threshold(yc, p, objective))
            print(f"head {task}: l2 {l2:g} calibration score {got:.3f}", flush=True)
            if best is None or got > best[0]:
                best = (got, w, b)
        with torch.no_grad():
            model.heads.weight[task] = best[1]
            model.heads.bias[task] = best[2][0]


def save(model, args):
    tensors = {}
    for name, lora in model.lora.items():
        tensors[f"{name}.lora_a"] = lora.a.detach().contiguous()
        tensors[f"{name}.lora_b"] = (lora.b.detach() * lora.scale).contiguous()
    tensors["heads.weight"] = model.heads.weight.detach().contiguous()
    tensors["heads.bias"] = model.heads.bias.detach().contiguous()
    meta = {"format": "claimdesk-adapter-1", "max_len": str(args.max_len), "rank": str(args.rank),
            "tune_layers": str(args.tune_layers),
            "opinion_encoder": "base" if model.opinion_base else "tuned",
            "holdout_fold": str(args.holdout_fold), "seed": str(args.seed), "epochs": str(args.epochs)}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, args.out, metadata=meta)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size} bytes)", flush=True)


def evaluate(model, cache, args, cb_test, sd_val, data, cb_cal, sd_cal):
    """Scores the held-out sets and the calibration sets (never trained on; `blend-scores`
    fits the blend with the fast scorer on them) into one TSV each in `--scores-dir`."""
    out = Path(args.scores_dir)
    out.mkdir(parents=True, exist_ok=True)
    sets = [("claimbuster_holdout", cb_test, 0), ("newssd_val", sd_val, 1),
            ("claimbuster_cal", cb_cal, 0), ("newssd_cal", sd_cal, 1)]
    if args.clef:
        sets.append(("clef2019_train", read_tsv(data / "clef2019_t1_train.tsv", "1"), 0))
    for name, rows, task in sets:
        if not rows:
            continue
        t0 = time.time()
        logits = score(model, cache, [r[0] for r in rows])
        secs = time.time() - t0
        p = sigmoid(logits)
        y = np.array([r[1] for r in rows])
        with open(out / f"{name}.tsv", "w", encoding="utf-8") as f:
            for (text, label), (c, o) in zip(rows, p):
                f.write(f"{label:.0f}\t{c:.5f}\t{o:.5f}\t{text}\n")
        extra = f"({len(rows) / secs:.0f} sentences/s)"
        if name.startswith("clef"):
            extra = f"AP {average_precision(y, p[:, 0]):.3f} " + extra
        report(name, y, p[:, task], extra)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--data", required=True, help="the folder with the ClaimBuster and NewsSD TSVs")
    ap.add_argument("--out", default="src/scorer/adapter.safetensors")
    ap.add_argument("--scores-dir", default="target/scorer", help="held-out scores, one TSV per set")
    ap.add_argument("--holdout-fold", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--newssd-repeat", type=int, default=3, help="NewsSD passes per epoch")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--tune-layers", type=int, default=2, help="top layers with adapters")
    ap.add_argument("--alpha", type=float, default=16.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=20251214)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--clef", action="store_true", help="also score the CLEF-2019 training file")
    ap.add_argument("--refit-heads", action="store_true", help="refit both heads by logistic regression after training")
    ap.add_argument("--load-adapter", help="start from this adapter's LoRA factors (with --epochs 0: only refit the heads)")
    ap.add_argument("--opinion-base", action="store_true", help="the opinion head reads the base model's embedding, not the tuned one")
    ap.add_argument("--opinion-only", action="store_true", help="train on NewsSD alone (an opinion adapter)")
    ap.add_argument("--score-only", action="store_true", help="with --load-adapter: no training, only score the held-out and calibration sets")
    ap.add_argument("--cache", help="keep the lower layers' outputs in this file for the next run (same settings only)")
    train(ap.parse_args())


if __name__ == "__main__":
    main()
