#!/usr/bin/env python3
"""Fit the calibrated score of QuoteMatching (Sources/QuoteMatching/Calibration.swift).

Labelled pairs from three sources, each matched as its own collection (IDF from its own texts):
  generated  renderings of one statement (positives) and, as negatives, for each quotation the
             quotations of other statements sharing the most words with it (hard negatives)
             plus random pairs; from gen_quotes.py files with their truth
  ntrex      the NTREX-128 dev sentences of ../shared/data/ntrex-en-es-dev.tsv: two independent
             human Spanish translations of one English sentence (es or es_ref2 vs es_mx) are
             renderings of one statement; other sentences of the same document with the most
             words in common are negatives. Documents are split in two by their order: the
             first half fits, the second half is held out
  seeds      Fixtures/en/seeds.clusters.json: pairs within a statement vs across statements
`quotenorm match --input PAIRS --explain` gives each pair's evidence; the features are
covMin, covMax, ln(1 + matched content words) and disorder (order-free minus in-order
coverage); a logistic regression (Newton's method, small L2) is fitted on the fit pairs of the
three sources together, each source weighted equally, and scored on the held-out ones.

  python3 Benchmarks/cluster/calibrate.py --quotenorm .build/release/quotenorm \
      --generated fit.jsonl --held-out-generated test.jsonl
Prints the Swift constants and precision/recall at the 0.5 threshold per source.
"""
import argparse, csv, json, math, os, random, re, subprocess, sys, tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def words(s):
    return set(re.findall(r'\w+', s.lower()))


def hard_negatives(texts, labels, per_item, rng, limit):
    index = defaultdict(list)
    ws = [words(t) for t in texts]
    df = defaultdict(int)
    for w in ws:
        for x in w:
            df[x] += 1
    for i, w in enumerate(ws):
        for x in w:
            if df[x] <= 50:
                index[x].append(i)
    pairs = []
    order = list(range(len(texts)))
    rng.shuffle(order)
    for i in order:
        counts = defaultdict(int)
        for x in ws[i]:
            for j in index.get(x, ()):
                if j != i and labels[j] != labels[i]:
                    counts[j] += 1
        for j, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:per_item]:
            pairs.append((i, j, 0))
        if len(pairs) >= limit:
            break
    return pairs


def generated_pairs(path, rng, limit=4000):
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    recs = recs[:12000]
    texts = [r['text'] for r in recs]
    labels = [r['statement'] for r in recs]
    by = defaultdict(list)
    for i, l in enumerate(labels):
        by[l].append(i)
    pos = [(a, b, 1) for g in by.values() for k, a in enumerate(g) for b in g[k + 1:]]
    rng.shuffle(pos)
    pos = pos[:limit]
    neg = hard_negatives(texts, labels, 2, rng, limit)
    neg += [(rng.randrange(len(texts)), rng.randrange(len(texts)), 0) for _ in range(limit // 4)]
    neg = [(a, b, 0) for a, b, _ in neg if labels[a] != labels[b]]
    return texts, pos + neg


def ntrex_pairs(path, rng, half):
    rows = list(csv.DictReader(open(path, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    docs = []
    for r in rows:
        if r['doc_id'] not in docs:
            docs.append(r['doc_id'])
    keep = set(docs[:len(docs) // 2]) if half == 0 else set(docs[len(docs) // 2:])
    texts, labels, doc_of = [], [], []
    for r in rows:
        if r['doc_id'] not in keep:
            continue
        versions = [r['es'].strip(), r['es_mx'].strip()]
        if r['es_ref2'].strip() != r['es'].strip():
            versions.append(r['es_ref2'].strip())
        for v in versions:
            texts.append(v)
            labels.append(r['line'])
            doc_of.append(r['doc_id'])
    pairs = []
    by = defaultdict(list)
    for i, l in enumerate(labels):
        by[l].append(i)
    for g in by.values():
        pairs += [(a, b, 1) for k, a in enumerate(g) for b in g[k + 1:]]
    for i in range(len(texts)):
        wi = words(texts[i])
        cands = [(len(wi & words(texts[j])), j) for j in range(len(texts))
                 if doc_of[j] == doc_of[i] and labels[j] != labels[i] and j > i]
        cands.sort(reverse=True)
        pairs += [(i, j, 0) for _, j in cands[:2]]
    return texts, pairs, labels


# Seed statements told apart only by their date or speaker (the same words on another day; a
# quotation and the words it quotes from someone else): not text negatives, so left out here;
# speaker and date keep them apart in clustering.
IDENTITY_ONLY = [('sheinbaum-2025-11-04-wont-happen', 'sheinbaum-2025-11-18-not-going-to-happen'),
                 ('sheinbaum-2025-11-18-he-has-suggested', 'trump-offer-intervention')]


def seed_pairs():
    g = json.load(open(os.path.join(ROOT, 'Fixtures/en/seeds.clusters.json'), encoding='utf-8'))
    texts, labels = [], []
    for s in g['statements']:
        for q in s['quotes']:
            texts.append(q['text'])
            labels.append(s['id'])
    skip = {frozenset(p) for p in IDENTITY_ONLY}
    pairs = [(i, j, int(labels[i] == labels[j])) for i in range(len(texts)) for j in range(i + 1, len(texts))
             if frozenset((labels[i], labels[j])) not in skip]
    return texts, pairs


def features(quotenorm, texts, pairs, lang=None):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for k, (a, b, _) in enumerate(pairs):
            rec = {'id': str(k), 'a': texts[a], 'b': texts[b]}
            if lang:
                rec['langA'] = rec['langB'] = lang
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        name = f.name
    out = subprocess.run([quotenorm, 'match', '--explain', '--input', name], capture_output=True, text=True, check=True).stdout
    os.unlink(name)
    rows = []
    for line in out.splitlines():
        o = json.loads(line)
        ca, cb = o['coverage']
        ba, bb = o['evidence']['bagCoverage']
        content = math.log(1 + o['evidence']['contentWords'])
        rows.append([min(ca, cb), max(ca, cb), content, max(0.0, max(ba, bb) - max(ca, cb)), max(ca, cb) * content, o['score']])
    return rows


def fit(X, y, w, l2=1e-3, iters=50):
    d = len(X[0]) + 1
    beta = [0.0] * d
    for _ in range(iters):
        g = [0.0] * d
        H = [[0.0] * d for _ in range(d)]
        for xi, yi, wi in zip(X, y, w):
            z = beta[0] + sum(b * x for b, x in zip(beta[1:], xi))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            v = [1.0] + xi
            for a in range(d):
                g[a] += wi * (yi - p) * v[a]
                for b in range(d):
                    H[a][b] += wi * p * (1 - p) * v[a] * v[b]
        for a in range(1, d):
            g[a] -= l2 * beta[a]
            H[a][a] += l2
        step = solve(H, g)
        beta = [b + s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return beta


def solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[c][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [x - f * y for x, y in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] if M[i][i] else 0.0 for i in range(n)]


def score(beta, x):
    z = beta[0] + sum(b * v for b, v in zip(beta[1:], x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def report(name, beta, X, y):
    tp = sum(1 for x, t in zip(X, y) if t and score(beta, x) >= 0.5)
    fp = sum(1 for x, t in zip(X, y) if not t and score(beta, x) >= 0.5)
    pos = sum(y)
    print('  %-22s pairs %5d (%4d same)  recall %.3f  precision %.3f' % (
        name, len(y), pos, tp / max(1, pos), tp / max(1, tp + fp)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--quotenorm', required=True)
    ap.add_argument('--generated', required=True)
    ap.add_argument('--held-out-generated', required=True)
    ap.add_argument('--ntrex', default=os.path.join(ROOT, '..', 'shared', 'data', 'ntrex-en-es-dev.tsv'))
    ap.add_argument('--seed', type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    sets = {}
    t, p = generated_pairs(a.generated, rng)
    sets['generated (fit)'] = (features(a.quotenorm, t, p), [y for *_, y in p])
    t, p = generated_pairs(a.held_out_generated, rng)
    sets['generated (held out)'] = (features(a.quotenorm, t, p), [y for *_, y in p])
    if os.path.exists(a.ntrex):
        t, p, _ = ntrex_pairs(a.ntrex, rng, 0)
        sets['ntrex es (fit)'] = (features(a.quotenorm, t, p, 'es'), [y for *_, y in p])
        t, p, _ = ntrex_pairs(a.ntrex, rng, 1)
        sets['ntrex es (held out)'] = (features(a.quotenorm, t, p, 'es'), [y for *_, y in p])
    t, p = seed_pairs()
    sets['seeds'] = (features(a.quotenorm, t, p, 'en'), [y for *_, y in p])
    X, y, w = [], [], []
    for name, (rows, labels) in sets.items():
        if 'held out' in name:
            continue
        for r, l in zip(rows, labels):
            X.append(r[:5])
            y.append(l)
            w.append(1.0 / len(rows))
    beta = fit(X, y, [x * len(X) / 3 for x in w])
    print('Current model (the scores quotenorm printed):')
    for name, (rows, labels) in sets.items():
        tp = sum(1 for r, t in zip(rows, labels) if t and r[5] >= 0.5)
        fp = sum(1 for r, t in zip(rows, labels) if not t and r[5] >= 0.5)
        print('  %-22s recall %.3f  precision %.3f' % (name, tp / max(1, sum(labels)), tp / max(1, tp + fp)))
    print('Refitted:')
    for name, (rows, labels) in sets.items():
        report(name, beta, [r[:5] for r in rows], labels)
    print('Swift:')
    print('  static let intercept = %.3f' % beta[0])
    print('  static let weights: (covMin: Double, covMax: Double, content: Double, disorder: Double, covMaxContent: Double) = (%.3f, %.3f, %.3f, %.3f, %.3f)' % tuple(beta[1:]))


if __name__ == '__main__':
    main()
