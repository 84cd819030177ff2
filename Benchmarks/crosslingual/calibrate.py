#!/usr/bin/env python3
"""Fit the cross-lingual score (Sources/QuoteLanguage/CrossLingualCalibration.swift) from what
the benchmark writes (needs numpy):

  B=Benchmarks/crosslingual; O=Benchmarks/.out/crosslingual
  swift run -c release --package-path $B crosslingual-bench --features $O --dump-matrix $O
  python3 $B/calibrate.py $O es

1. Ranking weights w over x = (machine-translation coverage of the larger and of the smaller
   side; dictionary coverage of the larger and of the smaller side; number agreement; name
   agreement; length ratio): maximum likelihood of choosing each true translation among all
   1,000 candidates (a softmax over each row and each column of the evidence matrix of the
   `es` reference), with a little L2.
2. Calibration: score = sigmoid(a * (w . x) + b), fitted on positives (true pairs and partial
   quotes: the middle half of the English sentence against the whole Spanish one) against
   negatives (per Spanish quotation its 5 hardest wrong English candidates, the 5 hardest wrong
   Spanish candidates of its English translation, and 5 random pairs) at their frequencies in
   that sample, so that 0.5 sits where a link is more likely right than wrong among hard
   candidates. Monotone in w . x: the ranking of step 1 is kept.
3. fullCoverage: the 10th percentile of a true pair's per-side coverage divided by the covered
   threshold (0.75); the verdict divides coverages by it.
Only the `es` reference is fitted; `es_ref2` and `es_mx` are for checking with the benchmark.
"""
import sys
import numpy as np

N = 1000


def features(e):
    tca, tcb, lca, lcb, num, nam, ln = (e[..., k] for k in range(7))
    return np.stack([np.maximum(tca, tcb), np.minimum(tca, tcb), np.maximum(lca, lcb),
                     np.minimum(lca, lcb), num, nam, ln], -1)


def main():
    out, column = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "es"
    e = np.fromfile(f"{out}/evidence-{column}.f32", dtype=np.float32).astype(np.float64)
    x = features(e.reshape(N, N, 7))
    w = np.ones(7)
    diag = x[np.arange(N), np.arange(N)]
    for _ in range(200):
        s = x @ w
        g = np.zeros(7)
        for axis in (1, 0):
            p = np.exp(s - s.max(axis=axis, keepdims=True))
            p /= p.sum(axis=axis, keepdims=True)
            expected = np.einsum("ij,ijk->ik", p, x) if axis == 1 else np.einsum("ij,ijk->jk", p, x)
            g += (expected - diag).mean(0)
        w -= 2.0 * g + 1e-3 * w
    s = x @ w
    p1 = ((s.argmax(1) == np.arange(N)).mean(), (s.argmax(0) == np.arange(N)).mean())

    rows = [l.rstrip("\n").split("\t") for l in open(f"{out}/features-{column}.tsv", encoding="utf-8")][1:]
    y = np.array([int(r[0]) for r in rows])
    kind = np.array([r[1] for r in rows])
    raw = np.array([[float(v) for v in r[4:11]] for r in rows])
    z = np.c_[features(raw) @ w, np.ones(len(rows))]
    ab = np.zeros(2)
    for _ in range(20000):
        q = 1 / (1 + np.exp(-z @ ab))
        ab -= 0.5 * z.T @ (q - y) / len(y)
    q = 1 / (1 + np.exp(-z @ ab))
    cov = np.r_[(raw[:, 0] + raw[:, 2]) / 2, (raw[:, 1] + raw[:, 3]) / 2][np.r_[kind == "true", kind == "true"]]
    print(f"weights (tcMax, tcMin, lcMax, lcMin, numbers, names, length) = [{', '.join(f'{v:.2f}' for v in w)}]")
    print(f"scale = {ab[0]:.3f}, intercept = {ab[1]:.2f}, fullCoverage = {np.percentile(cov, 10) / 0.75:.3f}")
    print(f"P@1 on {column} with these weights: es→en {p1[0]:.3f}, en→es {p1[1]:.3f}")
    for k in ("true", "partial", "hard", "random"):
        m = kind == k
        print(f"  {k:8} n={m.sum():6}  score >= 0.5: {(q[m] >= 0.5).mean():.3f}  median {np.median(q[m]):.3f}")


if __name__ == "__main__":
    main()
