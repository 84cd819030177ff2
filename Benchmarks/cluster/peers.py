#!/usr/bin/env python3
"""Python peers of `quotenorm cluster`, on the same quote sets, with the same truth.

  rapidfuzz   process.cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=default_process,
              workers=-1): every pair scored (the all-pairs baseline); pairs scoring >= 80 (and, for
              reference, at the threshold with the best F1 against the truth) are taken as links
  datasketch  MinHash (128 permutations, lowercased word sets) in MinHashLSH(threshold=0.5):
              candidate pairs only (no scoring); pair recall = true pairs that are candidates

  python3 Benchmarks/cluster/peers.py --rapidfuzz QUOTES-10k.jsonl --lsh QUOTES-100k.jsonl
Prints one JSON line per measurement: {"tool", "quotes", "seconds", "recall", "precision"?, …}.
"""
import argparse, json, re, sys, time
from collections import defaultdict


def load(path):
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    return [r['text'] for r in recs], [r['statement'] for r in recs]


def true_pairs(labels):
    by = defaultdict(list)
    for i, l in enumerate(labels):
        by[l].append(i)
    return sum(len(g) * (len(g) - 1) // 2 for g in by.values())


def rapidfuzz_run(path):
    import numpy as np
    from rapidfuzz import fuzz, process, utils
    texts, labels = load(path)
    t0 = time.perf_counter()
    m = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                      workers=-1, dtype=np.uint8)
    seconds = time.perf_counter() - t0
    lab = np.array([hash(l) for l in labels])
    same = lab[:, None] == lab[None, :]
    upper = np.triu(np.ones_like(same, dtype=bool), 1)
    total_true = int((same & upper).sum())
    out = []
    best = None
    for thr in (60, 70, 80, 85, 90, 95, 100):
        found = (m >= thr) & upper
        tp = int((found & same).sum())
        nf = int(found.sum())
        r, p = tp / max(1, total_true), tp / max(1, nf)
        f1 = 2 * r * p / max(1e-9, r + p)
        if best is None or f1 > best[0]:
            best = (f1, thr, r, p)
        if thr == 80:
            out.append({'tool': 'rapidfuzz-cdist-token_set_ratio', 'quotes': len(texts), 'seconds': round(seconds, 2),
                        'threshold': thr, 'recall': round(r, 4), 'precision': round(p, 4)})
    out.append({'tool': 'rapidfuzz-cdist-token_set_ratio-best-f1', 'quotes': len(texts), 'seconds': round(seconds, 2),
                'threshold': best[1], 'recall': round(best[2], 4), 'precision': round(best[3], 4)})
    return out


def lsh_run(path):
    from datasketch import MinHash, MinHashLSH
    texts, labels = load(path)
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    hashes = []
    for i, t in enumerate(texts):
        h = MinHash(num_perm=128)
        for w in set(re.findall(r'\w+', t.lower())):
            h.update(w.encode('utf-8'))
        hashes.append(h)
        lsh.insert(str(i), h)
    cand = set()
    for i, h in enumerate(hashes):
        for j in lsh.query(h):
            j = int(j)
            if j > i:
                cand.add((i, j))
    seconds = time.perf_counter() - t0
    tp = sum(1 for i, j in cand if labels[i] == labels[j])
    return [{'tool': 'datasketch-minhash-lsh-0.5', 'quotes': len(texts), 'seconds': round(seconds, 2),
             'candidate_pairs': len(cand), 'recall': round(tp / max(1, true_pairs(labels)), 4),
             'precision': round(tp / max(1, len(cand)), 4)}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rapidfuzz')
    ap.add_argument('--lsh')
    a = ap.parse_args()
    if a.rapidfuzz:
        for o in rapidfuzz_run(a.rapidfuzz):
            print(json.dumps(o), flush=True)
    if a.lsh:
        for o in lsh_run(a.lsh):
            print(json.dumps(o), flush=True)


if __name__ == '__main__':
    main()
