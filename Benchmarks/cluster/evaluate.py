#!/usr/bin/env python3
"""Pair precision and recall of a clustering against the truth.

  python3 Benchmarks/cluster/evaluate.py QUOTES.jsonl CLUSTERS.jsonl
QUOTES.jsonl: the input of `quotenorm cluster --input`, each line with a "statement" member (the
truth: quotations of one statement share it; gen_quotes.py writes it; for your own held-out set,
add it by hand). CLUSTERS.jsonl: the output of `quotenorm cluster --format jsonl`.
A pair of quotations is *true* when they share a statement and *found* when they share a
cluster; prints {"quotes", "true_pairs", "found_pairs", "recall", "precision"} as one JSON line.
"""
import json, sys
from collections import Counter


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def evaluate(truth, found):
    ids = [i for i in truth if i in found]
    t = Counter(truth[i] for i in ids)
    f = Counter(found[i] for i in ids)
    both = Counter((truth[i], found[i]) for i in ids)
    tp, tt, ff = pairs(both), pairs(t), pairs(f)
    return {'quotes': len(ids), 'true_pairs': tt, 'found_pairs': ff,
            'recall': round(tp / tt, 4) if tt else 1.0, 'precision': round(tp / ff, 4) if ff else 1.0}


def main():
    truth = {}
    for line in open(sys.argv[1], encoding='utf-8'):
        o = json.loads(line)
        truth[str(o['id'])] = o['statement']
    found = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        o = json.loads(line)
        found[str(o['id'])] = o['cluster']
    print(json.dumps(evaluate(truth, found)))


if __name__ == '__main__':
    main()
