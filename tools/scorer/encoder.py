"""The model side of tools/scorer/train.py: LoRA-wrapped linear layers, the top encoder layers
and heads that are trained, and the cache of the frozen lower layers' output."""

import math

import torch

TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


class LoRALinear(torch.nn.Module):
    """A frozen linear layer plus a trainable low-rank update (B @ A) * alpha / rank."""

    def __init__(self, base, rank, alpha):
        super().__init__()
        self.base = base
        for p in self.base.parameters():
            p.requires_grad = False
        self.a = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x):
        return self.base(x) + (x @ self.a.t() @ self.b.t()) * self.scale


def add_lora_layer(layer, rank, alpha):
    """Wraps every target linear layer of one encoder layer; returns {path: module}."""
    wrapped = {}
    for path in TARGETS:
        *parents, leaf = path.split(".")
        owner = layer
        for p in parents:
            owner = getattr(owner, p)
        lora = LoRALinear(getattr(owner, leaf), rank, alpha)
        setattr(owner, leaf, lora)
        wrapped[path] = lora
    return wrapped


class Top(torch.nn.Module):
    """The top encoder layers (LoRA-wrapped) and the heads, run on the cached output of the
    frozen layers below them."""

    def __init__(self, bert, tune, rank, alpha):
        super().__init__()
        first = len(bert.encoder.layer) - tune
        self.layers = torch.nn.ModuleList(bert.encoder.layer[first:])
        self.lora = {}
        for j, layer in enumerate(self.layers):
            for name, module in add_lora_layer(layer, rank, alpha).items():
                self.lora[f"encoder.layer.{first + j}.{name}"] = module
        self.heads = torch.nn.Linear(bert.config.hidden_size, 2)
        self.opinion_base = False

    def pool(self, hidden, mask, tuned=True):
        """The mean of the top layer's output over the tokens; `tuned=False`: of the base
        model's top layer (the adapters left out)."""
        scales = {name: lora.scale for name, lora in self.lora.items()}
        if not tuned:
            for lora in self.lora.values():
                lora.scale = 0.0
        try:
            ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
            for layer in self.layers:
                out = layer(hidden, ext)
                hidden = out[0] if isinstance(out, tuple) else out
        finally:
            for name, lora in self.lora.items():
                lora.scale = scales[name]
        m = mask.unsqueeze(-1).float()
        return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)

    def forward(self, hidden, mask):
        """Both logits; with `opinion_base`, the opinion head reads the base model's embedding
        (one tuned top layer for check-worthiness, the base one for opinion)."""
        logits = self.heads(self.pool(hidden, mask))
        if not self.opinion_base:
            return logits
        opinion = self.heads(self.pool(hidden, mask, tuned=False))[:, 1]
        return torch.stack([logits[:, 0], opinion], dim=1)


class Cache:
    """The frozen lower layers' output of every sentence, computed once."""

    def __init__(self, bert, tune, tok, max_len):
        self.bert, self.tok, self.max_len = bert, tok, max_len
        self.bottom = torch.nn.ModuleList(bert.encoder.layer[: len(bert.encoder.layer) - tune])
        self.memo = {}

    @torch.no_grad()
    def fill(self, texts, size=64):
        todo = sorted({t for t in texts if t not in self.memo}, key=len)
        for b in range(0, len(todo), size):
            part = todo[b : b + size]
            ids, mask = encode(self.tok, part, self.max_len)
            hidden = self.bert.embeddings(input_ids=ids)
            ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
            for layer in self.bottom:
                out = layer(hidden, ext)
                hidden = out[0] if isinstance(out, tuple) else out
            for i, t in enumerate(part):
                self.memo[t] = hidden[i, : int(mask[i].sum())].clone()

    def batch(self, texts):
        rows = [self.memo[t] for t in texts]
        n = max(r.shape[0] for r in rows)
        hidden = torch.zeros(len(rows), n, rows[0].shape[1])
        mask = torch.zeros(len(rows), n, dtype=torch.long)
        for i, r in enumerate(rows):
            hidden[i, : r.shape[0]] = r
            mask[i, : r.shape[0]] = 1
        return hidden, mask


def encode(tok, texts, max_len):
    encs = tok.encode_batch(texts)
    n = max(len(e.ids) for e in encs)
    ids = torch.zeros(len(texts), n, dtype=torch.long)
    mask = torch.zeros(len(texts), n, dtype=torch.long)
    for i, e in enumerate(encs):
        ids[i, : len(e.ids)] = torch.tensor(e.ids)
        mask[i, : len(e.ids)] = 1
    return ids, mask


@torch.no_grad()
def check_split(bert, tok, args):
    """The cached lower layers plus the top layers must give the model's own output."""
    ids, mask = encode(tok, ["A total of 123 political prisoners were let out of jail.", "It's brilliant."], args.max_len)
    want = bert(input_ids=ids, attention_mask=mask).last_hidden_state
    hidden = bert.embeddings(input_ids=ids)
    ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
    for layer in bert.encoder.layer:
        out = layer(hidden, ext)
        hidden = out[0] if isinstance(out, tuple) else out
    diff = float(((want - hidden).abs() * mask.unsqueeze(-1)).max())
    assert diff < 1e-4, f"layer-by-layer output differs from the model's by {diff}"


def load_lora(model, path):
    from safetensors.torch import load_file

    saved = load_file(path)
    with torch.no_grad():
        for name, lora in model.lora.items():
            lora.a.copy_(saved[f"{name}.lora_a"])
            lora.b.copy_(saved[f"{name}.lora_b"] / lora.scale)
        model.heads.weight.copy_(saved["heads.weight"])
        model.heads.bias.copy_(saved["heads.bias"])
